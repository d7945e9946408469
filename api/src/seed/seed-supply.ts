import { insertInBatches } from './batch';
import { must, type SeedContext, type SeededFirm, segmentId, type Trx } from './context';
import type { ChainSpec } from './data/chain-spec';
import { at } from './dates';
import type { SupplyLink } from './lead-targets';
import { createRandom, type Random } from './random';

export interface SupplySeedResult {
  count: number;
  links: SupplyLink[];
}

interface SupplyRow {
  supplier_id: number;
  buyer_id: number;
  segment_id: number;
  annual_volume: number | null;
  source: string;
  confidence: number;
  created_at: Date;
}

/**
 * Supply relations shaped for the gap views (DESIGN.md §5): every anchor buys in each segment that
 * directly feeds its own, partly from local firms but mostly from outside the zone (so local supply
 * rates are low and outside suppliers become 以商招商 candidates), plus a few second-tier inputs;
 * ordinary firms buy from one to three firms of a feeding segment.
 */
export async function seedSupply(
  trx: Trx,
  ctx: SeedContext,
  firms: readonly SeededFirm[],
  createdOn: string,
): Promise<SupplySeedResult> {
  const rng = createRandom('supply');
  const createdAt = at(createdOn, 11);
  const bySegment = new Map<string, SeededFirm[]>();
  for (const firm of firms) {
    for (const code of firm.segmentCodes) {
      const key = `${firm.chainCode}/${code}`;
      const list = bySegment.get(key);
      if (list) list.push(firm);
      else bySegment.set(key, [firm]);
    }
  }
  const rows = new Map<string, SupplyRow>();
  const links: SupplyLink[] = [];
  const add = (supplier: SeededFirm, buyer: SeededFirm, segmentCode: string) => {
    if (supplier.id === buyer.id) return;
    const key = `${supplier.id}/${buyer.id}/${segmentCode}`;
    if (rows.has(key)) return;
    links.push({ supplier, buyer, segmentCode });
    rows.set(key, {
      supplier_id: supplier.id,
      buyer_id: buyer.id,
      segment_id: segmentId(must(ctx.chains, buyer.chainCode), segmentCode),
      annual_volume: rng.chance(0.5) ? Math.round(1_500 * Math.exp(1.1 * rng.normal())) : null,
      source: 'demo',
      confidence: rng.weighted([
        [1, 0.4],
        [0.9, 0.25],
        [0.8, 0.2],
        [0.7, 0.1],
        [0.6, 0.05],
      ] as const),
      created_at: createdAt,
    });
  };
  const firmsIn = (firm: SeededFirm, code: string) => bySegment.get(`${firm.chainCode}/${code}`) ?? [];
  for (const buyer of firms) {
    const chain = must(ctx.chains, buyer.chainCode).spec;
    const main = buyer.segmentCodes[0] ?? '';
    const direct = feedersOf(chain, main);
    if (buyer.tags.includes('ANCHOR')) {
      for (const code of direct) {
        const pool = firmsIn(buyer, code);
        const local = pool.filter((f) => buyer.zoneCode !== null && f.zoneCode === buyer.zoneCode);
        const outside = pool.filter((f) => f.zoneCode === null || f.zoneCode !== buyer.zoneCode);
        for (let n = rng.int(1, 3); n > 0; n--) {
          const from = local.length > 0 && rng.chance(0.4) ? local : outside;
          if (from.length > 0) add(rng.pick(from), buyer, code);
        }
      }
      for (const code of upstreamOf(chain, main)) {
        const outside = firmsIn(buyer, code).filter((f) => f.zoneCode !== buyer.zoneCode);
        if (!direct.includes(code) && outside.length > 0 && rng.chance(0.35))
          add(rng.pick(outside), buyer, code);
      }
    } else if (direct.length > 0 && rng.chance(0.35)) {
      for (let n = rng.int(1, 3); n > 0; n--) {
        const code = rng.pick(direct);
        const pool = firmsIn(buyer, code);
        if (pool.length > 0) add(pickSupplier(pool, buyer, rng), buyer, code);
      }
    }
  }
  const count = await insertInBatches([...rows.values()], (batch) =>
    trx.insertInto('supply').values(batch).execute(),
  );
  return { count, links };
}

/** Ordinary firms favour suppliers in their own province a little, as real ones do. */
function pickSupplier(pool: readonly SeededFirm[], buyer: SeededFirm, rng: Random): SeededFirm {
  const near = pool.filter((f) => f.province !== null && f.province === buyer.province);
  return near.length > 0 && rng.chance(0.3) ? rng.pick(near) : rng.pick(pool);
}

/** Segments with a feed link into `code`. */
export function feedersOf(chain: ChainSpec, code: string): string[] {
  return chain.feeds.filter(([, to]) => to === code).map(([from]) => from);
}

/** Every segment from which a chain of feed links leads to `code`. */
export function upstreamOf(chain: ChainSpec, code: string): string[] {
  const seen = new Set<string>();
  const queue = [code];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const from of feedersOf(chain, current)) {
      if (!seen.has(from)) {
        seen.add(from);
        queue.push(from);
      }
    }
  }
  return [...seen];
}

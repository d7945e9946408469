import { firmNameInitials } from '../firms/firm-initials';
import { inBatches, insertInBatches } from './batch';
import { type FirmDraft, must, type SeedContext, type SeededFirm, segmentId, type Trx } from './context';
import { type CoveragePlan, planCoverage, presentSegments } from './coverage-plan';
import { allSegments, type ChainSpec, leafSegments, type SegmentSpec } from './data/chain-spec';
import { HEBEI_ZONES } from './data/hebei-zones';
import {
  BEIJING_PLACES,
  FOREIGN_PLACES,
  HEBEI_PLACES,
  OTHER_PLACES,
  type Place,
  TIANJIN_PLACES,
} from './data/places';
import { at } from './dates';
import { FirmFactory, type FirmLocation } from './firm-factory';
import { createRandom, type Random } from './random';

/** At least this many firms; the local share of about 40% comes from the coverage plans. */
const MIN_FIRMS = 2_100;
const LOCAL_SHARE = 0.4;
const FOREIGN_SHARE = 0.02;
/** Anchors outside every zone per chain, so candidates can "supply an anchor elsewhere". */
const OUTSIDE_ANCHORS_PER_CHAIN = 4;

export interface FirmSeedResult {
  firms: SeededFirm[];
  plans: CoveragePlan[];
  firmSegments: number;
}

/** Plans every zone's chain coverage, generates the firms accordingly and writes them with their segments. */
export async function seedFirms(trx: Trx, ctx: SeedContext, createdOn: string): Promise<FirmSeedResult> {
  const rng = createRandom('firms');
  const factory = new FirmFactory(rng, ctx.today);
  const plans = HEBEI_ZONES.flatMap((row) => {
    const zone = must(ctx.zones, row.code);
    return zone.profile.chains.map((code) =>
      planCoverage(
        row.code,
        zone.profile.strength,
        must(ctx.chains, code).spec,
        createRandom(`coverage:${row.code}:${code}`),
      ),
    );
  });
  const drafts = plans.flatMap((plan) => localFirms(plan, factory, rng));
  const localCount = drafts.length;
  const specs = [...ctx.chains.values()].map((chain) => chain.spec);
  for (const chain of specs) {
    for (let i = 0; i < OUTSIDE_ANCHORS_PER_CHAIN; i++) {
      const segment = segmentByCode(chain, chain.anchorSegments[i % chain.anchorSegments.length] ?? '');
      drafts.push(
        factory.make({
          chainCode: chain.code,
          segments: [segment],
          location: outsideChina(rng),
          anchor: true,
        }),
      );
    }
  }
  const total = Math.max(MIN_FIRMS, Math.round(localCount / LOCAL_SHARE));
  const outsideCount = total - drafts.length;
  const foreignChance = (total * FOREIGN_SHARE) / outsideCount;
  const leafTotal = specs.reduce((sum, chain) => sum + leafSegments(chain).length, 0);
  for (const chain of specs) {
    const count = Math.round((outsideCount * leafSegments(chain).length) / leafTotal);
    // Cycle through the leaves so that every segment has outside firms to offer as candidates.
    const leaves = rng.shuffle(leafSegments(chain));
    const parents = chain.segments.filter((segment) => segment.children.length > 0);
    for (let i = 0; i < count; i++) {
      const main = rng.chance(0.06) ? rng.pick(parents) : (leaves[i % leaves.length] as SegmentSpec);
      const segments = [main, ...extraSegments(chain, main, rng)];
      const location: FirmLocation = rng.chance(foreignChance)
        ? { kind: 'foreign', place: rng.pick(FOREIGN_PLACES) }
        : outsideZones(rng);
      drafts.push(factory.make({ chainCode: chain.code, segments, location, anchor: false }));
    }
  }
  const firms = await insertFirms(trx, ctx, rng.shuffle(drafts), createdOn);
  const firmSegments = firms.flatMap((firm) => {
    const chain = must(ctx.chains, firm.chainCode);
    return firm.segmentCodes.map((code) => ({ firm_id: firm.id, segment_id: segmentId(chain, code) }));
  });
  await insertInBatches(
    firmSegments,
    (batch) => trx.insertInto('firm_segment').values(batch).execute(),
    1_000,
  );
  return { firms, plans, firmSegments: firmSegments.length };
}

function localFirms(plan: CoveragePlan, factory: FirmFactory, rng: Random): FirmDraft[] {
  const zoneRow = HEBEI_ZONES.find((zone) => zone.code === plan.zoneCode);
  const place = HEBEI_PLACES.find((candidate) => candidate.city === zoneRow?.city);
  if (!place) throw new Error(`no place for zone ${plan.zoneCode}`);
  const present = presentSegments(plan);
  const drafts: FirmDraft[] = [];
  for (const [code, count] of plan.localCounts) {
    for (let i = 0; i < count; i++) {
      const main = segmentByCode(plan.chain, code);
      // Secondary segments only where the zone is PRESENT anyway, so the planned statuses hold.
      const extraCount = rng.chance(0.08) ? 2 : rng.chance(0.3) ? 1 : 0;
      const extras = rng
        .shuffle(present.filter((other) => other !== code))
        .slice(0, extraCount)
        .map((other) => segmentByCode(plan.chain, other));
      const anchor = i === 0 && plan.anchorSegments.includes(code);
      drafts.push(
        factory.make({
          chainCode: plan.chain.code,
          segments: [main, ...extras],
          location: { kind: 'china', place, zoneCode: plan.zoneCode },
          anchor,
        }),
      );
    }
  }
  return drafts;
}

/**
 * Zero to two more segments, siblings of the main one only (a cathode maker also making anodes), so a
 * firm's name, taken from its main segment, still fits every segment it is a candidate for.
 */
function extraSegments(chain: ChainSpec, main: SegmentSpec, rng: Random): SegmentSpec[] {
  if (main.children.length > 0 || !rng.chance(0.3)) return [];
  const parent = chain.segments.find((segment) => segment.children.includes(main));
  const pool = (parent?.children ?? []).filter((s) => s !== main);
  if (pool.length === 0) return [];
  return rng.shuffle(pool).slice(0, rng.chance(0.25) ? 2 : 1);
}

function segmentByCode(chain: ChainSpec, code: string): SegmentSpec {
  const segment = allSegments(chain).find((candidate) => candidate.code === code);
  if (!segment) throw new Error(`unknown segment ${chain.code}/${code}`);
  return segment;
}

/** Outside every seeded zone: a third in Hebei, a quarter in Beijing/Tianjin, the rest elsewhere. */
function outsideZones(rng: Random): FirmLocation {
  const places = rng.weighted<readonly Place[]>([
    [HEBEI_PLACES, 0.36],
    [BEIJING_PLACES, 0.15],
    [TIANJIN_PLACES, 0.1],
    [OTHER_PLACES, 0.39],
  ]);
  return { kind: 'china', place: rng.pick(places), zoneCode: null };
}

/** Big anchors elsewhere in China (not Hebei). */
function outsideChina(rng: Random): FirmLocation {
  const places = rng.weighted<readonly Place[]>([
    [BEIJING_PLACES, 0.2],
    [TIANJIN_PLACES, 0.1],
    [OTHER_PLACES, 0.7],
  ]);
  return { kind: 'china', place: rng.pick(places), zoneCode: null };
}

async function insertFirms(
  trx: Trx,
  ctx: SeedContext,
  drafts: readonly FirmDraft[],
  createdOn: string,
): Promise<SeededFirm[]> {
  const createdAt = at(createdOn, 10);
  const rows = drafts.map((firm) => ({
    uscc: firm.uscc,
    name: firm.name,
    name_initials: firmNameInitials(firm.name),
    aliases: firm.aliases,
    province: firm.province,
    city: firm.city,
    zone_id: firm.zoneCode === null ? null : must(ctx.zones, firm.zoneCode).id,
    tags: firm.tags,
    revenue: firm.revenue,
    employees: firm.employees,
    founded_on: firm.foundedOn,
    website: firm.website,
    created_at: createdAt,
    updated_at: createdAt,
  }));
  const inserted = await inBatches(rows, (batch) =>
    trx.insertInto('firm').values(batch).returning(['id', 'name']).execute(),
  );
  return drafts.map((draft, i) => {
    const row = inserted[i];
    // RETURNING follows VALUES order; the name check guards that assumption.
    if (!row || row.name !== draft.name) throw new Error(`firm ids out of order at ${draft.name}`);
    return { ...draft, id: row.id };
  });
}

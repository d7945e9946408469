import type { SeededFirm } from './context';
import { type CoveragePlan, gapSegments } from './coverage-plan';
import { leafSegments } from './data/chain-spec';
import { type LeadSource, SOURCE_WEIGHTS } from './data/lead-plan';
import type { ChainCode } from './data/zone-profiles';
import type { Random } from './random';

/** A supply relation as the seed made it, for finding local anchors' outside suppliers. */
export interface SupplyLink {
  supplier: SeededFirm;
  buyer: SeededFirm;
  segmentCode: string;
}

export interface LeadTarget {
  firm: SeededFirm;
  chainCode: ChainCode;
  segmentCode: string;
  source: LeadSource;
  /** The segment has no or one local firm: the lead would fill or strengthen a gap. */
  fillsGap: boolean;
}

/**
 * Picks what a zone's leads chase: a quarter are suppliers of the zone's own anchors (以商招商),
 * half aim at MISSING or WEAK segments, the rest anywhere in the zone's chains. Targets are always
 * outside the zone, and each firm is chased at most once per zone.
 */
export class LeadTargets {
  private readonly used = new Set<number>();
  private readonly referrals: SupplyLink[];
  private readonly bySegment = new Map<string, SeededFirm[]>();

  constructor(
    private readonly zoneCode: string,
    private readonly plans: readonly CoveragePlan[],
    firms: readonly SeededFirm[],
    links: readonly SupplyLink[],
    private readonly rng: Random,
  ) {
    for (const firm of firms) {
      if (firm.zoneCode === zoneCode) continue;
      for (const code of firm.segmentCodes) {
        const key = `${firm.chainCode}/${code}`;
        const list = this.bySegment.get(key);
        if (list) list.push(firm);
        else this.bySegment.set(key, [firm]);
      }
    }
    this.referrals = links.filter(
      (link) =>
        link.buyer.zoneCode === zoneCode &&
        link.buyer.tags.includes('ANCHOR') &&
        link.supplier.zoneCode !== zoneCode,
    );
  }

  /** The next target; throws when the zone's chains have no unchased outside firm left. */
  next(): LeadTarget {
    const { rng } = this;
    const plan = rng.weighted(this.plans.map((p, i) => [p, this.plans.length - i] as const));
    const roll = rng.next();
    if (roll < 0.25) {
      const open = this.referrals.filter(
        (l) => l.buyer.chainCode === plan.chain.code && !this.used.has(l.supplier.id),
      );
      if (open.length > 0) {
        const link = rng.pick(open);
        return this.take(link.supplier, plan, link.segmentCode, 'ANCHOR_REFERRAL');
      }
    }
    const gaps = gapSegments(plan);
    const leaves = leafSegments(plan.chain).map((s) => s.code);
    const preferred = roll < 0.75 && gaps.length > 0 ? gaps : leaves;
    for (const code of [...rng.shuffle(preferred), ...rng.shuffle(leaves)]) {
      const pool = (this.bySegment.get(`${plan.chain.code}/${code}`) ?? []).filter(
        (f) => !this.used.has(f.id),
      );
      if (pool.length > 0) return this.take(rng.pick(pool), plan, code, rng.weighted(SOURCE_WEIGHTS));
    }
    throw new Error(`no lead target left in zone ${this.zoneCode}`);
  }

  private take(firm: SeededFirm, plan: CoveragePlan, segmentCode: string, source: LeadSource): LeadTarget {
    this.used.add(firm.id);
    const fillsGap = (plan.localCounts.get(segmentCode) ?? 0) <= 1;
    return { firm, chainCode: plan.chain.code, segmentCode, source, fillsGap };
  }
}

import { type CandidateWeights, JINGJINJI_PROVINCES } from './candidate-weights.ts';
import type { CandidateReason, FirmInput } from './types.ts';

/** How a candidate is tied to the zone and the chain through the firms it supplies. */
export interface SupplySignals {
  /** Distinct ANCHOR buyers located in the zone. */
  localAnchors: number;
  /** Distinct non-anchor buyers located in the zone. */
  localFirms: number;
  /** Distinct ANCHOR buyers of this chain located outside the zone. */
  chainAnchorsElsewhere: number;
}

export const NO_SUPPLY_SIGNALS: SupplySignals = Object.freeze({
  localAnchors: 0,
  localFirms: 0,
  chainAnchorsElsewhere: 0,
});

export interface ScoringContext {
  weights: Readonly<CandidateWeights>;
  zoneProvince: string | null;
  /** Revenue (万元) at which SIZE reaches its full weight. */
  sizeRevenueCap: number;
}

const TAG_REASONS = [
  ['LITTLE_GIANT', 'TAG_LITTLE_GIANT'],
  ['SPECIALIZED', 'TAG_SPECIALIZED'],
  ['LISTED', 'TAG_LISTED'],
  ['HIGH_TECH', 'TAG_HIGH_TECH'],
] as const;

/**
 * Scores one candidate: the sum of the points of its reasons, each reason kept so the UI can say why.
 * Reasons come strongest first; a signal whose weight is 0 leaves no reason.
 *
 * @example
 * scoreCandidate(firm, { localAnchors: 1, localFirms: 0, chainAnchorsElsewhere: 0 }, context);
 * // { score: 120, reasons: [{ code: 'SUPPLIES_LOCAL_ANCHOR', params: { anchorCount: 1 }, points: 120 }] }
 */
export function scoreCandidate(
  firm: FirmInput,
  signals: SupplySignals,
  context: ScoringContext,
): { score: number; reasons: CandidateReason[] } {
  const { weights } = context;
  const reasons: CandidateReason[] = [];
  const add = (code: keyof CandidateWeights, params: CandidateReason['params'], points: number) => {
    if (points !== 0) reasons.push({ code, params, points: round(points) });
  };

  if (signals.localAnchors > 0) {
    add('SUPPLIES_LOCAL_ANCHOR', { anchorCount: signals.localAnchors }, weights.SUPPLIES_LOCAL_ANCHOR);
  }
  if (signals.localFirms > 0) {
    add('SUPPLIES_LOCAL_FIRM', { firmCount: signals.localFirms }, weights.SUPPLIES_LOCAL_FIRM);
  }
  if (signals.chainAnchorsElsewhere > 0) {
    add(
      'SUPPLIES_CHAIN_ANCHOR',
      { anchorCount: signals.chainAnchorsElsewhere },
      weights.SUPPLIES_CHAIN_ANCHOR,
    );
  }
  for (const [tag, code] of TAG_REASONS) {
    if (firm.tags.includes(tag)) add(code, {}, weights[code]);
  }
  const proximity = proximityOf(firm.province, context.zoneProvince);
  if (proximity !== null) add(proximity, { province: firm.province ?? '' }, weights[proximity]);
  if (firm.revenue !== null && firm.revenue > 0) {
    add('SIZE', { revenue: firm.revenue }, weights.SIZE * sizeFactor(firm.revenue, context.sizeRevenueCap));
  }

  return { score: round(reasons.reduce((sum, reason) => sum + reason.points, 0)), reasons };
}

/** Same province first; 京津冀 only between two different provinces of it; nothing when either is unknown. */
function proximityOf(
  firmProvince: string | null,
  zoneProvince: string | null,
): 'PROXIMITY_SAME_PROVINCE' | 'PROXIMITY_JINGJINJI' | null {
  const firm = firmProvince?.trim();
  const zone = zoneProvince?.trim();
  if (!firm || !zone) return null;
  if (firm === zone) return 'PROXIMITY_SAME_PROVINCE';
  if (JINGJINJI_PROVINCES.has(firm) && JINGJINJI_PROVINCES.has(zone)) return 'PROXIMITY_JINGJINJI';
  return null;
}

/** log10 scale so size separates small from large firms without letting giants swamp the score. */
function sizeFactor(revenue: number, cap: number): number {
  if (cap <= 0) return 1;
  return Math.min(1, Math.log10(1 + revenue) / Math.log10(1 + cap));
}

/** Two decimals: enough to rank, and stops float noise (0.1 + 0.2) from breaking ties unevenly. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

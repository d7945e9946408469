/**
 * The signals that rank gap candidates and what each is worth. Every signal is a reason code the UI
 * translates; a candidate's score is the sum of the points of its reasons.
 */
export interface CandidateWeights {
  /**
   * Supplies at least one ANCHOR firm located in the zone (以商招商, 链主带动): the anchor can vouch
   * for it and bring it in, and local supply cuts the anchor's costs. The strongest signal.
   * Params: `anchorCount` (distinct local anchors supplied).
   */
  SUPPLIES_LOCAL_ANCHOR: number;
  /**
   * Supplies at least one non-anchor firm located in the zone: an existing business tie to the zone.
   * Params: `firmCount` (distinct local non-anchor buyers).
   */
  SUPPLIES_LOCAL_FIRM: number;
  /**
   * Supplies an ANCHOR firm of this chain (one operating in its segments) located outside the zone:
   * proven in the chain, at the level anchors buy from. Params: `anchorCount`.
   */
  SUPPLIES_CHAIN_ANCHOR: number;
  /** Tagged LITTLE_GIANT (专精特新小巨人), the national tier of specialised SMEs. */
  TAG_LITTLE_GIANT: number;
  /** Tagged SPECIALIZED (专精特新). */
  TAG_SPECIALIZED: number;
  /** Tagged LISTED (上市). */
  TAG_LISTED: number;
  /** Tagged HIGH_TECH (高新技术企业). */
  TAG_HIGH_TECH: number;
  /** Located in the zone's province: cheaper to visit, same policies. Params: `province`. */
  PROXIMITY_SAME_PROVINCE: number;
  /**
   * Located elsewhere in 京津冀 (北京市, 天津市, 河北省) when the zone is too; not added on top of
   * same province. Params: `province`.
   */
  PROXIMITY_JINGJINJI: number;
  /**
   * The most a firm's size can add. Points grow with log10 of revenue (so a 10x larger firm adds a
   * constant step, not 10x) and reach this value at `sizeRevenueCap`. Params: `revenue` (万元).
   */
  SIZE: number;
}

export type CandidateReasonCode = keyof CandidateWeights;

/**
 * Default weights, strongest signal first. Each supply signal on its own (50 and up) outweighs all
 * tag, proximity and size signals together (15 + 10 + 8 + 5 + 6 + 5 = 49), because evidence of
 * trading with the zone or the chain is what 以商招商 acts on; tags and size break ties among those.
 * Override any subset through `options.weights`; a weight of 0 switches a signal (and its reason) off.
 *
 * @example
 * analyzeChainGaps(input, { weights: { PROXIMITY_SAME_PROVINCE: 20 } });
 */
export const DEFAULT_CANDIDATE_WEIGHTS: Readonly<CandidateWeights> = Object.freeze({
  SUPPLIES_LOCAL_ANCHOR: 120,
  SUPPLIES_LOCAL_FIRM: 80,
  SUPPLIES_CHAIN_ANCHOR: 50,
  TAG_LITTLE_GIANT: 15,
  TAG_SPECIALIZED: 10,
  TAG_LISTED: 8,
  TAG_HIGH_TECH: 5,
  PROXIMITY_SAME_PROVINCE: 6,
  PROXIMITY_JINGJINJI: 3,
  SIZE: 5,
});

/** Revenue (万元) at which the SIZE signal reaches its full weight: 100亿元. */
export const DEFAULT_SIZE_REVENUE_CAP = 1_000_000;

/** 京津冀, spelled as firm and zone provinces are stored. */
export const JINGJINJI_PROVINCES: ReadonlySet<string> = new Set(['北京市', '天津市', '河北省']);

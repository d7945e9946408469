/**
 * Plain-data input and output shapes of the chain-gap analysis (DESIGN.md §5).
 *
 * The input is what a service loads for ONE zone and ONE chain, never the whole firm table:
 * the chain's segments and feeds, the firms operating in its segments (plus any buyer firms the
 * supply signals need to locate), the supply relations touching those firms, and the zone's open leads.
 * Of the firms outside the zone, those with no segment in `candidateSegmentIds` may be left out (with
 * their supplies): the report is the same without them.
 */

export type Stage = 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM';

export type CoverageStatus = 'MISSING' | 'WEAK' | 'PRESENT';

export type FirmTag = 'ANCHOR' | 'SPECIALIZED' | 'LITTLE_GIANT' | 'HIGH_TECH' | 'LISTED';

export interface SegmentInput {
  id: number;
  /** Segments nest (电池 -> 正极材料); null for a top-level segment. */
  parentId: number | null;
  stage: Stage;
  /** Importance (1-5 in the database); the weight of the segment in completeness. */
  weight: number;
}

/** An upstream -> downstream link between two segments of the same chain. */
export interface FeedInput {
  from: number;
  to: number;
}

export interface ChainInput {
  id: number;
  /** Fewer local firms than this makes a segment WEAK; 2 when absent. */
  weakBelow?: number | null;
  /** Every segment of the chain, parents and children, in display order (kept in the output). */
  segments: SegmentInput[];
  feeds: FeedInput[];
}

export interface FirmInput {
  id: number;
  /** The zone the firm is located in; null when it is outside every tracked zone. */
  zoneId: number | null;
  /** Full province name as stored, e.g. `河北省`; compared exactly. */
  province: string | null;
  /** Firm tags (`ANCHOR`, `LITTLE_GIANT`, ...); unknown tags are ignored. */
  tags: readonly string[];
  /** Annual revenue in 万元. */
  revenue: number | null;
  /**
   * Segments the firm operates in. Ids outside this chain are ignored, so a firm may be passed with
   * an empty list only to locate it (e.g. a local buyer that a candidate supplies).
   */
  segmentIds: readonly number[];
}

export interface SupplyInput {
  supplierId: number;
  buyerId: number;
  /** Annual volume in 万元, when known. */
  volume: number | null;
}

/** An open lead of the zone (not SIGNED or LOST). */
export interface OpenLeadInput {
  id: number;
  firmId: number;
}

export interface ChainGapInput {
  zoneId: number;
  chain: ChainInput;
  firms: readonly FirmInput[];
  supplies: readonly SupplyInput[];
  openLeads: readonly OpenLeadInput[];
  /** Province of the zone, for the proximity signals; no proximity signal when absent. */
  zoneProvince?: string | null;
}

/** One explainable part of a candidate's score, translated by the UI from its code. */
export interface CandidateReason {
  code: string;
  params: Record<string, string | number>;
  /** What this reason added to the score, so a UI can show "why" in numbers too. */
  points: number;
}

export interface Candidate {
  firmId: number;
  score: number;
  /** Strongest signal first (the order of `DEFAULT_CANDIDATE_WEIGHTS`). */
  reasons: CandidateReason[];
  /** Set when an open lead of the zone already chases this firm: marked, not offered as new. */
  existingLeadId: number | null;
}

export interface SegmentCoverage {
  segmentId: number;
  status: CoverageStatus;
  /** Ids of local firms operating in the segment or a descendant, ascending. */
  localFirmIds: number[];
  localFirmCount: number;
  hasAnchor: boolean;
  brokenLink: boolean;
  /** Best candidates first, at most `maxCandidates`; empty for PRESENT segments. */
  candidates: Candidate[];
  /** How many candidates there were before the `maxCandidates` cut. */
  candidateCount: number;
}

export interface ChainGapReport {
  /** Weight of the segments that are not MISSING over the weight of all segments, in [0, 1]. */
  completeness: number;
  /** One entry per segment, in the order of `chain.segments`. */
  segments: SegmentCoverage[];
}

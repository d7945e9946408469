/**
 * @lianzhao/graph: the chain-gap analysis of DESIGN.md §5, as pure functions over plain data that a
 * service loads for one zone and one chain.
 */
export { analyzeChainGaps } from './analyze-chain-gaps.ts';
export { type CandidateSegmentsInput, candidateSegmentIds } from './candidate-segments.ts';
export {
  type CandidateReasonCode,
  type CandidateWeights,
  DEFAULT_CANDIDATE_WEIGHTS,
  DEFAULT_SIZE_REVENUE_CAP,
  JINGJINJI_PROVINCES,
} from './candidate-weights.ts';
export { ChainCycleError, type InvalidChainCode, InvalidChainError, UnknownFirmError } from './errors.ts';
export { DEFAULT_MAX_CANDIDATES, DEFAULT_WEAK_BELOW, type GapOptions } from './gap-options.ts';
export {
  type LocalSupplyRate,
  type LocalSupplyRateInput,
  localSupplyRate,
  type SupplyShare,
  type VolumeShare,
} from './local-supply-rate.ts';
export type {
  Candidate,
  CandidateReason,
  ChainGapInput,
  ChainGapReport,
  ChainInput,
  CoverageStatus,
  FeedInput,
  FirmInput,
  FirmTag,
  OpenLeadInput,
  SegmentCoverage,
  SegmentInput,
  Stage,
  SupplyInput,
} from './types.ts';
export { type WhatIf, type WhatIfInput, whatIfCompleteness, whatIfCompletenessForFirms } from './what-if.ts';

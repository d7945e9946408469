import {
  type CandidateWeights,
  DEFAULT_CANDIDATE_WEIGHTS,
  DEFAULT_SIZE_REVENUE_CAP,
} from './candidate-weights.ts';
import type { ChainInput } from './types.ts';

export interface GapOptions {
  /** Overrides the chain's own `weakBelow`. */
  weakBelow: number;
  /** Candidates kept per segment (default 50); the rest are only counted. */
  maxCandidates: number;
  /** Merged over `DEFAULT_CANDIDATE_WEIGHTS`; a weight of 0 switches its signal off. */
  weights: Partial<CandidateWeights>;
  /** Revenue (万元) at which the SIZE signal reaches its full weight (default 100亿元). */
  sizeRevenueCap: number;
}

export interface ResolvedGapOptions {
  weakBelow: number;
  maxCandidates: number;
  weights: Readonly<CandidateWeights>;
  sizeRevenueCap: number;
}

export const DEFAULT_WEAK_BELOW = 2;
export const DEFAULT_MAX_CANDIDATES = 50;

/** Fills defaults in the documented order: option, then the chain's setting, then the default. */
export function resolveGapOptions(chain: ChainInput, options: Partial<GapOptions>): ResolvedGapOptions {
  return {
    weakBelow: options.weakBelow ?? chain.weakBelow ?? DEFAULT_WEAK_BELOW,
    // A negative or fractional limit is read as "that many whole candidates, at least none".
    maxCandidates: Math.max(0, Math.floor(options.maxCandidates ?? DEFAULT_MAX_CANDIDATES)),
    weights: { ...DEFAULT_CANDIDATE_WEIGHTS, ...options.weights },
    sizeRevenueCap: options.sizeRevenueCap ?? DEFAULT_SIZE_REVENUE_CAP,
  };
}

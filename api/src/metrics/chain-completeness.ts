import { type ChainInput, whatIfCompleteness } from '@lianzhao/graph';
import { STAGES } from '../chains/chain-enums';
import type { SegmentFeedRow, SegmentRow } from '../db/schema';
import { oneOf } from '../shared/one-of';

/** A local firm of a chain, with the day it was recorded (the only history firms have). */
export interface LocalChainFirm {
  id: number;
  segmentIds: readonly number[];
  recordedOn: string;
}

/** The chain as the graph package reads it, from its rows (as chain-gaps/gap-input.ts builds it). */
export function chainInputOf(
  chainId: number,
  weakBelow: number,
  segments: readonly SegmentRow[],
  feeds: readonly SegmentFeedRow[],
): ChainInput {
  return {
    id: chainId,
    weakBelow,
    segments: segments.map((s) => ({
      id: s.id,
      parentId: s.parent_id,
      stage: oneOf(STAGES, s.stage),
      weight: s.weight,
    })),
    feeds: feeds.map((f) => ({ from: f.from_segment_id, to: f.to_segment_id })),
  };
}

/** No firm has this id: asking the what-if about it returns the completeness as it is. */
const NO_FIRM = -1;

/**
 * 产业链完整度 of one zone and chain on `day`: the graph package's completeness (DESIGN.md §5), the
 * same number `chainGaps` reports, never a second formula. Only the zone's firms recorded by `day`
 * count, which is how a past week is reconstructed (firms keep no history of their location).
 *
 * @example
 * chainCompletenessOn(chain, zoneId, firms, '2026-11-29'); // 0.62
 */
export function chainCompletenessOn(
  chain: ChainInput,
  zoneId: number,
  localFirms: readonly LocalChainFirm[],
  day: string,
): number {
  const firms = localFirms
    .filter((f) => f.recordedOn <= day)
    .map((f) => ({ id: f.id, zoneId, province: null, tags: [], revenue: null, segmentIds: f.segmentIds }));
  return whatIfCompleteness({ zoneId, chain, firms }, NO_FIRM).before;
}

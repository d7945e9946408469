import type { ChainGapInput, ChainInput, FirmInput, SegmentInput } from './types.ts';

/** Test factories: each builds a valid value and lets a test override only what it is about. */

export const ZONE = 1;
export const OTHER_ZONE = 2;

export function segment(id: number, overrides: Partial<SegmentInput> = {}): SegmentInput {
  return { id, parentId: null, stage: 'MIDSTREAM', weight: 1, ...overrides };
}

export function chain(overrides: Partial<ChainInput> = {}): ChainInput {
  return { id: 100, weakBelow: 2, segments: [], feeds: [], ...overrides };
}

/** A firm outside every zone, with no tags, revenue or province unless overridden. */
export function firm(id: number, overrides: Partial<FirmInput> = {}): FirmInput {
  return { id, zoneId: null, province: null, tags: [], revenue: null, segmentIds: [], ...overrides };
}

/** A firm located in `ZONE`. */
export function localFirm(id: number, overrides: Partial<FirmInput> = {}): FirmInput {
  return firm(id, { zoneId: ZONE, ...overrides });
}

export function gapInput(overrides: Partial<ChainGapInput> = {}): ChainGapInput {
  return { zoneId: ZONE, chain: chain(), firms: [], supplies: [], openLeads: [], ...overrides };
}

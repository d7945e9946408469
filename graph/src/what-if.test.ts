import { describe, expect, it } from 'vitest';
import { analyzeChainGaps } from './analyze-chain-gaps.ts';
import { chain, firm, gapInput, localFirm, segment, ZONE } from './test-factories.ts';
import { whatIfCompleteness, whatIfCompletenessForFirms } from './what-if.ts';

// Weights 4 + 1 + 3 + 2 = 10; segment 2 is a child of 1. Segment 3 is PRESENT, 1, 2 and 4 MISSING.
const weighted = chain({
  segments: [
    segment(1, { weight: 4 }),
    segment(2, { parentId: 1, weight: 1 }),
    segment(3, { weight: 3 }),
    segment(4, { weight: 2 }),
  ],
});
const input = gapInput({
  chain: weighted,
  firms: [
    localFirm(1, { segmentIds: [3] }),
    localFirm(2, { segmentIds: [3] }),
    firm(10, { segmentIds: [4] }),
    firm(11, { segmentIds: [3] }),
    firm(12, { segmentIds: [2] }),
  ],
});

describe('whatIfCompleteness', () => {
  it('goes up by the weight of the MISSING segment the lead firm would fill', () => {
    expect(whatIfCompleteness(input, 10)).toEqual({ before: 0.3, after: 0.5 });
  });

  it('stays the same when the lead firm only fills a segment already PRESENT', () => {
    expect(whatIfCompleteness(input, 11)).toEqual({ before: 0.3, after: 0.3 });
  });

  it('fills both a MISSING child and its MISSING parent', () => {
    expect(whatIfCompleteness(input, 12)).toEqual({ before: 0.3, after: 0.8 });
  });

  it('changes nothing for a firm already local or not in the input', () => {
    expect(whatIfCompleteness(input, 1)).toEqual({ before: 0.3, after: 0.3 });
    expect(whatIfCompleteness(input, 404)).toEqual({ before: 0.3, after: 0.3 });
  });

  it('agrees with a full analysis of the zone with the firm moved in', () => {
    for (const firmId of [10, 11, 12]) {
      const moved = input.firms.map((entry) => (entry.id === firmId ? { ...entry, zoneId: ZONE } : entry));
      const expected = analyzeChainGaps({ ...input, firms: moved }).completeness;
      expect(whatIfCompleteness(input, firmId).after).toBeCloseTo(expected, 12);
    }
  });
});

describe('whatIfCompletenessForFirms', () => {
  it('answers for each lead firm from one indexing of the zone', () => {
    const results = whatIfCompletenessForFirms(input, [10, 11, 12]);
    expect([...results.entries()]).toEqual([
      [10, { before: 0.3, after: 0.5 }],
      [11, { before: 0.3, after: 0.3 }],
      [12, { before: 0.3, after: 0.8 }],
    ]);
  });
});

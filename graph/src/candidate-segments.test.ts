import { describe, expect, it } from 'vitest';
import { analyzeChainGaps } from './analyze-chain-gaps.ts';
import { candidateSegmentIds } from './candidate-segments.ts';
import { chain, firm, gapInput, localFirm, segment, ZONE } from './test-factories.ts';

// 1 > 2 > 3 (parent to child), and 4 alone. Two local firms in 3 make 3, 2 and 1 PRESENT.
const nested = chain({
  segments: [segment(1), segment(2, { parentId: 1 }), segment(3, { parentId: 2 }), segment(4)],
});

describe('candidateSegmentIds', () => {
  it('is every MISSING or WEAK segment with its descendants', () => {
    const firms = [localFirm(1, { segmentIds: [2] })]; // 2 and 1 WEAK; 3 has no local firm, 4 neither
    expect(candidateSegmentIds({ zoneId: ZONE, chain: nested, firms })).toEqual(new Set([1, 2, 3, 4]));
  });

  it('leaves out PRESENT segments whose ancestors are PRESENT too', () => {
    const firms = [localFirm(1, { segmentIds: [3] }), localFirm(2, { segmentIds: [3] })];
    expect(candidateSegmentIds({ zoneId: ZONE, chain: nested, firms })).toEqual(new Set([4]));
  });

  it("uses the chain's weakBelow and ignores firms of other zones", () => {
    const firms = [localFirm(1, { segmentIds: [3] }), firm(2, { segmentIds: [4] })];
    const strict = chain({ ...nested, weakBelow: 1 });
    expect(candidateSegmentIds({ zoneId: ZONE, chain: strict, firms })).toEqual(new Set([4]));
  });

  it('covers every segment of a candidate the full analysis ranks', () => {
    const firms = [
      localFirm(1, { segmentIds: [3] }),
      firm(10, { segmentIds: [3] }),
      firm(11, { segmentIds: [4] }),
      firm(12, { segmentIds: [2, 4] }),
    ];
    const searched = candidateSegmentIds({ zoneId: ZONE, chain: nested, firms });
    const report = analyzeChainGaps(gapInput({ chain: nested, firms }));
    for (const coverage of report.segments) {
      for (const candidate of coverage.candidates) {
        const candidateFirm = firms.find((f) => f.id === candidate.firmId)!;
        expect(candidateFirm.segmentIds.some((id) => searched.has(id))).toBe(true);
      }
    }
  });
});

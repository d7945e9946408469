import { describe, expect, it } from 'vitest';
import { analyzeChainGaps } from './analyze-chain-gaps.ts';
import { chain, firm, gapInput, localFirm, OTHER_ZONE, segment } from './test-factories.ts';
import type { ChainGapInput, SegmentCoverage } from './types.ts';

// Segment 1 is the gap (MISSING, child 2); segment 3 is where the zone's firms sit.
const GAP = 1;
const gapChain = chain({ segments: [segment(1), segment(2, { parentId: 1 }), segment(3), segment(4)] });
const anchor = localFirm(500, { tags: ['ANCHOR'], segmentIds: [3] });
const plainLocal = localFirm(501, { segmentIds: [3] });

function coverageOf(input: Partial<ChainGapInput>, segmentId = GAP, options = {}): SegmentCoverage {
  const report = analyzeChainGaps(gapInput({ chain: gapChain, ...input }), options);
  return report.segments.find((entry) => entry.segmentId === segmentId)!;
}

function rankedIds(coverage: SegmentCoverage): number[] {
  return coverage.candidates.map((candidate) => candidate.firmId);
}

describe('gap candidates', () => {
  it('ranks a supplier of a local anchor above an identical firm that supplies none', () => {
    // The supplier has the higher id, so only the supply signal can put it first.
    const coverage = coverageOf({
      firms: [anchor, firm(10, { segmentIds: [1] }), firm(20, { segmentIds: [1] })],
      supplies: [{ supplierId: 20, buyerId: 500, volume: null }],
    });
    expect(rankedIds(coverage)).toEqual([20, 10]);
    expect(coverage.candidates[0]?.reasons).toEqual([
      { code: 'SUPPLIES_LOCAL_ANCHOR', params: { anchorCount: 1 }, points: 120 },
    ]);
  });

  it('ranks a supplier of a local non-anchor firm above an identical firm that supplies nothing', () => {
    const coverage = coverageOf({
      firms: [plainLocal, firm(10, { segmentIds: [1] }), firm(20, { segmentIds: [1] })],
      supplies: [{ supplierId: 20, buyerId: 501, volume: null }],
    });
    expect(rankedIds(coverage)).toEqual([20, 10]);
    expect(coverage.candidates[0]?.reasons.map((reason) => reason.code)).toEqual(['SUPPLIES_LOCAL_FIRM']);
  });

  it('ranks a supplier of a local anchor above an identical supplier of a local non-anchor', () => {
    const coverage = coverageOf({
      firms: [anchor, plainLocal, firm(10, { segmentIds: [1] }), firm(20, { segmentIds: [1] })],
      supplies: [
        { supplierId: 10, buyerId: 501, volume: null },
        { supplierId: 20, buyerId: 500, volume: null },
      ],
    });
    expect(rankedIds(coverage)).toEqual([20, 10]);
  });

  it('counts a local buyer passed only to locate it, with no segment of the chain', () => {
    const coverage = coverageOf({
      firms: [localFirm(600, { tags: ['ANCHOR'] }), firm(10, { segmentIds: [1] })],
      supplies: [{ supplierId: 10, buyerId: 600, volume: null }],
    });
    expect(coverage.candidates[0]?.reasons[0]?.code).toBe('SUPPLIES_LOCAL_ANCHOR');
  });

  it('counts distinct local anchors supplied, however many supply rows link them', () => {
    const coverage = coverageOf({
      firms: [anchor, localFirm(502, { tags: ['ANCHOR'] }), firm(10, { segmentIds: [1] })],
      supplies: [
        { supplierId: 10, buyerId: 500, volume: 5 },
        { supplierId: 10, buyerId: 500, volume: 7 },
        { supplierId: 10, buyerId: 502, volume: null },
      ],
    });
    expect(coverage.candidates[0]?.reasons[0]?.params).toEqual({ anchorCount: 2 });
  });

  it('rewards supplying an anchor of this chain elsewhere, but not a non-anchor or an anchor of another chain', () => {
    const chainAnchorElsewhere = firm(700, { zoneId: OTHER_ZONE, tags: ['ANCHOR'], segmentIds: [4] });
    const otherChainAnchor = firm(701, { tags: ['ANCHOR'], segmentIds: [999] });
    const plainElsewhere = firm(702, { segmentIds: [4] });
    const coverage = coverageOf({
      firms: [
        chainAnchorElsewhere,
        otherChainAnchor,
        plainElsewhere,
        firm(10, { segmentIds: [1] }),
        firm(20, { segmentIds: [1] }),
        firm(30, { segmentIds: [1] }),
      ],
      supplies: [
        { supplierId: 10, buyerId: 701, volume: null },
        { supplierId: 10, buyerId: 702, volume: null },
        { supplierId: 30, buyerId: 700, volume: null },
      ],
    });
    expect(rankedIds(coverage)).toEqual([30, 10, 20]);
    expect(coverage.candidates[0]?.reasons).toEqual([
      { code: 'SUPPLIES_CHAIN_ANCHOR', params: { anchorCount: 1 }, points: 50 },
    ]);
    expect(coverage.candidates[1]?.reasons).toEqual([]);
  });

  it('never offers a firm located in the zone, even one that supplies the local anchor', () => {
    const coverage = coverageOf(
      {
        firms: [anchor, localFirm(10, { segmentIds: [4] }), firm(20, { segmentIds: [4] })],
        supplies: [{ supplierId: 10, buyerId: 500, volume: null }],
      },
      4,
      { weakBelow: 5 },
    );
    expect(coverage.status).toBe('WEAK');
    expect(rankedIds(coverage)).toEqual([20]);
  });

  it('offers a firm of a child segment as a candidate for the parent', () => {
    const coverage = coverageOf({ firms: [firm(10, { segmentIds: [2] })] });
    expect(rankedIds(coverage)).toEqual([10]);
  });

  it('marks a firm chased by an open lead with that lead and still lists it in score order', () => {
    const coverage = coverageOf({
      firms: [anchor, firm(10, { segmentIds: [1] }), firm(20, { segmentIds: [1] })],
      supplies: [{ supplierId: 20, buyerId: 500, volume: null }],
      openLeads: [
        { id: 9, firmId: 20 },
        { id: 8, firmId: 20 },
      ],
    });
    expect(coverage.candidates.map(({ firmId, existingLeadId }) => ({ firmId, existingLeadId }))).toEqual([
      { firmId: 20, existingLeadId: 8 },
      { firmId: 10, existingLeadId: null },
    ]);
  });

  it('breaks score ties by ascending firm id whatever the input order', () => {
    const coverage = coverageOf({
      firms: [firm(30, { segmentIds: [1] }), firm(10, { segmentIds: [2] }), firm(20, { segmentIds: [1] })],
    });
    expect(rankedIds(coverage)).toEqual([10, 20, 30]);
  });

  it('keeps at most maxCandidates, best first, and counts the rest', () => {
    const coverage = coverageOf(
      {
        firms: [
          anchor,
          firm(10, { segmentIds: [1] }),
          firm(20, { segmentIds: [1] }),
          firm(30, { segmentIds: [1] }),
        ],
        supplies: [{ supplierId: 30, buyerId: 500, volume: null }],
      },
      GAP,
      { maxCandidates: 2 },
    );
    expect(rankedIds(coverage)).toEqual([30, 10]);
    expect(coverage.candidateCount).toBe(3);
  });

  it('gives a PRESENT segment no candidates', () => {
    const coverage = coverageOf(
      {
        firms: [
          localFirm(1, { segmentIds: [1] }),
          localFirm(2, { segmentIds: [1] }),
          firm(10, { segmentIds: [1] }),
        ],
      },
      GAP,
    );
    expect(coverage.status).toBe('PRESENT');
    expect(coverage.candidates).toEqual([]);
    expect(coverage.candidateCount).toBe(0);
  });

  it('lets overridden weights reorder candidates', () => {
    const input = {
      zoneProvince: '河北省',
      firms: [anchor, firm(10, { segmentIds: [1], province: '河北省' }), firm(20, { segmentIds: [1] })],
      supplies: [{ supplierId: 20, buyerId: 500, volume: null }],
    };
    expect(rankedIds(coverageOf(input))).toEqual([20, 10]);
    expect(rankedIds(coverageOf(input, GAP, { weights: { PROXIMITY_SAME_PROVINCE: 500 } }))).toEqual([
      10, 20,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeChainGaps } from './analyze-chain-gaps.ts';
import { ChainCycleError } from './errors.ts';
import { chain, firm, gapInput, localFirm, segment } from './test-factories.ts';
import type { ChainGapInput, SegmentCoverage } from './types.ts';

function segmentOf(input: ChainGapInput, segmentId: number, options = {}): SegmentCoverage {
  return analyzeChainGaps(input, options).segments.find((entry) => entry.segmentId === segmentId)!;
}

function localFirmsIn(segmentId: number, count: number) {
  return Array.from({ length: count }, (_, index) => localFirm(index + 1, { segmentIds: [segmentId] }));
}

describe('analyzeChainGaps: status', () => {
  const threeNeeded = chain({ weakBelow: 3, segments: [segment(1)] });

  it('is PRESENT with exactly weakBelow local firms', () => {
    expect(segmentOf(gapInput({ chain: threeNeeded, firms: localFirmsIn(1, 3) }), 1).status).toBe('PRESENT');
  });

  it('is WEAK with one local firm fewer than weakBelow', () => {
    expect(segmentOf(gapInput({ chain: threeNeeded, firms: localFirmsIn(1, 2) }), 1).status).toBe('WEAK');
  });

  it('is MISSING with no local firm, even when firms elsewhere operate in it', () => {
    const coverage = segmentOf(gapInput({ chain: threeNeeded, firms: [firm(1, { segmentIds: [1] })] }), 1);
    expect(coverage).toMatchObject({ status: 'MISSING', localFirmIds: [], localFirmCount: 0 });
  });

  it('uses a weakBelow of 2 when the chain has none', () => {
    const noThreshold = chain({ weakBelow: null, segments: [segment(1)] });
    expect(segmentOf(gapInput({ chain: noThreshold, firms: localFirmsIn(1, 1) }), 1).status).toBe('WEAK');
    expect(segmentOf(gapInput({ chain: noThreshold, firms: localFirmsIn(1, 2) }), 1).status).toBe('PRESENT');
  });

  it('lets the weakBelow option override the chain setting', () => {
    const input = gapInput({ chain: threeNeeded, firms: localFirmsIn(1, 2) });
    expect(segmentOf(input, 1, { weakBelow: 2 }).status).toBe('PRESENT');
  });

  it('counts a local firm of a child segment for the parent', () => {
    const nested = chain({
      segments: [segment(1), segment(2, { parentId: 1 }), segment(3, { parentId: 1 })],
    });
    const input = gapInput({
      chain: nested,
      firms: [localFirm(8, { segmentIds: [2] }), localFirm(4, { segmentIds: [3] })],
    });
    expect(segmentOf(input, 1)).toMatchObject({ status: 'PRESENT', localFirmIds: [4, 8], localFirmCount: 2 });
    expect(segmentOf(input, 2)).toMatchObject({ status: 'WEAK', localFirmIds: [8] });
  });

  it('flags hasAnchor when a local firm of the segment or a child is an anchor, not one elsewhere', () => {
    const nested = chain({ segments: [segment(1), segment(2, { parentId: 1 }), segment(3)] });
    const input = gapInput({
      chain: nested,
      firms: [
        localFirm(1, { tags: ['ANCHOR'], segmentIds: [2] }),
        firm(2, { tags: ['ANCHOR'], segmentIds: [3] }),
      ],
    });
    expect(segmentOf(input, 1).hasAnchor).toBe(true);
    expect(segmentOf(input, 3).hasAnchor).toBe(false);
  });
});

describe('analyzeChainGaps: broken links', () => {
  // Segment 1 feeds 2 and 3.
  const fork = chain({
    segments: [segment(1), segment(2), segment(3)],
    feeds: [
      { from: 1, to: 2 },
      { from: 1, to: 3 },
    ],
  });

  it('flags a MISSING segment that feeds two others when either has a local firm', () => {
    expect(
      segmentOf(gapInput({ chain: fork, firms: [localFirm(1, { segmentIds: [2] })] }), 1).brokenLink,
    ).toBe(true);
    expect(
      segmentOf(gapInput({ chain: fork, firms: [localFirm(1, { segmentIds: [3] })] }), 1).brokenLink,
    ).toBe(true);
  });

  it('does not flag it when neither fed segment has a local firm', () => {
    const input = gapInput({ chain: fork, firms: [firm(1, { segmentIds: [2, 3] })] });
    expect(segmentOf(input, 1)).toMatchObject({ status: 'MISSING', brokenLink: false });
  });
});

describe('analyzeChainGaps: report', () => {
  it('computes completeness as the weight of non-MISSING segments over all weights', () => {
    const weighted = chain({
      segments: [
        segment(1, { weight: 5 }),
        segment(2, { parentId: 1, weight: 1 }),
        segment(3, { weight: 4 }),
      ],
    });
    const report = analyzeChainGaps(
      gapInput({ chain: weighted, firms: [localFirm(1, { segmentIds: [1] })] }),
    );
    // Segment 1 is WEAK (covered); its child 2 and segment 3 are MISSING.
    expect(report.completeness).toBeCloseTo(5 / 10);
  });

  it('gives completeness 0 and no segments for an empty chain', () => {
    expect(analyzeChainGaps(gapInput())).toEqual({ completeness: 0, segments: [] });
  });

  it('reports every segment in the order of the chain', () => {
    const ordered = chain({ segments: [segment(5), segment(2, { parentId: 5 }), segment(9)] });
    const report = analyzeChainGaps(gapInput({ chain: ordered }));
    expect(report.segments.map((entry) => entry.segmentId)).toEqual([5, 2, 9]);
  });

  it('gives the same report whatever the order of firms, supplies and leads', () => {
    const fork = chain({ segments: [segment(1), segment(2)], feeds: [{ from: 1, to: 2 }] });
    const firms = [
      localFirm(3, { tags: ['ANCHOR'], segmentIds: [2] }),
      firm(7, { segmentIds: [1], revenue: 500 }),
      firm(5, { segmentIds: [1], revenue: 500 }),
      firm(6, { segmentIds: [1], tags: ['LISTED'] }),
    ];
    const supplies = [
      { supplierId: 7, buyerId: 3, volume: null },
      { supplierId: 6, buyerId: 3, volume: 10 },
    ];
    const openLeads = [
      { id: 2, firmId: 5 },
      { id: 1, firmId: 6 },
    ];
    const forward = analyzeChainGaps(gapInput({ chain: fork, firms, supplies, openLeads }));
    const reversed = analyzeChainGaps(
      gapInput({
        chain: fork,
        firms: [...firms].reverse(),
        supplies: [...supplies].reverse(),
        openLeads: [...openLeads].reverse(),
      }),
    );
    expect(reversed).toEqual(forward);
    expect(forward.segments[0]?.candidates.map((candidate) => candidate.firmId)).toEqual([6, 7, 5]);
  });

  it('rejects a chain whose feeds form a cycle', () => {
    const cyclic = chain({
      segments: [segment(1), segment(2)],
      feeds: [
        { from: 1, to: 2 },
        { from: 2, to: 1 },
      ],
    });
    expect(() => analyzeChainGaps(gapInput({ chain: cyclic }))).toThrow(ChainCycleError);
  });

  it('produces the report of its documentation example', () => {
    const report = analyzeChainGaps(
      {
        zoneId: 1,
        zoneProvince: '河北省',
        chain: {
          id: 7,
          weakBelow: 2,
          segments: [
            { id: 10, parentId: null, stage: 'UPSTREAM', weight: 2 },
            { id: 11, parentId: null, stage: 'DOWNSTREAM', weight: 3 },
          ],
          feeds: [{ from: 10, to: 11 }],
        },
        firms: [
          { id: 1, zoneId: 1, province: '河北省', tags: ['ANCHOR'], revenue: 500000, segmentIds: [11] },
          { id: 2, zoneId: null, province: '北京市', tags: ['LISTED'], revenue: 80000, segmentIds: [10] },
        ],
        supplies: [{ supplierId: 2, buyerId: 1, volume: 1200 }],
        openLeads: [],
      },
      { maxCandidates: 10 },
    );
    expect(report.completeness).toBeCloseTo(0.6);
    expect(report.segments[0]).toMatchObject({ segmentId: 10, status: 'MISSING', brokenLink: true });
    expect(report.segments[0]?.candidates[0]?.reasons.map((reason) => reason.code)).toEqual([
      'SUPPLIES_LOCAL_ANCHOR',
      'TAG_LISTED',
      'PROXIMITY_JINGJINJI',
      'SIZE',
    ]);
    expect(report.segments[1]).toMatchObject({
      segmentId: 11,
      status: 'WEAK',
      hasAnchor: true,
      brokenLink: false,
    });
  });
});

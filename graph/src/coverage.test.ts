import { describe, expect, it } from 'vitest';
import { buildChainGraph } from './chain-graph.ts';
import { completeness, countOf, coverageStatus, indexLocalFirms, isBrokenLink } from './coverage.ts';
import { chain, firm, localFirm, OTHER_ZONE, segment, ZONE } from './test-factories.ts';

describe('coverageStatus', () => {
  it('is PRESENT with exactly weakBelow local firms and WEAK with one fewer', () => {
    expect(coverageStatus(3, 3)).toBe('PRESENT');
    expect(coverageStatus(2, 3)).toBe('WEAK');
  });

  it('is MISSING with no local firm, whatever the threshold', () => {
    expect(coverageStatus(0, 2)).toBe('MISSING');
    expect(coverageStatus(0, 0)).toBe('MISSING');
  });

  it('is never WEAK when weakBelow is 1', () => {
    expect(coverageStatus(1, 1)).toBe('PRESENT');
  });
});

describe('indexLocalFirms', () => {
  const graph = buildChainGraph(
    chain({ segments: [segment(1), segment(2, { parentId: 1 }), segment(3, { parentId: 2 }), segment(4)] }),
  );

  it('counts a firm of a child or grandchild segment for every ancestor', () => {
    const index = indexLocalFirms(graph, [localFirm(7, { segmentIds: [3] })], ZONE);
    expect(index.localFirmIds.get(3)).toEqual([7]);
    expect(index.localFirmIds.get(2)).toEqual([7]);
    expect(index.localFirmIds.get(1)).toEqual([7]);
    expect(index.localFirmIds.get(4)).toEqual([]);
  });

  it('counts a firm once per segment even when it operates in a segment and its child', () => {
    const index = indexLocalFirms(graph, [localFirm(7, { segmentIds: [1, 2, 3] })], ZONE);
    expect(index.localFirmIds.get(1)).toEqual([7]);
  });

  it('ignores firms of other zones or of no zone, and segment ids of other chains', () => {
    const index = indexLocalFirms(
      graph,
      [
        firm(5, { segmentIds: [1] }),
        firm(6, { zoneId: OTHER_ZONE, segmentIds: [1] }),
        localFirm(8, { segmentIds: [999] }),
      ],
      ZONE,
    );
    expect(countOf(index, 1)).toBe(0);
  });

  it('lists local firm ids in ascending order whatever the input order', () => {
    const index = indexLocalFirms(
      graph,
      [
        localFirm(9, { segmentIds: [1] }),
        localFirm(2, { segmentIds: [3] }),
        localFirm(5, { segmentIds: [2] }),
      ],
      ZONE,
    );
    expect(index.localFirmIds.get(1)).toEqual([2, 5, 9]);
  });

  it('marks the segments, and their ancestors, that have a local anchor', () => {
    const index = indexLocalFirms(graph, [localFirm(1, { tags: ['ANCHOR'], segmentIds: [2] })], ZONE);
    expect([...index.segmentsWithAnchor].sort()).toEqual([1, 2]);
  });
});

describe('isBrokenLink', () => {
  // 1 feeds 2 and 3; 4 feeds 5 whose only local firm sits in its child 6.
  const graph = buildChainGraph(
    chain({
      segments: [segment(1), segment(2), segment(3), segment(4), segment(5), segment(6, { parentId: 5 })],
      feeds: [
        { from: 1, to: 2 },
        { from: 1, to: 3 },
        { from: 4, to: 5 },
      ],
    }),
  );

  it('flags a MISSING segment feeding two others when either has a local firm', () => {
    const onlyThird = indexLocalFirms(graph, [localFirm(1, { segmentIds: [3] })], ZONE);
    const onlySecond = indexLocalFirms(graph, [localFirm(1, { segmentIds: [2] })], ZONE);
    expect(isBrokenLink(graph, onlyThird, 1)).toBe(true);
    expect(isBrokenLink(graph, onlySecond, 1)).toBe(true);
  });

  it('does not flag a MISSING segment when none of the segments it feeds has a local firm', () => {
    const index = indexLocalFirms(graph, [firm(1, { segmentIds: [2, 3] })], ZONE);
    expect(isBrokenLink(graph, index, 1)).toBe(false);
  });

  it('does not flag a segment that has local firms itself', () => {
    const index = indexLocalFirms(graph, [localFirm(1, { segmentIds: [1, 2] })], ZONE);
    expect(isBrokenLink(graph, index, 1)).toBe(false);
  });

  it('counts a local firm of a child of the fed segment as local to that segment', () => {
    const index = indexLocalFirms(graph, [localFirm(1, { segmentIds: [6] })], ZONE);
    expect(isBrokenLink(graph, index, 4)).toBe(true);
  });

  it('looks only at direct feeds, not at segments further downstream', () => {
    const chained = buildChainGraph(
      chain({
        segments: [segment(1), segment(2), segment(3)],
        feeds: [
          { from: 1, to: 2 },
          { from: 2, to: 3 },
        ],
      }),
    );
    const index = indexLocalFirms(chained, [localFirm(1, { segmentIds: [3] })], ZONE);
    expect(isBrokenLink(chained, index, 1)).toBe(false);
    expect(isBrokenLink(chained, index, 2)).toBe(true);
  });
});

describe('completeness', () => {
  it('weighs covered segments, parents and children alike, over all segments', () => {
    const graph = buildChainGraph(
      chain({
        segments: [
          segment(1, { weight: 5 }),
          segment(2, { parentId: 1, weight: 3 }),
          segment(3, { weight: 2 }),
        ],
      }),
    );
    expect(completeness(graph, (id) => id === 1)).toBeCloseTo(5 / 10);
    expect(completeness(graph, (id) => id !== 3)).toBeCloseTo(8 / 10);
  });

  it('is 0 for a chain without segments or without weight', () => {
    expect(completeness(buildChainGraph(chain()), () => true)).toBe(0);
    expect(completeness(buildChainGraph(chain({ segments: [segment(1, { weight: 0 })] })), () => true)).toBe(
      0,
    );
  });
});

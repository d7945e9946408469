import { describe, expect, it } from 'vitest';
import {
  countByStatus,
  diagramLinks,
  linkPath,
  orderCoverage,
  type Rect,
  relativeRect,
  segmentNeighbours,
} from './diagram-layout.ts';
import { makeCoverage, makeReport } from './test-factories.ts';

const box = (x: number, y: number): Rect => ({ x, y, width: 100, height: 20 });

describe('linkPath', () => {
  it('runs downstream from the right edge of one box to the left edge of the next', () => {
    expect(linkPath(box(0, 0), box(200, 40), 0, 1, 30)).toBe('M100 10 C150 10 150 50 200 50');
  });

  it('runs right to left against the flow', () => {
    expect(linkPath(box(200, 0), box(0, 0), 1, 0, 30)).toBe('M200 10 C150 10 150 10 100 10');
  });

  it('loops out to the right within one column, no further than the gap allows', () => {
    const near = linkPath(box(0, 0), box(0, 40), 1, 1, 30);
    expect(near).toBe('M100 10 C118 10 118 50 100 50');
    const far = linkPath(box(0, 0), box(0, 1000), 1, 1, 30);
    expect(far).toBe('M100 10 C130 10 130 1010 100 1010');
  });

  it('keeps a visible curve between boxes that nearly touch', () => {
    expect(linkPath(box(0, 0), box(110, 0), 0, 1, 30)).toBe('M100 10 C116 10 94 10 110 10');
  });
});

describe('relativeRect', () => {
  it('measures a box from the diagram’s corner', () => {
    expect(relativeRect({ left: 130, top: 260, width: 80, height: 30 }, { left: 100, top: 200 })).toEqual({
      x: 30,
      y: 60,
      width: 80,
      height: 30,
    });
  });
});

describe('diagramLinks', () => {
  const lithium = makeCoverage({ id: '11', stage: 'UPSTREAM' }, { status: 'MISSING', localFirmCount: 0 });
  const cathode = makeCoverage({ id: '20', stage: 'MIDSTREAM' }, { localFirmCount: 5 });
  const cells = makeCoverage({ id: '24', stage: 'MIDSTREAM' }, { localFirmCount: 0, status: 'MISSING' });
  const byId = new Map([lithium, cathode, cells].map((c) => [c.segment.id, c]));
  const feeds = [
    { from: { id: '11' }, to: { id: '20' } },
    { from: { id: '20' }, to: { id: '24' } },
    { from: { id: '11' }, to: { id: '24' } },
  ];
  const rects = new Map([
    ['11', box(0, 0)],
    ['20', box(200, 0)],
    ['24', box(200, 100)],
  ]);

  it('marks a feed from a missing segment into local production as broken', () => {
    const links = diagramLinks(feeds, byId, rects, undefined, 30);
    expect(links.map((l) => [l.key, l.broken])).toEqual([
      ['11>20', true],
      ['20>24', false],
      ['11>24', false],
    ]);
  });

  it('draws the selected segment’s links last, over the others', () => {
    const links = diagramLinks(feeds, byId, rects, '24', 30);
    expect(links.map((l) => [l.key, l.active])).toEqual([
      ['11>20', false],
      ['20>24', true],
      ['11>24', true],
    ]);
  });

  it('skips links whose boxes have not been measured yet', () => {
    expect(diagramLinks(feeds, byId, new Map([['11', box(0, 0)]]), undefined, 30)).toEqual([]);
  });

  it('loops a link between two segments of one stage', () => {
    const [within] = diagramLinks([feeds[1]!], byId, rects, undefined, 30);
    expect(within?.d).toBe('M300 10 C330 10 330 110 300 110');
  });
});

describe('orderCoverage', () => {
  it('follows the chain’s display order, not the report’s', () => {
    const a = makeCoverage({ id: '1' });
    const b = makeCoverage({ id: '2' });
    const c = makeCoverage({ id: '3' });
    const report = makeReport([c, a, b], { segments: [{ id: '1' }, { id: '2' }] });
    expect(orderCoverage(report).map((x) => x.segment.id)).toEqual(['1', '2', '3']);
  });
});

describe('countByStatus', () => {
  it('counts segments per status and the broken links among them', () => {
    const counts = countByStatus([
      { status: 'MISSING', brokenLink: true },
      { status: 'MISSING', brokenLink: false },
      { status: 'WEAK', brokenLink: false },
      { status: 'PRESENT', brokenLink: false },
    ]);
    expect(counts).toEqual({ MISSING: 2, WEAK: 1, PRESENT: 1, broken: 1 });
  });
});

describe('segmentNeighbours', () => {
  it('lists what feeds a segment and what it feeds', () => {
    const feeds = [
      { from: { id: '11' }, to: { id: '20' } },
      { from: { id: '12' }, to: { id: '20' } },
      { from: { id: '20' }, to: { id: '24' } },
    ];
    expect(segmentNeighbours(feeds, '20')).toEqual({ inputs: ['11', '12'], outputs: ['24'] });
  });
});

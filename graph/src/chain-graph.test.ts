import { describe, expect, it } from 'vitest';
import { buildChainGraph, directlyFed, segmentsCountedFor } from './chain-graph.ts';
import { ChainCycleError, InvalidChainError } from './errors.ts';
import { chain, segment } from './test-factories.ts';

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('buildChainGraph', () => {
  it('rejects feeds that form a cycle with a ChainCycleError naming the segments', () => {
    const error = thrownBy(() =>
      buildChainGraph(
        chain({
          segments: [segment(1), segment(2), segment(3)],
          feeds: [
            { from: 1, to: 2 },
            { from: 2, to: 3 },
            { from: 3, to: 2 },
          ],
        }),
      ),
    );
    expect(error).toBeInstanceOf(ChainCycleError);
    expect(error).toMatchObject({ code: 'FEEDS_CYCLE', relation: 'feeds', chainId: 100, segmentIds: [2, 3] });
  });

  it('rejects a segment that feeds itself', () => {
    const run = () => buildChainGraph(chain({ segments: [segment(1)], feeds: [{ from: 1, to: 1 }] }));
    expect(run).toThrow(ChainCycleError);
  });

  it('rejects parents that loop', () => {
    const error = thrownBy(() =>
      buildChainGraph(chain({ segments: [segment(1, { parentId: 2 }), segment(2, { parentId: 1 })] })),
    );
    expect(error).toMatchObject({ name: 'ChainCycleError', code: 'PARENT_CYCLE', relation: 'parent' });
  });

  it('accepts a child feeding its parent, since parent links are not feeds', () => {
    const graph = buildChainGraph(
      chain({ segments: [segment(1), segment(2, { parentId: 1 })], feeds: [{ from: 2, to: 1 }] }),
    );
    expect(directlyFed(graph, 2)).toEqual([1]);
  });

  it('accepts a diamond of feeds, which is a DAG', () => {
    const graph = buildChainGraph(
      chain({
        segments: [segment(1), segment(2), segment(3), segment(4)],
        feeds: [
          { from: 1, to: 2 },
          { from: 1, to: 3 },
          { from: 2, to: 4 },
          { from: 3, to: 4 },
          { from: 1, to: 2 },
        ],
      }),
    );
    expect(directlyFed(graph, 1)).toEqual([2, 3]);
    expect(graph.feeds.size).toBe(4);
  });

  it('rejects a feed or parent naming a segment outside the chain', () => {
    const feed = thrownBy(() =>
      buildChainGraph(chain({ segments: [segment(1)], feeds: [{ from: 1, to: 9 }] })),
    );
    const parent = thrownBy(() => buildChainGraph(chain({ segments: [segment(1, { parentId: 9 })] })));
    expect(feed).toMatchObject({ code: 'UNKNOWN_SEGMENT', segmentIds: [9] });
    expect(parent).toMatchObject({ code: 'UNKNOWN_SEGMENT', segmentIds: [9] });
    expect(feed).toBeInstanceOf(InvalidChainError);
  });

  it('rejects duplicate segment ids and negative weights', () => {
    expect(thrownBy(() => buildChainGraph(chain({ segments: [segment(1), segment(1)] })))).toMatchObject({
      code: 'DUPLICATE_SEGMENT',
    });
    expect(thrownBy(() => buildChainGraph(chain({ segments: [segment(1, { weight: -1 })] })))).toMatchObject({
      code: 'INVALID_WEIGHT',
    });
  });

  it('indexes each segment with its ancestors, nearest first, and sums the weights', () => {
    const graph = buildChainGraph(
      chain({
        segments: [
          segment(3, { parentId: 2, weight: 1 }),
          segment(1, { weight: 5 }),
          segment(2, { parentId: 1, weight: 2 }),
        ],
      }),
    );
    expect(graph.selfAndAncestors.get(3)).toEqual([3, 2, 1]);
    expect(graph.selfAndAncestors.get(1)).toEqual([1]);
    expect(graph.totalWeight).toBe(8);
    expect(graph.segmentIds).toEqual([3, 1, 2]);
  });
});

describe('segmentsCountedFor', () => {
  const graph = buildChainGraph(
    chain({ segments: [segment(1), segment(2, { parentId: 1 }), segment(3, { parentId: 1 })] }),
  );

  it('lists the segments a firm operates in and their ancestors once each', () => {
    expect(segmentsCountedFor(graph, [2, 3])).toEqual([2, 1, 3]);
  });

  it('drops segment ids of other chains', () => {
    expect(segmentsCountedFor(graph, [42])).toEqual([]);
  });
});

import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { findCycle } from './find-cycle.ts';

function graphOf(edges: [string, string][]): DirectedGraph {
  const graph = new DirectedGraph();
  for (const [from, to] of edges) graph.mergeEdge(from, to);
  return graph;
}

describe('findCycle', () => {
  it('returns the nodes of a cycle in edge order', () => {
    expect(
      findCycle(
        graphOf([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'd'],
          ['d', 'b'],
        ]),
      ),
    ).toEqual(['b', 'c', 'd']);
  });

  it('returns a self-loop as a one-node cycle', () => {
    expect(findCycle(graphOf([['a', 'a']]))).toEqual(['a']);
  });

  it('returns nothing for a DAG with shared descendants', () => {
    expect(
      findCycle(
        graphOf([
          ['a', 'b'],
          ['a', 'c'],
          ['b', 'd'],
          ['c', 'd'],
        ]),
      ),
    ).toEqual([]);
  });
});

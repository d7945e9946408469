import { describe, expect, it } from 'vitest';
import { buildSupplyGraph } from './supply-graph.ts';

describe('buildSupplyGraph', () => {
  it('folds several rows between the same pair into one edge, summing only known volumes', () => {
    const graph = buildSupplyGraph([
      { supplierId: 1, buyerId: 2, volume: 100 },
      { supplierId: 1, buyerId: 2, volume: null },
      { supplierId: 1, buyerId: 2, volume: 50 },
    ]);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttributes('1', '2')).toEqual({
      relations: 3,
      relationsWithVolume: 2,
      knownVolume: 150,
    });
  });

  it('treats a negative or non-finite volume as unknown', () => {
    const graph = buildSupplyGraph([
      { supplierId: 1, buyerId: 2, volume: -5 },
      { supplierId: 1, buyerId: 2, volume: Number.NaN },
    ]);
    expect(graph.getEdgeAttributes('1', '2')).toEqual({
      relations: 2,
      relationsWithVolume: 0,
      knownVolume: 0,
    });
  });

  it('ignores self-supply and the rows the filter drops', () => {
    const graph = buildSupplyGraph(
      [
        { supplierId: 1, buyerId: 1, volume: 10 },
        { supplierId: 1, buyerId: 2, volume: 10 },
        { supplierId: 3, buyerId: 2, volume: 10 },
      ],
      (supply) => supply.supplierId !== 3,
    );
    expect(graph.edges().map((edge) => graph.extremities(edge))).toEqual([['1', '2']]);
    expect(graph.hasNode('3')).toBe(false);
  });
});

import { DirectedGraph } from 'graphology';
import type { SupplyInput } from './types.ts';

/** All supply rows between one supplier and one buyer, folded into one edge. */
export interface SupplyEdge {
  /** Rows folded in (the database keeps one per segment supplied). */
  relations: number;
  /** Rows with a known volume. */
  relationsWithVolume: number;
  /** Sum of the known volumes (万元); 0 when none is known. */
  knownVolume: number;
}

export type SupplyGraph = DirectedGraph<Record<string, never>, SupplyEdge>;

/**
 * Builds the supplier -> buyer graph of firms, keyed by firm id as a string. `keep` drops rows before
 * they become edges: graphology costs ~350 bytes per edge, so callers index only what they ask about.
 * Self-supply rows are ignored. A volume that is negative or not finite counts as unknown.
 *
 * @example
 * const graph = buildSupplyGraph([{ supplierId: 1, buyerId: 2, volume: 300 }]);
 * graph.getEdgeAttribute('1', '2', 'knownVolume'); // 300
 */
export function buildSupplyGraph(
  supplies: readonly SupplyInput[],
  keep: (supply: SupplyInput) => boolean = () => true,
): SupplyGraph {
  const graph: SupplyGraph = new DirectedGraph();
  for (const supply of supplies) {
    if (supply.supplierId === supply.buyerId || !keep(supply)) continue;
    const supplier = String(supply.supplierId);
    const buyer = String(supply.buyerId);
    graph.mergeNode(supplier);
    graph.mergeNode(buyer);
    const known = isKnownVolume(supply.volume);
    const previous = graph.hasEdge(supplier, buyer) ? graph.getEdgeAttributes(supplier, buyer) : null;
    graph.mergeEdge(supplier, buyer, {
      relations: (previous?.relations ?? 0) + 1,
      relationsWithVolume: (previous?.relationsWithVolume ?? 0) + (known ? 1 : 0),
      knownVolume: (previous?.knownVolume ?? 0) + (known ? (supply.volume ?? 0) : 0),
    });
  }
  return graph;
}

function isKnownVolume(volume: number | null): boolean {
  return volume !== null && Number.isFinite(volume) && volume >= 0;
}

import type { SupplySignals } from './candidate-score.ts';
import { buildSupplyGraph } from './supply-graph.ts';
import type { FirmInput, SupplyInput } from './types.ts';

export interface SupplySignalInput {
  zoneId: number;
  firmsById: ReadonlyMap<number, FirmInput>;
  /** Firms being scored; supplies from anyone else are not worth indexing. */
  candidateIds: ReadonlySet<number>;
  /** Is this an anchor of the chain under analysis (tagged ANCHOR, operating in its segments)? */
  isChainAnchor: (firm: FirmInput) => boolean;
  supplies: readonly SupplyInput[];
}

/**
 * Counts, per candidate, the distinct firms it supplies that tie it to the zone or the chain.
 * A buyer absent from `firmsById` is treated as outside the zone with no tags, so it adds nothing:
 * the service must pass the zone's firms (an empty `segmentIds` is fine) for local ties to show.
 * One pass over the supplies, then one over each candidate's buyers: O(supplies).
 *
 * @example
 * supplySignals({ zoneId, firmsById, candidateIds, isChainAnchor, supplies }).get(firmId);
 * // { localAnchors: 1, localFirms: 0, chainAnchorsElsewhere: 2 }
 */
export function supplySignals(input: SupplySignalInput): Map<number, SupplySignals> {
  const { zoneId, firmsById } = input;
  const graph = buildSupplyGraph(input.supplies, (supply) => {
    if (!input.candidateIds.has(supply.supplierId)) return false;
    const buyer = firmsById.get(supply.buyerId);
    return buyer !== undefined && (buyer.zoneId === zoneId || input.isChainAnchor(buyer));
  });

  const signals = new Map<number, SupplySignals>();
  for (const supplierKey of graph.nodes()) {
    if (graph.outDegree(supplierKey) === 0) continue;
    const counts = { localAnchors: 0, localFirms: 0, chainAnchorsElsewhere: 0 };
    for (const buyerKey of graph.outNeighbors(supplierKey)) {
      const buyer = firmsById.get(Number(buyerKey))!;
      const isAnchor = buyer.tags.includes('ANCHOR');
      if (buyer.zoneId === zoneId) {
        if (isAnchor) counts.localAnchors++;
        else counts.localFirms++;
      } else {
        // Only chain anchors passed the filter above, so every non-local buyer here is one.
        counts.chainAnchorsElsewhere++;
      }
    }
    signals.set(Number(supplierKey), counts);
  }
  return signals;
}

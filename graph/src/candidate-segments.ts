import { buildChainGraph } from './chain-graph.ts';
import { countOf, coverageStatus, indexLocalFirms } from './coverage.ts';
import { DEFAULT_WEAK_BELOW } from './gap-options.ts';
import type { ChainInput, FirmInput } from './types.ts';

export interface CandidateSegmentsInput {
  zoneId: number;
  chain: ChainInput;
  /** The zone's firms in the chain; firms of other zones are ignored. */
  firms: readonly FirmInput[];
}

/**
 * The segments a candidate of the zone may operate in: every MISSING or WEAK segment and all its
 * descendants (a firm in a child segment counts for its ancestors). It lets a service load, for one
 * zone, only the outside firms the analysis can rank, and their supplies, instead of the whole chain:
 * a firm with no segment in this set is never a candidate, and can change neither a status nor
 * completeness (it would only add to PRESENT segments). Statuses use the chain's `weakBelow`, as
 * `analyzeChainGaps` does without options. Throws like `buildChainGraph` on a malformed chain.
 *
 * @example
 * candidateSegmentIds({ zoneId: 1, chain, firms: zoneFirmsOfChain }); // Set { 12, 13, 20 }
 */
export function candidateSegmentIds(input: CandidateSegmentsInput): Set<number> {
  const graph = buildChainGraph(input.chain);
  const index = indexLocalFirms(graph, input.firms, input.zoneId);
  const weakBelow = input.chain.weakBelow ?? DEFAULT_WEAK_BELOW;
  const isGap = (id: number) => coverageStatus(countOf(index, id), weakBelow) !== 'PRESENT';
  const searched = new Set<number>();
  for (const id of graph.segmentIds) {
    if (graph.selfAndAncestors.get(id)!.some(isGap)) searched.add(id);
  }
  return searched;
}

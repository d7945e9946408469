import { type ChainGraph, directlyFed, segmentsCountedFor } from './chain-graph.ts';
import type { CoverageStatus, FirmInput } from './types.ts';

/** Which local firms count for each segment of a chain, for one zone. */
export interface LocalIndex {
  /** For every segment of the chain: ids of the zone's firms in it or a descendant, ascending. */
  localFirmIds: ReadonlyMap<number, readonly number[]>;
  /** Segments where one of those firms is tagged ANCHOR. */
  segmentsWithAnchor: ReadonlySet<number>;
}

/**
 * Indexes the zone's firms by the segments they count for. One pass over the firms, each pushed up
 * its segments' ancestor lists, instead of scanning all firms for every segment.
 *
 * @example
 * const index = indexLocalFirms(chainGraph, firms, zoneId);
 * index.localFirmIds.get(segmentId); // [3, 8]
 */
export function indexLocalFirms(graph: ChainGraph, firms: readonly FirmInput[], zoneId: number): LocalIndex {
  const localFirmIds = new Map<number, number[]>(graph.segmentIds.map((id) => [id, []]));
  const segmentsWithAnchor = new Set<number>();
  // Ascending ids make every list come out sorted without sorting each one.
  const local = firms.filter((firm) => firm.zoneId === zoneId).sort((a, b) => a.id - b.id);
  for (const firm of local) {
    const isAnchor = firm.tags.includes('ANCHOR');
    for (const segmentId of segmentsCountedFor(graph, firm.segmentIds)) {
      const list = localFirmIds.get(segmentId)!;
      // The same firm listed twice in the input must still count once.
      if (list[list.length - 1] !== firm.id) list.push(firm.id);
      if (isAnchor) segmentsWithAnchor.add(segmentId);
    }
  }
  return { localFirmIds, segmentsWithAnchor };
}

/**
 * MISSING with no local firm, WEAK with fewer than `weakBelow`, PRESENT otherwise. A `weakBelow` of 1
 * or less means a segment is never WEAK.
 */
export function coverageStatus(localFirmCount: number, weakBelow: number): CoverageStatus {
  if (localFirmCount === 0) return 'MISSING';
  return localFirmCount < weakBelow ? 'WEAK' : 'PRESENT';
}

/**
 * A MISSING segment that directly feeds a segment with at least one local firm: local production
 * depends on inputs from outside (断链).
 */
export function isBrokenLink(graph: ChainGraph, index: LocalIndex, segmentId: number): boolean {
  if (countOf(index, segmentId) > 0) return false;
  return directlyFed(graph, segmentId).some((target) => countOf(index, target) > 0);
}

/**
 * Weight of the covered (non-MISSING) segments over the weight of all segments; 0 for a chain with
 * no segments or no weight, rather than NaN, so rankings can still sort it.
 *
 * @example
 * completeness(chainGraph, (segmentId) => countOf(index, segmentId) > 0); // 0.6
 */
export function completeness(graph: ChainGraph, isCovered: (segmentId: number) => boolean): number {
  return ratioOfTotalWeight(graph, coveredWeight(graph, isCovered));
}

/** Sum of the weights of the covered segments. */
export function coveredWeight(graph: ChainGraph, isCovered: (segmentId: number) => boolean): number {
  let covered = 0;
  for (const [id, segment] of graph.segments) {
    if (isCovered(id)) covered += segment.weight;
  }
  return covered;
}

export function ratioOfTotalWeight(graph: ChainGraph, weight: number): number {
  return graph.totalWeight === 0 ? 0 : weight / graph.totalWeight;
}

export function countOf(index: LocalIndex, segmentId: number): number {
  return index.localFirmIds.get(segmentId)?.length ?? 0;
}

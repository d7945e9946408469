import { rankCandidates } from './candidates.ts';
import { buildChainGraph } from './chain-graph.ts';
import { completeness, countOf, coverageStatus, indexLocalFirms, isBrokenLink } from './coverage.ts';
import { type GapOptions, resolveGapOptions } from './gap-options.ts';
import type { ChainGapInput, ChainGapReport, SegmentCoverage } from './types.ts';

/**
 * The chain-gap report of one zone for one chain (DESIGN.md §5): each segment's status, local firms,
 * anchor and broken-link flags, ranked candidates for MISSING and WEAK segments, and completeness.
 * Pure: the same input gives the same report. Throws `InvalidChainError` / `ChainCycleError` on a
 * malformed chain.
 *
 * @example
 * const report = analyzeChainGaps(
 *   {
 *     zoneId: 1,
 *     zoneProvince: '河北省',
 *     chain: {
 *       id: 7,
 *       weakBelow: 2,
 *       segments: [
 *         { id: 10, parentId: null, stage: 'UPSTREAM', weight: 2 },
 *         { id: 11, parentId: null, stage: 'DOWNSTREAM', weight: 3 },
 *       ],
 *       feeds: [{ from: 10, to: 11 }],
 *     },
 *     firms: [
 *       { id: 1, zoneId: 1, province: '河北省', tags: ['ANCHOR'], revenue: 500000, segmentIds: [11] },
 *       { id: 2, zoneId: null, province: '北京市', tags: ['LISTED'], revenue: 80000, segmentIds: [10] },
 *     ],
 *     supplies: [{ supplierId: 2, buyerId: 1, volume: 1200 }],
 *     openLeads: [],
 *   },
 *   { maxCandidates: 10 },
 * );
 * report.completeness; // 0.6
 * report.segments[0]; // { segmentId: 10, status: 'MISSING', brokenLink: true, candidates: [{ firmId: 2, ... }], ... }
 */
export function analyzeChainGaps(input: ChainGapInput, options: Partial<GapOptions> = {}): ChainGapReport {
  const graph = buildChainGraph(input.chain);
  const resolved = resolveGapOptions(input.chain, options);
  const index = indexLocalFirms(graph, input.firms, input.zoneId);

  const statusOf = new Map(
    graph.segmentIds.map((id) => [id, coverageStatus(countOf(index, id), resolved.weakBelow)]),
  );
  const gapSegmentIds = new Set(graph.segmentIds.filter((id) => statusOf.get(id) !== 'PRESENT'));
  const candidates = rankCandidates({
    graph,
    zoneId: input.zoneId,
    firms: input.firms,
    supplies: input.supplies,
    openLeads: input.openLeads,
    segmentIds: gapSegmentIds,
    maxCandidates: resolved.maxCandidates,
    scoring: {
      weights: resolved.weights,
      zoneProvince: input.zoneProvince ?? null,
      sizeRevenueCap: resolved.sizeRevenueCap,
    },
  });

  const segments = graph.segmentIds.map((segmentId): SegmentCoverage => {
    const localFirmIds = [...(index.localFirmIds.get(segmentId) ?? [])];
    const ranked = candidates.get(segmentId);
    return {
      segmentId,
      status: statusOf.get(segmentId)!,
      localFirmIds,
      localFirmCount: localFirmIds.length,
      hasAnchor: index.segmentsWithAnchor.has(segmentId),
      brokenLink: isBrokenLink(graph, index, segmentId),
      candidates: ranked?.candidates ?? [],
      candidateCount: ranked?.total ?? 0,
    };
  });

  return { completeness: completeness(graph, (id) => countOf(index, id) > 0), segments };
}

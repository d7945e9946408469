import { NO_SUPPLY_SIGNALS, type ScoringContext, scoreCandidate } from './candidate-score.ts';
import { type ChainGraph, segmentsCountedFor } from './chain-graph.ts';
import { supplySignals } from './supply-signals.ts';
import type { Candidate, FirmInput, OpenLeadInput, SupplyInput } from './types.ts';

export interface RankCandidatesInput {
  graph: ChainGraph;
  zoneId: number;
  firms: readonly FirmInput[];
  supplies: readonly SupplyInput[];
  openLeads: readonly OpenLeadInput[];
  /** Segments that get candidates (the MISSING and WEAK ones). */
  segmentIds: ReadonlySet<number>;
  maxCandidates: number;
  scoring: ScoringContext;
}

export interface SegmentCandidates {
  /** Best first: score descending, then firm id ascending. */
  candidates: Candidate[];
  /** Candidates before the `maxCandidates` cut. */
  total: number;
}

/**
 * Ranks the firms outside the zone that operate in each requested segment or a descendant of it.
 * A firm's score does not depend on the segment, so every firm is scored once, all are sorted once,
 * and the sorted list is dealt out to the segments each firm counts for: O(F log F + supplies), not
 * a scan of all firms per segment. A firm chased by an open lead stays in the list, marked with it.
 *
 * @example
 * rankCandidates({ graph, zoneId, firms, supplies, openLeads, segmentIds: new Set([12]), maxCandidates: 50, scoring })
 *   .get(12)?.candidates[0]; // { firmId: 40, score: 135, reasons: [...], existingLeadId: null }
 */
export function rankCandidates(input: RankCandidatesInput): Map<number, SegmentCandidates> {
  const { graph, zoneId } = input;
  const bySegment = new Map<number, SegmentCandidates>(
    [...input.segmentIds].map((id) => [id, { candidates: [], total: 0 }]),
  );
  if (bySegment.size === 0) return bySegment;

  const firmsById = new Map(input.firms.map((firm) => [firm.id, firm]));
  const pool: { firm: FirmInput; segmentIds: number[] }[] = [];
  for (const firm of firmsById.values()) {
    if (firm.zoneId === zoneId) continue;
    const segmentIds = segmentsCountedFor(graph, firm.segmentIds).filter((id) => bySegment.has(id));
    if (segmentIds.length > 0) pool.push({ firm, segmentIds });
  }

  // Anchors "of this chain" operate in one of its segments; indexed once, read per supply row.
  const chainAnchorIds = new Set<number>();
  for (const firm of firmsById.values()) {
    if (firm.tags.includes('ANCHOR') && firm.segmentIds.some((id) => graph.segments.has(id))) {
      chainAnchorIds.add(firm.id);
    }
  }
  const signals = supplySignals({
    zoneId,
    firmsById,
    candidateIds: new Set(pool.map(({ firm }) => firm.id)),
    isChainAnchor: (firm) => chainAnchorIds.has(firm.id),
    supplies: input.supplies,
  });
  const leadByFirm = openLeadByFirm(input.openLeads);

  const ranked = pool.map(({ firm, segmentIds }) => {
    const { score, reasons } = scoreCandidate(firm, signals.get(firm.id) ?? NO_SUPPLY_SIGNALS, input.scoring);
    const candidate: Candidate = {
      firmId: firm.id,
      score,
      reasons,
      existingLeadId: leadByFirm.get(firm.id) ?? null,
    };
    return { candidate, segmentIds };
  });
  ranked.sort((a, b) => b.candidate.score - a.candidate.score || a.candidate.firmId - b.candidate.firmId);

  for (const { candidate, segmentIds } of ranked) {
    for (const segmentId of segmentIds) {
      const entry = bySegment.get(segmentId)!;
      entry.total++;
      if (entry.candidates.length < input.maxCandidates) entry.candidates.push(candidate);
    }
  }
  return bySegment;
}

/** Lowest lead id per firm, so a firm chased twice is marked the same way on every run. */
function openLeadByFirm(openLeads: readonly OpenLeadInput[]): Map<number, number> {
  const byFirm = new Map<number, number>();
  for (const lead of openLeads) {
    const known = byFirm.get(lead.firmId);
    if (known === undefined || lead.id < known) byFirm.set(lead.firmId, lead.id);
  }
  return byFirm;
}

import { checkConstructionStart, checkMilestones, checkReports, checkSchedule } from './checks';
import { compareProgress } from './progress';
import type { RagInput, RagReason, RagResult } from './rag-types';
import { DEFAULT_RAG_RULES, type RagRules } from './rules';

/**
 * The RAG status of one project (DESIGN.md §6) with every reason that applies, worst first. Pure: the
 * day to judge at is `input.today`. A project whose PRODUCTION is done is finished and GREEN: there is
 * nothing left to push, and reports are no longer due.
 *
 * @example
 * evaluateRag({ today: '2026-11-23', milestones, totalInvestment: 50000, investmentToDate: 12000,
 *   latestReport: { isoWeek: '2026-W47', progressPercent: 20 }, reportsDueFrom: '2026-03-02' });
 * // { status: 'RED', reasons: [{ code: 'CONSTRUCTION_START_LATE', severity: 'RED', params: { months: 4, ... } }], ... }
 */
export function evaluateRag(input: RagInput, rules: RagRules = DEFAULT_RAG_RULES): RagResult {
  const progress = compareProgress(input);
  if (input.milestones.some((m) => m.kind === 'PRODUCTION' && m.actualOn !== null)) {
    return { status: 'GREEN', reasons: [], progress };
  }
  const reasons: RagReason[] = [
    ...checkConstructionStart(input, rules),
    ...checkSchedule(progress, rules),
    ...checkMilestones(input, rules),
    ...checkReports(input, rules),
  ];
  // A stable sort keeps the rules' own order within each severity.
  reasons.sort((a, b) => rank(a) - rank(b));
  return { status: reasons[0]?.severity ?? 'GREEN', reasons, progress };
}

function rank(reason: RagReason): number {
  return reason.severity === 'RED' ? 0 : 1;
}

/** True when a reason is about a milestone (the ledger's "milestone late" filter). */
export function isMilestoneReason(reason: RagReason): boolean {
  return (
    reason.code === 'MILESTONE_LATE' ||
    reason.code === 'CONSTRUCTION_START_LATE' ||
    reason.code === 'NOT_STARTED_IN_PLANNED_MONTH'
  );
}

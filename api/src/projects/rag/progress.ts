import { daysBetween } from './calendar';
import type { ProgressComparison, RagInput, RagMilestone } from './rag-types';

/** Progress figures are compared at 0.01 points, so 100 × 36.5 / 365 is exactly 10, not 9.999…. */
export function roundPoints(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function plannedOf(milestones: readonly RagMilestone[], kind: RagMilestone['kind']): string | null {
  return milestones.find((m) => m.kind === kind)?.plannedOn ?? null;
}

/**
 * 序时进度: planned progress runs linearly from the planned CONSTRUCTION_START (0%) to the planned
 * COMPLETION (100%). Null when either date is missing or they are not in order.
 */
export function plannedPercent(milestones: readonly RagMilestone[], today: string): number | null {
  const start = plannedOf(milestones, 'CONSTRUCTION_START');
  const end = plannedOf(milestones, 'COMPLETION');
  if (start === null || end === null || end <= start) return null;
  const share = daysBetween(start, today) / daysBetween(start, end);
  return roundPoints(100 * Math.min(1, Math.max(0, share)));
}

/**
 * Actual progress. The latest report's percentage wins when it has one: it is the responsible unit's
 * own weekly statement of physical progress (形象进度), the figure the 调度 meeting reviews, while
 * money in (到位资金) runs ahead of the works (land, deposits) or behind them (paid on acceptance).
 * Without a reported percentage, investment to date over total investment stands in (capped at
 * 100%). Null when neither is known.
 */
export function actualPercent(
  input: Pick<RagInput, 'latestReport' | 'totalInvestment' | 'investmentToDate'>,
): { percent: number; basis: ProgressComparison['basis'] } | null {
  const reported = input.latestReport?.progressPercent;
  if (reported !== null && reported !== undefined) return { percent: roundPoints(reported), basis: 'REPORT' };
  if (input.totalInvestment === null || input.totalInvestment <= 0) return null;
  const ratio = (100 * input.investmentToDate) / input.totalInvestment;
  return { percent: roundPoints(Math.min(100, ratio)), basis: 'INVESTMENT' };
}

/** Planned against actual progress, or null when either cannot be computed. */
export function compareProgress(input: RagInput): ProgressComparison | null {
  const planned = plannedPercent(input.milestones, input.today);
  const actual = actualPercent(input);
  if (planned === null || actual === null) return null;
  return { plannedPercent: planned, actualPercent: actual.percent, basis: actual.basis };
}

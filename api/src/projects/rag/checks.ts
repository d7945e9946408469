import { addMonths, daysBetween, fullMonthsBetween, isoWeekOf, monthOf, weeksBetween } from './calendar';
import { roundPoints } from './progress';
import type { ProgressComparison, RagInput, RagReason } from './rag-types';
import type { RagRules } from './rules';

// Each check returns the reasons its rule finds (none, one, or one per late milestone).

/**
 * Construction start is judged by month (开工 is planned by month): not started once its planned
 * month is over is YELLOW; more than `constructionStartRedMonths` after the planned date is RED,
 * whether it is still not started or started that late (a late start is the delay the schedule
 * cannot absorb, so it stays RED until production). The RED reason replaces the YELLOW one.
 */
export function checkConstructionStart(input: RagInput, rules: RagRules): RagReason[] {
  const start = input.milestones.find((m) => m.kind === 'CONSTRUCTION_START');
  if (!start?.plannedOn) return [];
  const reference = start.actualOn ?? input.today;
  if (reference > addMonths(start.plannedOn, rules.constructionStartRedMonths)) {
    return [
      {
        code: 'CONSTRUCTION_START_LATE',
        severity: 'RED',
        params: {
          months: fullMonthsBetween(start.plannedOn, reference),
          days: daysBetween(start.plannedOn, reference),
          started: start.actualOn !== null,
        },
      },
    ];
  }
  if (start.actualOn === null && monthOf(input.today) > monthOf(start.plannedOn)) {
    return [
      {
        code: 'NOT_STARTED_IN_PLANNED_MONTH',
        severity: 'YELLOW',
        params: { plannedMonth: monthOf(start.plannedOn), days: daysBetween(start.plannedOn, input.today) },
      },
    ];
  }
  return [];
}

/** 序时进度: RED more than `behindRedPoints` behind, YELLOW from `behindYellowPoints` behind. */
export function checkSchedule(progress: ProgressComparison | null, rules: RagRules): RagReason[] {
  if (!progress) return [];
  const behind = roundPoints(progress.plannedPercent - progress.actualPercent);
  const severity =
    behind > rules.behindRedPoints ? 'RED' : behind >= rules.behindYellowPoints ? 'YELLOW' : null;
  if (!severity) return [];
  return [
    {
      code: 'BEHIND_SCHEDULE',
      severity,
      params: {
        points: roundPoints(behind, 1),
        plannedPercent: roundPoints(progress.plannedPercent, 1),
        actualPercent: roundPoints(progress.actualPercent, 1),
        basis: progress.basis,
      },
    },
  ];
}

/**
 * Milestones not done by their planned date, most late first. A milestone done (late or not) is no
 * longer late: its delay lives on in the schedule it pushed. Construction start has its own rule.
 */
export function checkMilestones(input: RagInput, rules: RagRules): RagReason[] {
  return input.milestones
    .filter((m) => m.kind !== 'CONSTRUCTION_START' && m.actualOn === null && m.plannedOn !== null)
    .map((m) => ({ kind: m.kind, days: daysBetween(m.plannedOn!, input.today) }))
    .filter((m) => m.days > rules.milestoneYellowDays)
    .sort((a, b) => b.days - a.days)
    .map((m) => ({
      code: 'MILESTONE_LATE' as const,
      severity: m.days > rules.milestoneRedDays ? ('RED' as const) : ('YELLOW' as const),
      params: { milestone: m.kind, days: m.days },
    }));
}

/**
 * Weekly reporting (调度): YELLOW when the latest report's ISO week is `reportYellowWeeks` or more
 * before the current week (on Monday of W48 a W46 report is 2 weeks old: all of W47 went unreported).
 * Without any report, the weeks count from the week reports became due.
 */
export function checkReports(input: RagInput, rules: RagRules): RagReason[] {
  const since = input.latestReport?.isoWeek ?? isoWeekOf(input.reportsDueFrom);
  const weeks = weeksBetween(since, isoWeekOf(input.today));
  if (weeks < rules.reportYellowWeeks) return [];
  return [
    {
      code: 'NO_RECENT_REPORT',
      severity: 'YELLOW',
      params: { weeks, lastWeek: input.latestReport?.isoWeek ?? '' },
    },
  ];
}

// Builders of RAG inputs for the table-driven tests beside this file.
import { addDays, isoWeekOf } from './calendar';
import type { RagInput, RagMilestone, RagResult } from './rag-types';

export const TODAY = '2026-11-23'; // a Monday, ISO week 2026-W48

type Kind = RagMilestone['kind'];
export const done = (kind: Kind, on: string): RagMilestone => ({ kind, plannedOn: on, actualOn: on });
export const open = (kind: Kind, plannedOn: string): RagMilestone => ({ kind, plannedOn, actualOn: null });

/**
 * A project with nothing wrong at `today`: signed, building since 50 days (on plan), completion 50 days
 * ahead (so 序时进度 is exactly 50%), last week's report at 50%. Each row changes what it tests.
 */
export function project(today = TODAY, overrides: Partial<RagInput> = {}): RagInput {
  return {
    today,
    milestones: [
      done('SIGNED', addDays(today, -200)),
      done('LAND', addDays(today, -150)),
      done('PERMITS', addDays(today, -100)),
      done('CONSTRUCTION_START', addDays(today, -50)),
      open('COMPLETION', addDays(today, 50)),
      open('PRODUCTION', addDays(today, 110)),
    ],
    totalInvestment: 10_000,
    investmentToDate: 5_000,
    latestReport: { isoWeek: '2026-W47', progressPercent: 50 },
    reportsDueFrom: addDays(today, -200),
    ...overrides,
  };
}

/** The same project, with one milestone replaced. */
export function withMilestone(input: RagInput, milestone: RagMilestone): RagInput {
  return { ...input, milestones: input.milestones.map((m) => (m.kind === milestone.kind ? milestone : m)) };
}

/** Construction start tests: no progress figures and this week's report, so only the start rule speaks. */
export function notStarted(plannedStart: string, today: string, actualOn: string | null = null): RagInput {
  return project(today, {
    latestReport: { isoWeek: isoWeekOf(today), progressPercent: null },
    totalInvestment: null,
    milestones: [
      done('SIGNED', '2025-10-01'),
      { kind: 'CONSTRUCTION_START', plannedOn: plannedStart, actualOn },
      open('COMPLETION', '2028-12-31'),
    ],
  });
}

export const summary = (result: RagResult) => ({
  status: result.status,
  reasons: result.reasons.map((r) => `${r.severity}:${r.code}`),
});

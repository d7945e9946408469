import { fill } from './data/lead-texts';
import { PROGRESS_TEXTS, SCENARIO_ISSUES } from './data/project-texts';
import { addDays, at, daysBetween, isoWeek, mondayOf } from './dates';
import type { ProjectPlan } from './project-plan';
import type { Random } from './random';

export interface ReportDraft {
  isoWeek: string;
  progressPercent: number;
  progress: string;
  problems: string;
  supportNeeded: string;
  at: Date;
}

/** Issues show up in the last few reports of a red or yellow project, when it started slipping. */
const ISSUE_WEEKS = 4;

/**
 * One report per ISO week from the plan's first to its last report week, written on the Friday.
 * Reported progress climbs linearly from the ramp start to the plan's current progress, so the last
 * report carries exactly the progress the RAG scenario was built around.
 */
export function weeklyReports(plan: ProjectPlan, rng: Random): ReportDraft[] {
  const lastFriday = addDays(mondayOf(plan.lastReportOn), 4);
  const started = plan.milestones.find((m) => m.kind === 'CONSTRUCTION_START')?.actualOn ?? null;
  const producing = plan.milestones.find((m) => m.kind === 'PRODUCTION')?.actualOn ?? null;
  const issues = SCENARIO_ISSUES[plan.scenario];
  const issue = issues ? rng.pick(issues) : null;
  const span = Math.max(1, daysBetween(plan.rampFrom, lastFriday));
  const reports: ReportDraft[] = [];
  for (let monday = mondayOf(plan.firstReportOn); monday <= plan.lastReportOn; monday = addDays(monday, 7)) {
    const friday = addDays(monday, 4);
    const share = Math.min(1, Math.max(0, daysBetween(plan.rampFrom, friday) / span));
    const isProducing = producing !== null && producing <= friday;
    const percent = isProducing ? 100 : Math.round(plan.progress * share);
    const phase = isProducing ? 'DONE' : started !== null && started <= friday ? 'BUILD' : 'PREP';
    const late = daysBetween(friday, lastFriday) < 7 * ISSUE_WEEKS;
    reports.push({
      isoWeek: isoWeek(monday),
      progressPercent: percent,
      progress: fill(rng.pick(PROGRESS_TEXTS[phase]), { p: String(percent) }),
      problems: late && issue ? issue[0] : '',
      supportNeeded: late && issue ? issue[1] : '',
      at: at(friday, 17, rng.int(0, 59)),
    });
  }
  return reports;
}

import { addDays, daysBetween, minDate } from './dates';
import type { Random } from './random';

export type Rag = 'RED' | 'YELLOW' | 'GREEN';
export type MilestoneKind =
  | 'SIGNED'
  | 'LAND'
  | 'PERMITS'
  | 'CONSTRUCTION_START'
  | 'COMPLETION'
  | 'PRODUCTION';

/**
 * What each demo project is meant to show under DESIGN.md §6's RAG rules, evaluated at `today`.
 * Planned progress runs linearly from the planned CONSTRUCTION_START to the planned COMPLETION;
 * actual progress (reported percentage, and investment to date over total, kept within 2 points of
 * each other) is placed with a margin of several points from every threshold. Green projects have no
 * milestone planned on or before `today` that is open or was done late, and a report last week.
 */
export const SCENARIOS = {
  GREEN_PREP: ['GREEN', 'signed 1-3 months ago; land and permits on plan; construction not due yet'],
  GREEN_BUILD: ['GREEN', 'construction started on time; progress within -3..+6 points of schedule'],
  GREEN_DONE: ['GREEN', 'every milestone done on or before plan; producing; 100%'],
  RED_START: ['RED', 'construction start 110-190 days past plan and not started'],
  RED_BEHIND: ['RED', 'under construction, 34-42 points behind schedule'],
  RED_LAND: ['RED', 'LAND milestone 105-140 days late (construction start 30-65 days late)'],
  RED_COMPLETION: ['RED', 'COMPLETION milestone 100-140 days late at 93-97% progress'],
  YELLOW_BEHIND: ['YELLOW', 'under construction, 13-23 points behind schedule'],
  YELLOW_PERMITS: ['YELLOW', 'PERMITS milestone 25-35 days late; construction start still ahead'],
  YELLOW_START_MONTH: ['YELLOW', 'construction start planned 42 days ago (last month), not started'],
  YELLOW_NO_REPORT: ['YELLOW', 'on schedule, but the last progress report is 4 weeks old'],
} as const satisfies Record<string, readonly [Rag, string]>;

export type Scenario = keyof typeof SCENARIOS;

export interface MilestonePlan {
  kind: MilestoneKind;
  plannedOn: string;
  actualOn: string | null;
}

export interface ProjectPlan {
  scenario: Scenario;
  expected: Rag;
  signedOn: string;
  milestones: MilestonePlan[];
  /** Actual progress at the last report, in percent. */
  progress: number;
  /** Investment to date as a percentage of the total. */
  investedPercent: number;
  /** Reported progress ramps up from this date to the last report. */
  rampFrom: string;
  /** A day in the first and in the last week that has a progress report. */
  firstReportOn: string;
  lastReportOn: string;
}

interface Dates {
  signed: string;
  land: string;
  permits: string;
  start: string;
  duration: number;
}

/** Builds the plan of one scenario relative to `today`. */
export function planProject(scenario: Scenario, today: string, rng: Random): ProjectPlan {
  const T = today;
  const before = (min: number, max: number) => addDays(T, -rng.int(min, max));
  // Land 45 days and permits 90 days after signing; construction usually 120 days after.
  const byStart = (start: string, duration: number, startAfter = 120): Dates => {
    const signed = addDays(start, -startAfter);
    return { signed, land: addDays(signed, 45), permits: addDays(signed, 90), start, duration };
  };
  const bySigning = (signed: string, startAfter = 120): Dates =>
    byStart(addDays(signed, startAfter), rng.int(330, 540), startAfter);
  const plannedPercent = (d: Dates, on = T) =>
    Math.min(100, Math.max(0, (100 * daysBetween(d.start, on)) / d.duration));
  const clamp = (value: number) => Math.round(Math.min(100, Math.max(0, value)));
  const near = (progress: number) => clamp(progress + rng.int(-2, 2));

  let d: Dates;
  let done: readonly MilestoneKind[];
  let progress: number;
  let invested: number | undefined;
  let lastReportOn = addDays(T, -7);
  switch (scenario) {
    case 'GREEN_PREP':
      d = bySigning(before(25, 95));
      done = PREPARATION.filter((kind) => dateOf(d, kind) <= T);
      progress = 0;
      invested = rng.int(2, 8);
      break;
    case 'GREEN_BUILD': {
      const start = before(45, 330);
      d = byStart(start, Math.max(rng.int(330, 600), daysBetween(start, T) + rng.int(60, 200)));
      done = ['SIGNED', 'LAND', 'PERMITS', 'CONSTRUCTION_START'];
      progress = clamp(Math.max(1, plannedPercent(d) + rng.int(-3, 6)));
      break;
    }
    case 'GREEN_DONE':
      // Signed 620-900 days ago with a short build, so production was due at least 20 days ago.
      d = byStart(addDays(before(620, 900), 120), rng.int(300, 420));
      done = ['SIGNED', 'LAND', 'PERMITS', 'CONSTRUCTION_START', 'COMPLETION', 'PRODUCTION'];
      progress = 100;
      break;
    case 'RED_START':
      d = byStart(before(110, 190), rng.int(360, 540));
      done = ['SIGNED', 'LAND', 'PERMITS'];
      progress = rng.int(1, 4);
      invested = rng.int(3, 8);
      break;
    case 'RED_BEHIND':
      d = byStart(before(210, 260), rng.int(330, 380));
      done = ['SIGNED', 'LAND', 'PERMITS', 'CONSTRUCTION_START'];
      progress = clamp(plannedPercent(d) - rng.int(34, 42));
      break;
    case 'RED_LAND':
      d = bySigning(before(150, 185));
      done = ['SIGNED'];
      progress = 0;
      invested = rng.int(1, 3);
      break;
    case 'RED_COMPLETION': {
      const duration = rng.int(360, 450);
      d = byStart(addDays(before(100, 140), -duration), duration);
      done = ['SIGNED', 'LAND', 'PERMITS', 'CONSTRUCTION_START'];
      progress = rng.int(93, 97);
      invested = progress - rng.int(0, 2);
      break;
    }
    case 'YELLOW_BEHIND':
      d = byStart(before(150, 240), rng.int(380, 450));
      done = ['SIGNED', 'LAND', 'PERMITS', 'CONSTRUCTION_START'];
      progress = clamp(plannedPercent(d) - rng.int(15, 21));
      break;
    case 'YELLOW_PERMITS':
      d = bySigning(before(115, 125), 180);
      done = ['SIGNED', 'LAND'];
      progress = 0;
      invested = rng.int(2, 6);
      break;
    case 'YELLOW_START_MONTH':
      // 42 days back is always in an earlier calendar month than today.
      d = byStart(addDays(T, -42), rng.int(480, 540));
      done = ['SIGNED', 'LAND', 'PERMITS'];
      progress = 0;
      invested = rng.int(3, 8);
      break;
    case 'YELLOW_NO_REPORT': {
      const start = before(90, 250);
      d = byStart(start, Math.max(rng.int(420, 600), daysBetween(start, T) + 90));
      done = ['SIGNED', 'LAND', 'PERMITS', 'CONSTRUCTION_START'];
      lastReportOn = addDays(T, -28);
      progress = clamp(plannedPercent(d, addDays(lastReportOn, 4)) + rng.int(1, 4));
      break;
    }
  }
  const milestones = milestonePlans(d, done, rng);
  const startedOn = milestones.find((m) => m.kind === 'CONSTRUCTION_START')?.actualOn ?? null;
  const weeksBack = scenario === 'GREEN_DONE' ? rng.int(6, 10) : rng.int(6, 14);
  return {
    scenario,
    expected: SCENARIOS[scenario][0],
    signedOn: d.signed,
    milestones,
    progress,
    investedPercent: invested ?? near(progress),
    rampFrom: startedOn ?? d.signed,
    firstReportOn: maxDate(addDays(d.signed, 7), addDays(lastReportOn, -7 * weeksBack)),
    lastReportOn,
  };
}

function dateOf(d: Dates, kind: MilestoneKind): string {
  const completion = addDays(d.start, d.duration);
  const planned: Record<MilestoneKind, string> = {
    SIGNED: d.signed,
    LAND: d.land,
    PERMITS: d.permits,
    CONSTRUCTION_START: d.start,
    COMPLETION: completion,
    PRODUCTION: addDays(completion, 60),
  };
  return planned[kind];
}

const PREPARATION: readonly MilestoneKind[] = ['SIGNED', 'LAND', 'PERMITS'];
const KINDS: readonly MilestoneKind[] = [
  'SIGNED',
  'LAND',
  'PERMITS',
  'CONSTRUCTION_START',
  'COMPLETION',
  'PRODUCTION',
];

/** Done milestones finish on or up to a week before plan, never before the previous one. */
function milestonePlans(d: Dates, done: readonly MilestoneKind[], rng: Random): MilestonePlan[] {
  let previous = d.signed;
  return KINDS.map((kind) => {
    const plannedOn = dateOf(d, kind);
    if (!done.includes(kind)) return { kind, plannedOn, actualOn: null };
    const actualOn = kind === 'SIGNED' ? d.signed : maxDate(previous, addDays(plannedOn, -rng.int(0, 7)));
    previous = actualOn;
    return { kind, plannedOn, actualOn: minDate(actualOn, plannedOn) };
  });
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

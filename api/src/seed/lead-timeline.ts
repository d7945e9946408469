import {
  type ActivityKind,
  FOLLOW_UPS,
  fill,
  type LeadStage,
  STAGE_ACTIVITIES,
  STAGE_NOTES,
} from './data/lead-texts';
import { addDays, at, daysBetween } from './dates';
import type { Random } from './random';

export interface StageChangeDraft {
  from: LeadStage | null;
  to: LeadStage;
  at: Date;
  note: string | null;
}

export interface ActivityDraft {
  kind: ActivityKind;
  at: Date;
  summary: string;
}

export interface LeadTimeline {
  createdAt: Date;
  changes: StageChangeDraft[];
  activities: ActivityDraft[];
  lastActivityOn: string;
  lastActivityAt: Date;
}

export interface TimelineRequest {
  stage: LeadStage;
  today: string;
  /** The signing date of a SIGNED lead (its project's SIGNED milestone). */
  signedOn?: string;
  /** No activity for more than 30 days (DESIGN.md §6). */
  stalled: boolean;
  /** Values for the text placeholders: firm, segment, zone, city, reason. */
  texts: Readonly<Record<string, string>>;
}

const OPEN: readonly LeadStage[] = ['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING'];

/** The stages a lead went through to reach its current one. */
function pathTo(stage: LeadStage, rng: Random): LeadStage[] {
  if (stage === 'SIGNED') return [...OPEN, 'SIGNED'];
  if (stage === 'PAUSED') return [...OPEN.slice(0, rng.int(2, 4)), 'PAUSED'];
  if (stage === 'LOST') return [...OPEN.slice(0, rng.int(1, 4)), 'LOST'];
  return OPEN.slice(0, OPEN.indexOf(stage) + 1);
}

/** When the lead last had any activity, relative to today. */
function lastActivityOn(request: TimelineRequest, rng: Random): string {
  const { stage, today } = request;
  if (stage === 'SIGNED') {
    if (!request.signedOn) throw new Error('a signed lead needs its signing date');
    return request.signedOn;
  }
  if (stage === 'PAUSED') return addDays(today, -rng.int(20, 140));
  if (stage === 'LOST') return addDays(today, -rng.int(3, 220));
  return addDays(today, request.stalled ? -rng.int(31, 150) : -rng.int(1, 25));
}

/**
 * The stage history and activities of one lead, built backwards from its last activity: each stage
 * change is logged by an activity of the matching kind, with follow-ups in between, so the history
 * is consistent with the current stage and `last_activity_at` is the newest activity.
 */
export function buildTimeline(request: TimelineRequest, rng: Random): LeadTimeline {
  const path = pathTo(request.stage, rng);
  const last = lastActivityOn(request, rng);
  const trailing = request.stage !== 'SIGNED' && rng.chance(0.5) ? rng.int(1, 14) : 0;
  const dates = [addDays(last, -trailing)];
  for (let k = path.length - 1; k > 0; k--) dates.unshift(addDays(dates[0] as string, -rng.int(7, 45)));
  const time = (date: string) => at(date, rng.int(9, 17), rng.int(0, 59));
  const changes: StageChangeDraft[] = [];
  const activities: ActivityDraft[] = [];
  const followUp = (date: string) => {
    const [kind, template] = rng.pick(FOLLOW_UPS);
    activities.push({ kind, at: time(date), summary: fill(template, request.texts) });
  };
  path.forEach((stage, k) => {
    const date = dates[k] as string;
    const previous = k > 0 ? (dates[k - 1] as string) : null;
    if (previous && daysBetween(previous, date) > 10 && rng.chance(0.45)) {
      followUp(addDays(previous, rng.int(1, daysBetween(previous, date) - 1)));
    }
    const when = time(date);
    const [kind, template] = rng.pick(STAGE_ACTIVITIES[stage]);
    activities.push({ kind, at: when, summary: fill(template, request.texts) });
    const note = stage === 'LOST' ? (request.texts.reason ?? null) : (STAGE_NOTES[stage] ?? null);
    changes.push({ from: k > 0 ? (path[k - 1] as LeadStage) : null, to: stage, at: when, note });
  });
  if (trailing > 0) followUp(last);
  // Every lead has at least the activity that logged its creation.
  const lastActivityAt = new Date(Math.max(...activities.map((a) => a.at.getTime())));
  return {
    createdAt: changes[0]?.at ?? time(last),
    changes,
    activities,
    lastActivityOn: last,
    lastActivityAt,
  };
}

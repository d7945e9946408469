import type { LEAD_STAGES } from './lead-enums';

export type LeadStage = (typeof LEAD_STAGES)[number];

/**
 * The stage rules of DESIGN.md §6, in one place.
 *
 *   from \ to     LEAD CONTACTED VISITED NEGOTIATING PAUSED SIGNED LOST
 *   LEAD           -      ✓        ✓        ✓          ✓      ✗     ✓*
 *   CONTACTED      ✓      -        ✓        ✓          ✓      ✗     ✓*
 *   VISITED        ✓      ✓        -        ✓          ✓      ✓     ✓*
 *   NEGOTIATING    ✓      ✓        ✓        -          ✓      ✓     ✓*
 *   PAUSED         ✓      ✓        ✓        ✓          -      ✗     ✓*
 *   SIGNED         ✗      ✗        ✗        ✗          ✗      -     ✗
 *   LOST           ✓†     ✗        ✗        ✗          ✗      ✗     -
 *
 * - Between the open stages any move is allowed, forward or back: real pipelines slip.
 * - SIGNED only from VISITED or NEGOTIATING: nobody signs a firm they never met. It is final (the
 *   project carries on from there) and creates the project.
 * - ✓* LOST needs a non-blank reason (stored as lost_reason and as the note of the stage change).
 * - ✓† A LOST lead may be reopened, to LEAD only, provided the zone has no other open lead for the
 *   firm (the unique index lead_open_firm_key; the service answers CONFLICT naming it).
 */
export const OPEN_STAGES: readonly LeadStage[] = ['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'PAUSED'];

const SIGNABLE_FROM: readonly LeadStage[] = ['VISITED', 'NEGOTIATING'];

export function isOpenStage(stage: string): boolean {
  return (OPEN_STAGES as readonly string[]).includes(stage);
}

export type MoveVerdict =
  | { ok: true; createsProject: boolean; reopens: boolean }
  | {
      ok: false;
      reason: 'SAME_STAGE' | 'FINAL' | 'NOT_YET_VISITED' | 'REOPEN_TO_LEAD_ONLY' | 'REASON_REQUIRED';
    };

/** Whether a lead may move `from` → `to`; `lostReason` is the (trimmed) reason given for LOST. */
export function judgeMove(from: LeadStage, to: LeadStage, lostReason: string | null): MoveVerdict {
  if (from === to) return { ok: false, reason: 'SAME_STAGE' };
  if (from === 'SIGNED') return { ok: false, reason: 'FINAL' };
  if (from === 'LOST') {
    return to === 'LEAD'
      ? { ok: true, createsProject: false, reopens: true }
      : { ok: false, reason: 'REOPEN_TO_LEAD_ONLY' };
  }
  if (to === 'SIGNED') {
    return SIGNABLE_FROM.includes(from)
      ? { ok: true, createsProject: true, reopens: false }
      : { ok: false, reason: 'NOT_YET_VISITED' };
  }
  if (to === 'LOST' && !lostReason) return { ok: false, reason: 'REASON_REQUIRED' };
  return { ok: true, createsProject: false, reopens: false };
}

/** The VALIDATION message of a refused move, in words an officer understands. */
export function refusalMessage(
  from: LeadStage,
  to: LeadStage,
  reason: Exclude<MoveVerdict, { ok: true }>['reason'],
) {
  switch (reason) {
    case 'SAME_STAGE':
      return `The lead is already at ${to}`;
    case 'FINAL':
      return 'A signed lead is final: its project carries on from here';
    case 'NOT_YET_VISITED':
      return `A lead can be signed only after a visit (from VISITED or NEGOTIATING), not from ${from}`;
    case 'REOPEN_TO_LEAD_ONLY':
      return `A lost lead can only be reopened to LEAD, not moved to ${to}`;
    case 'REASON_REQUIRED':
      return 'Say why the lead was lost (a reason is required)';
  }
}

/** Pipeline order (LEAD ... SIGNED, PAUSED, LOST): board columns and the STAGE sort. */
export const STAGE_ORDER: readonly LeadStage[] = [
  'LEAD',
  'CONTACTED',
  'VISITED',
  'NEGOTIATING',
  'SIGNED',
  'PAUSED',
  'LOST',
];

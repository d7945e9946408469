import type { LeadSource, Priority } from '../../../graphql/enums.ts';
import type { LeadDetail } from '../../../graphql/lead-detail.ts';
import type { UpdateLeadInput } from '../../../graphql/lead-mutations.ts';

/** The lead's editable fields, in the form's order. Amounts in 万元; dates 'YYYY-MM-DD'. */
export const EDITABLE_FIELDS = [
  'title',
  'source',
  'priority',
  'plannedInvestment',
  'nextFollowUpOn',
  'expectedSigningOn',
  'segmentIds',
  'ownerId',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** The form's values as typed: text, except the segments (a set of ids, kept sorted). */
export interface LeadDraft {
  title: string;
  source: LeadSource;
  priority: Priority;
  plannedInvestment: string;
  nextFollowUpOn: string;
  expectedSigningOn: string;
  segmentIds: string[];
  /** The owner's user id; '' for none. Only managers and admins see it in the form. */
  ownerId: string;
}

type EditableValues = Pick<
  LeadDetail,
  'title' | 'source' | 'priority' | 'plannedInvestment' | 'nextFollowUpOn' | 'expectedSigningOn'
> & { segments: { id: string }[]; owner?: { id: string } | null };

/** The longest title the form accepts (the API refuses longer ones too). */
export const MAX_TITLE_LENGTH = 200;
/** 10 万亿元 in 万元: anything above is a typing slip, not a planned investment. */
export const MAX_PLANNED_INVESTMENT = 1_000_000_000;

export function draftFromLead(lead: EditableValues): LeadDraft {
  return {
    title: lead.title,
    source: lead.source,
    priority: lead.priority,
    plannedInvestment: lead.plannedInvestment === null ? '' : String(lead.plannedInvestment),
    nextFollowUpOn: lead.nextFollowUpOn ?? '',
    expectedSigningOn: lead.expectedSigningOn ?? '',
    segmentIds: lead.segments.map((segment) => segment.id).sort(),
    ownerId: lead.owner?.id ?? '',
  };
}

export type DraftProblem = 'required' | 'tooLong' | 'notNumber' | 'negative' | 'tooLarge' | 'notDate';

/** Whether text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A field's value in the draft, as one comparable string. */
function fieldText(draft: LeadDraft, field: EditableField): string {
  const value = draft[field];
  return Array.isArray(value) ? [...value].sort().join(',') : value.trim();
}

/**
 * The update to send: only the fields that differ from `base` (what the user started from), with
 * the amount parsed and blank dates/amounts as null (cleared). Problems are reported per field.
 *
 * @example
 * draftToInput({ ...draftFromLead(lead), priority: 'HIGH' }, lead); // { input: { priority: 'HIGH' }, problems: {} }
 */
export function draftToInput(
  draft: LeadDraft,
  base: EditableValues,
): { input: UpdateLeadInput; problems: Partial<Record<EditableField, DraftProblem>> } {
  const input: UpdateLeadInput = {};
  const problems: Partial<Record<EditableField, DraftProblem>> = {};
  const start = draftFromLead(base);
  const changed = (field: EditableField) => fieldText(draft, field) !== fieldText(start, field);

  const title = draft.title.trim();
  if (!title) problems.title = 'required';
  else if (title.length > MAX_TITLE_LENGTH) problems.title = 'tooLong';
  else if (changed('title')) input.title = title;

  if (changed('source')) input.source = draft.source;
  if (changed('priority')) input.priority = draft.priority;

  const amountText = draft.plannedInvestment.trim().replace(/[,，\s]/g, '');
  if (amountText) {
    const amount = Number(amountText);
    if (!Number.isFinite(amount)) problems.plannedInvestment = 'notNumber';
    else if (amount < 0) problems.plannedInvestment = 'negative';
    else if (amount > MAX_PLANNED_INVESTMENT) problems.plannedInvestment = 'tooLarge';
    else if (amount !== base.plannedInvestment) input.plannedInvestment = amount;
  } else if (base.plannedInvestment !== null) {
    input.plannedInvestment = null;
  }

  for (const field of ['nextFollowUpOn', 'expectedSigningOn'] as const) {
    const text = draft[field].trim();
    if (text && !isIsoDate(text)) problems[field] = 'notDate';
    else if (changed(field)) input[field] = text || null;
  }

  if (changed('segmentIds')) input.segmentIds = [...draft.segmentIds].sort();
  // A lead is given to someone, never taken from everyone: a blank owner is not sent.
  if (changed('ownerId') && draft.ownerId) input.ownerId = draft.ownerId;
  return { input, problems };
}

/** A field the user changed, next to what the lead holds now, after a CONFLICT. */
export interface ConflictRow {
  field: EditableField;
  /** What the user typed. */
  mine: string;
  /** What the lead holds now. */
  current: string;
  /** Whether someone else changed this field too since the user started. */
  changedByOther: boolean;
}

/** The fields someone else changed that the user did not touch: they are kept as the other person left them. */
export function othersOnlyChanges(
  draft: LeadDraft,
  base: EditableValues,
  current: EditableValues,
): EditableField[] {
  const { input } = draftToInput(draft, base);
  const start = draftFromLead(base);
  const now = draftFromLead(current);
  return EDITABLE_FIELDS.filter(
    (field) => !(field in input) && fieldText(now, field) !== fieldText(start, field),
  );
}

/**
 * What the user changed next to the lead's current values, after a CONFLICT: so they see what
 * someone else did and can reapply their edit on top of it (or discard it).
 */
export function conflictRows(draft: LeadDraft, base: EditableValues, current: EditableValues): ConflictRow[] {
  const { input } = draftToInput(draft, base);
  const start = draftFromLead(base);
  const now = draftFromLead(current);
  return EDITABLE_FIELDS.filter((field) => field in input).map((field) => ({
    field,
    mine: fieldText(draft, field),
    current: fieldText(now, field),
    changedByOther: fieldText(now, field) !== fieldText(start, field),
  }));
}

/** The draft that reapplies the user's edit on the current lead: their changed fields over its current values. */
export function reapplyDraft(draft: LeadDraft, base: EditableValues, current: EditableValues): LeadDraft {
  const { input } = draftToInput(draft, base);
  const next = draftFromLead(current);
  for (const field of EDITABLE_FIELDS) {
    if (!(field in input)) continue;
    if (field === 'segmentIds') next.segmentIds = [...draft.segmentIds];
    else if (field === 'source') next.source = draft.source;
    else if (field === 'priority') next.priority = draft.priority;
    else next[field] = draft[field];
  }
  return next;
}

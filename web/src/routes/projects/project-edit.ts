import type { ProjectDetail } from '../../graphql/project-detail.ts';
import type { UpdateProjectInput } from '../../graphql/project-mutations.ts';

/** The project's editable fields, in the form's order. Amounts in 万元, land in 亩. */
export const EDITABLE_FIELDS = [
  'name',
  'totalInvestment',
  'fixedAssetInvestment',
  'investmentToDate',
  'landMu',
  'expectedAnnualOutput',
  'expectedAnnualTax',
  'accountableLeaderName',
  'accountableLeaderTitle',
  'responsibleUnit',
  'contactName',
  'contactPhone',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

const NUMBER_FIELDS: ReadonlySet<EditableField> = new Set([
  'totalInvestment',
  'fixedAssetInvestment',
  'investmentToDate',
  'landMu',
  'expectedAnnualOutput',
  'expectedAnnualTax',
]);
/** Fields the API does not let a user clear. */
const REQUIRED_FIELDS: ReadonlySet<EditableField> = new Set(['name', 'investmentToDate']);

export function isNumberField(field: EditableField): boolean {
  return NUMBER_FIELDS.has(field);
}

/** The form's values, as typed (strings). */
export type ProjectDraft = Record<EditableField, string>;

type EditableValues = Pick<ProjectDetail, EditableField>;

export function draftFromProject(project: EditableValues): ProjectDraft {
  const draft = {} as ProjectDraft;
  for (const field of EDITABLE_FIELDS) {
    const value = project[field];
    draft[field] = value === null || value === undefined ? '' : String(value);
  }
  return draft;
}

export type DraftProblem = 'required' | 'notNumber' | 'negative' | 'aboveTotal';

/**
 * The update to send: only the fields that differ from `base` (the values the user started from),
 * with numbers parsed and blanks as null. Problems are reported per field instead.
 *
 * @example
 * draftToInput({ ...draftFromProject(p), landMu: '120' }, p); // { input: { landMu: 120 }, problems: {} }
 */
export function draftToInput(
  draft: ProjectDraft,
  base: EditableValues,
): { input: UpdateProjectInput; problems: Partial<Record<EditableField, DraftProblem>> } {
  const input: Record<string, string | number | null> = {};
  const problems: Partial<Record<EditableField, DraftProblem>> = {};
  const baseDraft = draftFromProject(base);
  for (const field of EDITABLE_FIELDS) {
    const text = draft[field].trim();
    if (!text && REQUIRED_FIELDS.has(field)) {
      problems[field] = 'required';
      continue;
    }
    let value: string | number | null = text || null;
    if (NUMBER_FIELDS.has(field) && text) {
      const number = Number(text.replace(/[,，\s]/g, ''));
      if (!Number.isFinite(number)) {
        problems[field] = 'notNumber';
        continue;
      }
      if (number < 0) {
        problems[field] = 'negative';
        continue;
      }
      value = number;
    }
    const same = NUMBER_FIELDS.has(field)
      ? value === (base[field] ?? null)
      : (value ?? '') === baseDraft[field].trim();
    if (!same) input[field] = value;
  }
  const total = parsed(draft.totalInvestment);
  const toDate = parsed(draft.investmentToDate);
  if (total !== undefined && toDate !== undefined && toDate > total && !problems.investmentToDate) {
    problems.investmentToDate = 'aboveTotal';
  }
  return { input: input as UpdateProjectInput, problems };
}

function parsed(text: string): number | undefined {
  const value = Number(text.replace(/[,，\s]/g, ''));
  return text.trim() && Number.isFinite(value) ? value : undefined;
}

/** A field someone else changed while the user was editing it, or one only the user changed. */
export interface ConflictRow {
  field: EditableField;
  /** What the user typed. */
  mine: string;
  /** What the project holds now. */
  current: string;
  /** Whether someone else changed this field too (since the user started). */
  changedByOther: boolean;
}

/**
 * What the user changed, next to the project's current values, after a CONFLICT: so they see
 * what someone else did and can reapply their edit on top of it.
 */
export function conflictRows(
  draft: ProjectDraft,
  base: EditableValues,
  current: EditableValues,
): ConflictRow[] {
  const { input } = draftToInput(draft, base);
  const baseDraft = draftFromProject(base);
  const currentDraft = draftFromProject(current);
  return EDITABLE_FIELDS.filter((field) => field in input).map((field) => ({
    field,
    mine: draft[field].trim(),
    current: currentDraft[field],
    changedByOther: currentDraft[field] !== baseDraft[field],
  }));
}

/**
 * The draft that reapplies the user's edit on the current project: their changed fields over the
 * current values, every other field as it is now.
 */
export function reapplyDraft(
  draft: ProjectDraft,
  base: EditableValues,
  current: EditableValues,
): ProjectDraft {
  const { input } = draftToInput(draft, base);
  const next = draftFromProject(current);
  for (const field of EDITABLE_FIELDS) if (field in input) next[field] = draft[field];
  return next;
}

import { ACTIVITY_KINDS, type ActivityKind } from '../../../graphql/enums.ts';
import type { LogLeadActivityInput } from '../../../graphql/lead-mutations.ts';
import { isIsoDate } from './lead-edit.ts';

/**
 * The keys that pick an activity kind with Alt held (Alt+1…5 as well, for keyboards where Alt+letter
 * types a character): call, visit, meeting, email, note.
 */
export const KIND_SHORTCUTS: Record<ActivityKind, string> = {
  CALL: 'c',
  VISIT: 'v',
  MEETING: 'm',
  EMAIL: 'e',
  NOTE: 'n',
};

/** The kind an Alt+key press picks, if any. `code` is KeyboardEvent.code ('KeyV', 'Digit2'). */
export function kindForShortcut(code: string): ActivityKind | undefined {
  const digit = /^Digit([1-5])$/.exec(code);
  if (digit) return ACTIVITY_KINDS[Number(digit[1]) - 1];
  const letter = /^Key([A-Z])$/.exec(code)?.[1]?.toLowerCase();
  return ACTIVITY_KINDS.find((kind) => KIND_SHORTCUTS[kind] === letter);
}

/** The longest summary the form accepts. */
export const MAX_SUMMARY_LENGTH = 2000;

export type ActivityProblem = 'summaryRequired' | 'summaryTooLong' | 'notDate';

/** The mutation input for the quick form, or what is wrong with it. */
export function activityInput(
  leadId: string,
  kind: ActivityKind,
  summary: string,
  nextFollowUpOn: string,
): { input: LogLeadActivityInput } | { problem: ActivityProblem } {
  const text = summary.trim();
  if (!text) return { problem: 'summaryRequired' };
  if (text.length > MAX_SUMMARY_LENGTH) return { problem: 'summaryTooLong' };
  const date = nextFollowUpOn.trim();
  if (date && !isIsoDate(date)) return { problem: 'notDate' };
  return { input: { leadId, kind, summary: text, ...(date ? { nextFollowUpOn: date } : {}) } };
}

/**
 * Whether a key press in the summary submits the form: Ctrl/⌘+Enter always; plain Enter in the
 * one-line box (Shift+Enter starts a new line there). IME composition (拼音输入) never submits.
 */
export function submitsActivity(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'isComposing'>,
): boolean {
  if (event.key !== 'Enter' || event.isComposing) return false;
  if (event.ctrlKey || event.metaKey) return true;
  return !event.shiftKey;
}

import { AppError } from '../errors';

/*
 * Validation of what officers type into leads. Text is kept as typed (trimmed): HTML or script is
 * stored as plain text and escaped by the web, never stripped, so nothing is lost and nothing runs.
 * Each refusal names the field (details.field) and says what is wrong.
 */

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 2000;
export const REASON_MAX = 500;
export const NOTE_MAX = 2000;
export const VIEW_NAME_MAX = 100;
/** Amounts are in 万元: 1e8 万元 is a trillion yuan, beyond any single investment (so a typo). */
export const AMOUNT_LIMIT = 1e8;
/** Dates outside these years are typos (20266-01-01 cannot pass the scalar; 1026 or 2926 can). */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

export function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION', message, { details: { field } });
}

/** Trimmed text of 1..max characters. */
export function requiredText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (!text) throw invalid(field, `${field} cannot be blank`);
  if (text.length > max)
    throw invalid(field, `${field} takes at most ${max} characters (got ${text.length})`);
  return text;
}

/** Trimmed text of at most max characters; blank becomes null. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max)
    throw invalid(field, `${field} takes at most ${max} characters (got ${text.length})`);
  return text || null;
}

export function leadTitle(value: string): string {
  return requiredText(value, 'title', TITLE_MAX);
}

/** A planned investment in 万元: 0 up to (not including) 1e8 万元. */
export function leadAmount(value: number | null, field = 'plannedInvestment'): number | null {
  if (value === null) return null;
  if (!Number.isFinite(value) || value < 0 || value >= AMOUNT_LIMIT) {
    throw invalid(field, `${field} must be an amount in 万元 from 0 to below ${AMOUNT_LIMIT}`);
  }
  return value;
}

/** A real calendar day ('YYYY-MM-DD', not 2026-02-30) between 2000 and 2100. */
export function leadDate(value: string | null, field: string): string | null {
  if (value === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw invalid(field, `${field} must be a calendar date like 2026-12-01`);
  }
  const year = Number(match![1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw invalid(field, `${field} must lie between ${FIRST_YEAR} and ${LAST_YEAR}`);
  }
  return value;
}

/** An activity's time: not more than a day ahead (a typo), not before 2000. */
export function activityTime(value: Date, now: Date = new Date()): Date {
  if (Number.isNaN(value.getTime())) throw invalid('occurredAt', 'occurredAt must be a date and time');
  if (value.getTime() > now.getTime() + 86_400_000) {
    throw invalid('occurredAt', 'occurredAt cannot be in the future');
  }
  if (value.getUTCFullYear() < FIRST_YEAR)
    throw invalid('occurredAt', `occurredAt must be after ${FIRST_YEAR}`);
  return value;
}

/** Distinct ids, at most `max` of them. */
export function distinctIds(ids: readonly number[], field: string, max = 200): number[] {
  const unique = [...new Set(ids)];
  if (unique.length > max) throw invalid(field, `${field} takes at most ${max} ids`);
  return unique;
}

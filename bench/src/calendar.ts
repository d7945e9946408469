/**
 * The generated province is dated around a fixed day, not today, so that two runs write the same
 * rows; the API's RAG rules then see it as it was on that day.
 */
export const REFERENCE_DAY = Date.UTC(2026, 10, 20);
const DAY = 86_400_000;

/** 'YYYY-MM-DD', `offsetDays` from the reference day. */
export function day(offsetDays: number): string {
  return new Date(REFERENCE_DAY + offsetDays * DAY).toISOString().slice(0, 10);
}

/** An ISO timestamp `offsetDays` (fractions allowed) from the reference day. */
export function instant(offsetDays: number): string {
  return new Date(REFERENCE_DAY + Math.round(offsetDays * DAY)).toISOString();
}

/** The ISO week ('2026-W47') of the day `offsetDays` from the reference day. */
export function isoWeek(offsetDays: number): string {
  const date = new Date(REFERENCE_DAY + offsetDays * DAY);
  const weekday = (date.getUTCDay() + 6) % 7;
  // The Thursday of the same week decides the year.
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

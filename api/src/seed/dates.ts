/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings. Everything in the demo data is placed relative to a
 * fixed reference date, never the clock, so the data is reproducible. Dates are computed in UTC to
 * avoid the host time zone; timestamps are written in China Standard Time (+08:00).
 */
const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function toUtc(date: string): number {
  if (!DATE.test(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not a calendar date: ${date}`);
  return ms;
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Throws unless the string is a real calendar date in 'YYYY-MM-DD' form. */
export function assertDate(date: string): string {
  toUtc(date);
  return date;
}

/** The date `days` days after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The ISO 8601 week of a date, as the schema stores it: '2026-W48'. */
export function isoWeek(date: string): string {
  const day = new Date(toUtc(date));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of the same week decides the week-numbering year.
  const thursday = new Date(day.getTime() + (4 - weekday) * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The Monday that starts the ISO week of a date. */
export function mondayOf(date: string): string {
  const weekday = new Date(toUtc(date)).getUTCDay() || 7;
  return addDays(date, 1 - weekday);
}

/** An instant on a date at a local (Asia/Shanghai) wall-clock time. */
export function at(date: string, hour: number, minute = 0): Date {
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  return new Date(`${assertDate(date)}T${hh}:${mm}:00+08:00`);
}

/** The earlier of two dates. */
export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

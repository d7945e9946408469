/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings and ISO weeks ('2026-W48'), with no time zone at all:
 * a date here is a day of the Asia/Shanghai calendar (see shanghai-clock.ts), computed through UTC
 * so the host's zone never shifts it.
 */
const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

function toUtc(date: string): number {
  const match = DATE.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  // Date.UTC rolls 02-30 over to 03-02: a real date reads back the same.
  if (Number.isNaN(ms) || fromUtc(ms) !== date) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return ms;
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(value: string): boolean {
  try {
    toUtc(value);
    return true;
  } catch {
    return false;
  }
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole days from `from` to `to`, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day `months` months later, kept inside the target month: 01-31 plus one month is 02-28
 * (02-29 in a leap year), as a person counting "three months after the 31st" would.
 *
 * @example
 * addMonths('2026-01-31', 3); // '2026-04-30'
 */
export function addMonths(date: string, months: number): string {
  toUtc(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The number of whole months from `from` to `to`: the largest n with addMonths(from, n) <= to (0 if none). */
export function fullMonthsBetween(from: string, to: string): number {
  if (to <= from) return 0;
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  while (months > 0 && addMonths(from, months) > to) months--;
  return months;
}

/** The calendar month of a date, 'YYYY-MM' (compares correctly as a string). */
export function monthOf(date: string): string {
  toUtc(date);
  return date.slice(0, 7);
}

/** The ISO 8601 week of a date: '2026-W48'. The Thursday of its week decides the year. */
export function isoWeekOf(date: string): string {
  const ms = toUtc(date);
  const weekday = new Date(ms).getUTCDay() || 7;
  const thursday = new Date(ms + (4 - weekday) * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The Monday that starts an ISO week; throws for a malformed week or a W53 the year does not have. */
export function mondayOfIsoWeek(week: string): string {
  const match = ISO_WEEK.exec(week);
  const year = Number(match?.[1]);
  const number = Number(match?.[2]);
  if (!match || number < 1 || number > 53) throw new RangeError(`not an ISO week: ${week}`);
  // 4 January is always in week 1.
  const jan4 = `${match[1]}-01-04`;
  const weekday = new Date(toUtc(jan4)).getUTCDay() || 7;
  const monday = addDays(jan4, 1 - weekday + (number - 1) * 7);
  if (isoWeekOf(monday) !== week) throw new RangeError(`${year} has no week ${number}`);
  return monday;
}

/** True for an ISO week the calendar has: '2026-W53' is one, '2027-W53' is not. */
export function isIsoWeek(value: string): boolean {
  try {
    mondayOfIsoWeek(value);
    return true;
  } catch {
    return false;
  }
}

/** Whole weeks from ISO week `from` to ISO week `to` (negative when `to` is earlier). */
export function weeksBetween(from: string, to: string): number {
  return Math.round(daysBetween(mondayOfIsoWeek(from), mondayOfIsoWeek(to)) / 7);
}

import type { Milestone } from '../../graphql/project-detail.ts';

/** How a milestone stands on a day (dates are Asia/Shanghai calendar days, 'YYYY-MM-DD'). */
export type MilestoneState =
  | { state: 'done'; daysLate: 0 }
  | { state: 'doneLate'; daysLate: number }
  | { state: 'late'; daysLate: number }
  | { state: 'pending'; daysLate: 0 }
  | { state: 'unplanned'; daysLate: 0 };

/**
 * Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier.
 *
 * @example
 * daysBetween('2026-01-31', '2026-03-01'); // 29
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000);
}

function utcDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/**
 * Whether a milestone is late: not done after its planned date (late), or done after it (doneLate).
 *
 * @example
 * milestoneState({ plannedOn: '2026-05-01', actualOn: null }, '2026-05-11'); // { state: 'late', daysLate: 10 }
 */
export function milestoneState(
  milestone: Pick<Milestone, 'plannedOn' | 'actualOn'>,
  today: string,
): MilestoneState {
  const { plannedOn, actualOn } = milestone;
  if (actualOn) {
    const late = plannedOn ? daysBetween(plannedOn, actualOn) : 0;
    return late > 0 ? { state: 'doneLate', daysLate: late } : { state: 'done', daysLate: 0 };
  }
  if (!plannedOn) return { state: 'unplanned', daysLate: 0 };
  const late = daysBetween(plannedOn, today);
  return late > 0 ? { state: 'late', daysLate: late } : { state: 'pending', daysLate: 0 };
}

/** Why an actual date cannot be sent as typed; the API checks the order of milestones itself. */
export type ActualDateProblem = 'invalid' | 'future';

export function actualDateProblem(value: string, today: string): ActualDateProblem | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(utcDay(value))) return 'invalid';
  const [y, m, d] = value.split('-').map(Number);
  const check = new Date(utcDay(value));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() + 1 !== m || check.getUTCDate() !== d)
    return 'invalid';
  return value > today ? 'future' : undefined;
}

/**
 * The ISO week of a calendar day, as the API writes it ('2026-W48'): weeks start on Monday and
 * week 1 holds the year's first Thursday.
 *
 * @example
 * isoWeekOf('2027-01-01'); // '2026-W53'
 */
export function isoWeekOf(date: string): string {
  const day = new Date(utcDay(date));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const year = day.getUTCFullYear();
  const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

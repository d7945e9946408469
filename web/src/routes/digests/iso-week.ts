/**
 * The ISO week ('2026-W48') of a Shanghai calendar date 'YYYY-MM-DD': the Thursday of its week
 * decides the year.
 *
 * @example
 * isoWeekOfDate('2026-11-27'); // '2026-W48'
 */
export function isoWeekOfDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const weekday = new Date(ms).getUTCDay() || 7;
  const thursday = new Date(ms + (4 - weekday) * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Whether a string is written like an ISO week; the API says whether the calendar has it. */
export function looksLikeIsoWeek(value: string): boolean {
  return /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(value.trim());
}

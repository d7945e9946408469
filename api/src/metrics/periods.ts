import { addDays, isIsoWeek, isoWeekOf, mondayOfIsoWeek } from '../projects/rag';
import type { Period } from './metric-definitions';

/*
 * The periods metrics are computed over, in the Asia/Shanghai calendar ('YYYY-MM-DD' strings; see
 * projects/rag/calendar.ts for the arithmetic and shanghai-clock.ts for "today").
 */

/** The Sunday that ends an ISO week: the day a weekly snapshot describes. */
export function lastDayOfIsoWeek(isoWeek: string): string {
  return addDays(mondayOfIsoWeek(isoWeek), 6);
}

/** The ISO week before `isoWeek` ('2026-W01' -> '2025-W53' or '-W52', as the calendar has it). */
export function previousIsoWeek(isoWeek: string): string {
  return isoWeekOf(addDays(mondayOfIsoWeek(isoWeek), -7));
}

/** From 1 January of `day`'s year to `day`. */
export function yearToDate(day: string): Period {
  return { from: `${day.slice(0, 4)}-01-01`, to: day };
}

/** From the first of `day`'s month to `day`. */
export function monthToDate(day: string): Period {
  return { from: `${day.slice(0, 7)}-01`, to: day };
}

/** The same dates one year earlier; 29 February becomes 28 February. */
export function sameWindowLastYear(period: Period): Period {
  return { from: oneYearEarlier(period.from), to: oneYearEarlier(period.to) };
}

function oneYearEarlier(day: string): string {
  const year = String(Number(day.slice(0, 4)) - 1).padStart(4, '0');
  const monthDay = day.slice(5) === '02-29' ? '02-28' : day.slice(5);
  return `${year}-${monthDay}`;
}

/**
 * The period a weekly figure covers: the year to the week's Sunday (flows such as 签约额 are counted
 * year to date, the way provinces report them; stocks are read at the Sunday).
 *
 * @example
 * periodOfIsoWeek('2026-W48'); // { from: '2026-01-01', to: '2026-11-29' }
 */
export function periodOfIsoWeek(isoWeek: string): Period {
  return yearToDate(lastDayOfIsoWeek(isoWeek));
}

/** The ISO weeks from `from` to `to` inclusive, oldest first (empty when `to` is earlier). */
export function isoWeeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let monday = mondayOfIsoWeek(from); monday <= mondayOfIsoWeek(to); monday = addDays(monday, 7)) {
    weeks.push(isoWeekOf(monday));
  }
  return weeks;
}

export { isIsoWeek };

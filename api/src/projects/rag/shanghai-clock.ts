import { isoWeekOf } from './calendar';

/**
 * China Standard Time is UTC+8 all year and has been since 1991 (no daylight saving), so a fixed
 * offset gives the Asia/Shanghai calendar exactly, without depending on the runtime's time zone data.
 */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/**
 * The Asia/Shanghai calendar date of an instant. The server runs in UTC: between 16:00 and 24:00 UTC
 * it is already the next day in China.
 *
 * @example
 * shanghaiDate(new Date('2026-11-22T16:30:00Z')); // '2026-11-23' (a Monday in Shanghai)
 */
export function shanghaiDate(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('not a valid instant');
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The ISO week an instant falls in, in the Asia/Shanghai calendar: the week a progress report made now
 * is for.
 *
 * @example
 * shanghaiIsoWeek(new Date('2026-11-22T16:30:00Z')); // '2026-W48' (still W47 in UTC)
 */
export function shanghaiIsoWeek(instant: Date): string {
  return isoWeekOf(shanghaiDate(instant));
}

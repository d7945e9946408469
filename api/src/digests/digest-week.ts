import { AppError } from '../errors';
import { addDays, isIsoWeek, mondayOfIsoWeek } from '../projects/rag';

/** The ISO week a digest is for, with the calendar days (Asia/Shanghai) it reads. */
export interface DigestWeek {
  /** '2026-W48': the week the digest is sent in (on its Monday morning). */
  isoWeek: string;
  /** Monday of the week: "today" for the digest (RAG statuses, overdue follow-ups). */
  monday: string;
  /** Sunday of the week: follow-ups due up to this day are "due this week". */
  sunday: string;
  /** Monday and Sunday of the week before: what "happened last week" covers. */
  previousMonday: string;
  previousSunday: string;
}

/**
 * Parses a week given by a user (CLI, GraphQL). A malformed week or one the calendar has not got
 * ('2026-W99', '2027-W53') is a VALIDATION error saying so.
 *
 * @example
 * digestWeek('2026-W48').monday; // '2026-11-23'
 */
export function digestWeek(isoWeek: string): DigestWeek {
  const week = isoWeek.trim();
  if (!isIsoWeek(week)) {
    throw new AppError('VALIDATION', `"${isoWeek.slice(0, 20)}" is not an ISO week: write it like 2026-W48`, {
      details: { field: 'week' },
    });
  }
  const monday = mondayOfIsoWeek(week);
  return {
    isoWeek: week,
    monday,
    sunday: addDays(monday, 6),
    previousMonday: addDays(monday, -7),
    previousSunday: addDays(monday, -1),
  };
}

/** The instant a Shanghai calendar day starts (00:00 at UTC+8), to compare with timestamps. */
export function shanghaiDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

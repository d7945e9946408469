import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  fullMonthsBetween,
  isIsoDate,
  isIsoWeek,
  isoWeekOf,
  mondayOfIsoWeek,
  weeksBetween,
} from './calendar';

describe('calendar', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-05-15', 12, '2027-05-15'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('adds months within the target month: %s + %i = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2026-01-31', '2026-04-29', 2],
    ['2026-01-31', '2026-04-30', 3],
    ['2026-01-31', '2026-05-01', 3],
    ['2026-07-15', '2026-11-23', 4],
    ['2026-11-23', '2026-11-01', 0],
  ])('counts whole months from %s to %s: %i', (from, to, expected) => {
    expect(fullMonthsBetween(from, to)).toBe(expected);
  });

  it('counts days across month and year ends', () => {
    expect(daysBetween('2026-01-31', '2026-05-01')).toBe(90);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it.each([
    ['2026-11-23', '2026-W48'],
    ['2026-11-22', '2026-W47'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
  ])('puts %s in ISO week %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
    expect(mondayOfIsoWeek(week) <= date).toBe(true);
  });

  it('rejects dates and weeks the calendar does not have', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoWeek('2026-W53')).toBe(true);
    expect(isIsoWeek('2027-W53')).toBe(false);
    expect(isIsoWeek('2026-W00')).toBe(false);
    expect(() => addMonths('2026-13-01', 1)).toThrow(RangeError);
  });

  it('counts ISO weeks across a year end', () => {
    expect(weeksBetween('2026-W52', '2027-W01')).toBe(2);
    expect(weeksBetween('2026-W48', '2026-W46')).toBe(-2);
  });
});

import { describe, expect, it } from 'vitest';
import { shanghaiDate, shanghaiIsoWeek } from './shanghai-clock';

describe('the Asia/Shanghai calendar of an instant (the server runs in UTC)', () => {
  it.each([
    ['2026-11-22T15:59:59Z', '2026-11-22', '2026-W47'],
    // 00:30 on Monday 23 November in Shanghai, still Sunday in UTC.
    ['2026-11-22T16:30:00Z', '2026-11-23', '2026-W48'],
    ['2026-12-31T16:00:00Z', '2027-01-01', '2026-W53'],
    ['2027-01-03T16:00:00Z', '2027-01-04', '2027-W01'],
    ['2026-02-28T16:00:00Z', '2026-03-01', '2026-W09'],
  ])('%s is %s in week %s', (instant, date, week) => {
    expect(shanghaiDate(new Date(instant))).toBe(date);
    expect(shanghaiIsoWeek(new Date(instant))).toBe(week);
  });

  it('refuses an invalid instant', () => {
    expect(() => shanghaiDate(new Date('nope'))).toThrow(RangeError);
  });
});

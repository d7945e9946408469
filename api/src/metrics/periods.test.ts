import { describe, expect, it } from 'vitest';
import {
  isoWeeksBetween,
  lastDayOfIsoWeek,
  periodOfIsoWeek,
  previousIsoWeek,
  sameWindowLastYear,
} from './periods';

describe('metric periods', () => {
  it('counts a week year to its Sunday', () => {
    expect(lastDayOfIsoWeek('2026-W48')).toBe('2026-11-29');
    expect(periodOfIsoWeek('2026-W48')).toEqual({ from: '2026-01-01', to: '2026-11-29' });
  });

  it('steps back across the new year', () => {
    expect(previousIsoWeek('2027-W01')).toBe('2026-W53');
    expect(previousIsoWeek('2026-W01')).toBe('2025-W52');
  });

  it('lists weeks inclusively', () => {
    expect(isoWeeksBetween('2026-W52', '2027-W02')).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(isoWeeksBetween('2026-W02', '2026-W01')).toEqual([]);
  });

  it('moves a window one year back, 29 February to 28 February', () => {
    expect(sameWindowLastYear({ from: '2028-02-01', to: '2028-02-29' })).toEqual({
      from: '2027-02-01',
      to: '2027-02-28',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { isoWeekOfDate, looksLikeIsoWeek } from './iso-week.ts';

describe('ISO weeks in the digest pages', () => {
  it('gives the week of a date, the Thursday deciding the year', () => {
    expect(isoWeekOfDate('2026-11-27')).toBe('2026-W48');
    expect(isoWeekOfDate('2026-11-23')).toBe('2026-W48');
    expect(isoWeekOfDate('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOfDate('2024-12-30')).toBe('2025-W01');
  });

  it('accepts weeks written like 2026-W48 only', () => {
    expect(looksLikeIsoWeek('2026-W48')).toBe(true);
    expect(looksLikeIsoWeek(' 2026-W05 ')).toBe(true);
    for (const bad of ['2026-W99', '2026-W00', '2026W48', '2026-w48', ''])
      expect(looksLikeIsoWeek(bad)).toBe(false);
  });
});

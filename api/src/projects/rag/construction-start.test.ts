import { describe, expect, it } from 'vitest';
import { evaluateRag } from './evaluate-rag';
import { notStarted, summary, TODAY } from './rag-fixtures';

describe('evaluateRag: construction start', () => {
  describe('planned 2026-01-31 (month ends)', () => {
    it.each([
      ['2026-01-31', null, 'GREEN', []],
      ['2026-02-01', null, 'YELLOW', ['YELLOW:NOT_STARTED_IN_PLANNED_MONTH']],
      // Exactly three months late (01-31 + 3 months is 04-30): not more than 3 months yet.
      ['2026-04-30', null, 'YELLOW', ['YELLOW:NOT_STARTED_IN_PLANNED_MONTH']],
      // One day more: RED, and the RED reason replaces the YELLOW one.
      ['2026-05-01', null, 'RED', ['RED:CONSTRUCTION_START_LATE']],
      // Started: exactly three months late is no reason; one day more stays RED.
      ['2026-06-15', '2026-04-30', 'GREEN', []],
      ['2026-06-15', '2026-05-01', 'RED', ['RED:CONSTRUCTION_START_LATE']],
      ['2026-06-15', '2026-01-20', 'GREEN', []],
    ])('today %s, started %s: %s %j', (today, actualOn, status, reasons) => {
      expect(summary(evaluateRag(notStarted('2026-01-31', today, actualOn)))).toEqual({ status, reasons });
    });

    it.each([
      ['2026-11-30', '2027-02-28', '2027-03-01'],
      ['2027-11-30', '2028-02-29', '2028-03-01'],
      ['2026-08-31', '2026-11-30', '2026-12-01'],
    ])('planned %s: YELLOW up to %s, RED from %s', (planned, lastYellow, firstRed) => {
      expect(evaluateRag(notStarted(planned, lastYellow)).status).toBe('YELLOW');
      expect(evaluateRag(notStarted(planned, firstRed)).status).toBe('RED');
    });

    it('is not late within its planned month, even after the planned day', () => {
      expect(summary(evaluateRag(notStarted('2026-11-02', TODAY)))).toEqual({ status: 'GREEN', reasons: [] });
    });

    it('reports whole months and days late, and whether it has started', () => {
      const [reason] = evaluateRag(notStarted('2026-07-15', TODAY)).reasons;
      expect(reason).toEqual({
        code: 'CONSTRUCTION_START_LATE',
        severity: 'RED',
        params: { months: 4, days: 131, started: false },
      });
      expect(evaluateRag(notStarted('2026-01-31', '2026-05-01')).reasons[0]?.params).toMatchObject({
        months: 3,
        days: 90,
      });
    });
  });
});

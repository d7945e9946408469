import { describe, expect, it } from 'vitest';
import { reasonsText, reasonText } from './rag-reason-text';

describe('RAG reasons in Chinese (the weekly sheet)', () => {
  it.each([
    [
      { code: 'CONSTRUCTION_START_LATE', severity: 'RED', params: { months: 4, days: 131, started: false } },
      '开工滞后计划 4 个月（131 天），尚未开工',
    ],
    [
      { code: 'CONSTRUCTION_START_LATE', severity: 'RED', params: { months: 3, days: 95, started: true } },
      '开工滞后计划 3 个月（95 天）',
    ],
    [
      {
        code: 'BEHIND_SCHEDULE',
        severity: 'YELLOW',
        params: { points: 12.5, plannedPercent: 40, actualPercent: 27.5, basis: 'INVESTMENT' },
      },
      '进度落后序时 12.5 个百分点（序时 40%，实际 27.5%，按资金到位）',
    ],
    [
      { code: 'MILESTONE_LATE', severity: 'RED', params: { milestone: 'LAND', days: 120 } },
      '供地滞后计划 120 天',
    ],
    [
      {
        code: 'NOT_STARTED_IN_PLANNED_MONTH',
        severity: 'YELLOW',
        params: { plannedMonth: '2026-10', days: 42 },
      },
      '未在计划月份（2026-10）开工',
    ],
    [
      { code: 'NO_RECENT_REPORT', severity: 'YELLOW', params: { weeks: 4, lastWeek: '2026-W44' } },
      '已 4 周未报送调度（最近一次 2026-W44）',
    ],
    [
      { code: 'NO_RECENT_REPORT', severity: 'YELLOW', params: { weeks: 2, lastWeek: '' } },
      '已 2 周未报送调度',
    ],
  ] as const)('%j reads %s', (reason, text) => {
    expect(reasonText({ ...reason, params: { ...reason.params } })).toBe(text);
  });

  it('joins several reasons in order', () => {
    expect(
      reasonsText([
        { code: 'MILESTONE_LATE', severity: 'RED', params: { milestone: 'PERMITS', days: 91 } },
        { code: 'NO_RECENT_REPORT', severity: 'YELLOW', params: { weeks: 2, lastWeek: '2026-W46' } },
      ]),
    ).toBe('审批滞后计划 91 天；已 2 周未报送调度（最近一次 2026-W46）');
  });
});

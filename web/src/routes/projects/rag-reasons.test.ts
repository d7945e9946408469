import { describe, expect, it } from 'vitest';
import type { RagReason } from '../../graphql/projects.ts';
import { en } from '../../lib/i18n/en.ts';
import { translate } from '../../lib/i18n/translate.ts';
import { zhCN } from '../../lib/i18n/zh-CN.ts';
import {
  firstReasonText,
  formatMonth,
  ragCounts,
  ragReasonText,
  sortByRag,
  type Translate,
} from './rag-reasons.ts';

const tZh: Translate = (key, params) => translate(zhCN, key, params);
const tEn: Translate = (key, params) => translate(en, key, params);

function reason(
  code: RagReason['code'],
  params: Record<string, string>,
  severity: RagReason['severity'] = 'RED',
): RagReason {
  return { code, severity, params: Object.entries(params).map(([name, value]) => ({ name, value })) };
}

describe('ragReasonText', () => {
  it('says how many months construction start is late, in both languages', () => {
    const late = reason('CONSTRUCTION_START_LATE', { months: '4', days: '131', started: 'true' });
    expect(ragReasonText(late, 'zh-CN', tZh)).toBe('开工滞后计划 4 个月');
    expect(ragReasonText(late, 'en', tEn)).toBe('Construction start 4 months late');
  });

  it('adds that construction has not started when it has not', () => {
    const late = reason('CONSTRUCTION_START_LATE', { months: '5', days: '160', started: 'false' });
    expect(ragReasonText(late, 'zh-CN', tZh)).toBe('开工滞后计划 5 个月，尚未开工');
    expect(ragReasonText(late, 'en', tEn)).toBe('Construction start 5 months late, not started yet');
  });

  it('gives the points behind schedule with planned and actual progress', () => {
    const behind = reason('BEHIND_SCHEDULE', {
      points: '35',
      plannedPercent: '60',
      actualPercent: '25',
      basis: 'INVESTMENT',
    });
    expect(ragReasonText(behind, 'zh-CN', tZh)).toBe(
      '落后序时进度 35 个百分点（序时 60%，实际 25%，按资金到位）',
    );
    expect(ragReasonText(behind, 'en', tEn)).toBe(
      '35 points behind schedule (planned 60%, actual 25%, by investment to date)',
    );
    expect(ragReasonText(reason('BEHIND_SCHEDULE', { points: '12.5' }), 'zh-CN', tZh)).toBe(
      '落后序时进度 12.5 个百分点',
    );
  });

  it('names the late milestone and counts days, singular in English for one day', () => {
    expect(ragReasonText(reason('MILESTONE_LATE', { milestone: 'LAND', days: '12' }), 'zh-CN', tZh)).toBe(
      '供地滞后计划 12 天',
    );
    expect(ragReasonText(reason('MILESTONE_LATE', { milestone: 'PERMITS', days: '1' }), 'en', tEn)).toBe(
      'Permits 1 day late',
    );
    expect(ragReasonText(reason('MILESTONE_LATE', { milestone: 'COMPLETION', days: '91' }), 'en', tEn)).toBe(
      'Completion 91 days late',
    );
  });

  it('names the planned month of a construction start that did not happen', () => {
    const notStarted = reason(
      'NOT_STARTED_IN_PLANNED_MONTH',
      { plannedMonth: '2026-05', days: '40' },
      'YELLOW',
    );
    expect(ragReasonText(notStarted, 'zh-CN', tZh)).toBe('未在计划月份（2026年5月）开工');
    expect(ragReasonText(notStarted, 'en', tEn)).toBe(
      'Construction not started in its planned month (May 2026)',
    );
  });

  it('counts the weeks without a report, with the last week when there was one', () => {
    expect(
      ragReasonText(reason('NO_RECENT_REPORT', { weeks: '3', lastWeek: '2026-W44' }), 'zh-CN', tZh),
    ).toBe('已 3 周未报送调度（最近一次 2026-W44）');
    expect(ragReasonText(reason('NO_RECENT_REPORT', { weeks: '2', lastWeek: '' }), 'en', tEn)).toBe(
      'No progress report for 2 weeks',
    );
  });

  it('still says something for a code it does not know', () => {
    const unknown = { code: 'NEW_RULE', severity: 'YELLOW', params: [] } as unknown as RagReason;
    expect(ragReasonText(unknown, 'en', tEn)).toBe('Other reason (NEW_RULE)');
  });

  it('gives the first reason only, or nothing when green', () => {
    const reasons = [
      reason('CONSTRUCTION_START_LATE', { months: '4', started: 'true' }),
      reason('NO_RECENT_REPORT', { weeks: '2', lastWeek: '' }, 'YELLOW'),
    ];
    expect(firstReasonText(reasons, 'zh-CN', tZh)).toBe('开工滞后计划 4 个月');
    expect(firstReasonText([], 'zh-CN', tZh)).toBe('');
  });
});

describe('formatMonth', () => {
  it('formats a month per language and leaves anything else alone', () => {
    expect(formatMonth('2026-12', 'zh-CN')).toBe('2026年12月');
    expect(formatMonth('2026-01-31', 'en')).toBe('January 2026');
    expect(formatMonth('soon', 'en')).toBe('soon');
  });
});

describe('sortByRag', () => {
  it('puts red first, then yellow, then green, keeping the order within a status', () => {
    const projects = [
      { id: 'g1', rag: { status: 'GREEN' as const } },
      { id: 'y1', rag: { status: 'YELLOW' as const } },
      { id: 'r1', rag: { status: 'RED' as const } },
      { id: 'g2', rag: { status: 'GREEN' as const } },
      { id: 'r2', rag: { status: 'RED' as const } },
    ];
    expect(sortByRag(projects).map((p) => p.id)).toEqual(['r1', 'r2', 'y1', 'g1', 'g2']);
    expect(ragCounts(projects)).toEqual({ RED: 2, YELLOW: 1, GREEN: 2 });
  });
});

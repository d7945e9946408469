import { describe, expect, it } from 'vitest';
import { en } from '../../lib/i18n/en.ts';
import { translate } from '../../lib/i18n/translate.ts';
import { zhCN } from '../../lib/i18n/zh-CN.ts';
import {
  comparisonChart,
  formatMetricChange,
  formatMetricValue,
  funnelChart,
  investmentChart,
  type Translate,
} from './dashboard-charts.ts';
import type { ZoneDashboard } from './dashboard-query.ts';

const tZh: Translate = (key, params) => translate(zhCN, key, params);
const tEn: Translate = (key, params) => translate(en, key, params);

const dashboard: ZoneDashboard = {
  zone: { id: '1', name: '石家庄高新技术产业开发区', kind: 'HIGH_TECH' },
  asOf: '2026-11-25',
  isoWeek: '2026-W48',
  metrics: [],
  funnel: [
    { stage: 'LEAD', count: 10, plannedInvestment: 150_000 },
    { stage: 'CONTACTED', count: 6, plannedInvestment: 80_000 },
    { stage: 'VISITED', count: 4, plannedInvestment: 40_000 },
    { stage: 'NEGOTIATING', count: 2, plannedInvestment: 25_000 },
    { stage: 'SIGNED', count: 1, plannedInvestment: 12_345 },
  ],
  comparisons: [
    {
      period: 'MONTH_TO_DATE',
      from: '2026-11-01',
      to: '2026-11-25',
      newLeads: 3,
      newLeadsLastYear: 1,
      signings: 1,
      signingsLastYear: 0,
      signedInvestment: 20_000,
      signedInvestmentLastYear: 0,
    },
  ],
  projectsByRag: [
    { status: 'RED', count: 1 },
    { status: 'YELLOW', count: 2 },
    { status: 'GREEN', count: 3 },
  ],
  investment: { planned: 8_000, inPlace: 2_000, rate: 0.25 },
  chains: [],
  followUps: { overdue: 0, dueThisWeek: 0, leads: [] },
};

describe('dashboard charts', () => {
  it('puts the funnel amounts in 亿元 in Chinese and CNY millions in English, the same numbers as the chart', () => {
    const zh = funnelChart(dashboard, 'zh-CN', tZh);
    expect(zh.table.columns).toEqual(['阶段', '线索数', '计划投资（亿元）']);
    expect(zh.table.rows[0]).toEqual(['线索', 10, 15]);
    expect(zh.table.rows[4]).toEqual(['签约', 1, 1.23]);
    const english = funnelChart(dashboard, 'en', tEn);
    expect(english.table.rows[0]).toEqual(['Lead', 10, 1500]);
    expect(english.table.columns[2]).toBe('Planned investment (CNY million)');
    const series = zh.option.series as { data: { value: number }[] }[];
    expect(series[0]!.data.map((d) => d.value)).toEqual(zh.table.rows.map((r) => r[1]));
  });

  it('compares this year with last year, counts and amounts in charts of their own', () => {
    const counts = comparisonChart(dashboard, 'counts', 'zh-CN', tZh);
    expect(counts.table.columns).toEqual(['指标', '今年', '去年同期']);
    expect(counts.table.rows).toEqual([
      ['新增线索 · 本月', 3, 1],
      ['签约项目 · 本月', 1, 0],
    ]);
    const amount = comparisonChart(dashboard, 'amount', 'zh-CN', tZh);
    expect(amount.table.rows).toEqual([['签约额（亿元） · 本月', 2, 0]]);
    const series = amount.option.series as { data: number[] }[];
    expect(series.map((s) => s.data)).toEqual([[2], [0]]);
  });

  it('keeps small amounts in 万元', () => {
    const { table } = investmentChart(dashboard, 'zh-CN', tZh);
    expect(table.columns[1]).toBe('金额（万元）');
    expect(table.rows).toEqual([
      ['计划总投资', 8_000],
      ['到位资金', 2_000],
    ]);
  });
});

describe('metric values', () => {
  it('formats each unit, and no data as a dash', () => {
    expect(formatMetricValue('WAN_YUAN', 385_000, 'zh-CN')).toBe('38.5 亿元');
    expect(formatMetricValue('RATIO', 0.5, 'en')).toBe('50%');
    expect(formatMetricValue('COUNT', 12, 'zh-CN')).toBe('12');
    expect(formatMetricValue('RATIO', null, 'zh-CN')).toBe('—');
  });

  it('writes the change since last week with its sign, rates in points', () => {
    expect(
      formatMetricChange(
        { key: 'SIGNED_INVESTMENT', unit: 'WAN_YUAN', value: 30_000, previousWeek: 20_000 },
        'zh-CN',
        tZh,
      ),
    ).toBe('+1 亿元');
    expect(
      formatMetricChange(
        { key: 'PRODUCTION_RATE', unit: 'RATIO', value: 0.4, previousWeek: 0.45 },
        'en',
        tEn,
      ),
    ).toBe('-5 points');
    expect(
      formatMetricChange(
        { key: 'PRODUCTION_RATE', unit: 'RATIO', value: 0.4, previousWeek: null },
        'en',
        tEn,
      ),
    ).toBeNull();
    expect(
      formatMetricChange({ key: 'LEADS_CONVERTED', unit: 'COUNT', value: 3, previousWeek: 3 }, 'en', tEn),
    ).toBe('');
  });
});

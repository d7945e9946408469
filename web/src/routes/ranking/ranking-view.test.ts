import { describe, expect, it } from 'vitest';
import { translate } from '../../lib/i18n/translate.ts';
import { zhCN } from '../../lib/i18n/zh-CN.ts';
import type { Translate } from '../dashboard/dashboard-charts.ts';
import type { ZoneRanking } from './ranking-query.ts';
import { isoWeekOf, movementText, rankingChart, recentIsoWeeks } from './ranking-view.ts';

const t: Translate = (key, params) => translate(zhCN, key, params);

const ranking: ZoneRanking = {
  kind: 'HIGH_TECH',
  period: '2026-W48',
  previousPeriod: '2026-W47',
  weights: [
    { key: 'CHAIN_COMPLETENESS', weight: 30 },
    { key: 'SIGNED_INVESTMENT', weight: 15 },
  ],
  weightSettings: {
    kind: 'HIGH_TECH',
    isDefault: true,
    version: 0,
    weights: [
      { key: 'CHAIN_COMPLETENESS', weight: 30 },
      { key: 'SIGNED_INVESTMENT', weight: 15 },
    ],
  },
  rows: [
    {
      zone: { id: '1', name: '甲高新区' },
      rank: 1,
      score: 80.04,
      previousRank: 2,
      movement: 1,
      highlight: 'TOP',
      indicators: [
        { key: 'CHAIN_COMPLETENESS', unit: 'RATIO', value: 0.8, score: 100, weight: 30, contribution: 66.67 },
        {
          key: 'SIGNED_INVESTMENT',
          unit: 'WAN_YUAN',
          value: 20_000,
          score: 40,
          weight: 15,
          contribution: 13.33,
        },
      ],
    },
    {
      zone: { id: '2', name: '乙高新区' },
      rank: 2,
      score: 50,
      previousRank: null,
      movement: null,
      highlight: 'BOTTOM',
      indicators: [
        { key: 'CHAIN_COMPLETENESS', unit: 'RATIO', value: 0.4, score: 50, weight: 30, contribution: 33.33 },
        {
          key: 'SIGNED_INVESTMENT',
          unit: 'WAN_YUAN',
          value: 50_000,
          score: 100,
          weight: 15,
          contribution: 16.67,
        },
      ],
    },
  ],
};

describe('ranking view', () => {
  it('lists recent ISO weeks across the new year', () => {
    expect(isoWeekOf('2026-11-25')).toBe('2026-W48');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(recentIsoWeeks('2027-01-06', 3)).toEqual(['2027-W01', '2026-W53', '2026-W52']);
  });

  it('says how a zone moved', () => {
    expect(movementText(ranking.rows[0]!, t)).toBe('上升 1 位');
    expect(movementText(ranking.rows[1]!, t)).toBe('新上榜');
    expect(movementText({ ...ranking.rows[0]!, movement: -2 }, t)).toBe('下降 2 位');
  });

  it('tables the same contributions the chart stacks', () => {
    const { option, table } = rankingChart(ranking, t);
    expect(table.columns).toEqual([
      '名次',
      '开发区',
      '综合得分',
      '上期名次',
      '名次变化',
      '产业链完整度',
      '签约额',
    ]);
    expect(table.rows[0]).toEqual([1, '甲高新区', 80, 2, '上升 1 位', 66.7, 13.3]);
    const series = option.series as { name: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(['产业链完整度', '签约额']);
    expect(series[0]!.data).toEqual([66.7, 33.3]);
  });
});

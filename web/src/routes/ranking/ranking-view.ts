import { formatNumber } from '../../lib/format.ts';
import type { ChartOption, ChartTable } from '../dashboard/charts/chart-option.ts';
import { formatMetricValue, type Translate } from '../dashboard/dashboard-charts.ts';
import type { ZoneRanking, ZoneRankingRow } from './ranking-query.ts';

/*
 * The ranking page as plain data: the weeks to choose from, the movement text, and the chart of
 * scores stacked by indicator with the table of the same numbers.
 */

const DAY_MS = 86_400_000;

/** The ISO week of a 'YYYY-MM-DD' day (the Thursday of its week decides the year). */
export function isoWeekOf(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  const weekday = new Date(ms).getUTCDay() || 7;
  const thursday = new Date(ms + (4 - weekday) * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * The ISO weeks of the last `count` weeks up to the one containing `today` (Asia/Shanghai), newest first.
 *
 * @example
 * recentIsoWeeks('2026-11-25', 3); // ['2026-W48', '2026-W47', '2026-W46']
 */
export function recentIsoWeeks(today: string, count: number): string[] {
  const ms = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) =>
    isoWeekOf(new Date(ms - i * 7 * DAY_MS).toISOString().slice(0, 10)),
  );
}

/** How a zone moved since the previous week, in words. */
export function movementText(row: ZoneRankingRow, t: Translate): string {
  if (row.movement === null) return t('ranking.movement.new');
  if (row.movement > 0) return t('ranking.movement.up', { n: row.movement });
  if (row.movement < 0) return t('ranking.movement.down', { n: -row.movement });
  return t('ranking.movement.same');
}

const INDICATOR_COLORS = [
  '#1f5f8b',
  '#2f7d8c',
  '#6b4fa3',
  '#e0a800',
  '#2e9e5b',
  '#d64545',
  '#8c6d1f',
  '#5a6776',
  '#9bb8ec',
];

/** Scores as horizontal bars stacked by what each indicator adds, best zone on top. */
export function rankingChart(ranking: ZoneRanking, t: Translate) {
  const round = (value: number) => Math.round(value * 10) / 10;
  const zones = ranking.rows.map((row) => `${row.rank}. ${row.zone.name}`);
  const option: ChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: zones, inverse: true },
    color: INDICATOR_COLORS,
    series: ranking.weights.map(({ key }) => ({
      type: 'bar' as const,
      stack: 'score',
      name: t(`metric.${key}`),
      data: ranking.rows.map((row) => round(row.indicators.find((i) => i.key === key)?.contribution ?? 0)),
    })),
  };
  const table: ChartTable = {
    columns: [
      t('ranking.col.rank'),
      t('ranking.col.zone'),
      t('ranking.col.score'),
      t('ranking.col.previousRank'),
      t('ranking.col.movement'),
      ...ranking.weights.map(({ key }) => t(`metric.${key}`)),
    ],
    rows: ranking.rows.map((row) => [
      row.rank,
      row.zone.name,
      round(row.score),
      row.previousRank,
      movementText(row, t),
      ...ranking.weights.map(({ key }) =>
        round(row.indicators.find((i) => i.key === key)?.contribution ?? 0),
      ),
    ]),
  };
  return { option, table, height: Math.max(180, 60 + ranking.rows.length * 34) };
}

/** An indicator's value as the locale writes it. */
export function indicatorValue(indicator: ZoneRankingRow['indicators'][number], localeCode: string): string {
  return formatMetricValue(indicator.unit, indicator.value, localeCode);
}

export function scoreText(score: number, localeCode: string): string {
  return formatNumber(score, localeCode, 1);
}

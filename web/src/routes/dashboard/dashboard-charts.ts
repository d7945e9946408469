import type { RagStatus } from '../../graphql/enums.ts';
import {
  type AmountUnit,
  amountUnitFor,
  amountUnitLabel,
  formatAmount,
  formatAmountPerMu,
  formatNumber,
  formatPercent,
  inAmountUnit,
} from '../../lib/format.ts';
import type { MessageParams } from '../../lib/i18n/translate.ts';
import type { MessageKey } from '../../lib/i18n/zh-CN.ts';
import { CHART_COLORS, type ChartOption, type ChartTable, type TableCell } from './charts/chart-option.ts';
import type { MetricUnit, MetricValue, ZoneDashboard } from './dashboard-query.ts';

/*
 * The dashboard's charts as plain data: for each, the ECharts option and the table of the same
 * numbers (what the CSV download holds). Pure functions of the query's answer, the language and a
 * translate function, so they are tested without a browser.
 */

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Rounds an amount already expressed in its unit for a chart or a CSV cell (2 decimals). */
function amountCell(wan: number, unit: AmountUnit): number {
  return Math.round(inAmountUnit(wan, unit) * 100) / 100;
}

/** A metric's value as a reader of the language writes it; '—' without data. */
export function formatMetricValue(unit: MetricUnit, value: number | null, localeCode: string): string {
  if (value === null) return '—';
  switch (unit) {
    case 'WAN_YUAN':
      return formatAmount(value, localeCode);
    case 'RATIO':
      return formatPercent(value, localeCode);
    case 'WAN_YUAN_PER_MU':
      return formatAmountPerMu(value, localeCode);
    case 'COUNT':
      return formatNumber(value, localeCode);
  }
}

/**
 * The change of a metric since last week, signed ('+1.2 亿元', '-3', '+4.5 个百分点'); null when
 * either value is missing.
 */
export function formatMetricChange(metric: MetricValue, localeCode: string, t: Translate): string | null {
  if (metric.value === null || metric.previousWeek === null) return null;
  const change = metric.value - metric.previousWeek;
  if (Math.abs(change) < 1e-9) return '';
  const sign = change > 0 ? '+' : '-';
  const size = Math.abs(change);
  if (metric.unit === 'RATIO')
    return `${sign}${t('metric.points', { points: formatNumber(size * 100, localeCode, 1) })}`;
  return `${sign}${formatMetricValue(metric.unit, size, localeCode)}`;
}

/** The funnel: leads by stage, with their planned investment in one unit. */
export function funnelChart(data: ZoneDashboard, localeCode: string, t: Translate) {
  const unit = amountUnitFor(Math.max(0, ...data.funnel.map((s) => s.plannedInvestment)), localeCode);
  const unitLabel = amountUnitLabel(unit);
  const stages = data.funnel.map((s) => t(`leadStage.${s.stage}`));
  const option: ChartOption = {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '10%',
        width: '80%',
        minSize: '12%',
        label: { show: true, position: 'inside', formatter: '{b}: {c}' },
        data: data.funnel.map((s, i) => ({ name: stages[i]!, value: s.count })),
        color: [CHART_COLORS.secondary, '#7fa3e6', '#5b8ae0', '#3f76d9', CHART_COLORS.primary],
      },
    ],
  };
  const table: ChartTable = {
    columns: [
      t('dashboard.funnel.stage'),
      t('dashboard.funnel.count'),
      t('dashboard.funnel.amount', { unit: unitLabel }),
    ],
    rows: data.funnel.map((s, i) => [stages[i]!, s.count, amountCell(s.plannedInvestment, unit)]),
  };
  return { option, table, unitLabel };
}

/**
 * New leads and signings (counts), or signed investment (an amount), this month and this year
 * against the same days last year: periods along the axis, this year and last year side by side.
 * Counts and amounts get a chart each, so neither squashes the other on a shared axis.
 */
export function comparisonChart(
  data: ZoneDashboard,
  measure: 'counts' | 'amount',
  localeCode: string,
  t: Translate,
) {
  const largest = Math.max(
    0,
    ...data.comparisons.flatMap((c) => [c.signedInvestment, c.signedInvestmentLastYear]),
  );
  const unit = amountUnitFor(largest, localeCode);
  const unitLabel = amountUnitLabel(unit);
  const measures: [string, (c: ZoneDashboard['comparisons'][number]) => [number, number]][] =
    measure === 'counts'
      ? [
          [t('dashboard.compare.newLeads'), (c) => [c.newLeads, c.newLeadsLastYear]],
          [t('dashboard.compare.signings'), (c) => [c.signings, c.signingsLastYear]],
        ]
      : [
          [
            t('dashboard.compare.signedInvestment', { unit: unitLabel }),
            (c) => [amountCell(c.signedInvestment, unit), amountCell(c.signedInvestmentLastYear, unit)],
          ],
        ];
  const periods = data.comparisons.map((c) => t(`dashboard.compare.${c.period}`));
  // One table row per measure and period: this year, last year.
  const rows: TableCell[][] = measures.flatMap(([label, pick]) =>
    data.comparisons.map((c, i) => [`${label} · ${periods[i]}`, ...pick(c)]),
  );
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: measures.flatMap(([label]) =>
        periods.map((period) => (measures.length > 1 ? `${label}\n${period}` : period)),
      ),
    },
    yAxis: { type: 'value', minInterval: measure === 'counts' ? 1 : 0, axisLabel: { hideOverlap: true } },
    series: [t('dashboard.compare.thisYear'), t('dashboard.compare.lastYear')].map((name, i) => ({
      type: 'bar' as const,
      name,
      data: rows.map((row) => row[i + 1] as number),
      itemStyle: { color: i === 0 ? CHART_COLORS.primary : CHART_COLORS.muted },
    })),
  };
  const table: ChartTable = {
    columns: [
      t('dashboard.compare.measure'),
      t('dashboard.compare.thisYear'),
      t('dashboard.compare.lastYear'),
    ],
    rows,
  };
  return { option, table, unitLabel };
}

const RAG_COLORS: Record<RagStatus, string> = {
  RED: CHART_COLORS.red,
  YELLOW: CHART_COLORS.yellow,
  GREEN: CHART_COLORS.green,
};

/** Projects by RAG status. */
export function ragChart(data: ZoneDashboard, t: Translate) {
  const labels = data.projectsByRag.map((r) => t(`rag.${r.status}`));
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: [
      {
        type: 'bar',
        data: data.projectsByRag.map((r) => ({ value: r.count, itemStyle: { color: RAG_COLORS[r.status] } })),
        label: { show: true, position: 'right' },
      },
    ],
  };
  const table: ChartTable = {
    columns: [t('dashboard.rag.status'), t('dashboard.rag.count')],
    rows: data.projectsByRag.map((r, i) => [labels[i]!, r.count]),
  };
  return { option, table };
}

/** Investment to date against plan. */
export function investmentChart(data: ZoneDashboard, localeCode: string, t: Translate) {
  const unit = amountUnitFor(data.investment.planned, localeCode);
  const unitLabel = amountUnitLabel(unit);
  const labels = [t('dashboard.investment.planned'), t('dashboard.investment.inPlace')];
  const values = [amountCell(data.investment.planned, unit), amountCell(data.investment.inPlace, unit)];
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', splitNumber: 3, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: [
      {
        type: 'bar',
        data: [
          { value: values[0]!, itemStyle: { color: CHART_COLORS.muted } },
          { value: values[1]!, itemStyle: { color: CHART_COLORS.primary } },
        ],
        label: { show: true, position: 'right' },
      },
    ],
  };
  const table: ChartTable = {
    columns: [t('dashboard.investment.measure'), t('dashboard.investment.amount', { unit: unitLabel })],
    rows: labels.map((label, i) => [label, values[i]!]),
  };
  return { option, table, unitLabel };
}

/** Chain completeness per pursued chain, week by week (percent). */
export function chainTrendChart(
  data: ZoneDashboard,
  chainName: (chain: ZoneDashboard['chains'][number]['chain']) => string,
  t: Translate,
) {
  const weeks = data.chains[0]?.trend.map((p) => p.isoWeek) ?? [];
  const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);
  const option: ChartOption = {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (value === null || value === undefined ? '—' : `${value}%`),
    },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: weeks.map((w) => w.slice(5)) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: data.chains.map((c) => ({
      type: 'line' as const,
      name: chainName(c.chain),
      connectNulls: true,
      data: c.trend.map((p) => percent(p.value)),
    })),
  };
  const table: ChartTable = {
    columns: [t('dashboard.chains.week'), ...data.chains.map((c) => `${chainName(c.chain)} (%)`)],
    rows: weeks.map((week, i) => [week, ...data.chains.map((c) => percent(c.trend[i]?.value ?? null))]),
  };
  return { option, table };
}

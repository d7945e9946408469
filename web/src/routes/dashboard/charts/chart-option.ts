import type { BarSeriesOption, FunnelSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** The option type of the charts echarts-setup.ts registers (nothing else can be drawn). */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | FunnelSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
>;

/** The app's chart colours (the RAG colours match the badges). */
export const CHART_COLORS = {
  primary: '#2f6fdb',
  secondary: '#9bb8ec',
  muted: '#b9c2cf',
  red: '#d64545',
  yellow: '#e0a800',
  green: '#2e9e5b',
} as const;

/** A cell of a chart's data table: text, a number, or nothing. */
export type TableCell = string | number | null;

/** A chart's numbers as a table: what screen readers read, and what the CSV download holds. */
export interface ChartTable {
  columns: string[];
  rows: TableCell[][];
}

/**
 * The parts of Apache ECharts the app draws with, registered once: bar, line and funnel charts with
 * a grid, tooltip and legend, drawn as SVG (crisp at any zoom, and light on memory for a few small
 * charts). Importing `echarts/core` and these parts, not `echarts`, keeps the rest of the library out
 * of the bundle; EChart.svelte loads this module lazily, so pages without charts never pay for it.
 */
import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  FunnelChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  SVGRenderer,
]);

export { echarts };

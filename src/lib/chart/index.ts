/**
 * Charts for an indicator: inline SVG for the indicator page, a sparkline for lists, a standalone
 * SVG file (for download and for PNG), and the Swedish summary sentences that describe the chart.
 *
 * Pure TypeScript, no DOM: d3-scale and d3-shape for the numbers and paths, no d3-selection or
 * d3-axis. Each chart is laid out as plain numbers first (layout.ts, labels.ts, axes.ts,
 * sparkline.ts, standalone.ts), then written as markup (svg.ts, render.ts).
 */
export type { ChartComparison, ChartInput, ChartOptions, ChartPoint, ChartSeries, Projection, StandaloneMeta } from './input.ts';
export { NON_ZERO_BASELINE_RATIO } from './axes.ts';
export { prepareChart } from './input.ts';
export type { EndLabel, PlacedText } from './labels.ts';
export type { ChartLayout, ComparisonLayout, KeyItem, PlotLayout, SeriesLayout } from './layout.ts';
export { BREAK_LABEL, chartLayout } from './layout.ts';
export type { ChartPalette } from './palette.ts';
export { LIGHT_PALETTE } from './palette.ts';
export { renderChart, renderSparkline, renderStandaloneSvg, renderTargetSample } from './render.ts';
export type { SparklineLayout } from './sparkline.ts';
export { sparklineLayout } from './sparkline.ts';
export type { StandaloneLayout } from './standalone.ts';
export { standaloneLayout } from './standalone.ts';
export { rootFontSize, STANDALONE_FONT_FAMILY } from './text.ts';
export type { SparklineWords } from './words.ts';
export { comparisonSentence, sparklineNote, sparklineWords, summarizeChart } from './words.ts';

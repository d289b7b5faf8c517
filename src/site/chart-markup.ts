/**
 * The markup of an indicator's charts, as pure functions of its chart input: the page's two
 * inline variants and the standalone file. Both the pages and the chart worker (chart-worker.ts)
 * make them here, so that a chart made on either side is the same to the byte.
 */
import { renderChart, renderStandaloneSvg, type ChartInput, type StandaloneMeta } from '../lib/chart/index.ts';

/** The indicator page's chart: a wide and a compact variant, CSS shows one. */
export interface InlineCharts {
  wide: string;
  narrow: string;
}

export function inlineChartMarkup(input: ChartInput): InlineCharts {
  return {
    wide: renderChart(input, { idPrefix: `chart-${input.id}-wide` }),
    narrow: renderChart(input, { width: 360, height: 300, idPrefix: `chart-${input.id}-narrow` }),
  };
}

/** One indicator's charts, made off the main thread in a build. */
export interface ChartJob {
  id: string;
  input: ChartInput;
  meta: StandaloneMeta;
}

export interface ChartResult {
  id: string;
  inline: InlineCharts;
  standalone: string;
}

export function chartMarkup(job: ChartJob): ChartResult {
  return { id: job.id, inline: inlineChartMarkup(job.input), standalone: renderStandaloneSvg(job.input, job.meta) };
}

/**
 * The layout of a sparkline, the small chart in indicator lists, as plain numbers: the main line
 * with its gaps, the latest value as a dot and the target as a thin line. The y axis fits the values
 * (no zero baseline, which would flatten a line this small), inverted for ranks.
 */
import { scaleLinear } from 'd3';
import type { Point } from './boxes.ts';
import type { ChartInput, ChartOptions } from './input.ts';
import { isRank, prepareChart } from './input.ts';

/** A sparkline in viewBox units. */
export interface SparklineLayout {
  width: number;
  height: number;
  /** Null when there is no value: the sparkline is then a faint line across the middle. */
  line: {
    runs: Point[][];
    /** Values with no line on either side, which get a small dot of their own. */
    isolated: Point[];
    latest: Point;
    targetY: number | null;
  } | null;
}

/** Padding inside the edges, so the latest dot is not cut off. */
const PAD = 3.5;

/** [lo, hi] of `values`, widened by 1 on each side when they are all equal. */
function extent(values: number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** Lays out the sparkline of the main series (T) at the given size (default 120 × 32). */
export function sparklineLayout(input: ChartInput, options: ChartOptions = {}): SparklineLayout {
  const W = options.width ?? 120;
  const H = options.height ?? 32;
  const { main, target } = prepareChart(input);
  const values = main?.values ?? [];
  const latest = values[values.length - 1];
  if (!main || !latest) return { width: W, height: H, line: null };
  const y = scaleLinear()
    .domain(extent([...values.map((v) => v.value), ...(target ? [target.value] : [])]))
    .range(isRank(input.unit) ? [PAD, H - PAD] : [H - PAD, PAD]);
  const x = scaleLinear()
    .domain(extent(main.rows.map((r) => r.period.time)))
    .range([PAD, W - PAD]);
  const at = (v: { period: { time: number }; value: number }): Point => ({ x: x(v.period.time), y: y(v.value) });
  const lastRow = main.rows[main.rows.length - 1];
  return {
    width: W,
    height: H,
    line: {
      runs: main.runs.map((run) => run.map(at)),
      // The last row's value, if it is alone, is marked by the latest dot already.
      isolated: main.runs.filter((run) => run.length === 1 && run[0] !== lastRow).map((run) => at(run[0]!)),
      latest: at(latest),
      targetY: target ? y(target.value) : null,
    },
  };
}

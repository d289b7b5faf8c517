/**
 * The layout of a sparkline, the small chart in indicator lists, as plain numbers: the main line
 * broken where values are missing (judged from the series' own cadence, as in the big chart), a
 * dot on every value of a sparse series, the latest value as a larger dot and the target as a thin
 * line. The y axis fits the values and the target (no zero baseline, which would flatten a line
 * this small), inverted for ranks; because that makes small changes look large, the scale goes
 * with it: the values at the top and the bottom of the axis and the first and last period, which
 * the list writes beside the sparkline in words (`sparklineWords`). A single value is no line at
 * all: it is said in words, never drawn as a lone speck.
 */
import { scaleLinear } from 'd3';
import type { Period } from '../period.ts';
import type { Point } from './boxes.ts';
import type { ChartInput, ChartOptions, ChartTarget } from './input.ts';
import { isRank, prepareChart } from './input.ts';

/** A sparkline in viewBox units. */
export interface SparklineLayout {
  width: number;
  height: number;
  /** Null when there are fewer than two values: the list says so in words instead. */
  line: {
    runs: Point[][];
    /** A dot on each of these: every value of a sparse series, else the values with no line on either side. */
    dots: Point[];
    latest: Point;
    targetY: number | null;
  } | null;
  /** The y axis's values at the top and the bottom, and the first and last period drawn; null without a line. */
  scale: { top: number; bottom: number; first: Period; last: Period } | null;
  /** The target drawn as the thin line, so that its label can be written beside the sparkline. */
  target: ChartTarget | null;
  /** How many values the main series has. */
  count: number;
}

/** Padding inside the edges, so the latest dot is not cut off. */
const PAD = 3.5;

/** A series with at most this many values gets a dot on every value: its points, not only its line, carry it. */
export const SPARSE_MAX = 12;

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
  const first = values[0];
  if (!main || !latest || !first || values.length < 2) return { width: W, height: H, line: null, scale: null, target: null, count: values.length };
  const drawn = [...values.map((v) => v.value), ...(target ? [target.value] : [])];
  const domain = extent(drawn);
  const [lo, hi] = [Math.min(...drawn), Math.max(...drawn)];
  const rank = isRank(input.unit);
  const y = scaleLinear()
    .domain(domain)
    .range(rank ? [PAD, H - PAD] : [H - PAD, PAD]);
  const x = scaleLinear()
    .domain(extent(values.map((v) => v.period.time)))
    .range([PAD, W - PAD]);
  const at = (v: { period: { time: number }; value: number }): Point => ({ x: x(v.period.time), y: y(v.value) });
  const sparse = values.length <= SPARSE_MAX;
  return {
    width: W,
    height: H,
    line: {
      runs: main.runs.map((run) => run.map(at)),
      // The latest value has its own, larger dot.
      dots: (sparse ? values : main.runs.filter((run) => run.length === 1).map((run) => run[0]!)).filter((v) => v !== latest).map(at),
      latest: at(latest),
      targetY: target ? y(target.value) : null,
    },
    // The values drawn at the top and the bottom (not the padding of a flat line); ranks have
    // plats 1 at the top, so there the smaller number is the top.
    scale: { top: rank ? lo : hi, bottom: rank ? hi : lo, first: first.period, last: latest.period },
    target,
    count: values.length,
  };
}

/**
 * What a chart is given, and the same data cleaned up once for everything that draws or describes
 * it: series in a fixed order, rows sorted by time, missing values kept apart from the values.
 */
import type { Gender, Target } from '../model.ts';
import type { Period, PeriodKind } from '../period.ts';

/** One value of a series; its place on the x axis is `period.time`. */
export interface ChartPoint {
  period: Period;
  value: number | null;
}

export interface ChartSeries {
  gender: Gender;
  points: ChartPoint[];
}

/** The method's projection: a straight line from the fitted latest value to the end of the target year (T*). */
export interface Projection {
  fromTime: number;
  fromValue: number;
  toTime: number;
  toValue: number;
}

/** One indicator's chart, as `chartInput()` in overview.ts builds it. */
export interface ChartInput {
  id: string;
  title: string;
  unit: string;
  kind: PeriodKind;
  /** T first; K and M when the data has them. */
  series: ChartSeries[];
  target?: ChartTarget | null;
  /** The method's projection, drawn dotted. */
  projection?: Projection | null;
}

/**
 * The target value and its year; `time` is where the marker stands on the x axis: T*, the target
 * year's last period in the series' kind (the method's time for the target), or the year itself.
 */
export interface ChartTarget extends Target {
  time?: number;
}

export interface ChartOptions {
  /** viewBox width (default 600; 120 for sparklines). */
  width?: number;
  /** viewBox height (default 340; 32 for sparklines). */
  height?: number;
  /** Prefix for the ids of `<title>` and `<desc>`; default `chart-<id>`. */
  idPrefix?: string;
}

export interface StandaloneMeta {
  source: string;
  licence: string;
  url: string;
  example: boolean;
}

/** A row that has a value. */
export interface Value {
  period: Period;
  value: number;
}

/** A series ready to draw and describe. */
export interface PreparedSeries {
  gender: Gender;
  /** Every row, oldest first; `value` is null where the file says the value is missing. */
  rows: ChartPoint[];
  /** The rows that have a value (the same objects as in `rows`). */
  values: Value[];
  /**
   * Runs of values with no missing value between them; each run is drawn as one stretch of line.
   * The line breaks where the file says a value is missing (`..` or an empty cell): it is never
   * drawn across a missing value. Periods with no row at all are joined, because many series are
   * published only every few years (a survey every other year, an election every fourth) and a
   * chart of isolated dots would hide their trend; the points show where the values are.
   */
  runs: Value[][];
}

/** The input with bad targets and projections left out, prepared once for layout and words alike. */
export interface PreparedChart {
  /** In the order T, K, M. */
  series: PreparedSeries[];
  /** T, or the first series when there is no T. */
  main: PreparedSeries | undefined;
  target: ChartTarget | null;
  projection: Projection | null;
}

const GENDER_ORDER: Record<Gender, number> = { T: 0, K: 1, M: 2 };

function hasValue(p: ChartPoint): p is Value {
  return typeof p.value === 'number' && Number.isFinite(p.value);
}

function prepareSeries(s: ChartSeries): PreparedSeries {
  const rows = s.points.map((p) => ({ period: p.period, value: hasValue(p) ? p.value : null })).sort((a, b) => a.period.time - b.period.time);
  const runs: Value[][] = [];
  let run: Value[] = [];
  for (const row of rows) {
    if (hasValue(row)) run.push(row);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return { gender: s.gender, rows, values: rows.filter(hasValue), runs };
}

function validTarget(t: ChartTarget | null | undefined): ChartTarget | null {
  return t && Number.isFinite(t.value) && Number.isFinite(t.year) && (t.time === undefined || Number.isFinite(t.time)) ? t : null;
}

/** Where the target marker stands on the x axis. */
export const targetTime = (t: ChartTarget): number => t.time ?? t.year;

function validProjection(p: Projection | null | undefined): Projection | null {
  return p && [p.fromTime, p.fromValue, p.toTime, p.toValue].every(Number.isFinite) ? p : null;
}

/** Sorts and checks the input; a target or projection with a non-finite number is left out. */
export function prepareChart(input: ChartInput): PreparedChart {
  const series = input.series.map(prepareSeries).sort((a, b) => GENDER_ORDER[a.gender] - GENDER_ORDER[b.gender]);
  return {
    series,
    main: series.find((s) => s.gender === 'T') ?? series[0],
    target: validTarget(input.target),
    projection: validProjection(input.projection),
  };
}

/** Ranks ('placering') count down: plats 1 is the best. */
export function isRank(unit: string): boolean {
  return unit.trim().toLowerCase() === 'placering';
}

/** Units counted in whole numbers: their axis has no ticks between integers. */
export function isIntegerUnit(unit: string): boolean {
  const u = unit.trim().toLowerCase();
  return u === 'placering' || u === 'antal';
}

/** Shares, whose axis never runs past 100 %. */
export function isPercent(unit: string): boolean {
  return ['procent', '%'].includes(unit.trim().toLowerCase());
}

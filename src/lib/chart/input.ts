/**
 * What a chart is given, and the same data cleaned up once for everything that draws or describes
 * it: series in a fixed order, rows sorted by time, missing values kept apart from the values.
 */
import type { Gender, Target } from '../model.ts';
import type { Period, PeriodKind } from '../period.ts';
import { isSeriesBreak } from '../series-break.ts';
import type { TargetKind } from '../target.ts';

/** One value of a series; its place on the x axis is `period.time`. */
export interface ChartPoint {
  period: Period;
  value: number | null;
  /** The row's note; one that marks a series break (`isSeriesBreak`) breaks the line there. */
  note?: string;
}

export interface ChartSeries {
  gender: Gender;
  points: ChartPoint[];
}

/** Another area's values (totals) for the same key figure, drawn as a quiet line behind the municipality's own. */
export interface ChartComparison {
  /** The area's Kolada id, `0000` for the whole country. */
  id: string;
  /** The area's name, written at its line: "Riket", "Jönköpings län". */
  name: string;
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
  /** Other areas to compare with, in the order they are listed; none by default. */
  comparisons?: ChartComparison[];
  /** The municipality's name, which labels its own line when comparison lines are drawn. */
  ownLabel?: string;
}

/**
 * The target value and its year; `time` is where the marker stands on the x axis: T*, the target
 * year's last period in the series' kind (the method's time for the target), or the year itself.
 */
export interface ChartTarget extends Target {
  time?: number;
  /** A political målvärde (the default) or a referensvärde: drawn and named differently. */
  kind?: TargetKind;
  /**
   * What it rests on, completing the chart's sentence about it: for a målvärde its decision
   * ("beslutat i KS 2021-01-13 § 12"), for a referensvärde its basis ("Nationellt mål …").
   */
  basis?: string;
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
  /** The whole source line as drawn, "Källa: Kolada, bearbetning Vaggeryds kommun" (`sourceCredit`): never prefixed again. */
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

/** A line's rows, ready to draw and describe. */
export interface PreparedRows {
  /** Every row, oldest first; `value` is null where the file says the value is missing. */
  rows: ChartPoint[];
  /** The rows that have a value (the same objects as in `rows`). */
  values: Value[];
  /**
   * Stretches of line. Whether values are missing is judged from the series' own cadence, the
   * same way for a period the file marks as missing (`..`, an empty cell) as for a period with no
   * row at all: the line breaks where the step to the next value is more than half as long again
   * as the series' usual step (`CADENCE`). So a survey every other year is one line (its off
   * years are not gaps), while a monthly series that jumps from November 2016 to July 2019 is
   * broken there. The line also breaks at a series break (`breakTimes`).
   */
  runs: Value[][];
  /** Where the line breaks because values are missing: the values on either side. */
  gaps: { from: Value; to: Value }[];
}

/** A series ready to draw and describe. */
export interface PreparedSeries extends PreparedRows {
  gender: Gender;
}

/** A comparison line ready to draw and describe. */
export interface PreparedComparison extends PreparedRows {
  id: string;
  name: string;
  /** Its place among the input's comparisons, which picks its dash pattern. */
  index: number;
}

/** A series break: from `period` on the values are measured differently (see `series-break.ts`). */
export interface SeriesBreak {
  period: Period;
  /** The note that marks it, said in the chart's words. */
  note: string;
  /** The main series' value before the break; the mark stands between it and the break. */
  before: Value;
}

/** The input with bad targets and projections left out, prepared once for layout and words alike. */
export interface PreparedChart {
  /** In the order T, K, M. */
  series: PreparedSeries[];
  /** T, or the first series when there is no T. */
  main: PreparedSeries | undefined;
  target: ChartTarget | null;
  projection: Projection | null;
  /**
   * The comparison lines with values, cut to the time span of the municipality's own rows: the chart
   * is about the municipality, and another area's longer history would only squeeze its line.
   */
  comparisons: PreparedComparison[];
  /** The name on the municipality's own line when comparison lines are drawn. */
  ownLabel: string;
  /** Series breaks inside the main series, oldest first (none before its first value). */
  breaks: SeriesBreak[];
}

const GENDER_ORDER: Record<Gender, number> = { T: 0, K: 1, M: 2 };

function hasValue(p: ChartPoint): p is Value {
  return typeof p.value === 'number' && Number.isFinite(p.value);
}

/**
 * A step between two values counts as a gap when it is longer than this many times the series'
 * usual step: a biennial survey's two years are its usual step, three of them are a gap.
 */
export const CADENCE = { gapFactor: 1.5 } as const;

/** Steps are compared in whole months, so that the binary fractions of tertials and months never decide. */
const months = (years: number) => Math.round(years * 12);

/**
 * The series' usual step in months: the lower median of the steps between its values, so that in
 * a short series one long absence does not count as usual. Null with fewer than two values.
 */
export function usualStep(values: readonly Value[]): number | null {
  const steps = values
    .slice(1)
    .map((v, i) => months(v.period.time - values[i]!.period.time))
    .sort((a, b) => a - b);
  return steps.length ? steps[Math.floor((steps.length - 1) / 2)]! : null;
}

/** The rows of a line, sorted, with the values apart. */
function sortedRows(points: readonly ChartPoint[]): { rows: ChartPoint[]; values: Value[] } {
  const rows = points.map((p) => ({ period: p.period, value: hasValue(p) ? p.value : null })).sort((a, b) => a.period.time - b.period.time);
  return { rows, values: rows.filter(hasValue) };
}

/**
 * `step` is the usual step to judge gaps by: the main series' own for every line of the chart
 * (women, men, other areas measure the same key figure at the same times), so that a line with
 * few values of its own, such as an area with one missing year between two values, is still
 * broken where a value is missing.
 */
function prepareRows(points: readonly ChartPoint[], step: number | null, breakTimes: readonly number[] = []): PreparedRows {
  const { rows, values } = sortedRows(points);
  const runs: Value[][] = [];
  const gaps: { from: Value; to: Value }[] = [];
  let run: Value[] = [];
  for (const v of values) {
    const prev = run[run.length - 1];
    if (prev) {
      const gap = step !== null && months(v.period.time - prev.period.time) > CADENCE.gapFactor * step;
      const broken = breakTimes.some((t) => t > prev.period.time + 1e-9 && t <= v.period.time + 1e-9);
      if (gap) gaps.push({ from: prev, to: v });
      if (gap || broken) {
        runs.push(run);
        run = [];
      }
    }
    run.push(v);
  }
  if (run.length > 0) runs.push(run);
  return { rows, values, runs, gaps };
}

/** The comparisons with a value inside [from, to], each with only the rows in that span. */
function prepareComparisons(comparisons: readonly ChartComparison[], from: number, to: number, step: number | null): PreparedComparison[] {
  return comparisons.flatMap((c, index) => {
    const inSpan = c.points.filter((p) => p.period.time >= from - 1e-9 && p.period.time <= to + 1e-9);
    const prepared = prepareRows(inSpan, step ?? usualStep(sortedRows(inSpan).values));
    return prepared.values.length ? [{ id: c.id, name: c.name, index, ...prepared }] : [];
  });
}

function validTarget(t: ChartTarget | null | undefined): ChartTarget | null {
  return t && Number.isFinite(t.value) && Number.isFinite(t.year) && (t.time === undefined || Number.isFinite(t.time)) ? t : null;
}

/** Where the target marker stands on the x axis. */
export const targetTime = (t: ChartTarget): number => t.time ?? t.year;

function validProjection(p: Projection | null | undefined): Projection | null {
  return p && [p.fromTime, p.fromValue, p.toTime, p.toValue].every(Number.isFinite) ? p : null;
}

const prepared = new WeakMap<ChartInput, PreparedChart>();

/** Sorts and checks the input; a target or projection with a non-finite number is left out. */
export function prepareChart(input: ChartInput): PreparedChart {
  // A page draws the same chart several times (wide, narrow, sparkline, words, file) and a chart
  // input is never changed once made, so it is prepared once.
  let chart = prepared.get(input);
  if (!chart) prepared.set(input, (chart = prepare(input)));
  return chart;
}

function prepare(input: ChartInput): PreparedChart {
  const breaks = seriesBreaks(input);
  const breakTimes = breaks.map((b) => b.period.time);
  const mainInput = input.series.find((s) => s.gender === 'T') ?? input.series[0];
  const step = usualStep(sortedRows(mainInput?.points ?? []).values);
  // A line other than the main one falls back on its own step when the main series has too few values to have one.
  const stepFor = (points: readonly ChartPoint[]) => step ?? usualStep(sortedRows(points).values);
  const series = input.series.map((s): PreparedSeries => ({ gender: s.gender, ...prepareRows(s.points, stepFor(s.points), breakTimes) })).sort((a, b) => GENDER_ORDER[a.gender] - GENDER_ORDER[b.gender]);
  const times = series.flatMap((s) => s.rows.map((r) => r.period.time));
  const withValues = series.some((s) => s.values.length > 0);
  return {
    series,
    main: series.find((s) => s.gender === 'T') ?? series[0],
    target: validTarget(input.target),
    projection: validProjection(input.projection),
    comparisons: withValues && input.comparisons ? prepareComparisons(input.comparisons, Math.min(...times), Math.max(...times), step) : [],
    ownLabel: input.ownLabel ?? 'Kommunen',
    breaks,
  };
}

/**
 * The series breaks: a period whose row (of any gender) has a note that marks one, after the main
 * series' first value. A break before any value has nothing to break from and is left out.
 */
function seriesBreaks(input: ChartInput): SeriesBreak[] {
  const main = input.series.find((s) => s.gender === 'T') ?? input.series[0];
  const mainValues = (main?.points ?? []).filter(hasValue).sort((a, b) => a.period.time - b.period.time);
  const marked = new Map<string, { period: Period; note: string }>();
  for (const p of input.series.flatMap((s) => s.points)) if (isSeriesBreak(p.note) && !marked.has(p.period.key)) marked.set(p.period.key, { period: p.period, note: p.note!.trim() });
  return [...marked.values()]
    .sort((a, b) => a.period.time - b.period.time)
    .flatMap((m) => {
      const before = mainValues.filter((v) => v.period.time < m.period.time - 1e-9).at(-1);
      return before ? [{ ...m, before }] : [];
    });
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

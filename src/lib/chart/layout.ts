/**
 * The layout of a chart as plain numbers: the plot area, the axes and their ticks, and where every
 * line, point and label goes, in viewBox units. No markup: `svg.ts` draws a layout, and tests check
 * its numbers.
 *
 * Series are laid out one by one from the prepared input and drawn in the order of `series`;
 * comparison lines (other areas' values) are laid out the same way in `comparisons`, drawn first.
 */
import type { ScaleLinear } from 'd3';
import { scaleLinear } from 'd3';
import { formatNumber, formatValue, unitLabel } from '../format.ts';
import type { Gender } from '../model.ts';
import { GENDER_LABEL } from '../model.ts';
import type { PeriodKind } from '../period.ts';
import { PARTS_PER_YEAR } from '../period.ts';
import type { XTick, YAxis } from './axes.ts';
import { X_LABEL_SAMPLE, xAxisTicks, yAxis } from './axes.ts';
import type { Box, Point } from './boxes.ts';
import { overlaps, segmentBoxes, squareBox } from './boxes.ts';
import type { ChartInput, ChartOptions, PreparedChart, PreparedRows } from './input.ts';
import { prepareChart, targetTime } from './input.ts';
import type { EndLabel, PlacedText, PlotBounds } from './labels.ts';
import { endLabelBox, placedBox, placeEndLabels, placeTargetLabel, placeValueLabel } from './labels.ts';
import { boldTextWidth, rootFontSize, TEXT_EM, textWidth } from './text.ts';
import { pointTitle } from './words.ts';
import type { TargetKind } from '../target.ts';

/** The rectangle a plot is laid out in, and the root font size in viewBox units. */
export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
  font: number;
}

/** One series' line and markers. */
export interface SeriesLayout {
  gender: Gender;
  /** The main series (T) is drawn heavier, with filled markers; the others are secondary. */
  emphasis: 'main' | 'secondary';
  /** Stretches of line; the line breaks between them at missing values. */
  runs: Point[][];
  markerRadius: number;
  /** A marker on every value, so single values show; `title` is its hover text. */
  markers: (Point & { title: string })[];
}

/** A comparison line: another area's values, drawn quietly behind the municipality's own lines. */
export interface ComparisonLayout {
  /** Its place among the input's comparisons, which picks its dash pattern. */
  index: number;
  name: string;
  /** Stretches of line; the line breaks between them at missing values. */
  runs: Point[][];
  markerRadius: number;
  /** Markers only on values with no line on either side, so that they show; `title` is the hover text. */
  markers: (Point & { title: string })[];
}

/** One entry of a chart's key: a short piece of line in the line's style, then its name. */
export interface KeyItem {
  gender: Gender | null;
  comparison: number | null;
  text: string;
  /** The sample line runs from `x` to `lineEnd` at `y`; the text starts at `textX`, centred on `y`. */
  x: number;
  lineEnd: number;
  textX: number;
  y: number;
}

/** Everything inside a plot frame, in viewBox units; `svg.ts` only writes it out. */
export interface PlotLayout {
  font: number;
  /** Grid lines, the x axis and the target line span `left` to `right`; the x axis is at `bottom`. */
  plot: PlotBounds;
  unitLabel: PlacedText;
  /** "Axeln börjar inte på noll" or "Plats 1 överst", on the unit label's row or below it. */
  note: PlacedText | null;
  yAxis: {
    domain: [number, number];
    /** Ranks: plats 1 at the top. */
    inverted: boolean;
    ticks: { value: number; y: number; label: string }[];
    /** Right edge of the tick labels. */
    labelX: number;
    /** The zero line, when zero lies inside the axis and above the x axis. */
    zeroY: number | null;
  };
  xAxis: {
    domain: [number, number];
    ticks: { time: number; x: number; label: string }[];
    tickEnd: number;
    labelY: number;
  };
  /** The target line, marker and label; `kind` says whether it is a political målvärde or a referensvärde. */
  target: { y: number; marker: Point; markerHalf: number; label: PlacedText; kind: TargetKind } | null;
  projection: { from: Point; to: Point } | null;
  /** In drawing order: women and men behind the total. */
  series: SeriesLayout[];
  /** Drawn first, behind everything of the municipality's own. */
  comparisons: ComparisonLayout[];
  endLabels: EndLabel[];
  /**
   * The lines' names below the plot instead of at their ends, when the names at the ends would
   * take too much of a narrow chart's width (comparison lines with long area names on a phone).
   */
  key: KeyItem[];
  /** The value of a chart's only point. */
  valueLabel: PlacedText | null;
  /** Series breaks: a vertical line from the top to the bottom of the plot at `x`, and its word. */
  breaks: { x: number; label: PlacedText }[];
}

/** An inline chart: `plot` is null when there is no value to draw, and the chart is one short row. */
export interface ChartLayout {
  width: number;
  height: number;
  font: number;
  plot: PlotLayout | null;
}

/** Half the width of the target's diamond marker, in root font sizes. */
const TARGET_MARKER_HALF = 0.45;

/** The x domain: every row, the target year and the projection, one period on each side of a lone time. */
function timeDomain(chart: PreparedChart, kind: PeriodKind): [number, number] {
  const times = chart.series.flatMap((s) => s.rows.map((r) => r.period.time));
  if (chart.target) times.push(targetTime(chart.target));
  if (chart.projection) times.push(chart.projection.fromTime, chart.projection.toTime);
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const n = PARTS_PER_YEAR[kind];
  return t1 - t0 < 1e-9 ? [t0 - 1 / n, t1 + 1 / n] : [t0, t1];
}

/** Every value the y axis must show: data, comparisons, target and projection. */
function axisValues(chart: PreparedChart): number[] {
  const values = [...chart.series, ...chart.comparisons].flatMap((s) => s.values.map((v) => v.value));
  if (chart.target) values.push(chart.target.value);
  if (chart.projection) values.push(chart.projection.fromValue, chart.projection.toValue);
  return values;
}

/** A line that is named, at its end or in the key. */
interface NamedLine {
  line: PreparedRows;
  gender: Gender | null;
  comparison: number | null;
  text: string;
}

/**
 * The lines that are named: with comparison lines every line, the municipality's total by its name;
 * otherwise Kvinnor, Män, and Totalt when either of them is drawn.
 */
function namedLines(chart: PreparedChart): NamedLine[] {
  const withValues = chart.series.filter((s) => s.values.length > 0);
  if (chart.comparisons.length > 0)
    return [
      ...withValues.map((s) => ({ line: s, gender: s.gender, comparison: null, text: s === chart.main ? chart.ownLabel : GENDER_LABEL[s.gender] })),
      ...chart.comparisons.map((c) => ({ line: c, gender: null, comparison: c.index, text: c.name })),
    ];
  return withValues.some((s) => s.gender !== 'T') ? withValues.map((s) => ({ line: s, gender: s.gender, comparison: null, text: GENDER_LABEL[s.gender] })) : [];
}

/** Names at the line ends may take at most this share of the frame's width; wider, they go in a key. */
const END_LABELS_MAX_SHARE = 0.3;

/** Length of the sample line in a key, in root font sizes. */
const KEY_LINE = 2;

/**
 * The key of a chart whose line names would be too wide at the line ends, laid out in rows from
 * the top of `frame` (the caller moves it below the plot); empty when the names fit at the ends.
 */
function keyItems(named: NamedLine[], frame: Frame): KeyItem[] {
  const F = frame.font;
  const size = TEXT_EM.label * F;
  const widest = Math.max(0, ...named.map((n) => boldTextWidth(n.text, size)));
  if (named.every((n) => n.comparison === null) || widest + 0.6 * F <= END_LABELS_MAX_SHARE * frame.width) return [];
  const items: KeyItem[] = [];
  let x = frame.x;
  let y = frame.y + 0.7 * F;
  for (const n of named) {
    const w = (KEY_LINE + 0.5) * F + textWidth(n.text, size);
    if (x > frame.x && x + w > frame.x + frame.width) {
      x = frame.x;
      y += 1.5 * F;
    }
    items.push({ gender: n.gender, comparison: n.comparison, text: n.text, x, lineEnd: x + KEY_LINE * F, textX: x + (KEY_LINE + 0.5) * F, y });
    x += w + 1.2 * F;
  }
  return items;
}

/** The height a key takes below the plot: its rows and a gap above them. */
function keyHeight(items: KeyItem[], font: number): number {
  if (items.length === 0) return 0;
  const rows = new Set(items.map((i) => i.y)).size;
  return 1.1 * font + rows * 1.5 * font;
}

/** Room right of the plot: half an x label, or the end labels (past a target marker at the very end). */
function rightMargin(chart: PreparedChart, named: NamedLine[], t1: number, xLabelW: number, inset: number, font: number): number {
  const labelled = named;
  const labelW = Math.max(0, ...labelled.map((n) => boldTextWidth(n.text, TEXT_EM.label * font)));
  const markerAtEnd = chart.target !== null && targetTime(chart.target) >= t1 - 1e-9 ? TARGET_MARKER_HALF * font : 0;
  return Math.max(xLabelW / 2 - inset + 4, labelled.length > 0 ? labelW + 0.6 * font + markerAtEnd - inset + 6 : 0, 0.6 * font);
}

interface Axes {
  plot: PlotBounds;
  x: ScaleLinear<number, number>;
  xDomain: [number, number];
  xTicks: XTick[];
  y: YAxis;
  yLabels: string[];
  /** The axis note and whether it needs its own row below the unit label. */
  note: { text: string; ownRow: boolean } | null;
}

/**
 * The plot area and both axes. The y axis comes first (it needs only the height); its tick labels
 * then set the left margin, and the x ticks are thinned to the width that is left.
 */
function layoutAxes(chart: PreparedChart, named: NamedLine[], keyRoom: number, unit: string, kind: PeriodKind, frame: Frame): Axes {
  const F = frame.font;
  const tickSize = TEXT_EM.tick * F;
  const xDomain = timeDomain(chart, kind);
  const xLabelW = textWidth(X_LABEL_SAMPLE[kind], tickSize);
  const inset = 0.8 * F;
  const values = axisValues(chart);
  let top = frame.y + F + 0.9 * F;
  const bottom = frame.y + frame.height - 1.9 * F - keyRoom;
  const noteText = yAxis(values, unit, [bottom, top], 5).note;
  const ownRow = noteText !== null && textWidth(unitLabel(unit), tickSize) + textWidth(noteText, tickSize) + 2 * F > frame.width;
  if (ownRow) top += 1.3 * F;
  const y = yAxis(values, unit, [bottom, top], Math.max(3, Math.round((bottom - top) / (3.2 * F))));
  const yLabels = y.ticks.map((t) => formatNumber(t, y.decimals));
  const left = frame.x + Math.max(Math.max(...yLabels.map((l) => textWidth(l, tickSize))) + 0.6 * F, xLabelW / 2 - inset + 4);
  const right = frame.x + frame.width - rightMargin(chart, named, xDomain[1], xLabelW, inset, F);
  const x = scaleLinear()
    .domain(xDomain)
    .range([left + inset, right - inset]);
  const pxPerYear = (right - left - 2 * inset) / (xDomain[1] - xDomain[0]);
  const xTicks = xAxisTicks(kind, xDomain, pxPerYear, xLabelW + 1.2 * F, textWidth(X_LABEL_SAMPLE.year, tickSize) + 1.2 * F);
  const plot = { left, right, top, bottom, startX: x(xDomain[0]) };
  return { plot, x, xDomain, xTicks, y, yLabels, note: noteText === null ? null : { text: noteText, ownRow } };
}

function layoutSeries(chart: PreparedChart, unit: string, at: (time: number, value: number) => Point, font: number): SeriesLayout[] {
  const withValues = chart.series.filter((s) => s.values.length > 0);
  const drawOrder = [...withValues].sort((a, b) => (a.gender === 'T' ? 1 : 0) - (b.gender === 'T' ? 1 : 0));
  return drawOrder.map((s) => {
    const main = s === chart.main;
    return {
      gender: s.gender,
      emphasis: main ? 'main' : 'secondary',
      runs: s.runs.map((run) => run.map((v) => at(v.period.time, v.value))),
      markerRadius: (main ? 0.3 : 0.22) * font,
      markers: s.values.map((v) => ({ ...at(v.period.time, v.value), title: pointTitle(s.gender, v, unit) })),
    };
  });
}

function layoutComparisons(chart: PreparedChart, unit: string, at: (time: number, value: number) => Point, font: number): ComparisonLayout[] {
  return chart.comparisons.map((c) => ({
    index: c.index,
    name: c.name,
    runs: c.runs.map((run) => run.map((v) => at(v.period.time, v.value))),
    markerRadius: 0.18 * font,
    markers: c.runs.filter((run) => run.length === 1).map(([v]) => ({ ...at(v!.period.time, v!.value), title: `${c.name}, ${pointTitle('T', v!, unit)}` })),
  }));
}

/** Lines count as occupied for the labels placed after them: a band around each. */
function lineBands(plot: PlotBounds, targetY: number | null, projection: PlotLayout['projection'], lines: { runs: Point[][] }[], font: number): Box[] {
  const band = 0.2 * font;
  const out: Box[] = [];
  if (targetY !== null) out.push({ x0: plot.left, y0: targetY - band, x1: plot.right, y1: targetY + band });
  if (projection) out.push(...segmentBoxes(projection.from, projection.to, band, font / 2));
  for (const run of lines.flatMap((s) => s.runs)) {
    for (let i = 1; i < run.length; i++) out.push(...segmentBoxes(run[i - 1]!, run[i]!, band, font / 2));
  }
  return out;
}

function unitAndNote(unit: string, note: Axes['note'], frame: Frame): [PlacedText, PlacedText | null] {
  const row = frame.y + frame.font;
  const unitText: PlacedText = { x: frame.x, y: row, text: unitLabel(unit), anchor: 'start' };
  if (!note) return [unitText, null];
  if (note.ownRow) return [unitText, { x: frame.x, y: row + 1.3 * frame.font, text: note.text, anchor: 'start' }];
  return [unitText, { x: frame.x + frame.width, y: row, text: note.text, anchor: 'end' }];
}

function axisLayouts(axes: Axes, font: number): Pick<PlotLayout, 'yAxis' | 'xAxis'> {
  const { plot, x, y } = axes;
  const zero = y.scale(0);
  return {
    yAxis: {
      domain: y.scale.domain() as [number, number],
      inverted: y.inverted,
      ticks: y.ticks.map((value, i) => ({ value, y: y.scale(value), label: axes.yLabels[i] ?? '' })),
      labelX: plot.left - 0.6 * font,
      // On the x axis itself a zero line would only thicken it.
      zeroY: y.hasZero && Math.abs(zero - plot.bottom) > 0.5 ? zero : null,
    },
    xAxis: {
      domain: axes.xDomain,
      ticks: axes.xTicks.map((t) => ({ ...t, x: x(t.time) })),
      tickEnd: plot.bottom + 0.35 * font,
      labelY: plot.bottom + 1.45 * font,
    },
  };
}

/**
 * Lays out axes, grid, lines, markers and labels inside `frame`; assumes at least one value. Labels
 * are placed last, each keeping clear of what is placed before it (`occupied`).
 */
export function plotLayout(chart: PreparedChart, unit: string, kind: PeriodKind, frame: Frame): PlotLayout {
  const F = frame.font;
  const named = namedLines(chart);
  const keyed = keyItems(named, frame);
  const keyRoom = keyHeight(keyed, F);
  const axes = layoutAxes(chart, keyed.length ? [] : named, keyRoom, unit, kind, frame);
  const { plot } = axes;
  const at = (time: number, value: number): Point => ({ x: axes.x(time), y: axes.y.scale(value) });
  const [unitText, note] = unitAndNote(unit, axes.note, frame);
  const occupied: Box[] = [unitText, ...(note ? [note] : [])].map((t) => placedBox(t, TEXT_EM.tick * F));

  const target = chart.target;
  const marker = target ? at(targetTime(target), target.value) : null;
  const markerBox = marker ? squareBox(marker, TARGET_MARKER_HALF * F) : null;
  if (markerBox) occupied.push(markerBox);
  const p = chart.projection;
  const projection = p ? { from: at(p.fromTime, p.fromValue), to: at(p.toTime, p.toValue) } : null;
  const series = layoutSeries(chart, unit, at, F);
  const comparisons = layoutComparisons(chart, unit, at, F);
  for (const s of series.filter((s) => s.emphasis === 'main')) occupied.push(...s.markers.map((m) => squareBox(m, s.markerRadius)));

  const ends = (keyed.length ? [] : named).map((n) => {
    const last = n.line.values[n.line.values.length - 1]!;
    return { gender: n.gender, comparison: n.comparison, text: n.text, ...at(last.period.time, last.value) };
  });
  const endLabels = placeEndLabels(ends, plot, F, markerBox, projection);
  occupied.push(...endLabels.map((l) => endLabelBox(l, F)));
  const single = chart.main?.values.length === 1 ? chart.main.values[0] : undefined;
  const valueLabel = single ? placeValueLabel(at(single.period.time, single.value), formatValue(single.value, unit), plot.top, F, occupied) : null;
  if (valueLabel) occupied.push(placedBox(valueLabel, TEXT_EM.label * F));
  occupied.push(...lineBands(plot, marker?.y ?? null, projection, [...series, ...comparisons], F));
  const targetLayout = target && marker ? { y: marker.y, marker, markerHalf: TARGET_MARKER_HALF * F, label: placeTargetLabel(target, unit, marker, plot, frame.x + frame.width, F, occupied), kind: target.kind ?? 'political' } : null;

  if (targetLayout) occupied.push(placedBox(targetLayout.label, TEXT_EM.tick * F));
  const breaks = breakLayouts(chart, at, plot, F, occupied);

  // The key stands below the x axis labels, at the foot of the frame.
  const keyTop = frame.y + frame.height - keyRoom + 0.4 * F;
  const key = keyed.map((k) => ({ ...k, y: k.y - frame.y + keyTop }));
  return { font: F, plot, unitLabel: unitText, note, ...axisLayouts(axes, F), target: targetLayout, projection, series, comparisons, endLabels, key, valueLabel, breaks };
}

/** The word at a series break's line. */
export const BREAK_LABEL = 'Serieavbrott';

/**
 * Each series break's line, halfway between the value before it and the break's period, and its
 * word beside it: right of the line at the top of the plot, else left of it, else at the foot.
 */
function breakLayouts(chart: PreparedChart, at: (time: number, value: number) => Point, plot: PlotBounds, font: number, occupied: Box[]): PlotLayout['breaks'] {
  const size = TEXT_EM.tick * font;
  return chart.breaks.map((b) => {
    const x = (at(b.before.period.time, 0).x + at(b.period.time, 0).x) / 2;
    const candidates: PlacedText[] = [plot.top + 0.8 * font, plot.bottom - 0.5 * font].flatMap((y) => [
      { x: x + 0.3 * font, y, text: BREAK_LABEL, anchor: 'start' as const },
      { x: x - 0.3 * font, y, text: BREAK_LABEL, anchor: 'end' as const },
    ]);
    const fits = (t: PlacedText) => {
      const box = placedBox(t, size);
      return box.x0 >= plot.left && box.x1 <= plot.right && !occupied.some((o) => overlaps(o, box));
    };
    const label = candidates.find(fits) ?? candidates.find((t) => placedBox(t, size).x1 <= plot.right) ?? candidates[1]!;
    occupied.push(placedBox(label, size));
    return { x, label };
  });
}

/** The extra height an inline chart needs for its key, so the plot keeps its size. */
export function keyRoom(chart: PreparedChart, width: number, font: number): number {
  return keyHeight(keyItems(namedLines(chart), { x: 0, y: 0, width, height: 0, font }), font);
}

/** Whether any series has a value to draw. */
export function hasValues(chart: PreparedChart): boolean {
  return chart.series.some((s) => s.values.length > 0);
}

/** The layout of the inline chart (`renderChart`), at the size and font size it will be drawn. */
export function chartLayout(input: ChartInput, options: ChartOptions = {}): ChartLayout {
  const W = options.width ?? 600;
  const H = options.height ?? 340;
  const F = rootFontSize(W);
  const chart = prepareChart(input);
  if (!hasValues(chart)) return { width: W, height: Math.round(3.5 * F), font: F, plot: null };
  const height = H + Math.round(keyRoom(chart, W - 8, F));
  return { width: W, height, font: F, plot: plotLayout(chart, input.unit, input.kind, { x: 4, y: 2, width: W - 8, height: height - 4, font: F }) };
}

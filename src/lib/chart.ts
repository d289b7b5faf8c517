/**
 * Charts for an indicator: inline SVG for the indicator page, a sparkline for lists, a standalone
 * SVG file (for download and for PNG), and the Swedish summary sentence that describes the chart.
 *
 * Pure TypeScript: strings in, strings out. Geometry from d3-scale and d3-shape (`line()` without a
 * context, so it returns path strings); no DOM, no d3-selection, no d3-axis.
 *
 * ## Colours: CSS custom properties
 *
 * Inline charts never hard-code a colour: every stroke and fill is `var(--chart-…, <light default>)`,
 * set as an SVG presentation attribute so that any page CSS rule wins over it. The page stylesheet
 * should define (light value / dark value, both ≥ 3:1 against their background, ≥ 4.5:1 for the ones
 * also used for text, i.e. all but --chart-grid):
 *
 *   --chart-total       line for Totalt (T)             #1a5fb4 / #78aeed
 *   --chart-women       line and label for Kvinnor (K)  #b33c00 / #f2935c
 *   --chart-men         line and label for Män (M)      #6a3d9a / #c4a6ec
 *   --chart-target      target line, marker and label   #2f6b34 / #7fc98a
 *   --chart-projection  the method's projection         #4f6d8f / #9bb4cf
 *   --chart-grid        horizontal grid lines           #d5dae0 / #3a4049  (decorative, deliberately faint)
 *   --chart-text        text, axis line, zero line      #1f2328 / #e6e8eb
 *   --chart-bg          page background behind the chart (marker outlines, text halos)  #ffffff / #121417
 *
 * ## Class hooks (for `@media (forced-colors: active)` and other page CSS)
 *
 *   svg.chart / svg.chart-sparkline / svg.chart-empty
 *   .chart-line  .chart-line--total  .chart-line--women  .chart-line--men
 *   .chart-marker  .chart-marker--total  .chart-marker--women  .chart-marker--men
 *   .chart-label  .chart-label--total  .chart-label--women  .chart-label--men
 *   .chart-target  .chart-target-marker  .chart-target-label
 *   .chart-projection  (the dotted projection has no text label: the page caption explains it)
 *   .chart-grid  .chart-axis  .chart-zero  .chart-text  .chart-note  .chart-halo
 *
 * e.g. `@media (forced-colors: active) { .chart-line--total { stroke: Highlight } .chart-text { fill: CanvasText } }`.
 * Lines are told apart by dash pattern as well as colour (T solid, K dashed, M dash-dot, target
 * short dashes, projection dotted), so they stay distinct in forced colours and in greyscale.
 *
 * ## Text size
 *
 * Text sits in the chart's own coordinate system: the root `<svg>` sets `font-size` in viewBox units
 * (14 for the inline chart) and every text element sizes itself in `em` relative to that (0.9em at
 * the smallest). Text therefore scales together with the chart (which scales with the page, and with
 * browser zoom), and the layout can reserve room for labels because it knows their size. The font
 * family is not set on inline charts, so they inherit the page font. The default viewBox is
 * 600 × 340; at 320 px the text gets small, so for narrow screens the page renders a second, compact
 * variant (`renderChart(input, { width: 360, height: 300 })`) with a larger root font size (17, see
 * `rootFontSize`: the smallest text is 12 px when the chart is drawn 288 px wide); ticks and labels
 * are laid out, and thinned, for the size asked for. Standalone files use a system font stack and
 * concrete colours.
 *
 * ## End labels
 *
 * With lines for women and men, each line gets its name (Kvinnor, Totalt, Män) just right of its last
 * value, nudged apart vertically. If a label there would cover the dotted projection (which starts at
 * the last value of Totalt) or the target marker, all labels move to a column right of the rightmost
 * of the last values, the target marker and the projection's end.
 *
 * ## Y axis
 *
 * Ranks ('placering', lower is better) use an inverted axis (plats 1 at the top) with the note
 * "Plats 1 överst". For all other units the axis includes zero, unless the values (data, target and
 * projection together) all have the same sign, are not all equal, and the smallest magnitude is more
 * than 0.8 times the largest (so with a zero baseline all variation would be squeezed into the top
 * fifth of the plot). Then the axis is `.nice()` around the values and the chart says
 * "Axeln börjar inte på noll". Negative values extend the axis below zero and a zero line is drawn.
 */
import { xmlAttr } from './xml.ts';
import { line, precisionFixed, scaleLinear, tickStep } from 'd3';
import type { ScaleLinear } from 'd3';
import { formatNumber, formatValue, unitLabel } from './format.ts';
import type { Gender, Target } from './model.ts';
import { GENDER_LABEL } from './model.ts';
import type { Period, PeriodKind } from './period.ts';
import { makePeriod, PARTS_PER_YEAR, periodLabel, periodShortLabel } from './period.ts';

/** One value of a series; its place on the x axis is `period.time`. */
export interface ChartPoint {
  period: Period;
  value: number | null;
}

export interface ChartSeries {
  gender: Gender;
  points: ChartPoint[];
}

export interface ChartInput {
  id: string;
  title: string;
  unit: string;
  kind: PeriodKind;
  /** T first; K and M when the data has them. */
  series: ChartSeries[];
  target?: Target | null;
  /** The method's projection, drawn dotted. */
  projection?: { fromTime: number; fromValue: number; toTime: number; toValue: number } | null;
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

/** Colours by role; the names match the CSS custom properties `--chart-<name>`. */
export interface ChartPalette {
  total: string;
  women: string;
  men: string;
  target: string;
  projection: string;
  grid: string;
  text: string;
  bg: string;
}

export const LIGHT_PALETTE: ChartPalette = {
  total: '#1a5fb4',
  women: '#b33c00',
  men: '#6a3d9a',
  target: '#2f6b34',
  projection: '#4f6d8f',
  grid: '#d5dae0',
  text: '#1f2328',
  bg: '#ffffff',
};

/** Colour for the "Exempeldata" notice in standalone files (7:1 on white). */
const EXAMPLE_NOTICE_COLOUR = '#9b1c1c';

export const STANDALONE_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

type Role = keyof ChartPalette;
type Paint = (role: Role) => string;

const cssPaint: Paint = (role) => `var(--chart-${role}, ${LIGHT_PALETTE[role]})`;
const fixedPaint =
  (palette: ChartPalette): Paint =>
  (role) =>
    palette[role];


// ---------------------------------------------------------------------------------------------
// Numbers and text measurement
// ---------------------------------------------------------------------------------------------

/** Rounds a coordinate to 2 decimals, never "-0", for deterministic output. */
function r(n: number): string {
  const v = Math.round(n * 100) / 100;
  return String(v === 0 ? 0 : v);
}

/**
 * Estimated width of a text in a proportional sans-serif font, generous enough for DejaVu Sans
 * (the widest of the usual fallbacks), so reserved room is rarely too small.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[0-9]/.test(ch)) em += 0.64;
    else if (/[\s\u202f\u00a0.,:;'!|()[\]ijlft\-]/.test(ch)) em += 0.36;
    else if (/[mwMW%]/.test(ch)) em += 0.92;
    else if (/[A-ZÅÄÖ]/.test(ch)) em += 0.72;
    else em += 0.6;
  }
  return em * fontSize;
}

/** Estimated width of bold (600) text: about 15 % wider than regular text in DejaVu Sans. */
function boldTextWidth(text: string, fontSize: number): number {
  return textWidth(text, fontSize) * 1.15;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Anchor = 'start' | 'middle' | 'end';

function textBox(x: number, y: number, text: string, size: number, anchor: Anchor): Box {
  const w = textWidth(text, size);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, y0: y - size * 0.8, x1: x0 + w, y1: y + size * 0.25 };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function inside(a: Box, b: Box): boolean {
  return a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;
}

/** Small boxes along a line segment, `half` on each side, about every `step` units. */
function segmentBoxes(a: [number, number], b: [number, number], half: number, step: number): Box[] {
  const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
  const out: Box[] = [];
  for (let i = 0; i <= steps; i++) {
    const px = a[0] + ((b[0] - a[0]) * i) / steps;
    const py = a[1] + ((b[1] - a[1]) * i) / steps;
    out.push({ x0: px - half, y0: py - half, x1: px + half, y1: py + half });
  }
  return out;
}

/** Splits text into lines no wider than `maxWidth`; at most `maxLines`, the last one ends with "…" if cut. */
function wrapText(text: string, maxWidth: number, size: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidth(next, size) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = next;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last.length > 1 && textWidth(`${last} …`, size) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()} …`;
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Data preparation
// ---------------------------------------------------------------------------------------------

interface Pt {
  period: Period;
  time: number;
  value: number | null;
}

interface Prepared {
  gender: Gender;
  /** All rows, sorted by time. */
  rows: Pt[];
  /** Rows with a value. */
  values: { period: Period; time: number; value: number }[];
  /** Rows with `null` inserted where a period is skipped, for `line().defined()`. */
  linePoints: (Pt | null)[];
}

/** Palette role of a series, also the suffix of its class names (`chart-line--women`). */
const GENDER_ROLE: Record<Gender, Role> = { T: 'total', K: 'women', M: 'men' };

function periodIndex(time: number, kind: PeriodKind): number {
  return Math.round(time * PARTS_PER_YEAR[kind]);
}

function isNumber(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function prepareSeries(s: ChartSeries): Prepared {
  const rows = s.points
    .map((p) => ({ period: p.period, time: p.period.time, value: isNumber(p.value) ? p.value : null }))
    .sort((a, b) => a.time - b.time);
  const linePoints: (Pt | null)[] = [];
  for (const p of rows) {
    // The line breaks where the file says a value is missing (`..` or an empty cell): it is never
    // drawn across a missing value. Periods with no row at all are joined, because many series are
    // published only every few years (a survey every other year, an election every fourth) and a
    // chart of isolated dots would hide their trend; the points show where the values are.
    linePoints.push(p.value === null ? null : p);
  }
  const values = rows.flatMap((p) => (p.value === null ? [] : [{ period: p.period, time: p.time, value: p.value }]));
  return { gender: s.gender, rows, values, linePoints };
}

function prepareAll(input: ChartInput): Prepared[] {
  const order: Record<Gender, number> = { T: 0, K: 1, M: 2 };
  return input.series.map(prepareSeries).sort((a, b) => order[a.gender] - order[b.gender]);
}

/** The main series: T, or the first series when there is no T. */
function mainSeries(prepared: Prepared[]): Prepared | undefined {
  return prepared.find((s) => s.gender === 'T') ?? prepared[0];
}

function isRank(unit: string): boolean {
  return unit.trim().toLowerCase() === 'placering';
}

function isIntegerUnit(unit: string): boolean {
  const u = unit.trim().toLowerCase();
  return u === 'placering' || u === 'antal';
}

function validTarget(t: Target | null | undefined): Target | null {
  return t && Number.isFinite(t.value) && Number.isFinite(t.year) ? t : null;
}

function validProjection(p: ChartInput['projection']): NonNullable<ChartInput['projection']> | null {
  return p && [p.fromTime, p.fromValue, p.toTime, p.toValue].every(Number.isFinite) ? p : null;
}

// ---------------------------------------------------------------------------------------------
// Summary sentence
// ---------------------------------------------------------------------------------------------

interface Dated {
  period: Period;
  time: number;
}

/** "2015", "tertial 1 2023", "april 2023": the period in words, without a preposition. */
function periodWords(p: Dated): string {
  return periodLabel(p.period);
}

/** The preposition that goes before a period: "år 2015", "under tertial 1 2023", "i april 2023". */
function preposition(p: Dated): string {
  switch (p.period.kind) {
    case 'year':
      return 'år';
    case 'tertial':
      return 'under';
    case 'month':
      return 'i';
  }
}

/** "år 2015", "under tertial 1 2023", "i april 2023". */
function periodPhrase(p: Dated): string {
  return `${preposition(p)} ${periodWords(p)}`;
}

/** "a", "a och b", "a, b och c". */
function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

/**
 * When a value occurred: "år 2020", "år 2013 och 2016", "i mars 2023 och juni 2024"; with more
 * than three occurrences only the latest: ", senast år 2018" (the caller writes the comma form).
 */
function occurrences(points: Dated[]): string {
  const last = points[points.length - 1];
  if (!last) return '';
  if (points.length > 3) return `, senast ${periodPhrase(last)}`;
  return ` ${preposition(last)} ${joinList(points.map((p) => periodWords(p)))}`;
}

/** The periods the data file marks as missing (`..` or an empty cell), oldest first. */
function missingPeriods(s: Prepared, kind: PeriodKind): Dated[] {
  const withValue = new Set(s.values.map((v) => periodIndex(v.time, kind)));
  const seen = new Set<number>();
  const out: Dated[] = [];
  for (const row of s.rows) {
    const i = periodIndex(row.time, kind);
    if (row.value !== null || withValue.has(i) || seen.has(i)) continue;
    seen.add(i);
    out.push(row);
  }
  return out;
}

/**
 * The Swedish sentences that summarise a chart; used as the chart's `<desc>` and as the figure
 * caption. Neutral and factual: the first and the latest value, the highest and the lowest when they
 * are other values (for ranks the best and the worst placing), the latest values for women and men,
 * the periods that lack a value, the target. Whether the development is good is the method's
 * assessment, which the page states elsewhere; a sentence comparing only two of the values would
 * often contradict it. E.g. "Första värdet är 62 % år 2015 och det senaste 71 % år 2023. Lägst var
 * 61,2 % år 2017. Målvärdet är 75 % år 2026."
 */
export function summarizeChart(input: ChartInput): string {
  const prepared = prepareAll(input);
  const main = mainSeries(prepared);
  const unit = input.unit;
  const kind = input.kind;
  const target = validTarget(input.target);
  const sentences: string[] = [];
  const values = main?.values ?? [];
  const first = values[0];
  const latest = values[values.length - 1];
  const fmt = (v: number) => formatValue(v, unit);

  if (!first || !latest || !main) {
    sentences.push('Det finns inga värden ännu.');
  } else if (values.length === 1) {
    sentences.push(`Det finns ett värde: ${fmt(first.value)} ${periodPhrase(first)}.`);
  } else {
    // With lines for women and men, say that these values are the total.
    const byGender = main.gender === 'T' && prepared.some((s) => s !== main && s.values.length > 0);
    const all = new Set(values.map((v) => fmt(v.value)));
    if (all.size === 1 && values.length > 2) {
      sentences.push(`Alla värden${byGender ? ' totalt' : ''} från ${periodWords(first)} till ${periodWords(latest)} är ${fmt(first.value)}.`);
    } else {
      const ends = `${fmt(first.value)} ${periodPhrase(first)} och det senaste ${fmt(latest.value)} ${periodPhrase(latest)}.`;
      sentences.push(byGender ? `Totalt är första värdet ${ends}` : `Första värdet är ${ends}`);
      // Highest and lowest, unless they are the first or the latest value already named.
      const named = new Set([fmt(first.value), fmt(latest.value)]);
      const extreme = (pick: (a: number, b: number) => number) => {
        const text = fmt(values.reduce((acc, p) => pick(acc, p.value), first.value));
        if (named.has(text)) return null;
        const at = values.filter((p) => fmt(p.value) === text);
        return { text: `${text}${occurrences(at)}`, once: at.length === 1 };
      };
      const high = extreme(Math.max);
      const low = extreme(Math.min);
      // For ranks plats 1 is the best placing: the lowest number is the best.
      const rank = isRank(unit);
      const [a, b] = rank ? [low, high] : [high, low];
      const [aWord, bWord] = rank ? ['Bästa placeringen', 'Sämsta placeringen'] : ['Högst', 'Lägst'];
      const bShort = rank ? 'sämsta' : 'lägst';
      if (a && b && a.once && b.once) sentences.push(`${aWord} var ${a.text} och ${bShort} ${b.text}.`);
      else {
        // Several periods for one of them: a sentence each, so the lists do not run together.
        if (a) sentences.push(`${aWord} var ${a.text}.`);
        if (b) sentences.push(`${bWord} var ${b.text}.`);
      }
    }
  }

  // Latest values for women and men.
  const k = prepared.find((s) => s.gender === 'K' && s !== main)?.values.at(-1);
  const m = prepared.find((s) => s.gender === 'M' && s !== main)?.values.at(-1);
  if (k || m) {
    const samePeriod = (x: { time: number }) => latest !== undefined && periodIndex(x.time, kind) === periodIndex(latest.time, kind);
    const allSame = (!k || samePeriod(k)) && (!m || samePeriod(m));
    const part = (x: { period: Period; time: number; value: number }) => (allSame ? fmt(x.value) : `${fmt(x.value)} ${periodPhrase(x)}`);
    if (k && m) sentences.push(`Senaste värdet för kvinnor är ${part(k)} och för män ${part(m)}.`);
    else if (k) sentences.push(`Senaste värdet för kvinnor är ${part(k)}.`);
    else if (m) sentences.push(`Senaste värdet för män är ${part(m)}.`);
  }

  if (main && values.length > 0) {
    const missing = missingPeriods(main, kind);
    if (missing.length === 1) sentences.push(`Värde saknas för ${joinList(missing.map((p) => periodWords(p)))}.`);
    else if (missing.length > 1 && missing.length <= 3) sentences.push(`Värden saknas för ${joinList(missing.map((p) => periodWords(p)))}.`);
    else if (missing.length > 3) sentences.push(`${missing.length} perioder saknar värde.`);
  }

  if (target) sentences.push(`Målvärdet är ${fmt(target.value)} år ${target.year}.`);
  return sentences.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Scales and ticks
// ---------------------------------------------------------------------------------------------

interface YAxis {
  scale: ScaleLinear<number, number>;
  ticks: number[];
  decimals: number;
  inverted: boolean;
  /** "Axeln börjar inte på noll" / "Plats 1 överst" / null. */
  note: string | null;
  /** Whether 0 lies inside the domain (a zero line is drawn). */
  hasZero: boolean;
}

/** Smallest magnitude / largest magnitude above which the axis does not start at zero. */
export const NON_ZERO_BASELINE_RATIO = 0.8;

const isPercent = (unit: string) => ['procent', '%'].includes(unit.trim().toLowerCase());

function yAxis(values: number[], unit: string, range: [number, number], tickCount: number): YAxis {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const rank = isRank(unit);
  const integer = isIntegerUnit(unit);
  const scale = scaleLinear();
  let note: string | null = null;

  if (rank) {
    if (lo === hi) {
      lo -= 2;
      hi += 2;
    }
    scale.domain([lo, hi]).nice(tickCount);
    const [d0, d1] = scale.domain() as [number, number];
    scale.domain([Math.max(1, d0), d1]);
    note = 'Plats 1 överst';
  } else {
    const sameSign = (lo > 0 && hi > 0) || (lo < 0 && hi < 0);
    const ratio = sameSign ? Math.min(Math.abs(lo), Math.abs(hi)) / Math.max(Math.abs(lo), Math.abs(hi)) : 0;
    const farFromZero = sameSign && lo !== hi && ratio > NON_ZERO_BASELINE_RATIO;
    if (farFromZero) {
      const pad = (hi - lo) * 0.1;
      scale.domain([lo - pad, hi + pad]).nice(tickCount);
      const [d0, d1] = scale.domain() as [number, number];
      // Padding must not push the axis across zero.
      scale.domain([lo > 0 ? Math.max(0, d0) : d0, hi < 0 ? Math.min(0, d1) : d1]);
    } else {
      lo = Math.min(lo, 0);
      hi = Math.max(hi, 0);
      if (lo === hi) hi = 1;
      scale.domain([lo, hi]).nice(tickCount);
    }
    // A share cannot exceed 100 %: nice() or padding must not stretch the axis past it.
    const [n0, n1] = scale.domain() as [number, number];
    if (isPercent(unit) && hi <= 100 && n1 > 100) scale.domain([n0, 100]);
    const [d0, d1] = scale.domain() as [number, number];
    if (d0 > 0 || d1 < 0) note = 'Axeln börjar inte på noll';
  }

  const [d0, d1] = scale.domain() as [number, number];
  scale.range(rank ? [range[1], range[0]] : range);
  let ticks = scale.ticks(tickCount);
  if (integer) ticks = ticks.filter((t) => Number.isInteger(t));
  if (rank) ticks = ticks.filter((t) => t >= 1);
  if (ticks.length === 0) ticks = [d0, d1];
  const step = ticks.length > 1 ? Math.abs((ticks[1] ?? 0) - (ticks[0] ?? 0)) : tickStep(d0, d1, tickCount);
  const decimals = integer ? 0 : Math.min(6, precisionFixed(step || 1));
  return { scale, ticks, decimals, inverted: rank, note, hasZero: !rank && d0 < 0 && d1 >= 0 };
}

/** Candidate tick steps in periods, per kind, smallest first. */
const TICK_STEPS: Record<PeriodKind, number[]> = {
  year: [1, 2, 5, 10, 20, 25, 50, 100],
  tertial: [1, 3, 6, 15, 30, 60, 150, 300],
  month: [1, 3, 6, 12, 24, 36, 60, 120, 240, 600],
};

const X_LABEL_SAMPLE: Record<PeriodKind, string> = { year: '2000', tertial: 'T3 2000', month: 'maj 2000' };

function indexLabel(i: number, kind: PeriodKind): string {
  const n = PARTS_PER_YEAR[kind];
  const year = Math.floor(i / n);
  return periodShortLabel(makePeriod(kind, year, kind === 'year' ? 0 : i - year * n + 1));
}

interface XTick {
  time: number;
  label: string;
}

/**
 * Ticks on whole periods of the data's kind, aligned to multiples of the step (every 2nd year on even
 * years, every 3rd month on jan/apr/jul/okt), with the smallest step whose labels do not overlap.
 */
function xTicks(kind: PeriodKind, domain: [number, number], pixelsPerYear: number, labelWidth: number): XTick[] {
  const n = PARTS_PER_YEAR[kind];
  const lo = Math.ceil(domain[0] * n - 1e-9);
  const hi = Math.floor(domain[1] * n + 1e-9);
  const steps = TICK_STEPS[kind];
  let chosen = steps[steps.length - 1] ?? 1;
  for (const step of steps) {
    if ((step / n) * pixelsPerYear >= labelWidth) {
      chosen = step;
      break;
    }
  }
  const out: XTick[] = [];
  for (let i = Math.ceil(lo / chosen) * chosen; i <= hi; i += chosen) out.push({ time: i / n, label: indexLabel(i, kind) });
  if (out.length === 0 && lo <= hi) out.push({ time: lo / n, label: indexLabel(lo, kind) });
  return out;
}

// ---------------------------------------------------------------------------------------------
// The chart body
// ---------------------------------------------------------------------------------------------

interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Root font size in viewBox units. */
  font: number;
  paint: Paint;
}

const DASH: Record<Gender, string | null> = { T: null, K: '7 4', M: '9 3 2 3' };

function attr(name: string, value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : ` ${name}="${typeof value === 'number' ? r(value) : xmlAttr(value)}"`;
}

function scaleDash(pattern: string, s: number): string {
  return pattern
    .split(' ')
    .map((v) => r(Number(v) * s))
    .join(' ');
}

function textEl(
  x: number,
  y: number,
  text: string,
  opts: { cls: string; fill: string; size?: string; anchor?: Anchor; weight?: string; italic?: boolean; halo?: string; baseline?: string },
): string {
  const halo = opts.halo ? ` stroke="${opts.halo}" stroke-width="0.25em" stroke-linejoin="round" paint-order="stroke"` : '';
  return (
    `<text class="${opts.cls}" x="${r(x)}" y="${r(y)}"${attr('font-size', opts.size)}${attr('text-anchor', opts.anchor && opts.anchor !== 'start' ? opts.anchor : null)}` +
    `${attr('font-weight', opts.weight)}${opts.italic ? ' font-style="italic"' : ''}${attr('dominant-baseline', opts.baseline)} fill="${opts.fill}"${halo}>${xmlAttr(text)}</text>`
  );
}

/** Draws axes, grid, lines, markers and labels inside `frame`. Assumes at least one value. */
function plotBody(input: ChartInput, prepared: Prepared[], frame: Frame): string {
  const { font: F, paint } = frame;
  const s = F / 14; // stroke scale
  const tickSize = 0.9 * F;
  const labelSize = 0.95 * F;
  const noteSize = 0.9 * F;
  const target = validTarget(input.target);
  const projection = validProjection(input.projection);
  const kind = input.kind;
  const n = PARTS_PER_YEAR[kind];
  const withValues = prepared.filter((p) => p.values.length > 0);
  const main = mainSeries(prepared);

  // Values and times that must fit.
  const values = withValues.flatMap((p) => p.values.map((v) => v.value));
  if (target) values.push(target.value);
  if (projection) values.push(projection.fromValue, projection.toValue);
  const times = prepared.flatMap((p) => p.rows.map((v) => v.time));
  if (target) times.push(target.year);
  if (projection) times.push(projection.fromTime, projection.toTime);
  let t0 = Math.min(...times);
  let t1 = Math.max(...times);
  if (t1 - t0 < 1e-9) {
    t0 -= 1 / n;
    t1 += 1 / n;
  }

  // End-of-line labels: Kvinnor, Män, and Totalt when either of them is drawn.
  const genderLines = withValues.filter((p) => p.gender !== 'T');
  const labelled = genderLines.length > 0 ? withValues : [];
  const endLabelWidth = Math.max(0, ...labelled.map((p) => boldTextWidth(GENDER_LABEL[p.gender], labelSize)));

  // Top: unit label, and the axis note on the same row when there is room.
  const unitText = unitLabel(input.unit);
  const unitW = textWidth(unitText, tickSize);
  const xLabelW = textWidth(X_LABEL_SAMPLE[kind], tickSize);
  const inset = 0.8 * F;
  // End labels may have to move right of a target marker at the right end of the x axis.
  const markerAtEnd = target !== null && target.year >= t1 - 1e-9 ? 0.45 * F : 0;
  const rightMargin = Math.max(xLabelW / 2 - inset + 4, labelled.length > 0 ? endLabelWidth + 0.6 * F + markerAtEnd - inset + 6 : 0, 0.6 * F);

  // y axis first (needs only the height), then the left margin from its labels.
  const topRow = frame.y + F;
  let plotTop = topRow + 0.9 * F;
  const plotBottom = frame.y + frame.height - 1.9 * F;
  const provisional = yAxis(values, input.unit, [plotBottom, plotTop], 5);
  const noteText = provisional.note;
  const noteW = noteText ? textWidth(noteText, noteSize) : 0;
  const noteOwnRow = noteText !== null && unitW + noteW + 2 * F > frame.width;
  if (noteOwnRow) plotTop += 1.3 * F;
  const tickCount = Math.max(3, Math.round((plotBottom - plotTop) / (3.2 * F)));
  const y = yAxis(values, input.unit, [plotBottom, plotTop], tickCount);
  const yLabels = y.ticks.map((t) => formatNumber(t, y.decimals));
  const yLabelW = Math.max(...yLabels.map((l) => textWidth(l, tickSize)));
  const plotLeft = frame.x + Math.max(yLabelW + 0.6 * F, xLabelW / 2 - inset + 4);
  const plotRight = frame.x + frame.width - rightMargin;

  const x = scaleLinear()
    .domain([t0, t1])
    .range([plotLeft + inset, plotRight - inset]);
  const pxPerYear = (plotRight - plotLeft - 2 * inset) / (t1 - t0);
  const ticksX = xTicks(kind, [t0, t1], pxPerYear, xLabelW + 1.2 * F);

  const out: string[] = [];
  const occupied: Box[] = [];

  // Unit label and note.
  out.push(textEl(frame.x, topRow, unitText, { cls: 'chart-text chart-unit', fill: paint('text'), size: '0.9em' }));
  occupied.push(textBox(frame.x, topRow, unitText, tickSize, 'start'));
  if (noteText) {
    const ny = noteOwnRow ? topRow + 1.3 * F : topRow;
    const nx = noteOwnRow ? frame.x : frame.x + frame.width;
    occupied.push(textBox(nx, ny, noteText, noteSize, noteOwnRow ? 'start' : 'end'));
    out.push(textEl(nx, ny, noteText, { cls: 'chart-text chart-note', fill: paint('text'), size: '0.9em', anchor: noteOwnRow ? 'start' : 'end', italic: true }));
  }

  // Grid and y labels.
  out.push('<g class="chart-grid-lines">');
  for (const [i, t] of y.ticks.entries()) {
    const ty = y.scale(t);
    out.push(`<line class="chart-grid" x1="${r(plotLeft)}" x2="${r(plotRight)}" y1="${r(ty)}" y2="${r(ty)}" stroke="${paint('grid')}" stroke-width="${r(s)}"/>`);
    out.push(textEl(plotLeft - 0.6 * F, ty, yLabels[i] ?? '', { cls: 'chart-text chart-tick', fill: paint('text'), size: '0.9em', anchor: 'end', baseline: 'central' }));
  }
  out.push('</g>');

  // X axis: baseline, ticks, labels.
  out.push('<g class="chart-x-axis">');
  out.push(`<line class="chart-axis" x1="${r(plotLeft)}" x2="${r(plotRight)}" y1="${r(plotBottom)}" y2="${r(plotBottom)}" stroke="${paint('text')}" stroke-width="${r(s)}"/>`);
  for (const t of ticksX) {
    const tx = x(t.time);
    out.push(`<line class="chart-axis" x1="${r(tx)}" x2="${r(tx)}" y1="${r(plotBottom)}" y2="${r(plotBottom + 0.35 * F)}" stroke="${paint('text')}" stroke-width="${r(s)}"/>`);
    out.push(textEl(tx, plotBottom + 1.45 * F, t.label, { cls: 'chart-text chart-tick', fill: paint('text'), size: '0.9em', anchor: 'middle' }));
  }
  out.push('</g>');

  if (y.hasZero) {
    const zy = y.scale(0);
    if (Math.abs(zy - plotBottom) > 0.5) {
      out.push(`<line class="chart-zero" x1="${r(plotLeft)}" x2="${r(plotRight)}" y1="${r(zy)}" y2="${r(zy)}" stroke="${paint('text')}" stroke-width="${r(1.2 * s)}"/>`);
    }
  }

  // Target line (behind the data).
  if (target) {
    const ty = y.scale(target.value);
    out.push(
      `<line class="chart-target" x1="${r(plotLeft)}" x2="${r(plotRight)}" y1="${r(ty)}" y2="${r(ty)}" stroke="${paint('target')}" stroke-width="${r(1.5 * s)}" stroke-dasharray="${scaleDash('5 4', s)}"/>`,
    );
  }

  // Projection (dotted).
  if (projection) {
    const d = line<[number, number]>()
      .x((p) => x(p[0]))
      .y((p) => y.scale(p[1]))
      .digits(2)([
      [projection.fromTime, projection.fromValue],
      [projection.toTime, projection.toValue],
    ]);
    out.push(
      `<path class="chart-projection" d="${d ?? ''}" fill="none" stroke="${paint('projection')}" stroke-width="${r(2.5 * s)}" stroke-linecap="round" stroke-dasharray="${scaleDash('0.1 5.5', s)}"/>`,
    );
  }

  // Target marker at the target year.
  let targetMarker: Box | null = null;
  if (target) {
    const tx = x(target.year);
    const ty = y.scale(target.value);
    const k = 0.45 * F;
    out.push(
      `<path class="chart-target-marker" d="M${r(tx)},${r(ty - k)}L${r(tx + k)},${r(ty)}L${r(tx)},${r(ty + k)}L${r(tx - k)},${r(ty)}Z" fill="${paint('target')}" stroke="${paint('bg')}" stroke-width="${r(s)}"/>`,
    );
    targetMarker = { x0: tx - k, y0: ty - k, x1: tx + k, y1: ty + k };
    occupied.push(targetMarker);
  }

  // Series lines: K and M behind T.
  const drawOrder = [...withValues].sort((a, b) => (a.gender === 'T' ? 1 : 0) - (b.gender === 'T' ? 1 : 0));
  for (const p of drawOrder) {
    const role = GENDER_ROLE[p.gender];
    const cls = GENDER_ROLE[p.gender];
    const isMain = p === main;
    const d = line<Pt | null>()
      .defined((pt) => pt !== null && pt.value !== null)
      .x((pt) => x(pt?.time ?? 0))
      .y((pt) => y.scale(pt?.value ?? 0))
      .digits(2)(p.linePoints);
    const dash = DASH[p.gender];
    out.push(
      `<path class="chart-line chart-line--${cls}" d="${d ?? ''}" fill="none" stroke="${paint(role)}" stroke-width="${r((isMain ? 2.75 : 2) * s)}" stroke-linejoin="round" stroke-linecap="round"${dash ? ` stroke-dasharray="${scaleDash(dash, s)}"` : ''}/>`,
    );
  }

  // Markers: filled circles for the main line, hollow for K and M (every value, so single values show).
  for (const p of drawOrder) {
    const role = GENDER_ROLE[p.gender];
    const cls = GENDER_ROLE[p.gender];
    const isMain = p === main;
    const rad = (isMain ? 0.3 : 0.22) * F;
    const marks = p.values.map((v) => {
      const cx = x(v.time);
      const cy = y.scale(v.value);
      if (isMain) occupied.push({ x0: cx - rad, y0: cy - rad, x1: cx + rad, y1: cy + rad });
      // A native tooltip on hover, with no script: the chart is complete without it, and the
      // same values are in the table beside the chart for keyboard and screen-reader users.
      const tip = `${p.gender === 'T' ? '' : `${GENDER_LABEL[p.gender]}, `}${periodLabel(v.period)}: ${formatValue(v.value, input.unit)}`;
      return `<circle cx="${r(cx)}" cy="${r(cy)}" r="${r(rad)}"><title>${xmlAttr(tip)}</title></circle>`;
    });
    const style = isMain
      ? `fill="${paint(role)}" stroke="${paint('bg')}" stroke-width="${r(1.25 * s)}"`
      : `fill="${paint('bg')}" stroke="${paint(role)}" stroke-width="${r(1.5 * s)}"`;
    out.push(`<g class="chart-marker chart-marker--${cls}" ${style}>${marks.join('')}</g>`);
  }

  // End-of-line labels, nudged apart vertically. They sit just right of where the lines end, unless
  // one of them would then cover the projection (which starts at the last value of Totalt) or the
  // target marker: then the shared column moves to the right of the rightmost of the last values, the
  // target marker and the end of the projection (the right margin has room for that).
  if (labelled.length > 0) {
    const gapX = 0.6 * F;
    const lastX = (p: Prepared) => x(p.values[p.values.length - 1]?.time ?? t0);
    const dataEnd = Math.max(...labelled.map(lastX));
    // A series that ends well before the others (women and men counted only some years) is
    // labelled where it ends, not in the shared column far to its right.
    const endsEarly = (p: Prepared) => dataEnd - lastX(p) > 0.15 * (dataEnd - x(t0));
    const items = labelled
      .map((p) => ({ p, want: y.scale(p.values[p.values.length - 1]?.value ?? 0), at: 0, text: GENDER_LABEL[p.gender] }))
      .sort((a, b) => a.want - b.want);
    const gap = labelSize * 1.15;
    const minY = plotTop;
    const maxY = plotBottom - 0.3 * F;
    let prevY = -Infinity;
    for (const it of items) {
      it.at = Math.max(it.want, prevY + gap, minY);
      prevY = it.at;
    }
    const overflow = prevY - maxY;
    if (overflow > 0) {
      let next = Infinity;
      for (const it of [...items].reverse()) {
        it.at = Math.min(it.at - overflow, next - gap);
        next = it.at;
      }
    }
    const labelBox = (lx: number, it: (typeof items)[number]): Box => ({
      x0: lx - 0.15 * F,
      y0: it.at - labelSize * 0.55,
      x1: lx + boldTextWidth(it.text, labelSize),
      y1: it.at + labelSize * 0.55,
    });
    const obstacles: Box[] = [];
    let obstaclesRight = -Infinity;
    if (targetMarker) {
      obstacles.push(targetMarker);
      obstaclesRight = Math.max(obstaclesRight, targetMarker.x1);
    }
    if (projection) {
      const a: [number, number] = [x(projection.fromTime), y.scale(projection.fromValue)];
      const b: [number, number] = [x(projection.toTime), y.scale(projection.toValue)];
      obstacles.push(...segmentBoxes(a, b, 0.25 * F, F / 3));
      obstaclesRight = Math.max(obstaclesRight, a[0], b[0]);
    }
    let colX = dataEnd + gapX;
    const blocked = items.some((it) => !endsEarly(it.p) && obstacles.some((o) => overlaps(o, labelBox(colX, it))));
    if (blocked) colX = Math.max(dataEnd, obstaclesRight) + gapX;
    const labelX = (p: Prepared) => (endsEarly(p) ? lastX(p) + gapX : colX);
    for (const it of items) {
      const role = GENDER_ROLE[it.p.gender];
      out.push(
        textEl(labelX(it.p), it.at, it.text, {
          cls: `chart-label chart-label--${GENDER_ROLE[it.p.gender]}`,
          fill: paint(role),
          size: '0.95em',
          weight: '600',
          baseline: 'central',
          halo: paint('bg'),
        }),
      );
      occupied.push({ x0: labelX(it.p), y0: it.at - labelSize * 0.55, x1: labelX(it.p) + boldTextWidth(it.text, labelSize), y1: it.at + labelSize * 0.55 });
    }
  }

  // A single value gets its value written next to it.
  const single = main && main.values.length === 1 ? main.values[0] : undefined;
  if (single) {
    const cx = x(single.time);
    const cy = y.scale(single.value);
    const text = formatValue(single.value, input.unit);
    const above = textBox(cx, cy - 0.75 * F, text, labelSize, 'middle');
    const useAbove = above.y0 >= plotTop - 0.5 * F && !occupied.some((b) => overlaps(b, above) && !(b.x0 <= cx && b.x1 >= cx && b.y1 <= cy + 0.5 * F));
    const ly = useAbove ? cy - 0.75 * F : cy + 1.45 * F;
    out.push(textEl(cx, ly, text, { cls: 'chart-text chart-value-label', fill: paint('text'), size: '0.95em', anchor: 'middle', weight: '600', halo: paint('bg') }));
    occupied.push(textBox(cx, ly, text, labelSize, 'middle'));
  }

  // Lines count as occupied for the labels below.
  const band = 0.2 * F;
  if (target) {
    const ty = y.scale(target.value);
    occupied.push({ x0: plotLeft, y0: ty - band, x1: plotRight, y1: ty + band });
  }
  if (projection) {
    occupied.push(...segmentBoxes([x(projection.fromTime), y.scale(projection.fromValue)], [x(projection.toTime), y.scale(projection.toValue)], band, F / 2));
  }
  for (const p of withValues) {
    for (let i = 1; i < p.linePoints.length; i++) {
      const a = p.linePoints[i - 1];
      const b = p.linePoints[i];
      if (a?.value == null || b?.value == null) continue;
      occupied.push(...segmentBoxes([x(a.time), y.scale(a.value)], [x(b.time), y.scale(b.value)], band, F / 2));
    }
  }

  // Target label "Målvärde 80 % (2026)", placed where it overlaps nothing if possible: near the marker,
  // then at the far edge of the plot; failing that without the year ("Målvärde 80 %", the marker
  // stands at the target year on the x axis), and as a last resort in full next to the marker. The
  // projection has no label in the chart: the page says what the dotted line is.
  if (target) {
    const tx = x(target.year);
    const ty = y.scale(target.value);
    const value = formatValue(target.value, input.unit);
    const rightHalf = tx > (plotLeft + plotRight) / 2;
    const dir = rightHalf ? -1 : 1;
    const anchor: Anchor = rightHalf ? 'end' : 'start';
    const candidates: { x: number; y: number; anchor: Anchor }[] = [];
    for (const dy of [-0.5 * F, 1.2 * F]) {
      for (const shift of [0.8, 4, 8, 12, 16]) candidates.push({ x: tx + dir * shift * F, y: ty + dy, anchor });
      candidates.push(rightHalf ? { x: plotLeft + 0.3 * F, y: ty + dy, anchor: 'start' } : { x: plotRight - 0.3 * F, y: ty + dy, anchor: 'end' });
    }
    const bounds: Box = { x0: plotLeft, y0: plotTop - 0.9 * F, x1: frame.x + frame.width, y1: plotBottom - 0.2 * F };
    const place = (text: string) =>
      candidates.map((c) => ({ c, text, box: textBox(c.x, c.y, text, tickSize, c.anchor) })).filter((b) => inside(b.box, bounds));
    const fullText = `Målvärde ${value} (${target.year})`;
    const full = place(fullText);
    const free = (b: { box: Box }) => !occupied.some((o) => overlaps(o, b.box));
    const first = candidates[0];
    const pick =
      full.find(free) ??
      place(`Målvärde ${value}`).find(free) ??
      full[0] ??
      (first ? { c: first, text: fullText, box: textBox(first.x, first.y, fullText, tickSize, first.anchor) } : undefined);
    if (pick) {
      occupied.push(pick.box);
      out.push(textEl(pick.c.x, pick.c.y, pick.text, { cls: 'chart-text chart-target-label', fill: paint('target'), size: '0.9em', anchor: pick.c.anchor, halo: paint('bg') }));
    }
  }
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// Public renderers
// ---------------------------------------------------------------------------------------------

function slug(text: string): string {
  const s = text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return s === '' ? 'x' : s;
}

function hasValues(prepared: Prepared[]): boolean {
  return prepared.some((p) => p.values.length > 0);
}

/** Smallest text size in the chart, in em: ticks, unit label, axis note and target label. */
const SMALLEST_TEXT_EM = 0.9;

/**
 * Narrowest width in CSS px at which a compact chart is drawn: a 320 px screen less the page's
 * margins (1 rem on each side).
 */
const COMPACT_MIN_PX = 288;

/**
 * Root font size in viewBox units for an inline chart `W` units wide. The default 600-wide chart uses
 * 14. A compact viewBox (narrower than 480) is meant for phones, where it is drawn from 288 px wide
 * (COMPACT_MIN_PX) up: its font size is chosen, in steps of 0.5, so that the smallest text is at least
 * 12 px there. For the 360-wide variant that is 17, so tick text is 15.3 units: 12.2 px at 288 px,
 * 14.6 px at 343 px (a 375 px screen). The layout then thins the ticks to fit the larger text.
 */
export function rootFontSize(W: number): number {
  if (W >= 480) return 14;
  const needed = (12 * W) / (SMALLEST_TEXT_EM * COMPACT_MIN_PX);
  return Math.min(18, Math.max(14, Math.ceil(needed * 2 - 1e-9) / 2));
}

/**
 * Inline SVG chart for the indicator page: scales with its container (viewBox, width 100 %),
 * `role="img"` labelled by its `<title>` (the indicator title) and `<desc>` (summarizeChart).
 */
export function renderChart(input: ChartInput, options: ChartOptions = {}): string {
  const W = options.width ?? 600;
  const H = options.height ?? 340;
  const F = rootFontSize(W);
  const prefix = slug(options.idPrefix ?? `chart-${input.id}`);
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const prepared = prepareAll(input);
  const summary = summarizeChart(input);
  const head = `<title id="${titleId}">${xmlAttr(input.title)}</title><desc id="${descId}">${xmlAttr(summary)}</desc>`;
  if (!hasValues(prepared)) {
    const h = Math.round(3.5 * F);
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-empty" viewBox="0 0 ${W} ${h}" width="100%" style="height:auto" role="img" aria-labelledby="${titleId} ${descId}" font-size="${F}">` +
      head +
      `<rect class="chart-grid" x="0.5" y="0.5" width="${W - 1}" height="${h - 1}" rx="4" fill="none" stroke="${cssPaint('grid')}"/>` +
      textEl(W / 2, h / 2, 'Inga värden att visa ännu', { cls: 'chart-text', fill: cssPaint('text'), anchor: 'middle', baseline: 'central' }) +
      '</svg>'
    );
  }
  const body = plotBody(input, prepared, { x: 4, y: 2, width: W - 8, height: H - 4, font: F, paint: cssPaint });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${W} ${H}" width="100%" style="height:auto" role="img" aria-labelledby="${titleId} ${descId}" font-size="${F}">` +
    head +
    body +
    '</svg>'
  );
}

/**
 * Small chart for lists (default viewBox 0 0 120 32): the main line with gaps, the latest value as a
 * dot, the target as a thin dashed line. The y axis fits the values (no zero baseline), inverted for ranks.
 *
 * Decorative for assistive technology (`aria-hidden="true"`, `focusable="false"`, no role or label):
 * the list text next to it already states the latest value and the target, and a second, shorter
 * version of the same facts would only be read out twice.
 */
export function renderSparkline(input: ChartInput, options: ChartOptions = {}): string {
  const W = options.width ?? 120;
  const H = options.height ?? 32;
  const prepared = prepareAll(input);
  const main = mainSeries(prepared);
  const target = validTarget(input.target);
  const values = main?.values ?? [];
  const latest = values[values.length - 1];
  const open = `<svg xmlns="http://www.w3.org/2000/svg" class="chart-sparkline" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" aria-hidden="true" focusable="false">`;
  if (!main || !latest) return `${open}<line class="chart-grid" x1="2" x2="${W - 2}" y1="${H / 2}" y2="${H / 2}" stroke="${cssPaint('grid')}" stroke-dasharray="2 3"/></svg>`;

  const pad = 3.5;
  const ys = values.map((v) => v.value);
  if (target) ys.push(target.value);
  let lo = Math.min(...ys);
  let hi = Math.max(...ys);
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const rank = isRank(input.unit);
  const yScale = scaleLinear()
    .domain([lo, hi])
    .range(rank ? [pad, H - pad] : [H - pad, pad]);
  const times = main.rows.map((p) => p.time);
  let t0 = Math.min(...times);
  let t1 = Math.max(...times);
  if (t1 === t0) {
    t0 -= 1;
    t1 += 1;
  }
  const xScale = scaleLinear()
    .domain([t0, t1])
    .range([pad, W - pad]);
  const parts: string[] = [];
  if (target) {
    const ty = yScale(target.value);
    parts.push(
      `<line class="chart-target" x1="0" x2="${W}" y1="${r(ty)}" y2="${r(ty)}" stroke="${cssPaint('target')}" stroke-width="1" stroke-dasharray="3 2"/>`,
    );
  }
  const d = line<Pt | null>()
    .defined((pt) => pt !== null && pt.value !== null)
    .x((pt) => xScale(pt?.time ?? 0))
    .y((pt) => yScale(pt?.value ?? 0))
    .digits(2)(main.linePoints);
  parts.push(`<path class="chart-line chart-line--total" d="${d ?? ''}" fill="none" stroke="${cssPaint('total')}" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>`);
  // Isolated values have no line segment: give them a small dot.
  const lp = main.linePoints;
  const isolated = lp.flatMap((pt, i) => {
    if (!pt || pt.value === null || pt === lp[lp.length - 1]) return [];
    const before = lp[i - 1];
    const after = lp[i + 1];
    const alone = (!before || before.value === null) && (!after || after.value === null);
    return alone ? [`<circle cx="${r(xScale(pt.time))}" cy="${r(yScale(pt.value))}" r="1.25"/>`] : [];
  });
  if (isolated.length > 0) parts.push(`<g class="chart-marker chart-marker--total" fill="${cssPaint('total')}">${isolated.join('')}</g>`);
  parts.push(
    `<circle class="chart-marker chart-marker--total chart-latest" cx="${r(xScale(latest.time))}" cy="${r(yScale(latest.value))}" r="2.5" fill="${cssPaint('total')}" stroke="${cssPaint('bg')}" stroke-width="1"/>`,
  );
  return `${open}${parts.join('')}</svg>`;
}

/**
 * A complete standalone SVG file (960 × 540 px) with concrete colours, a white background, the title
 * at the top and source, licence, URL (and "Exempeldata – inte officiell statistik") at the bottom.
 */
export function renderStandaloneSvg(input: ChartInput, meta: StandaloneMeta, palette: ChartPalette = LIGHT_PALETTE): string {
  const W = 960;
  const H = 540;
  const F = 18;
  const pad = 32;
  const paint = fixedPaint(palette);
  const prepared = prepareAll(input);
  const summary = summarizeChart(input);
  const prefix = slug(`chart-${input.id}`);

  const titleSize = 1.4 * F;
  // Bold text is about 10 % wider than the estimate for regular text.
  const titleLines = wrapText(input.title, W - 2 * pad, titleSize * 1.1, 2);
  const titleLineH = titleSize * 1.2;
  const out: string[] = [];
  out.push(`<rect class="chart-background" width="${W}" height="${H}" fill="${paint('bg')}"/>`);
  titleLines.forEach((l, i) => {
    out.push(textEl(pad, pad + titleSize * 0.8 + i * titleLineH, l, { cls: 'chart-text chart-title', fill: paint('text'), size: '1.4em', weight: '700' }));
  });
  const headerBottom = pad + titleSize * 0.8 + (titleLines.length - 1) * titleLineH + 0.9 * F;

  // Footer, bottom up.
  const footSize = 0.8 * F;
  const footLineH = footSize * 1.35;
  const footer: { text: string; bold?: boolean; fill: string }[] = [];
  const sourceLines = wrapText(`Källa: ${meta.source}`, W - 2 * pad, footSize, 2);
  for (const l of sourceLines) footer.push({ text: l, fill: paint('text') });
  const licenceAndUrl = `Licens: ${meta.licence} · ${meta.url}`;
  if (textWidth(licenceAndUrl, footSize) <= W - 2 * pad) footer.push({ text: licenceAndUrl, fill: paint('text') });
  else {
    footer.push({ text: wrapText(`Licens: ${meta.licence}`, W - 2 * pad, footSize, 1)[0] ?? '', fill: paint('text') });
    footer.push({ text: meta.url, fill: paint('text') });
  }
  if (meta.example) footer.push({ text: 'Exempeldata – inte officiell statistik', bold: true, fill: palette === LIGHT_PALETTE ? EXAMPLE_NOTICE_COLOUR : paint('text') });
  const footerTop = H - 0.75 * pad + footSize * 0.25 - footer.length * footLineH;
  out.push(`<line class="chart-grid" x1="${pad}" x2="${W - pad}" y1="${r(footerTop - 0.1 * F)}" y2="${r(footerTop - 0.1 * F)}" stroke="${paint('grid')}" stroke-width="1"/>`);
  footer.forEach((f, i) => {
    out.push(textEl(pad, footerTop + (i + 1) * footLineH - footSize * 0.25, f.text, { cls: 'chart-text chart-footer', fill: f.fill, size: '0.8em', weight: f.bold ? '700' : undefined }));
  });

  const plotFrame: Frame = { x: pad, y: headerBottom, width: W - 2 * pad, height: footerTop - 0.7 * F - headerBottom, font: F, paint };
  if (hasValues(prepared)) out.push(plotBody(input, prepared, plotFrame));
  else
    out.push(
      textEl(W / 2, plotFrame.y + plotFrame.height / 2, 'Inga värden att visa ännu', { cls: 'chart-text', fill: paint('text'), anchor: 'middle', baseline: 'central' }),
    );

  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="${xmlAttr(STANDALONE_FONT_FAMILY)}" font-size="${F}">\n` +
    `<title id="${prefix}-title">${xmlAttr(input.title)}</title>\n<desc id="${prefix}-desc">${xmlAttr(summary)}</desc>\n` +
    out.join('\n') +
    '\n</svg>\n'
  );
}

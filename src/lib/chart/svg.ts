/**
 * SVG markup for a plot layout: elements, classes, strokes and colours, no geometry decisions.
 *
 * ## Class hooks (for `@media (forced-colors: active)` and other page CSS)
 *
 *   svg.chart / svg.chart-sparkline / svg.chart-empty
 *   .chart-line  .chart-line--total  .chart-line--women  .chart-line--men  .chart-line--comparison
 *   .chart-marker  .chart-marker--total  .chart-marker--women  .chart-marker--men  .chart-marker--comparison
 *   .chart-label  .chart-label--total  .chart-label--women  .chart-label--men  .chart-label--comparison
 *   .chart-key-line  .chart-key-line--total  … --comparison  (the sample lines of a key)
 *   .chart-target  .chart-target--reference  .chart-target-marker  .chart-target-label
 *   .chart-break  .chart-break-label  (a series break)
 *   .chart-projection  (the dotted projection has no text label: the page caption explains it)
 *   .chart-grid  .chart-axis  .chart-zero  .chart-text  .chart-note  .chart-halo
 *
 * e.g. `@media (forced-colors: active) { .chart-line--total { stroke: Highlight } .chart-text { fill: CanvasText } }`.
 *
 * Numbers are rounded to 2 decimals so that output is deterministic and small; paths come from
 * d3-shape's `line()` without a context, which returns path strings.
 */
import { line } from 'd3';
import { xmlAttr } from '../xml.ts';
import type { Point } from './boxes.ts';
import type { PlacedText } from './labels.ts';
import type { Gender } from '../model.ts';
import type { ComparisonLayout, PlotLayout, SeriesLayout } from './layout.ts';
import type { Paint, Role } from './palette.ts';
import { BREAK_DASH, COMPARISON_DASH, GENDER_ROLE, PROJECTION_DASH, REFERENCE_DASH, SERIES_DASH, TARGET_DASH } from './palette.ts';
import { TEXT_EM } from './text.ts';

/** Rounds a coordinate to 2 decimals, never "-0", for deterministic output. */
export function num(n: number): string {
  const v = Math.round(n * 100) / 100;
  return String(v === 0 ? 0 : v);
}

function attr(name: string, value: string | undefined): string {
  return value === undefined ? '' : ` ${name}="${xmlAttr(value)}"`;
}

/** A font size in em, as the layout measured it. */
export function em(size: number): string {
  return `${size}em`;
}

/** A dash pattern made for a 14-unit font, scaled by `s`. */
function scaleDash(pattern: string, s: number): string {
  return pattern
    .split(' ')
    .map((v) => num(Number(v) * s))
    .join(' ');
}

export interface TextStyle {
  cls: string;
  fill: string;
  size?: string;
  weight?: string;
  italic?: boolean;
  /** Outline in the background colour, so text stays legible across lines. */
  halo?: string;
  baseline?: string;
}

/** A `<text>` element; `t.anchor` 'start' is SVG's default and not written. */
export function textEl(t: { x: number; y: number; text: string; anchor?: PlacedText['anchor'] }, o: TextStyle): string {
  const halo = o.halo ? ` stroke="${o.halo}" stroke-width="0.25em" stroke-linejoin="round" paint-order="stroke"` : '';
  return (
    `<text class="${o.cls}" x="${num(t.x)}" y="${num(t.y)}"${attr('font-size', o.size)}${attr('text-anchor', t.anchor && t.anchor !== 'start' ? t.anchor : undefined)}` +
    `${attr('font-weight', o.weight)}${o.italic ? ' font-style="italic"' : ''}${attr('dominant-baseline', o.baseline)} fill="${o.fill}"${halo}>${xmlAttr(t.text)}</text>`
  );
}

/** The `d` of a line through `runs`, with a break between runs. */
export function pathD(runs: Point[][]): string {
  const draw = line<Point>()
    .x((p) => p.x)
    .y((p) => p.y)
    .digits(2);
  return runs.map((run) => draw(run) ?? '').join('');
}

/** A horizontal line across the plot. */
function hLine(cls: string, p: PlotLayout, y: number, stroke: string, width: number, dash = ''): string {
  return `<line class="${cls}" x1="${num(p.plot.left)}" x2="${num(p.plot.right)}" y1="${num(y)}" y2="${num(y)}" stroke="${stroke}" stroke-width="${num(width)}"${dash}/>`;
}

function axesSvg(p: PlotLayout, paint: Paint, s: number): string[] {
  const tick = { fill: paint('text'), size: em(TEXT_EM.tick), cls: 'chart-text chart-tick' };
  const out = ['<g class="chart-grid-lines">'];
  for (const t of p.yAxis.ticks) {
    out.push(hLine('chart-grid', p, t.y, paint('grid'), s));
    out.push(textEl({ x: p.yAxis.labelX, y: t.y, text: t.label, anchor: 'end' }, { ...tick, baseline: 'central' }));
  }
  out.push('</g>', '<g class="chart-x-axis">', hLine('chart-axis', p, p.plot.bottom, paint('text'), s));
  for (const t of p.xAxis.ticks) {
    out.push(`<line class="chart-axis" x1="${num(t.x)}" x2="${num(t.x)}" y1="${num(p.plot.bottom)}" y2="${num(p.xAxis.tickEnd)}" stroke="${paint('text')}" stroke-width="${num(s)}"/>`);
    out.push(textEl({ x: t.x, y: p.xAxis.labelY, text: t.label, anchor: 'middle' }, tick));
  }
  out.push('</g>');
  if (p.yAxis.zeroY !== null) out.push(hLine('chart-zero', p, p.yAxis.zeroY, paint('text'), 1.2 * s));
  return out;
}

/** Target line, projection and target marker, behind the data. */
function targetSvg(p: PlotLayout, paint: Paint, s: number): string[] {
  const out: string[] = [];
  if (p.target) {
    const reference = p.target.kind === 'reference';
    out.push(hLine(reference ? 'chart-target chart-target--reference' : 'chart-target', p, p.target.y, paint('target'), 1.5 * s, ` stroke-dasharray="${scaleDash(reference ? REFERENCE_DASH : TARGET_DASH, s)}"`));
  }
  if (p.projection) {
    out.push(
      `<path class="chart-projection" d="${pathD([[p.projection.from, p.projection.to]])}" fill="none" stroke="${paint('projection')}" stroke-width="${num(2.5 * s)}" stroke-linecap="round" stroke-dasharray="${scaleDash(PROJECTION_DASH, s)}"/>`,
    );
  }
  if (p.target) {
    const { x, y } = p.target.marker;
    const k = p.target.markerHalf;
    out.push(
      `<path class="chart-target-marker" d="M${num(x)},${num(y - k)}L${num(x + k)},${num(y)}L${num(x)},${num(y + k)}L${num(x - k)},${num(y)}Z" fill="${paint('target')}" stroke="${paint('bg')}" stroke-width="${num(s)}"/>`,
    );
  }
  return out;
}

/** How a line is stroked: its palette role (also its class suffix), width and dash pattern. */
interface Stroke {
  role: Role;
  width: number;
  dash: string | null;
}

/** The municipality's own line of a gender: the main one heavier. */
const ownStroke = (gender: Gender, main: boolean, s: number): Stroke => ({ role: GENDER_ROLE[gender], width: (main ? 2.75 : 2) * s, dash: SERIES_DASH[gender] });

/** A comparison line: thin, muted, with a dash pattern of its own, so it is never taken for the municipality's. */
const comparisonStroke = (index: number, s: number): Stroke => ({ role: 'comparison', width: 1.5 * s, dash: COMPARISON_DASH[index % COMPARISON_DASH.length] ?? null });

const strokeAttrs = (k: Stroke, paint: Paint, s: number) =>
  `stroke="${paint(k.role)}" stroke-width="${num(k.width)}"${k.dash ? ` stroke-dasharray="${scaleDash(k.dash, s)}"` : ''}`;

function seriesLineSvg(l: SeriesLayout, paint: Paint, s: number): string {
  const k = ownStroke(l.gender, l.emphasis === 'main', s);
  return `<path class="chart-line chart-line--${k.role}" d="${pathD(l.runs)}" fill="none" stroke="${paint(k.role)}" stroke-width="${num(k.width)}" stroke-linejoin="round" stroke-linecap="round"${k.dash ? ` stroke-dasharray="${scaleDash(k.dash, s)}"` : ''}/>`;
}

/** A comparison line with its name as hover text, and small dots on values that stand alone. */
function comparisonSvg(c: ComparisonLayout, paint: Paint, s: number): string {
  const k = comparisonStroke(c.index, s);
  const line = `<path class="chart-line chart-line--comparison" d="${pathD(c.runs)}" fill="none" ${strokeAttrs(k, paint, s)} stroke-linejoin="round"><title>${xmlAttr(c.name)}</title></path>`;
  if (c.markers.length === 0) return line;
  const marks = c.markers.map((m) => `<circle cx="${num(m.x)}" cy="${num(m.y)}" r="${num(c.markerRadius)}"><title>${xmlAttr(m.title)}</title></circle>`);
  return `${line}<g class="chart-marker chart-marker--comparison" fill="${paint('comparison')}">${marks.join('')}</g>`;
}

/** Series breaks: a dashed vertical line across the plot, behind the data. */
function breaksSvg(p: PlotLayout, paint: Paint, s: number): string[] {
  return p.breaks.map(
    (b) =>
      `<line class="chart-break" x1="${num(b.x)}" x2="${num(b.x)}" y1="${num(p.plot.top)}" y2="${num(p.plot.bottom)}" stroke="${paint('text')}" stroke-width="${num(s)}" stroke-dasharray="${scaleDash(BREAK_DASH, s)}"/>`,
  );
}

/** Markers: filled circles for the main line, hollow for the others. */
function markersSvg(l: SeriesLayout, paint: Paint, s: number): string {
  const role = GENDER_ROLE[l.gender];
  const marks = l.markers.map((m) => `<circle cx="${num(m.x)}" cy="${num(m.y)}" r="${num(l.markerRadius)}"><title>${xmlAttr(m.title)}</title></circle>`);
  const style =
    l.emphasis === 'main'
      ? `fill="${paint(role)}" stroke="${paint('bg')}" stroke-width="${num(1.25 * s)}"`
      : `fill="${paint('bg')}" stroke="${paint(role)}" stroke-width="${num(1.5 * s)}"`;
  return `<g class="chart-marker chart-marker--${role}" ${style}>${marks.join('')}</g>`;
}

/** The palette role of a named line. */
const roleOf = (l: { gender: Gender | null }): Role => (l.gender === null ? 'comparison' : GENDER_ROLE[l.gender]);

function labelsSvg(p: PlotLayout, paint: Paint): string[] {
  const halo = paint('bg');
  const out = p.endLabels.map((l) =>
    textEl(l, { cls: `chart-label chart-label--${roleOf(l)}`, fill: paint(roleOf(l)), size: em(TEXT_EM.label), weight: '600', baseline: 'central', halo }),
  );
  if (p.valueLabel) out.push(textEl(p.valueLabel, { cls: 'chart-text chart-value-label', fill: paint('text'), size: em(TEXT_EM.label), weight: '600', halo }));
  if (p.target) out.push(textEl(p.target.label, { cls: 'chart-text chart-target-label', fill: paint('target'), size: em(TEXT_EM.tick), halo }));
  for (const b of p.breaks) out.push(textEl(b.label, { cls: 'chart-text chart-break-label', fill: paint('text'), size: em(TEXT_EM.tick), italic: true, halo }));
  return out;
}

/** The key below the plot: a sample of each line, then its name. */
function keySvg(p: PlotLayout, paint: Paint, s: number): string[] {
  const mainGender = p.series.find((l) => l.emphasis === 'main')?.gender;
  return p.key.flatMap((k) => {
    const stroke = k.gender === null ? comparisonStroke(k.comparison ?? 0, s) : ownStroke(k.gender, k.gender === mainGender, s);
    return [
      `<line class="chart-key-line chart-key-line--${stroke.role}" x1="${num(k.x)}" x2="${num(k.lineEnd)}" y1="${num(k.y)}" y2="${num(k.y)}" ${strokeAttrs(stroke, paint, s)}/>`,
      textEl({ x: k.textX, y: k.y, text: k.text }, { cls: `chart-text chart-key-text`, fill: paint('text'), size: em(TEXT_EM.label), baseline: 'central' }),
    ];
  });
}

/** Draws a plot layout: axes, grid, lines, markers and labels, as one string of elements. */
export function plotSvg(p: PlotLayout, paint: Paint): string {
  // Strokes are made for a 14-unit font and scale with it.
  const s = p.font / 14;
  const small = { fill: paint('text'), size: em(TEXT_EM.tick) };
  return [
    textEl(p.unitLabel, { ...small, cls: 'chart-text chart-unit' }),
    p.note ? textEl(p.note, { ...small, cls: 'chart-text chart-note', italic: true }) : '',
    ...axesSvg(p, paint, s),
    ...p.comparisons.map((c) => comparisonSvg(c, paint, s)),
    ...breaksSvg(p, paint, s),
    ...targetSvg(p, paint, s),
    ...p.series.map((l) => seriesLineSvg(l, paint, s)),
    ...p.series.map((l) => markersSvg(l, paint, s)),
    ...labelsSvg(p, paint),
    ...keySvg(p, paint, s),
  ].join('');
}

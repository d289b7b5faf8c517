/**
 * The three charts as SVG files or fragments: the inline chart, the sparkline and the standalone
 * file. Each lays out first and then only writes markup around the layout.
 */
import { xmlAttr } from '../xml.ts';
import type { ChartInput, ChartOptions, StandaloneMeta } from './input.ts';
import { chartLayout } from './layout.ts';
import type { ChartPalette } from './palette.ts';
import { cssPaint, EXAMPLE_NOTICE_COLOUR, fixedPaint, LIGHT_PALETTE } from './palette.ts';
import { sparklineLayout } from './sparkline.ts';
import { standaloneLayout } from './standalone.ts';
import { em, num, pathD, plotSvg, textEl } from './svg.ts';
import { STANDALONE_FONT_FAMILY, TEXT_EM } from './text.ts';
import { summarizeChart } from './words.ts';
import type { TargetKind } from '../target.ts';

/** An id made of characters that are safe in `id` and `aria-labelledby`. */
function slug(text: string): string {
  const s = text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return s === '' ? 'x' : s;
}

const EMPTY_TEXT = 'Inga värden att visa ännu';

/**
 * Inline SVG chart for the indicator page: scales with its container (viewBox, width 100 %, and
 * the stylesheet's height: auto, since the Content-Security-Policy allows no style attributes),
 * `role="img"` labelled by its `<title>` (the indicator title) and `<desc>` (summarizeChart).
 * Colours are CSS custom properties (see palette.ts); with no values it is one short row that says so.
 */
export function renderChart(input: ChartInput, options: ChartOptions = {}): string {
  const layout = chartLayout(input, options);
  const { width: W, height: H, font: F } = layout;
  const prefix = slug(options.idPrefix ?? `chart-${input.id}`);
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const cls = layout.plot ? 'chart' : 'chart chart-empty';
  const body = layout.plot
    ? plotSvg(layout.plot, cssPaint)
    : `<rect class="chart-grid" x="0.5" y="0.5" width="${W - 1}" height="${H - 1}" rx="4" fill="none" stroke="${cssPaint('grid')}"/>` +
      textEl({ x: W / 2, y: H / 2, text: EMPTY_TEXT, anchor: 'middle' }, { cls: 'chart-text', fill: cssPaint('text'), baseline: 'central' });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${cls}" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-labelledby="${titleId} ${descId}" font-size="${F}">` +
    `<title id="${titleId}">${xmlAttr(input.title)}</title><desc id="${descId}">${xmlAttr(summarizeChart(input))}</desc>` +
    body +
    '</svg>'
  );
}

/**
 * Small chart for lists (default viewBox 0 0 120 32): the main line with gaps, dots on a sparse
 * series' values, the latest value as a larger dot, the target as a thin dashed line (a reference
 * value in its own dash). The y axis fits the values (no zero baseline), inverted for ranks, so the
 * list writes its scale beside it (`sparklineWords`). With fewer than two values it is a faint
 * dashed line, and the list says in words that there is one value or none.
 *
 * Decorative for assistive technology (`aria-hidden="true"`, `focusable="false"`, no role or label):
 * the list text next to it already states the latest value and the target, and a second, shorter
 * version of the same facts would only be read out twice.
 */
export function renderSparkline(input: ChartInput, options: ChartOptions = {}): string {
  const layout = sparklineLayout(input, options);
  const { width: W, height: H, line } = layout;
  const open = `<svg xmlns="http://www.w3.org/2000/svg" class="chart-sparkline" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" aria-hidden="true" focusable="false">`;
  if (!line) return `${open}<line class="chart-grid" x1="2" x2="${W - 2}" y1="${H / 2}" y2="${H / 2}" stroke="${cssPaint('grid')}" stroke-dasharray="2 3"/></svg>`;
  const total = cssPaint('total');
  const parts: string[] = [];
  if (line.targetY !== null) {
    const y = num(line.targetY);
    const reference = layout.target?.kind === 'reference';
    parts.push(
      `<line class="chart-target${reference ? ' chart-target--reference' : ''}" x1="0" x2="${W}" y1="${y}" y2="${y}" stroke="${cssPaint('target')}" stroke-width="1" stroke-dasharray="${SPARK_TARGET_DASH[reference ? 'reference' : 'political']}"/>`,
    );
  }
  parts.push(`<path class="chart-line chart-line--total" d="${pathD(line.runs)}" fill="none" stroke="${total}" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>`);
  if (line.dots.length > 0) {
    parts.push(`<g class="chart-marker chart-marker--total" fill="${total}">${line.dots.map((p) => `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="1.75"/>`).join('')}</g>`);
  }
  parts.push(
    `<circle class="chart-marker chart-marker--total chart-latest" cx="${num(line.latest.x)}" cy="${num(line.latest.y)}" r="2.5" fill="${total}" stroke="${cssPaint('bg')}" stroke-width="1"/>`,
  );
  return `${open}${parts.join('')}</svg>`;
}

/** The sparkline's target dash: a målvärde in short dashes, a referensvärde in its own long dash and dot. */
const SPARK_TARGET_DASH: Record<TargetKind, string> = { political: '3 2', reference: '6 2 1 2' };

/**
 * A short sample of a sparkline's target line, for its label beside the sparkline (decorative:
 * the label's words say what it is).
 */
export function renderTargetSample(kind: TargetKind = 'political'): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart-sample" viewBox="0 0 18 4" width="18" height="4" aria-hidden="true" focusable="false"><line class="chart-target" x1="0" x2="18" y1="2" y2="2" stroke="${cssPaint('target')}" stroke-width="1.5" stroke-dasharray="${SPARK_TARGET_DASH[kind]}"/></svg>`;
}

/**
 * A complete standalone SVG file (960 × 540 px) with concrete colours, a white background, the title
 * at the top and source, licence, URL (and "Exempeldata – inte officiell statistik") at the bottom.
 */
export function renderStandaloneSvg(input: ChartInput, meta: StandaloneMeta, palette: ChartPalette = LIGHT_PALETTE): string {
  const layout = standaloneLayout(input, meta);
  const { width: W, height: H, font: F, rule } = layout;
  const paint = fixedPaint(palette);
  const prefix = slug(`chart-${input.id}`);
  const text = paint('text');
  // The notice's own red is for the light palette; on a dark one it would not contrast.
  const notice = palette === LIGHT_PALETTE ? EXAMPLE_NOTICE_COLOUR : text;
  const out = [
    `<rect class="chart-background" width="${W}" height="${H}" fill="${paint('bg')}"/>`,
    ...layout.title.map((l) => textEl(l, { cls: 'chart-text chart-title', fill: text, size: em(TEXT_EM.title), weight: '700' })),
    `<line class="chart-grid" x1="${num(rule.x1)}" x2="${num(rule.x2)}" y1="${num(rule.y)}" y2="${num(rule.y)}" stroke="${paint('grid')}" stroke-width="1"/>`,
    ...layout.footer.map((l) => textEl(l, { cls: 'chart-text chart-footer', fill: l.notice ? notice : text, size: em(TEXT_EM.footer), weight: l.notice ? '700' : undefined })),
    layout.plot
      ? plotSvg(layout.plot, paint)
      : textEl({ ...layout.emptyAt, text: EMPTY_TEXT, anchor: 'middle' }, { cls: 'chart-text', fill: text, baseline: 'central' }),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="${xmlAttr(STANDALONE_FONT_FAMILY)}" font-size="${F}">\n` +
    `<title id="${prefix}-title">${xmlAttr(input.title)}</title>\n<desc id="${prefix}-desc">${xmlAttr(summarizeChart(input))}</desc>\n` +
    out.join('\n') +
    '\n</svg>\n'
  );
}

/**
 * Text size and text measurement.
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
 * There is no DOM at build time, so widths are estimated from the letters.
 */

/** Text sizes in em of the root font size; the layout measures with them and the SVG writes them. */
export const TEXT_EM = {
  /** Tick labels, the unit label, the axis note and the target label: the smallest text. */
  tick: 0.9,
  /** End-of-line labels and the label of a single value. */
  label: 0.95,
  /** The title of a standalone file. */
  title: 1.4,
  /** Source, licence and address at the foot of a standalone file. */
  footer: 0.8,
} as const;

/** The font of standalone files, which cannot inherit the page font. */
export const STANDALONE_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

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
  const needed = (12 * W) / (TEXT_EM.tick * COMPACT_MIN_PX);
  return Math.min(18, Math.max(14, Math.ceil(needed * 2 - 1e-9) / 2));
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
export function boldTextWidth(text: string, fontSize: number): number {
  return textWidth(text, fontSize) * 1.15;
}

/** Splits text into lines no wider than `maxWidth`; at most `maxLines`, the last one ends with "…" if cut. */
export function wrapText(text: string, maxWidth: number, size: number, maxLines: number): string[] {
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

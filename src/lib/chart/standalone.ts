/**
 * The layout of a standalone chart file (960 × 540, for download and for PNG): the title at the
 * top, source, licence and address at the foot, and the plot in between.
 */
import type { ChartInput, StandaloneMeta } from './input.ts';
import { prepareChart } from './input.ts';
import type { PlacedText } from './labels.ts';
import type { Frame, PlotLayout } from './layout.ts';
import { hasValues, plotLayout } from './layout.ts';
import { TEXT_EM, textWidth, wrapText } from './text.ts';

export interface FooterLine extends PlacedText {
  /** The "Exempeldata" notice, in bold and a colour of its own. */
  notice: boolean;
}

/** A standalone file in its 960 × 540 units. */
export interface StandaloneLayout {
  width: number;
  height: number;
  font: number;
  /** One or two lines. */
  title: PlacedText[];
  /** The thin rule above the footer. */
  rule: { x1: number; x2: number; y: number };
  footer: FooterLine[];
  /** Null when there is no value; the file then says so at `emptyAt`. */
  plot: PlotLayout | null;
  emptyAt: { x: number; y: number };
}

const W = 960;
const H = 540;
const F = 18;
const PAD = 32;

/** Footer lines, top down: the source (up to two lines), licence and address, the example notice. */
function footerTexts(meta: StandaloneMeta): { text: string; notice: boolean }[] {
  const size = TEXT_EM.footer * F;
  const lines = wrapText(meta.source, W - 2 * PAD, size, 2).map((text) => ({ text, notice: false }));
  const licenceAndUrl = `Licens: ${meta.licence} · ${meta.url}`;
  if (textWidth(licenceAndUrl, size) <= W - 2 * PAD) lines.push({ text: licenceAndUrl, notice: false });
  else {
    lines.push({ text: wrapText(`Licens: ${meta.licence}`, W - 2 * PAD, size, 1)[0] ?? '', notice: false });
    lines.push({ text: meta.url, notice: false });
  }
  if (meta.example) lines.push({ text: 'Exempeldata – inte officiell statistik', notice: true });
  return lines;
}

/** Lays out a standalone file; the footer is placed bottom up and the plot takes the room between. */
export function standaloneLayout(input: ChartInput, meta: StandaloneMeta): StandaloneLayout {
  const titleSize = TEXT_EM.title * F;
  // Bold text is about 10 % wider than the estimate for regular text.
  const titleLines = wrapText(input.title, W - 2 * PAD, titleSize * 1.1, 2);
  const titleLineH = titleSize * 1.2;
  const title = titleLines.map((text, i): PlacedText => ({ x: PAD, y: PAD + titleSize * 0.8 + i * titleLineH, text, anchor: 'start' }));
  const headerBottom = PAD + titleSize * 0.8 + (titleLines.length - 1) * titleLineH + 0.9 * F;

  const footSize = TEXT_EM.footer * F;
  const footLineH = footSize * 1.35;
  const texts = footerTexts(meta);
  const footerTop = H - 0.75 * PAD + footSize * 0.25 - texts.length * footLineH;
  const footer = texts.map((t, i): FooterLine => ({ ...t, x: PAD, y: footerTop + (i + 1) * footLineH - footSize * 0.25, anchor: 'start' }));

  const frame: Frame = { x: PAD, y: headerBottom, width: W - 2 * PAD, height: footerTop - 0.7 * F - headerBottom, font: F };
  const chart = prepareChart(input);
  return {
    width: W,
    height: H,
    font: F,
    title,
    rule: { x1: PAD, x2: W - PAD, y: footerTop - 0.1 * F },
    footer,
    plot: hasValues(chart) ? plotLayout(chart, input.unit, input.kind, frame) : null,
    emptyAt: { x: W / 2, y: frame.y + frame.height / 2 },
  };
}

/**
 * Where the labels inside the plot go: the names at the line ends, the value of a single point and
 * the target label. Each placement takes what is already drawn as boxes and returns plain positions.
 *
 * ## End labels
 *
 * With lines for women and men, each line gets its name (Kvinnor, Totalt, Män) just right of its last
 * value, nudged apart vertically. With comparison lines, each of them gets its area's name ("Riket")
 * and the municipality's own total line its name, in the same way. If a label there would cover the dotted projection (which starts at
 * the last value of Totalt) or the target marker, all labels move to a column right of the rightmost
 * of the last values, the target marker and the projection's end.
 */
import { formatValue } from '../format.ts';
import type { Gender, Target } from '../model.ts';
import { targetWords, type TargetKind } from '../target.ts';
import type { Anchor, Box, Point } from './boxes.ts';
import { inside, overlaps, segmentBoxes, textBox } from './boxes.ts';
import { boldTextWidth, TEXT_EM } from './text.ts';

/** A text placed at its (x, y), standing at x as `anchor` says. */
export interface PlacedText {
  x: number;
  y: number;
  text: string;
  anchor: Anchor;
}

/** The name of a line (Kvinnor, Totalt, Män, or a comparison area's name) at its end. */
export interface EndLabel {
  /** The municipality's own line of this gender, or null for a comparison line. */
  gender: Gender | null;
  /** The comparison line's place among the input's comparisons, or null for an own line. */
  comparison: number | null;
  text: string;
  /** Left edge of the text. */
  x: number;
  /** Vertical centre of the text. */
  y: number;
}

/** The last value of a line, in viewBox units, and the name to write there. */
export interface LineEnd extends Point {
  gender: Gender | null;
  comparison: number | null;
  text: string;
}

/** The plot area in viewBox units; `startX` is where the first period stands (inside the left edge). */
export interface PlotBounds {
  left: number;
  right: number;
  top: number;
  bottom: number;
  startX: number;
}

/** The box an end label covers, `padLeft` extra on its left. */
export function endLabelBox(l: { x: number; y: number; text: string }, font: number, padLeft = 0): Box {
  const size = TEXT_EM.label * font;
  return { x0: l.x - padLeft, y0: l.y - size * 0.55, x1: l.x + boldTextWidth(l.text, size), y1: l.y + size * 0.55 };
}

/**
 * Vertical centres for labels wanted at `want` (sorted top down): at least `gap` apart, from `minY`
 * down, and pushed back up together if the lowest would pass `maxY`.
 */
export function stackLabels(want: number[], gap: number, minY: number, maxY: number): number[] {
  const at: number[] = [];
  let prev = -Infinity;
  for (const w of want) {
    prev = Math.max(w, prev + gap, minY);
    at.push(prev);
  }
  const overflow = prev - maxY;
  if (overflow > 0) {
    let next = Infinity;
    for (let i = at.length - 1; i >= 0; i--) {
      next = Math.min(at[i]! - overflow, next - gap);
      at[i] = next;
    }
  }
  return at;
}

interface Obstacles {
  boxes: Box[];
  /** The rightmost x of the target marker and the projection; -Infinity when there are none. */
  right: number;
}

function endLabelObstacles(targetMarker: Box | null, projection: { from: Point; to: Point } | null, font: number): Obstacles {
  const boxes: Box[] = [];
  let right = -Infinity;
  if (targetMarker) {
    boxes.push(targetMarker);
    right = Math.max(right, targetMarker.x1);
  }
  if (projection) {
    boxes.push(...segmentBoxes(projection.from, projection.to, 0.25 * font, font / 3));
    right = Math.max(right, projection.from.x, projection.to.x);
  }
  return { boxes, right };
}

/**
 * The names of the lines at their ends (see "End labels" above). A series that ends well before the
 * others (women and men counted only some years) is labelled where it ends, not in the shared
 * column far to its right.
 */
export function placeEndLabels(
  ends: LineEnd[],
  plot: PlotBounds,
  font: number,
  targetMarker: Box | null,
  projection: { from: Point; to: Point } | null,
): EndLabel[] {
  if (ends.length === 0) return [];
  const gapX = 0.6 * font;
  const dataEnd = Math.max(...ends.map((e) => e.x));
  const endsEarly = (e: LineEnd) => dataEnd - e.x > 0.15 * (dataEnd - plot.startX);
  const sorted = [...ends].sort((a, b) => a.y - b.y);
  const ys = stackLabels(
    sorted.map((e) => e.y),
    TEXT_EM.label * font * 1.15,
    plot.top,
    plot.bottom - 0.3 * font,
  );
  const items = sorted.map((e, i) => ({ e, y: ys[i]!, text: e.text }));
  const obstacles = endLabelObstacles(targetMarker, projection, font);
  const covers = (x: number, it: (typeof items)[number]) => obstacles.boxes.some((o) => overlaps(o, endLabelBox({ x, y: it.y, text: it.text }, font, 0.15 * font)));
  let column = dataEnd + gapX;
  if (items.some((it) => !endsEarly(it.e) && covers(column, it))) column = Math.max(dataEnd, obstacles.right) + gapX;
  return items.map((it) => ({ gender: it.e.gender, comparison: it.e.comparison, text: it.text, x: endsEarly(it.e) ? it.e.x + gapX : column, y: it.y }));
}

/**
 * The value of a chart's only point, written above it, or below when above would leave the plot or
 * cover something other than the point's own marker.
 */
export function placeValueLabel(point: Point, text: string, plotTop: number, font: number, occupied: Box[]): PlacedText {
  const size = TEXT_EM.label * font;
  const { x, y } = point;
  const above = textBox(x, y - 0.75 * font, text, size, 'middle');
  const ownMarker = (b: Box) => b.x0 <= x && b.x1 >= x && b.y1 <= y + 0.5 * font;
  const useAbove = above.y0 >= plotTop - 0.5 * font && !occupied.some((b) => overlaps(b, above) && !ownMarker(b));
  return { x, y: useAbove ? y - 0.75 * font : y + 1.45 * font, text, anchor: 'middle' };
}

/** Where the target label may go, nearest the marker first, then at the far edge of the plot. */
function targetCandidates(marker: Point, plot: PlotBounds, font: number): { x: number; y: number; anchor: Anchor }[] {
  const rightHalf = marker.x > (plot.left + plot.right) / 2;
  const dir = rightHalf ? -1 : 1;
  const anchor: Anchor = rightHalf ? 'end' : 'start';
  const out: { x: number; y: number; anchor: Anchor }[] = [];
  for (const dy of [-0.5 * font, 1.2 * font]) {
    for (const shift of [0.8, 4, 8, 12, 16]) out.push({ x: marker.x + dir * shift * font, y: marker.y + dy, anchor });
    out.push(rightHalf ? { x: plot.left + 0.3 * font, y: marker.y + dy, anchor: 'start' } : { x: plot.right - 0.3 * font, y: marker.y + dy, anchor: 'end' });
  }
  return out;
}

/**
 * Target label "Målvärde 80 % (2026)" ("Referensvärde 80 % (2026)" for a reference value), placed where it overlaps nothing if possible: near the marker,
 * then at the far edge of the plot; failing that without the year ("Målvärde 80 %", the marker
 * stands at the target year on the x axis), and as a last resort in full next to the marker. The
 * projection has no label in the chart: the page says what the dotted line is.
 */
export function placeTargetLabel(target: Target & { kind?: TargetKind }, unit: string, marker: Point, plot: PlotBounds, frameRight: number, font: number, occupied: Box[]): PlacedText {
  const size = TEXT_EM.tick * font;
  const candidates = targetCandidates(marker, plot, font);
  const bounds: Box = { x0: plot.left, y0: plot.top - 0.9 * font, x1: frameRight, y1: plot.bottom - 0.2 * font };
  const place = (text: string) =>
    candidates.map((c) => ({ ...c, text, box: textBox(c.x, c.y, text, size, c.anchor) })).filter((b) => inside(b.box, bounds));
  const free = (b: { box: Box }) => !occupied.some((o) => overlaps(o, b.box));
  const value = formatValue(target.value, unit);
  const label = targetWords(target.kind).label;
  const fullText = `${label} ${value} (${target.year})`;
  const full = place(fullText);
  const pick = full.find(free) ?? place(`${label} ${value}`).find(free) ?? full[0] ?? { ...candidates[0]!, text: fullText };
  return { x: pick.x, y: pick.y, text: pick.text, anchor: pick.anchor };
}

/** The box a placed text covers. */
export function placedBox(t: PlacedText, size: number): Box {
  return textBox(t.x, t.y, t.text, size, t.anchor);
}

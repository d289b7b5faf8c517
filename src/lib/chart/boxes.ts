/**
 * Rectangles in viewBox units, for keeping labels off each other and off the lines.
 */
import { textWidth } from './text.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Point {
  x: number;
  y: number;
}

/** How a text stands at its x: like SVG's `text-anchor`. */
export type Anchor = 'start' | 'middle' | 'end';

/** The box a line of text covers, from its alphabetic baseline at `y`. */
export function textBox(x: number, y: number, text: string, size: number, anchor: Anchor): Box {
  const w = textWidth(text, size);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, y0: y - size * 0.8, x1: x0 + w, y1: y + size * 0.25 };
}

/** A square `half` on each side of a point. */
export function squareBox(p: Point, half: number): Box {
  return { x0: p.x - half, y0: p.y - half, x1: p.x + half, y1: p.y + half };
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Whether `a` lies wholly inside `b`. */
export function inside(a: Box, b: Box): boolean {
  return a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;
}

/**
 * Small boxes along a line segment, `half` on each side, about every `step` units: a slanted line
 * as one box would block everything around it.
 */
export function segmentBoxes(a: Point, b: Point, half: number, step: number): Box[] {
  const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
  const out: Box[] = [];
  for (let i = 0; i <= steps; i++) {
    out.push(squareBox({ x: a.x + ((b.x - a.x) * i) / steps, y: a.y + ((b.y - a.y) * i) / steps }, half));
  }
  return out;
}

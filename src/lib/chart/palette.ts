/**
 * Colours and line patterns of the charts.
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
 *   --chart-comparison  comparison lines and their names #636b76 / #a3acb8
 *   --chart-grid        horizontal grid lines           #d5dae0 / #3a4049  (decorative, deliberately faint)
 *   --chart-text        text, axis line, zero line      #1f2328 / #e6e8eb
 *   --chart-bg          page background behind the chart (marker outlines, text halos)  #ffffff / #121417
 *
 * Standalone files (downloads and PNG) cannot rely on page CSS and use concrete colours.
 */
import type { Gender } from '../model.ts';

/** Colours by role; the names match the CSS custom properties `--chart-<name>`. */
export interface ChartPalette {
  total: string;
  women: string;
  men: string;
  target: string;
  projection: string;
  /** Other areas' lines: muted, so the municipality's own stand out. */
  comparison: string;
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
  comparison: '#636b76',
  grid: '#d5dae0',
  text: '#1f2328',
  bg: '#ffffff',
};

/** Colour for the "Exempeldata" notice in standalone files (7:1 on white). */
export const EXAMPLE_NOTICE_COLOUR = '#9b1c1c';

export type Role = keyof ChartPalette;

/** The colour to write for a role. */
export type Paint = (role: Role) => string;

/** For inline charts: the page's custom property, with the light colour as fallback. */
export const cssPaint: Paint = (role) => `var(--chart-${role}, ${LIGHT_PALETTE[role]})`;

/** For standalone files: concrete colours. */
export const fixedPaint =
  (palette: ChartPalette): Paint =>
  (role) =>
    palette[role];

/** Palette role of a series, also the suffix of its class names (`chart-line--women`). */
export const GENDER_ROLE: Record<Gender, Role> = { T: 'total', K: 'women', M: 'men' };

/*
 * Lines are told apart by dash pattern as well as colour (T solid, K dashed, M dash-dot, target
 * short dashes, reference value long dash and dot, projection dotted), so they stay distinct in forced colours and in greyscale.
 * Comparison lines are thinner and grey, each with a finer pattern of its own, and named at their
 * ends. Patterns are for a 14-unit root font and scale with it.
 */

/** Dash pattern of each series line; null is solid. */
export const SERIES_DASH: Record<Gender, string | null> = { T: null, K: '7 4', M: '9 3 2 3' };
export const TARGET_DASH = '5 4';
/** A reference value: long dashes with a dot, so it is never taken for a political target. */
export const REFERENCE_DASH = '10 3 2 3';
/** A series break's vertical line: short, sparse dashes in the text colour. */
export const BREAK_DASH = '2 3';
export const PROJECTION_DASH = '0.1 5.5';
/** Dash patterns of comparison lines, in the order of the areas; a fifth area starts over. */
export const COMPARISON_DASH: readonly string[] = ['3 2', '1 2', '6 2 1.5 2', '10 2.5'];

/**
 * Swedish number formatting for charts and running text.
 *
 * Conventions (Språkrådet / CLDR `sv`):
 * - decimal comma: 74,1
 * - thousands grouped in threes with U+202F NARROW NO-BREAK SPACE: 14 820, 1 234 567.
 *   U+202F is the CLDR separator for Swedish; unlike U+2009 THIN SPACE it never breaks a line,
 *   so a number is never split across lines (in HTML or in SVG text).
 * - minus sign U+2212 (−3,5), not the hyphen-minus.
 * - a unit (`%`, `kr`, `ton`, …) follows the number after U+00A0 NO-BREAK SPACE: 74,1 %, 12 kr,
 *   and "plats" precedes a rank after U+00A0: plats 36. The number and its unit never break apart.
 *
 * Numbers that are not finite (NaN, ±Infinity) are written as an en dash "–" so nothing
 * like "NaN" ever reaches the page.
 */
import { formatLocale } from 'd3';

/** Thousands separator: U+202F NARROW NO-BREAK SPACE. */
export const THOUSANDS_SEPARATOR = '\u202f';
/** Space between a number and its unit: U+00A0 NO-BREAK SPACE. */
export const UNIT_SPACE = '\u00a0';
/** Minus sign: U+2212. */
export const MINUS = '\u2212';
/** Written in place of a number that is not finite. */
export const NOT_A_NUMBER = '–';

const locale = formatLocale({
  decimal: ',',
  thousands: THOUSANDS_SEPARATOR,
  grouping: [3],
  currency: ['', `${UNIT_SPACE}kr`],
  minus: MINUS,
  percent: `${UNIT_SPACE}%`,
  nan: NOT_A_NUMBER,
});

const formatters = new Map<string, (n: number) => string>();
function fmt(specifier: string): (n: number) => string {
  let f = formatters.get(specifier);
  if (!f) {
    f = locale.format(specifier);
    formatters.set(specifier, f);
  }
  return f;
}

function checkDecimals(decimals: number): number {
  return Math.max(0, Math.min(20, Math.floor(decimals)));
}

/**
 * A number in Swedish form: 14820 → "14 820", 74.1 → "74,1", −3.5 → "−3,5".
 * Without `decimals`: as many decimals as needed, at most 2, trailing zeros dropped (74.10 → "74,1").
 * With `decimals`: exactly that many (formatNumber(1, 1) → "1,0"), useful for axis ticks.
 */
export function formatNumber(v: number, decimals?: number): string {
  if (!Number.isFinite(v)) return NOT_A_NUMBER;
  return decimals === undefined ? fmt(',.2~f')(v) : fmt(`,.${checkDecimals(decimals)}f`)(v);
}

/**
 * A number with every decimal it has, decimal comma, no grouping: 84.1 → "84,1", 15.025 →
 * "15,025", −3 → "−3". For messages that quote a value from a file, where rounding would hide
 * the very digit that is wrong.
 */
export function exactNumber(v: number): string {
  return String(Number(v.toPrecision(15))).replace('.', ',').replace('-', MINUS);
}

export type UnitKind = 'procent' | 'placering' | 'antal' | 'other';

/** What kind of unit an indicator's `unit` names: shown and checked the same way everywhere. */
export function unitKind(unit: string): UnitKind {
  const u = unit.trim().toLowerCase();
  if (u === 'procent' || u === '%') return 'procent';
  if (u === 'placering') return 'placering';
  if (u === 'antal') return 'antal';
  return 'other';
}

/**
 * The number of decimals a series is published with: the most any of its values has (at most 4).
 * Showing every value with that many keeps a column even (85,0 % beside 86,2 %) and never turns
 * a small published value such as 0,004 into 0.
 */
export function seriesDecimals(values: readonly number[]): number {
  let most = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    const text = String(v);
    if (/e/i.test(text)) return 4;
    const dot = text.indexOf('.');
    if (dot >= 0) most = Math.max(most, text.length - dot - 1);
  }
  return Math.min(most, 4);
}

/**
 * A value with its unit (with `decimals`, exactly that many decimals): 'procent' → "74,1 %", 'placering' (a rank, lower is better) → "plats 36",
 * 'antal' → "14 820", any other unit → "12 kr", "3,2 ton".
 */
export function formatValue(v: number, unit: string, decimals?: number): string {
  const n = formatNumber(v, decimals);
  switch (unitKind(unit)) {
    case 'procent':
      return `${n}${UNIT_SPACE}%`;
    case 'placering':
      return `plats${UNIT_SPACE}${n}`;
    case 'antal':
      return n;
    case 'other':
      return unit.trim() === '' ? n : `${n}${UNIT_SPACE}${unit.trim()}`;
  }
}

/** Axis label for a unit: "Procent (%)", "Placering (plats)", "Antal"; other units capitalised ("kr" → "Kr"). */
export function unitLabel(unit: string): string {
  switch (unitKind(unit)) {
    case 'procent':
      return 'Procent (%)';
    case 'placering':
      return 'Placering (plats)';
    case 'antal':
      return 'Antal';
    case 'other': {
      const u = unit.trim();
      return capitalise(u);
    }
  }
}

/**
 * A change with its sign: +1,2 / −0,4 / 0. At most `decimals` decimals, trailing zeros dropped
 * (formatSigned(2) → "+2"); a change that rounds to zero is written "0" without a sign.
 */
export function formatSigned(v: number, decimals = 1): string {
  if (!Number.isFinite(v)) return NOT_A_NUMBER;
  const d = checkDecimals(decimals);
  const s = fmt(`+,.${d}~f`)(v);
  return /^[+\u2212]0$/.test(s) ? '0' : s;
}

/** Most decimals a change is written with; a smaller change is written "0". */
const MAX_CHANGE_DECIMALS = 4;

/** Singular of the plural unit words that occur, for a change of exactly ±1 ("+1 minut"). */
const SINGULAR_UNIT: Record<string, string> = { minuter: 'minut', timmar: 'timme', dagar: 'dag', veckor: 'vecka', månader: 'månad' };

/**
 * A change per year in the indicator's own unit, with its sign, for running text:
 * 'procent' → "+0,4 procentenheter" (a change of a percentage is in percentage points),
 * 'placering' → "+2 placeringar", 'antal' → "+1,7", any other unit → "+0,2 ton", "−3 minuter".
 * Exactly ±1 (as written) takes the singular: "+1 procentenhet", "−1 placering", "+1 minut".
 *
 * Rounding: one decimal from 1 up (25,63 → "+25,6", 2 → "+2"); two significant digits below 1
 * (0,4 → "+0,4", 0,0456 → "+0,046"), at most four decimals. Trailing zeros are dropped. Zero, or
 * a change that rounds to zero, is "0" without a sign, still with the unit ("0 procentenheter").
 * Whether up is good (for a rank, lower is better) is for the caller to say.
 */
export function formatChange(perYear: number, unit: string): string {
  if (!Number.isFinite(perYear)) return NOT_A_NUMBER;
  const a = Math.abs(perYear);
  const decimals = a >= 1 || a === 0 ? 1 : Math.min(MAX_CHANGE_DECIMALS, 1 - Math.floor(Math.log10(a)));
  const n = formatSigned(perYear, decimals);
  const one = /^[+\u2212]?1$/.test(n);
  switch (unitKind(unit)) {
    case 'procent':
      return `${n}${UNIT_SPACE}${one ? 'procentenhet' : 'procentenheter'}`;
    case 'placering':
      return `${n}${UNIT_SPACE}${one ? 'placering' : 'placeringar'}`;
    case 'antal':
      return n;
    case 'other': {
      const u = unit.trim();
      if (u === '') return n;
      return `${n}${UNIT_SPACE}${one ? (SINGULAR_UNIT[u.toLowerCase()] ?? u) : u}`;
    }
  }
}

/**
 * A number the method derived (a projection, a fitted value) rounded for reading: one decimal
 * from 1 up, two significant digits below. Published values are never rounded this way.
 */
export function roundDerived(v: number): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  return Math.abs(v) >= 1 ? Math.round(v * 10) / 10 : Number(v.toPrecision(2));
}

/** At most `max` items joined by `separator`, the rest counted: "2019, 2020 och 3 till". */
export function listAtMost(items: readonly string[], max: number, separator: string): string {
  return items.length > max ? `${items.slice(0, max).join(separator)} och ${items.length - max} till` : items.join(separator);
}

/** The first letter in upper case: "tertial 2 2024" → "Tertial 2 2024". */
export const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);

/** The first letter in lower case, for a label inside a sentence: "Tertial 2 2026" → "tertial 2 2026". */
export const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('sv') + s.slice(1);

/** "a", "a och b", "a, b och c" (or with "eller"). */
export function listWords(items: readonly string[], conjunction: 'och' | 'eller' = 'och'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

import { describe, expect, test } from 'vitest';
import { formatChange, formatNumber, formatSigned, formatValue, seriesDecimals, unitLabel } from '../src/lib/format.ts';

/** U+202F NARROW NO-BREAK SPACE (thousands), U+00A0 NO-BREAK SPACE (before a unit), U+2212 MINUS SIGN. */
const NNBSP = '\u202f';
const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('formatNumber', () => {
  test.each<[number, number | undefined, string]>([
    [14820, undefined, `14${NNBSP}820`],
    [74.1, undefined, '74,1'],
    [74.1 + 1e-9, undefined, '74,1'],
    [74.1, 2, '74,10'],
    [-3.5, undefined, `${MINUS}3,5`],
    [0, undefined, '0'],
    [-0, undefined, '0'],
    [-0.001, undefined, '0'],
    [1234567, undefined, `1${NNBSP}234${NNBSP}567`],
    [1234567.891, undefined, `1${NNBSP}234${NNBSP}567,89`],
    [999, undefined, '999'],
    [1000, undefined, `1${NNBSP}000`],
    [0.5, undefined, '0,5'],
    [0.125, undefined, '0,13'],
    [2.999, undefined, '3'],
    [1, 1, '1,0'],
    [12.345, 0, '12'],
    [-14820.5, 1, `${MINUS}14${NNBSP}820,5`],
    [Number.NaN, undefined, '–'],
    [Number.POSITIVE_INFINITY, undefined, '–'],
  ])('formatNumber(%d, %s) is %j', (v, decimals, expected) => {
    expect(formatNumber(v, decimals)).toBe(expected);
  });

  test('never uses a breaking space or a hyphen-minus', () => {
    for (const v of [-1234567.5, -0.5, 98765]) {
      const s = formatNumber(v);
      expect(s).not.toMatch(/[ \u2009-]/);
    }
  });
});

describe('formatValue', () => {
  test.each<[number, string, string]>([
    [74.1, 'procent', `74,1${NBSP}%`],
    [100, 'procent', `100${NBSP}%`],
    [-2.25, 'procent', `${MINUS}2,25${NBSP}%`],
    [36, 'placering', `plats${NBSP}36`],
    [14820, 'antal', `14${NNBSP}820`],
    [12, 'kr', `12${NBSP}kr`],
    [3.2, 'ton', `3,2${NBSP}ton`],
    [1500000, 'kr per invånare', `1${NNBSP}500${NNBSP}000${NBSP}kr per invånare`],
    [5, 'Procent', `5${NBSP}%`],
    [7, '', '7'],
  ])('formatValue(%d, %j) is %j', (v, unit, expected) => {
    expect(formatValue(v, unit)).toBe(expected);
  });
});

describe('unitLabel', () => {
  test.each([
    ['procent', 'Procent (%)'],
    ['placering', 'Placering (plats)'],
    ['antal', 'Antal'],
    ['kr', 'Kr'],
    ['ton', 'Ton'],
    ['ärenden', 'Ärenden'],
    ['', ''],
  ])('unitLabel(%j) is %j', (unit, expected) => {
    expect(unitLabel(unit)).toBe(expected);
  });
});

describe('formatSigned', () => {
  test.each<[number, number | undefined, string]>([
    [1.2, undefined, '+1,2'],
    [-0.4, undefined, `${MINUS}0,4`],
    [0, undefined, '0'],
    [-0.04, undefined, '0'],
    [0.04, undefined, '0'],
    [2, undefined, '+2'],
    [1.25, 2, '+1,25'],
    [1234.5, undefined, `+1${NNBSP}234,5`],
    [-3, 0, `${MINUS}3`],
  ])('formatSigned(%d, %s) is %j', (v, decimals, expected) => {
    expect(decimals === undefined ? formatSigned(v) : formatSigned(v, decimals)).toBe(expected);
  });
});

describe('formatChange', () => {
  test.each<[number, string, string]>([
    // Percent: percentage points, singular for exactly ±1.
    [0.4, 'procent', `+0,4${NBSP}procentenheter`],
    [0.43, 'procent', `+0,43${NBSP}procentenheter`],
    [1, 'procent', `+1${NBSP}procentenhet`],
    [-1, 'procent', `${MINUS}1${NBSP}procentenhet`],
    [0.996, 'procent', `+1${NBSP}procentenhet`],
    [1.04, 'procent', `+1${NBSP}procentenhet`],
    [1.05, '%', `+1,1${NBSP}procentenheter`],
    [-2.5, 'procent', `${MINUS}2,5${NBSP}procentenheter`],
    [0, 'procent', `0${NBSP}procentenheter`],
    // Ranks: places, singular for exactly ±1.
    [2, 'placering', `+2${NBSP}placeringar`],
    [-1, 'placering', `${MINUS}1${NBSP}placering`],
    [0.5, 'placering', `+0,5${NBSP}placeringar`],
    // Counts: the number alone.
    [1.7, 'antal', '+1,7'],
    [25.63, 'antal', '+25,6'],
    [-1234.56, 'antal', `${MINUS}1${NNBSP}234,6`],
    [0, 'antal', '0'],
    // Other units as written, with a singular for the plural words that occur.
    [0.2, 'ton', `+0,2${NBSP}ton`],
    [-3, 'minuter', `${MINUS}3${NBSP}minuter`],
    [1, 'minuter', `+1${NBSP}minut`],
    [0.25, 'indexpoäng', `+0,25${NBSP}indexpoäng`],
    [12, 'kr per invånare', `+12${NBSP}kr per invånare`],
    [0.4, '', '+0,4'],
    // Rounding: two significant digits below 1, one decimal from 1, at most four decimals.
    [0.0456, '', '+0,046'],
    [-0.0999, '', `${MINUS}0,1`],
    [0.00012, '', '+0,0001'],
    [1e-15, '', '0'],
    [-1e-15, 'procent', `0${NBSP}procentenheter`],
    [9.96, '', '+10'],
    [Number.NaN, 'procent', '–'],
    [Number.NEGATIVE_INFINITY, 'antal', '–'],
  ])('formatChange(%d, %j) is %j', (v, unit, expected) => {
    expect(formatChange(v, unit)).toBe(expected);
  });

  test('never uses a hyphen-minus or a breaking space before the unit', () => {
    for (const v of [-0.004, -0.5, -1, -17.25, -12345]) {
      for (const unit of ['procent', 'placering', 'antal', 'ton']) expect(formatChange(v, unit)).not.toMatch(/-| procent| placering| ton/);
    }
  });
});

describe('seriesDecimals and formatValue with the series precision', () => {
  test.each([
    [[85, 86.2, 87.15], 2],
    [[14820, 13372], 0],
    [[0.004, 1], 3],
    [[1.23456789], 4],
    [[], 0],
  ])('%j is published with %i decimals', (values, decimals) => expect(seriesDecimals(values)).toBe(decimals));

  test('a whole value in a one-decimal series keeps its decimal, and small values are not zero', () => {
    expect(formatValue(85, 'procent', 1)).toBe('85,0\u00a0%');
    expect(formatValue(0.004, 'procent', seriesDecimals([0.004]))).toBe('0,004\u00a0%');
  });
});

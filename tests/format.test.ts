import { describe, expect, test } from 'vitest';
import { formatNumber, formatSigned, formatValue, unitLabel } from '../src/lib/format.ts';

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

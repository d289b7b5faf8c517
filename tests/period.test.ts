import { describe, expect, test } from 'vitest';
import { parsePeriod, periodLabel, periodRange, shiftPeriod } from '../src/lib/period.ts';

describe('parsePeriod', () => {
  test.each([
    ['2023', 'year', 2023],
    ['2023-T1', 'tertial', 2023],
    ['2023-T2', 'tertial', 2023 + 1 / 3],
    ['2023-t3', 'tertial', 2023 + 2 / 3],
    ['2023-01', 'month', 2023],
    ['2023-12', 'month', 2023 + 11 / 12],
  ])('%s is a %s at time %d', (text, kind, time) => {
    const p = parsePeriod(text);
    expect(p?.kind).toBe(kind);
    expect(p?.time).toBeCloseTo(time, 10);
  });

  test.each(['23', '2023-T4', '2023-T0', '2023-13', '2023-00', '2023-1', 'T1-2023', '2023/01', '', 'år 2023'])(
    '%j is not a period',
    (text) => expect(parsePeriod(text)).toBeNull(),
  );

  test('writes a lower-case tertial in canonical form', () => {
    expect(parsePeriod('2023-t2')?.key).toBe('2023-T2');
  });
});

describe('shiftPeriod and periodRange', () => {
  test('a tertial after T3 is T1 of the next year', () => {
    expect(shiftPeriod(parsePeriod('2023-T3')!, 1).key).toBe('2024-T1');
  });
  test('a month before January is December of the year before', () => {
    expect(shiftPeriod(parsePeriod('2023-01')!, -1).key).toBe('2022-12');
  });
  test('a range of months spans the turn of the year', () => {
    expect(periodRange(parsePeriod('2022-11')!, parsePeriod('2023-02')!).map((p) => p.key)).toEqual([
      '2022-11', '2022-12', '2023-01', '2023-02',
    ]);
  });
});

describe('periodLabel', () => {
  test.each([
    ['2023', '2023'],
    ['2023-T2', 'tertial 2 2023'],
    ['2023-04', 'april 2023'],
  ])('%s reads as %s', (text, label) => expect(periodLabel(parsePeriod(text)!)).toBe(label));
});

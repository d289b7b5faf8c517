import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  assessIndicator,
  INDICATOR_STATUS_LABEL,
  INDICATOR_STATUSES,
  METHOD,
  referenceTime,
  rollUp,
  ROLLUP_STATUS_LABEL,
  ROLLUP_STATUSES,
  theilSen,
  type IndicatorAssessment,
  type IndicatorStatus,
} from '../src/lib/assessment.ts';
import { describeAssessment, describeCounts, goalDifference, MOVE_SYMBOL, moveWords, staleWords, type DescribeOptions } from '../src/lib/assessment-words.ts';
import type { Direction, Gender, Observation, Target } from '../src/lib/model.ts';
import { makePeriod, parsePeriod, type PeriodKind } from '../src/lib/period.ts';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

type Row = [period: string, value: number | null, gender?: Gender];

function obs([period, value, gender = 'T']: Row, line = 2): Observation {
  const p = parsePeriod(period);
  if (!p) throw new Error(`bad period in test: ${period}`);
  return { period: p, gender, value, line };
}

const rows = (list: readonly Row[]): Observation[] => list.map((r, i) => obs(r, i + 2));

/** Consecutive periods of one kind from `first`, one value each. */
function run(first: string, values: readonly (number | null)[]): Row[] {
  const p = parsePeriod(first);
  if (!p) throw new Error(`bad period in test: ${first}`);
  return values.map((v, i) => {
    const n = p.kind === 'year' ? 1 : p.kind === 'tertial' ? 3 : 12;
    const index = p.year * n + Math.max(p.part - 1, 0) + i;
    const q = makePeriod(p.kind, Math.floor(index / n), p.kind === 'year' ? 0 : (index % n) + 1);
    return [q.key, v];
  });
}

const time = (period: string): number => parsePeriod(period)!.time;

function assess(list: readonly Row[], ref: string | number, direction: Direction = 'increase', target: Target | null = null) {
  return assessIndicator({ observations: rows(list), direction, target }, typeof ref === 'number' ? ref : time(ref));
}


// ---------------------------------------------------------------------------------------------
// One indicator: every branch of the method (docs/method.md)
// ---------------------------------------------------------------------------------------------

interface Case {
  name: string;
  rows: Row[];
  ref: string;
  direction?: Direction;
  target?: Target;
  status: IndicatorStatus;
  reason?: IndicatorAssessment['reason'];
  count?: number;
}

const t80in2026: Target = { value: 80, year: 2026 };

const cases: Case[] = [
  // Latest value and missing data
  { name: 'no rows at all give insufficient data: no values', rows: [], ref: '2024', status: 'insufficient-data', reason: 'no-values', count: 0 },
  { name: 'rows that are all missing give insufficient data: no values', rows: [['2022', null], ['2023', null]], ref: '2024', status: 'insufficient-data', reason: 'no-values' },
  { name: 'no values give insufficient data even with a target', rows: [], ref: '2024', target: t80in2026, status: 'insufficient-data', reason: 'no-values' },
  {
    name: 'gaps and missing values simply drop out of the trend',
    rows: [['2018', 50], ['2019', null], ['2021', 53], ['2022', null], ['2023', 55]],
    ref: '2023', status: 'improving', count: 3,
  },
  // Without a target
  { name: 'a rise of 2 % a year is improving', rows: run('2020', [100, 102, 104, 106]), ref: '2023', status: 'improving' },
  { name: 'a fall of 3 % a year is worsening', rows: run('2020', [100, 97, 94, 91]), ref: '2023', status: 'worsening' },
  { name: 'a fall is improving when lower is better', rows: run('2020', [100, 97, 94, 91]), ref: '2023', direction: 'decrease', status: 'improving' },
  { name: 'a flat, noisy series is stable', rows: run('2020', [100, 100.5, 100, 100.5]), ref: '2023', status: 'stable' },
  { name: 'a change of exactly +1 % a year is improving', rows: run('2021', [99, 100, 101]), ref: '2023', status: 'improving' },
  { name: 'a change of exactly −1 % a year is worsening when lower is better', rows: run('2021', [99, 100, 101]), ref: '2023', direction: 'decrease', status: 'worsening' },
  {
    name: 'one outlier year at the start does not flip a rising trend (Theil–Sen)',
    rows: run('2019', [80, 51, 52, 53, 54, 55]), ref: '2024', status: 'improving', count: 6,
  },
  // Zeros and negative values
  { name: 'all zeros (s = 0, b = 0) are stable', rows: run('2020', [0, 0, 0, 0, 0]), ref: '2024', status: 'stable' },
  { name: 'mostly zeros with a rise (s = 0, b > 0) are improving', rows: run('2020', [0, 0, 0, 2, 4]), ref: '2024', status: 'improving' },
  { name: 'mostly zeros with a rise are worsening when lower is better', rows: run('2020', [0, 0, 0, 2, 4]), ref: '2024', direction: 'decrease', status: 'worsening' },
  { name: 'negative values rising towards zero are improving', rows: run('2020', [-20, -15, -10, -5]), ref: '2023', status: 'improving' },
  { name: 'negative values rising are worsening when lower is better', rows: run('2020', [-20, -15, -10, -5]), ref: '2023', direction: 'decrease', status: 'worsening' },
  { name: 'negative values on course for a target of zero are on track', rows: run('2020', [-20, -15, -10, -5]), ref: '2023', target: { value: 0, year: 2030 }, status: 'on-track' },
  // Tertial and month data
  { name: 'tertial data spanning exactly two years are enough for a trend', rows: run('2021-T2', [10, 11, 12, 13, 14, 15, 16]), ref: '2023-T2', status: 'improving', count: 7 },
  { name: 'tertial data spanning one year and eight months are too short', rows: run('2022-T1', [10, 11, 12, 13, 14, 15]), ref: '2023-T3', status: 'insufficient-data', reason: 'too-short-span' },
  {
    name: 'falling month data are improving when lower is better',
    rows: run('2021-01', Array.from({ length: 36 }, (_, i) => 100 - i / 2)), ref: '2023-12', direction: 'decrease', status: 'improving', count: 36,
  },
  { name: 'month data spanning 23 months are too short', rows: run('2022-01', Array.from({ length: 24 }, (_, i) => i)), ref: '2023-12', status: 'insufficient-data', reason: 'too-short-span' },
  { name: 'three values spanning less than two years are too short', rows: [['2022-T3', 1], ['2023-T2', 2], ['2024-T1', 3]], ref: '2024-T1', status: 'insufficient-data', reason: 'too-short-span', count: 3 },
  // Stale data
  { name: 'a latest value exactly 3 years before the follow-up is not stale', rows: run('2018', [10, 11, 12]), ref: '2023', status: 'improving' },
  { name: 'a latest value 4 years before the follow-up is stale', rows: run('2017', [10, 11, 12]), ref: '2023', status: 'insufficient-data', reason: 'stale' },
  { name: 'a latest value 3 years and a tertial before the follow-up is stale', rows: run('2018', [10, 11, 12]), ref: '2023-T2', status: 'insufficient-data', reason: 'stale' },
  { name: 'a tertial value exactly 3 years before a tertial follow-up is not stale', rows: run('2018-T2', [10, 11, 12, 13, 14, 15, 16]), ref: '2023-T2', status: 'improving' },
  { name: 'a stale value that met its target is still insufficient data', rows: run('2015', [85, 86, 87]), ref: '2021', target: t80in2026, status: 'insufficient-data', reason: 'stale' },
  // With a target
  { name: 'a single value at the target is met', rows: [['2024', 80]], ref: '2024', target: t80in2026, status: 'met' },
  { name: 'a single value above the target is met', rows: [['2024', 82]], ref: '2024', target: t80in2026, status: 'met' },
  { name: 'a value below the target is met when lower is better', rows: [['2024', 4.5]], ref: '2024', direction: 'decrease', target: { value: 5, year: 2026 }, status: 'met' },
  { name: 'a value above the target is not met when lower is better', rows: [['2023', 5.5], ['2024', 5.2]], ref: '2024', direction: 'decrease', target: { value: 5, year: 2026 }, status: 'insufficient-data', reason: 'too-few-values' },
  { name: 'the target year reached without the target is missed', rows: run('2022', [70, 72, 74]), ref: '2024', target: { value: 80, year: 2024 }, status: 'missed' },
  { name: 'a single value after the target year is missed', rows: [['2025', 70]], ref: '2025', target: { value: 80, year: 2024 }, status: 'missed' },
  // The target year means its end (T*): the year's last period in the series' own kind.
  { name: 'a value in tertial 1 of the target year does not yet miss the target', rows: [['2026-T1', 70]], ref: '2026-T1', target: t80in2026, status: 'insufficient-data', reason: 'too-few-values' },
  { name: 'a value in tertial 3 of the target year below the target is missed', rows: [['2026-T3', 70]], ref: '2026-T3', target: t80in2026, status: 'missed' },
  { name: 'a value in June of the target year does not yet miss the target', rows: [['2026-06', 70]], ref: '2026-T2', target: t80in2026, status: 'insufficient-data', reason: 'too-few-values' },
  { name: 'a value in December of the target year below the target is missed', rows: [['2026-12', 70]], ref: '2026-T3', target: t80in2026, status: 'missed' },
  {
    name: 'a monthly series halfway through the target year is on track when its projection to December reaches the target',
    // +1 a month from June 2024 to June 2026 (49 … 73): six more months give 79, over 78.
    rows: run('2024-06', Array.from({ length: 25 }, (_, i) => 49 + i)), ref: '2026-T2', target: { value: 78, year: 2026 }, status: 'on-track', count: 25,
  },
  {
    name: 'a monthly series halfway through the target year is too slow when its projection to December falls short',
    rows: run('2024-06', Array.from({ length: 25 }, (_, i) => 49 + i)), ref: '2026-T2', target: { value: 80, year: 2026 }, status: 'too-slow', count: 25,
  },
  {
    name: 'a tertial series in tertial 2 of the target year is on track when its projection to tertial 3 reaches the target',
    // +1 a tertial from 2024-T1 to 2026-T2 (70 … 77): one more tertial gives 78.
    rows: run('2024-T1', [70, 71, 72, 73, 74, 75, 76, 77]), ref: '2026-T2', target: { value: 78, year: 2026 }, status: 'on-track', count: 8,
  },
  {
    name: 'a tertial series in tertial 2 of the target year is too slow when one more tertial does not reach the target',
    rows: run('2024-T1', [70, 71, 72, 73, 74, 75, 76, 77]), ref: '2026-T2', target: { value: 79, year: 2026 }, status: 'too-slow', count: 8,
  },
  { name: 'two values before the target year are too few', rows: run('2023', [70, 72]), ref: '2024', target: t80in2026, status: 'insufficient-data', reason: 'too-few-values', count: 2 },
  { name: 'a projection above the target is on track', rows: run('2020', [70, 72, 74, 76]), ref: '2023', target: t80in2026, status: 'on-track' },
  { name: 'a projection exactly at the target is on track', rows: run('2020', [70, 72, 74, 76]), ref: '2023', target: { value: 82, year: 2026 }, status: 'on-track' },
  { name: 'a tertial projection exactly at the target is on track', rows: run('2022-T1', [70, 71, 72, 73, 74, 75, 76]), ref: '2024-T1', target: { value: 82, year: 2026 }, status: 'on-track' },
  { name: 'a slow rise is too slow', rows: run('2020', [70, 70.5, 71, 71.5]), ref: '2023', target: t80in2026, status: 'too-slow' },
  { name: 'a slight fall of less than 1 % a year is too slow, not wrong direction', rows: run('2020', [72.3, 72.2, 72.1, 72]), ref: '2023', target: t80in2026, status: 'too-slow' },
  { name: 'a fall of more than 1 % a year is wrong direction', rows: run('2020', [76, 74, 72, 70]), ref: '2023', target: t80in2026, status: 'wrong-direction' },
  { name: 'a rise is wrong direction when lower is better', rows: run('2020', [10, 11, 12, 13]), ref: '2023', direction: 'decrease', target: { value: 5, year: 2030 }, status: 'wrong-direction' },
  // Window
  { name: 'a value exactly 6 years before the latest is outside the window', rows: [['2018', 10], ['2022', 11], ['2024', 12]], ref: '2024', status: 'insufficient-data', reason: 'too-few-values', count: 2 },
  { name: 'a value 5 years before the latest is inside the window', rows: [['2019', 10], ['2022', 11], ['2024', 12]], ref: '2024', status: 'improving', count: 3 },
  { name: 'a tertial exactly 6 years before the latest is outside the window', rows: [['2017-T2', 10], ['2021-T1', 11], ['2023-T2', 12]], ref: '2023-T2', status: 'insufficient-data', reason: 'too-few-values', count: 2 },
  // Beyond 2048 a year's binary fraction rounds differently, so 2048-T2 − 2045-T2 is not exactly 3 in floats.
  { name: 'a tertial exactly 3 years before the follow-up is not stale across 2048', rows: run('2043-T2', [10, 11, 12, 13, 14, 15, 16]), ref: '2048-T2', status: 'improving' },
  { name: 'a tertial exactly 6 years before the latest is outside the window across 2048', rows: [['2042-T3', 10], ['2046-T1', 11], ['2048-T3', 12]], ref: '2048-T3', status: 'insufficient-data', reason: 'too-few-values', count: 2 },
  { name: 'tertial data spanning exactly two years are enough across 2048', rows: run('2046-T3', [10, 11, 12, 13, 14, 15, 16]), ref: '2048-T3', status: 'improving', count: 7 },
  { name: 'old values outside the window do not count', rows: [...run('2010', [1, 2, 3, 4, 5, 6]), ['2022', 10], ['2023', 11]], ref: '2023', status: 'insufficient-data', reason: 'too-few-values', count: 2 },
];

describe('assessIndicator', () => {
  test.each(cases)('$name', (c) => {
    const a = assess(c.rows, c.ref, c.direction, c.target ?? null);
    expect(a.status).toBe(c.status);
    expect(a.label).toBe(INDICATOR_STATUS_LABEL[c.status]);
    expect(a.reason).toBe(c.status === 'insufficient-data' ? c.reason : null);
    expect(a.stale).toBe(c.reason === 'stale');
    if (c.count !== undefined) expect(a.count).toBe(c.count);
  });

  test('publishes every input of an on-track assessment', () => {
    const a = assess(run('2020', [70, 72, 74, 76]), '2023', 'increase', t80in2026);
    expect(a).toEqual({
      status: 'on-track',
      label: 'I fas',
      reason: null,
      latest: { period: makePeriod('year', 2023, 0), value: 76 },
      window: { from: makePeriod('year', 2020, 0), to: makePeriod('year', 2023, 0) },
      count: 4,
      slope: 2,
      relativeChange: 2 / 73,
      fittedLatest: 76,
      projection: 82,
      target: t80in2026,
      targetPeriod: makePeriod('year', 2026, 0),
      referenceTime: 2023,
      stale: false,
    });
  });

  test.each([
    ['a yearly series', run('2022', [70, 72, 74]), '2026'],
    ['a tertial series', run('2024-T1', [70, 71, 72, 73, 74]), '2026-T3'],
    ['a monthly series', run('2024-01', Array.from({ length: 26 }, (_, i) => 50 + i)), '2026-12'],
  ])('T*, the end of the target year, is published as the last period of the year in the kind of %s', (_, list, key) => {
    expect(assess(list, list.at(-1)![0], 'increase', t80in2026).targetPeriod?.key).toBe(key);
  });

  test('the projection is to T*: a monthly series projects from its latest month to December of the target year', () => {
    // +1 a month, latest value 73 in June 2026: December is 6 months, half a year, later.
    const a = assess(run('2024-06', Array.from({ length: 25 }, (_, i) => 49 + i)), '2026-T2', 'increase', { value: 78, year: 2026 });
    expect(a.slope).toBeCloseTo(12, 9);
    expect(a.projection).toBeCloseTo(79, 9);
    expect(describeAssessment(a, inPercentUnit)).toMatch(/Prognos december 2026: 79\s%, målvärde 78\s%\.$/);
  });

  test('without a target or without values there is no T*', () => {
    expect(assess(run('2022', [70, 72, 74]), '2024').targetPeriod).toBeNull();
    expect(assess([], '2024', 'increase', t80in2026).targetPeriod).toBeNull();
  });

  test('a value exactly 6 years before the latest is left out of the published window', () => {
    const a = assess([['2018', 500], ...run('2019', [10, 11, 12, 13, 14, 15])], '2024');
    expect(a.window).toEqual({ from: makePeriod('year', 2019, 0), to: makePeriod('year', 2024, 0) });
    expect(a.count).toBe(6);
    expect(a.slope).toBe(1);
  });

  test('s = 0 with b ≠ 0 gives an infinite relative change with the sign of d·b', () => {
    expect(assess(run('2020', [0, 0, 0, 2, 4]), '2024').relativeChange).toBe(Infinity);
    expect(assess(run('2020', [0, 0, 0, 2, 4]), '2024', 'decrease').relativeChange).toBe(-Infinity);
    expect(assess(run('2020', [0, 0, 0, 0, 0]), '2024').relativeChange).toBe(0);
  });

  test('a first-last or least-squares method would call the outlier series worsening, Theil–Sen does not', () => {
    const values = [80, 51, 52, 53, 54, 55];
    const ts = values.map((_, i) => i);
    const firstLast = (values[5]! - values[0]!) / 5;
    const tMean = ts.reduce((s, x) => s + x, 0) / ts.length;
    const vMean = values.reduce((s, x) => s + x, 0) / values.length;
    const leastSquares =
      ts.reduce((s, t, i) => s + (t - tMean) * (values[i]! - vMean), 0) / ts.reduce((s, t) => s + (t - tMean) ** 2, 0);
    expect(firstLast).toBeLessThan(0);
    expect(leastSquares).toBeLessThan(0);
    const a = assess(run('2019', values), '2024');
    expect(a.slope).toBe(1);
    expect(a.status).toBe('improving');
  });

  test('only the total series is used: wild K and M rows change nothing', () => {
    const total: Row[] = [['2018', 50], ['2019', null], ['2021', 53], ['2022', null], ['2023', 55]];
    const wild: Row[] = [
      ['2016', 1e6, 'K'], ['2019', -1e6, 'K'], ['2023', 0, 'K'], ['2025', -5, 'K'],
      ['2019', 1e6, 'M'], ['2022', 7, 'M'], ['2023', -1e6, 'M'], ['2026', 1e9, 'M'],
    ];
    for (const target of [null, t80in2026, { value: 40, year: 2020 }]) {
      const plain = assess(total, '2023', 'increase', target);
      expect(assess([...wild.slice(0, 4), ...total, ...wild.slice(4)], '2023', 'increase', target)).toEqual(plain);
    }
  });

  test('the row order of the file does not matter', () => {
    const list = run('2019', [10, 14, 11, 13, 12, 15]);
    expect(assess([...list].reverse(), '2024', 'increase', t80in2026)).toEqual(assess(list, '2024', 'increase', t80in2026));
  });
});

// ---------------------------------------------------------------------------------------------
// Theil–Sen and reference time
// ---------------------------------------------------------------------------------------------

describe('theilSen', () => {
  test('fits a straight line exactly', () => {
    expect(theilSen([{ t: 2020, v: 5 }, { t: 2021, v: 7 }, { t: 2022, v: 9 }])).toEqual({ slope: 2, intercept: 5 - 2 * 2020 });
  });
  test('takes the median slope over all pairs, so one wild point cannot move it', () => {
    expect(theilSen([{ t: 0, v: 0 }, { t: 1, v: 1 }, { t: 2, v: 2 }, { t: 3, v: 3 }, { t: 4, v: 100 }])?.slope).toBe(1);
  });
  test.each([
    ['no points', []],
    ['one point', [{ t: 2020, v: 1 }]],
    ['two points at the same time', [{ t: 2020, v: 1 }, { t: 2020, v: 2 }]],
  ])('gives no line for %s', (_, points) => expect(theilSen(points)).toBeNull());
});

describe('referenceTime', () => {
  test.each([
    ['the latest follow-up when there are follow-ups', [2022, 2023 + 1 / 3, 2023], [2024, 2025], 2023 + 1 / 3],
    ['the latest observation without follow-ups', [], [2019, 2024, 2021], 2024],
    ['nothing when there is neither', [], [], null],
  ] as const)('is %s', (_, followUps, observations, expected) => {
    expect(referenceTime(followUps, observations)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Roll-up
// ---------------------------------------------------------------------------------------------

describe('rollUp', () => {
  const ins = 'insufficient-data' as const;
  test.each<[string, IndicatorStatus[], string, number | null]>([
    ['an empty list is insufficient data', [], 'insufficient-data', null],
    ['a list with nothing scored is insufficient data', [ins, ins, ins], 'insufficient-data', null],
    ['2 scored of 5 (k < n/2) is insufficient data', ['met', 'met', ins, ins, ins], 'insufficient-data', 2],
    ['2 scored of 4 (k = n/2) is judged', ['met', 'met', ins, ins], 'fulfilled', 2],
    ['a mean of exactly 1.5 is fulfilled', ['met', 'too-slow'], 'fulfilled', 1.5],
    ['a mean just under 1.5 is partly fulfilled', ['met', 'met', 'too-slow', 'too-slow', 'too-slow'], 'partly-fulfilled', 1.4],
    ['a mean of exactly 0.75 is partly fulfilled', ['improving', 'missed', 'worsening', 'stable'], 'partly-fulfilled', 0.75],
    ['a mean just under 0.75 is not fulfilled', ['met', 'met', 'too-slow', 'missed', 'missed', 'wrong-direction', 'worsening'], 'not-fulfilled', 5 / 7],
    ['only zeros are not fulfilled', ['missed', 'wrong-direction', 'worsening'], 'not-fulfilled', 0],
  ])('%s', (_, statuses, status, mean) => {
    const r = rollUp(statuses);
    expect(r.status).toBe(status);
    expect(r.label).toBe(ROLLUP_STATUS_LABEL[r.status]);
    expect(r.n).toBe(statuses.length);
    expect(r.mean).toBe(mean);
  });

  test('counts every status, zero for those not present', () => {
    const r = rollUp(['met', 'on-track', 'on-track', 'insufficient-data']);
    expect(r.scored).toBe(3);
    expect(r.counts).toEqual({
      met: 1, 'on-track': 2, 'too-slow': 0, 'wrong-direction': 0, missed: 0,
      improving: 0, stable: 0, worsening: 0, 'insufficient-data': 1,
    });
  });

  test('labels and status lists cover every status', () => {
    expect(Object.keys(INDICATOR_STATUS_LABEL).sort()).toEqual([...INDICATOR_STATUSES].sort());
    expect(Object.keys(ROLLUP_STATUS_LABEL).sort()).toEqual([...ROLLUP_STATUSES].sort());
    expect(Object.keys(METHOD.scores).sort()).toEqual(INDICATOR_STATUSES.filter((s) => s !== 'insufficient-data').sort());
  });
});

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

/** Writes U+00A0 NO-BREAK SPACE before "%" and the unit words, as the formatters do, so expected sentences stay readable. */
const nb = (text: string): string => text.replace(/ (%|procentenhet|placering)/g, '\u00a0$1');

const inPercentUnit: DescribeOptions = { unit: 'procent' };

describe('describeAssessment', () => {
  test.each<[string, () => IndicatorAssessment, DescribeOptions, string]>([
    // A trend: the slope in the indicator's own unit first, the relative change second.
    [
      'an on-track indicator gives the slope in percentage points, the relative change, window, count, projection and target',
      () => assess(run('2020', [70, 72, 74, 76]), '2023', 'increase', t80in2026), inPercentUnit,
      'Trenden under 2020–2023 (4 värden) är +2 procentenheter per år, eller +2,7 % per år. Prognos 2026: 82 %, målvärde 80 %.',
    ],
    [
      'a wrong-direction indicator gives a negative trend with a real minus sign',
      () => assess(run('2020', [76, 74, 72, 70]), '2023', 'increase', t80in2026), inPercentUnit,
      'Trenden under 2020–2023 (4 värden) är \u22122 procentenheter per år, eller \u22122,7 % per år – minst 1 % åt fel håll, räknas som fel riktning. Prognos 2026: 64 %, målvärde 80 %.',
    ],
    [
      'a change of exactly one percentage point is singular',
      () => assess(run('2019', [80, 51, 52, 53, 54, 55]), '2024'), inPercentUnit,
      'Trenden under 2019–2024 (6 värden) är +1 procentenhet per år, eller +1,9 % per år – minst 1 % åt rätt håll, räknas som en förbättring.',
    ],
    [
      'a rank gives places per year',
      () => assess(run('2019', [30, 28, 29, 27, 26, 25]), '2024', 'decrease'), { unit: 'placering' },
      'Trenden under 2019–2024 (6 värden) är \u22121 placering per år, eller \u22123,6 % per år – minst 1 % åt rätt håll, räknas som en förbättring.',
    ],
    [
      'falling tertial values show as a falling trend over tertials',
      () => assess(run('2021-T1', [100, 99, 98, 97, 96, 95, 94]), '2023-T1', 'decrease'), { unit: 'antal' },
      'Trenden under tertial 1 2021 – tertial 1 2023 (7 värden) är \u22123 per år, eller \u22123,1 % per år – minst 1 % åt rätt håll, räknas som en förbättring.',
    ],
    // Stable and too slow: the words say why a non-zero change does not count.
    [
      'a stable indicator names the threshold that makes it stable',
      () => assess(run('2020', [99.5, 100.3, 100.8, 101.5]), '2023'), inPercentUnit,
      'Trenden under 2020–2023 (4 värden) är +0,66 procentenheter per år, eller +0,7 % per år – under gränsen 1 %, räknas som oförändrat.',
    ],
    [
      'a stable change just under the threshold is not rounded up to it',
      () => assess(run('2021', [100, 100.96, 101.92]), '2023'), inPercentUnit,
      'Trenden under 2021–2023 (3 värden) är +0,96 procentenheter per år, eller +0,95 % per år – under gränsen 1 %, räknas som oförändrat.',
    ],
    [
      'a tiny stable change is "under 0,1 %" in relative terms',
      () => assess(run('2021', [1000, 1000.2, 1000.4]), '2023'), { unit: 'ton' },
      'Trenden under 2021–2023 (3 värden) är +0,2\u00a0ton per år, eller under 0,1 % per år – under gränsen 1 %, räknas som oförändrat.',
    ],
    [
      'a too-slow indicator that falls a little says why it is not wrong direction',
      () => assess(run('2020', [72.3, 72.2, 72.1, 72]), '2023', 'increase', t80in2026), inPercentUnit,
      'Trenden under 2020–2023 (4 värden) är \u22120,1 procentenheter per år, eller \u22120,1 % per år – under gränsen 1 %, räknas inte som fel riktning. Prognos 2026: 71,7 %, målvärde 80 %.',
    ],
    [
      'a too-slow indicator that rises gives just the trend and the projection',
      () => assess(run('2020', [70, 70.5, 71, 71.5]), '2023', 'increase', t80in2026), inPercentUnit,
      'Trenden under 2020–2023 (4 värden) är +0,5 procentenheter per år, eller +0,7 % per år. Prognos 2026: 73 %, målvärde 80 %.',
    ],
    // Level zero.
    [
      'a rise from zero keeps the slope and says "uppåt från nivån 0" instead of a percentage',
      () => assess(run('2020', [0, 0, 0, 2, 4]), '2024'), { unit: 'antal' },
      'Trenden under 2020–2024 (5 värden) är +1 per år, uppåt från nivån 0.',
    ],
    [
      'a fall to below zero from zero says "nedåt från nivån 0"',
      () => assess(run('2020', [0, 0, 0, -2, -4]), '2024'), { unit: 'antal' },
      'Trenden under 2020–2024 (5 värden) är \u22121 per år, nedåt från nivån 0.',
    ],
    [
      'all zeros are described as no trend',
      () => assess(run('2020', [0, 0, 0, 0, 0]), '2024'), inPercentUnit,
      'Ingen trend uppåt eller nedåt under 2020–2024 (5 värden).',
    ],
    // Met and missed.
    [
      'a met target says the latest value reaches it',
      () => assess([['2024', 82]], '2024', 'increase', t80in2026), inPercentUnit,
      'Senaste värdet 82 % (2024) når målvärdet 80 %.',
    ],
    [
      'a missed target says the target year is over without the target',
      () => assess(run('2022', [70, 72, 74]), '2024', 'increase', { value: 80, year: 2024 }), inPercentUnit,
      'Målåret 2024 är slut utan att målvärdet 80 % har nåtts: senaste värdet är 74 % (2024).',
    ],
    // Insufficient data.
    [
      'stale data name the latest follow-up when its label is given',
      () => assess([['2022-11', 1], ['2022-12', 2], ['2023-02', 3]], '2026-T2'), { unit: 'procent', referenceLabel: 'tertial 2 2026' },
      'Senaste värdet är från februari 2023. Det är mer än 3 år äldre än den senaste uppföljningen (tertial 2 2026) och räcker inte för en bedömning.',
    ],
    [
      'stale data without a label name the year of the reference time',
      () => assess(run('2016', [1, 2, 3]), '2023'), inPercentUnit,
      'Senaste värdet är från 2018. Det är mer än 3 år äldre än uppföljningsperioden 2023 och räcker inte för en bedömning.',
    ],
    [
      'stale yearly data name the year of a tertial 3 follow-up, not the next year',
      () => assess(run('2018', [1, 2, 3]), '2023-T3'), inPercentUnit,
      'Senaste värdet är från 2020. Det är mer än 3 år äldre än uppföljningsperioden 2023 och räcker inte för en bedömning.',
    ],
    [
      'too few values say how many there are and how many are needed',
      () => assess(run('2023', [70, 72]), '2024'), inPercentUnit,
      'Bara 2 värden under de senaste 6 åren; minst 3 behövs.',
    ],
    [
      'one value says "1 värde"',
      () => assess([['2024', 70]], '2024', 'increase', t80in2026), inPercentUnit,
      'Bara 1 värde under de senaste 6 åren; minst 3 behövs.',
    ],
    [
      'too short a span names the periods',
      () => assess(run('2023-T1', [1, 2, 3]), '2023-T3'), inPercentUnit,
      'De 3 värdena (tertial 1 2023 – tertial 3 2023) täcker mindre än 2 år; minst 2 år behövs för en trend.',
    ],
    ['no values say so', () => assess([], '2024'), inPercentUnit, 'Inga värden ännu.'],
  ])('%s', (_, make, options, text) => {
    expect(describeAssessment(make(), options)).toBe(nb(text));
  });

  test('an empty reference label is the same as none: the year of the reference time is named', () => {
    const stale = assess(run('2016', [1, 2, 3]), '2023');
    expect(describeAssessment(stale, { unit: 'procent', referenceLabel: '' })).toBe(describeAssessment(stale, inPercentUnit));
  });

  test('the threshold in the words follows METHOD.changeThreshold', () => {
    const text = describeAssessment(assess(run('2020', [100, 100.5, 100, 100.5]), '2023'), inPercentUnit);
    expect(text).toContain(`under gränsen ${METHOD.changeThreshold * 100}\u00a0%, räknas som oförändrat`);
  });

  test('never says Infinity or NaN', () => {
    for (const direction of ['increase', 'decrease'] as const) {
      for (const target of [null, { value: 10, year: 2030 }]) {
        const text = describeAssessment(assess(run('2020', [0, 0, 0, -2, -4]), '2024', direction, target), inPercentUnit);
        expect(text).not.toMatch(/Infinity|NaN|undefined|null/);
      }
    }
  });
});

describe('the words around a status: the limit, old data, reference values, moves and differences', () => {
  test('a rise just under the limit says so beside "Oförändrat", as the issue of the gymnasieexamen chart asked', () => {
    const a = assess(run('2019', [70.8, 73.4, 74.1, 73.0, 75.2, 76.0]), '2024');
    expect(a.status).toBe('stable');
    expect(describeAssessment(a, inPercentUnit)).toMatch(/eller \+0,99\u00a0% per år – under gränsen 1\u00a0%, räknas som oförändrat\.$/);
  });

  test('a too-slow rise well over the limit is rounded as usual, not cut like a change just under it', () => {
    const a = assess(run('2021', [26, null, 27, null, 28]), '2025', 'increase', { value: 35, year: 2030 });
    expect(a.status).toBe('too-slow');
    expect(describeAssessment(a, inPercentUnit)).toContain('eller +1,9\u00a0% per år.');
  });

  test('a reference value is called referensvärde, never målvärde', () => {
    const met = assess([['2024', 82]], '2024', 'increase', t80in2026);
    const onTrack = assess(run('2020', [70, 72, 74, 76]), '2023', 'increase', t80in2026);
    const missed = assess(run('2022', [70, 72, 74]), '2024', 'increase', { value: 80, year: 2024 });
    for (const a of [met, onTrack, missed]) {
      const text = describeAssessment(a, { unit: 'procent', targetKind: 'reference' });
      expect(text).toMatch(/referensvärde/);
      expect(text).not.toMatch(/målvärde/);
      expect(describeAssessment(a, inPercentUnit)).toMatch(/målvärde/);
    }
  });

  test('old data is named with its period, and only when it is older than the limit', () => {
    expect(staleWords(assess(run('2017', [1, 2, 3]), '2023'))).toBe(`Senaste uppgift 2019, mer än ${METHOD.staleYears} år gammal`);
    expect(staleWords(assess([['2022-11', 1], ['2022-12', 2], ['2023-02', 3]], '2026-T2'))).toBe('Senaste uppgift februari 2023, mer än 3 år gammal');
    expect(staleWords(assess(run('2019', [1, 2, 3]), '2023'))).toBeNull();
    expect(staleWords(assess([], '2023'))).toBeNull();
  });

  test.each([
    ['better', 'Bättre än i tertial 1 2026 (då: Uppfylls delvis)'],
    ['worse', 'Sämre än i tertial 1 2026 (då: Uppfylls delvis)'],
    ['same', 'Samma som i tertial 1 2026'],
    ['changed', 'Ändrad sedan tertial 1 2026 (då: Uppfylls delvis)'],
  ] as const)('a move %s is said in words, with a symbol of its own', (move, words) => {
    expect(moveWords(move, 'Tertial 1 2026', 'Uppfylls delvis')).toBe(words);
    expect(new Set(Object.values(MOVE_SYMBOL)).size).toBe(4);
  });

  test('a difference between judged and computed is said; one that comes from later values says that instead', () => {
    const partly = rollUp(['too-slow', 'stable', 'improving']);
    const none = rollUp(['insufficient-data', 'insufficient-data', 'improving']);
    expect(partly.status).toBe('partly-fulfilled');
    expect(goalDifference('partly-fulfilled', partly, partly, 'Tertial 2 2026')).toBeNull();
    expect(goalDifference('partly-fulfilled', none, none, 'Tertial 2 2026')).toMatch(/^Metoden kan inte bedöma målet/);
    expect(goalDifference('partly-fulfilled', none, partly, 'Tertial 2 2026')).toBe(
      'Vid uppföljningen (tertial 2 2026) gav beräkningen samma bedömning som kommunen. Med värden som har kommit in sedan dess ger den ”underlag saknas”.',
    );
  });
});

describe('describeCounts', () => {
  const ins = 'insufficient-data' as const;
  test.each<[string, IndicatorStatus[], string]>([
    [
      'names every group that occurs once, in the fixed order, with "och" before the last',
      ['improving', 'met', 'too-slow', 'too-slow', 'too-slow', 'stable', 'missed', 'on-track', ins, ins, ins],
      'Av 11 indikatorer: 3 har nått målvärdet eller går åt rätt håll, 3 går för långsamt mot målet, 1 är oförändrad, 1 nådde inte målvärdet i tid och 3 saknar underlag.',
    ],
    [
      'keeps wrong direction, worsening and missed apart',
      ['missed', 'worsening', 'wrong-direction', 'worsening'],
      'Av 4 indikatorer: 1 går åt fel håll, 2 försämras och 1 nådde inte målvärdet i tid.',
    ],
    [
      'fits the first phrase to met and on track',
      ['met', 'on-track', 'on-track', 'on-track', 'too-slow', ins, ins],
      'Av 7 indikatorer: 4 har nått målvärdet eller är i fas, 1 går för långsamt mot målet och 2 saknar underlag.',
    ],
    ['fits the first phrase to met and improving', ['met', 'improving', 'worsening'], 'Av 3 indikatorer: 2 har nått målvärdet eller förbättras och 1 försämras.'],
    ['fits the first phrase to on track and improving', ['on-track', 'improving', 'missed'], 'Av 3 indikatorer: 2 är i fas eller förbättras och 1 nådde inte målvärdet i tid.'],
    ['names only improving when only improving occurs', ['stable', 'stable', 'improving'], 'Av 3 indikatorer: 1 förbättras och 2 är oförändrade.'],
    ['puts the verb first after "Av N indikatorer" whatever group comes first', ['too-slow', 'stable', 'stable'], 'Av 3 indikatorer: 1 går för långsamt mot målet och 2 är oförändrade.'],
    ['uses the singular adjective for one stable indicator', ['stable', 'worsening', 'worsening'], 'Av 3 indikatorer: 1 är oförändrad och 2 försämras.'],
    ['puts the negative verb right after the count when missed comes first', ['missed', 'missed', ins], 'Av 3 indikatorer: 2 nådde inte målvärdet i tid och 1 saknar underlag.'],
    ['says "Den enda indikatorn" for one', ['improving'], 'Den enda indikatorn förbättras.'],
    ['says "Den enda indikatorn" with the singular adjective', ['stable'], 'Den enda indikatorn är oförändrad.'],
    ['says "Båda indikatorerna" when two share a group', ['met', 'on-track'], 'Båda indikatorerna har nått målvärdet eller är i fas.'],
    ['says "Alla N indikatorer" when all share a group', ['stable', 'stable', 'stable'], 'Alla 3 indikatorer är oförändrade.'],
    ['says so when nothing could be assessed', [ins, ins, ins], 'Alla 3 indikatorer saknar underlag.'],
    ['says so when the one indicator could not be assessed', [ins], 'Indikatorn saknar underlag.'],
    ['says so when there are no indicators', [], 'Inga indikatorer ännu.'],
  ])('%s', (_, statuses, text) => expect(describeCounts(rollUp(statuses))).toBe(text));

  test('always shows the counts and ends with a full stop', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...INDICATOR_STATUSES), { maxLength: 12 }), (statuses) => {
        const text = describeCounts(rollUp(statuses));
        expect(text).toMatch(/^[A-ZÅÄÖ].*[^.]\.$/);
        if (statuses.length > 2) expect(text).toContain(String(statuses.length));
        // Every count named in the sentence sums to n (the total itself is the number after "Av"/"Alla").
        const numbers = [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));
        if (text.startsWith('Av ')) expect(numbers.slice(1).reduce((s, x) => s + x, 0)).toBe(statuses.length);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

interface Generated {
  kind: PeriodKind;
  startYear: number;
  direction: Direction;
  /** Linear: values follow base + slope·step + noise; otherwise each value is drawn freely. */
  linear: boolean;
  base: number;
  slopeTenths: number;
  cells: { step: number; value: number | null; noiseTenths: number; gender: Gender }[];
  target: { delta: number; yearOffset: number } | null;
  /** The reference time, in parts after the last row. */
  refOffset: number;
  /** A step for an extra missing value. */
  freeStep: number;
}

const PARTS: Record<PeriodKind, number> = { year: 1, tertial: 3, month: 12 };
const MAX_STEP: Record<PeriodKind, number> = { year: 14, tertial: 30, month: 60 };

function periodAt(kind: PeriodKind, startYear: number, step: number) {
  const n = PARTS[kind];
  return makePeriod(kind, startYear + Math.floor(step / n), kind === 'year' ? 0 : (step % n) + 1);
}

/** Values with at most one decimal, in a sane range; sometimes zero, sometimes missing. */
const valueArb = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -200, max: 200 }) },
  { weight: 2, arbitrary: fc.integer({ min: -2000, max: 2000 }).map((x) => x / 10) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.constant(null) },
);

const generatedArb: fc.Arbitrary<Generated> = fc.constantFrom<PeriodKind>('year', 'tertial', 'month').chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    startYear: fc.integer({ min: 2000, max: 2020 }),
    direction: fc.constantFrom<Direction>('increase', 'decrease'),
    linear: fc.boolean(),
    base: fc.integer({ min: -100, max: 100 }),
    slopeTenths: fc.oneof(fc.constant(0), fc.integer({ min: -30, max: 30 })),
    cells: fc.uniqueArray(
      fc.record({
        step: fc.integer({ min: 0, max: MAX_STEP[kind] }),
        value: valueArb,
        noiseTenths: fc.integer({ min: -5, max: 5 }),
        gender: fc.constantFrom<Gender>('T', 'T', 'T', 'T', 'K', 'M'),
      }),
      { maxLength: 16, selector: (c) => `${c.step}${c.gender}` },
    ),
    target: fc.option(fc.record({ delta: fc.integer({ min: -60, max: 60 }), yearOffset: fc.integer({ min: 0, max: 20 }) }), {
      nil: null,
    }),
    refOffset: fc.integer({ min: -PARTS[kind], max: 4 * PARTS[kind] }),
    freeStep: fc.integer({ min: 0, max: MAX_STEP[kind] }),
  }),
);

function build(g: Generated, shift = 0, negate = false) {
  const sign = negate ? -1 : 1;
  const observations: Observation[] = g.cells.map((c, i) => {
    const p = periodAt(g.kind, g.startYear + shift, c.step);
    const raw = c.value === null ? null : g.linear ? (g.base * 10 + g.slopeTenths * c.step + c.noiseTenths) / 10 : c.value;
    return { period: p, gender: c.gender, value: raw === null ? null : sign * raw, line: i + 2 };
  });
  const direction: Direction = negate ? (g.direction === 'increase' ? 'decrease' : 'increase') : g.direction;
  const target = g.target && { value: sign * (g.base + g.target.delta), year: g.startYear + g.target.yearOffset + shift };
  // The reference time is shifted by adding years to a time, as a caller would; the method must
  // not be thrown by the rounding of tertial and month fractions.
  // Placed after the latest value of the total series, so that many cases are not stale.
  const lastStep = Math.max(0, ...g.cells.filter((c) => c.gender === 'T' && c.value !== null).map((c) => c.step));
  const ref = periodAt(g.kind, g.startYear, Math.max(0, lastStep + g.refOffset)).time + shift;
  return assessIndicator({ observations, direction, target }, ref);
}

describe('properties', () => {
  test('adding a missing value at a new period never changes the result', () => {
    fc.assert(
      fc.property(generatedArb, fc.nat(), (g, at) => {
        fc.pre(!g.cells.some((c) => c.step === g.freeStep && c.gender === 'T'));
        const before = build(g);
        const cells = [...g.cells];
        cells.splice(at % (cells.length + 1), 0, { step: g.freeStep, value: null, noiseTenths: 0, gender: 'T' });
        expect(build({ ...g, cells })).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  test('shifting all times, the reference time and the target year by whole years changes no status', () => {
    fc.assert(
      fc.property(generatedArb, fc.integer({ min: -40, max: 40 }), (g, shift) => {
        const a = build(g);
        const b = build(g, shift);
        expect([b.status, b.reason, b.count]).toEqual([a.status, a.reason, a.count]);
      }),
      { numRuns: 200 },
    );
  });

  test('negating all values and the target and flipping the direction changes no status', () => {
    fc.assert(
      fc.property(generatedArb, (g) => {
        const a = build(g);
        const b = build(g, 0, true);
        expect([b.status, b.reason, b.relativeChange]).toEqual([a.status, a.reason, a.relativeChange]);
      }),
      { numRuns: 200 },
    );
  });

  test('every result has a known status, its label, and a reason exactly when data are insufficient', () => {
    fc.assert(
      fc.property(generatedArb, (g) => {
        const a = build(g);
        expect(INDICATOR_STATUSES).toContain(a.status);
        expect(a.label).toBe(INDICATOR_STATUS_LABEL[a.status]);
        expect(a.reason === null).toBe(a.status !== 'insufficient-data');
        expect(describeAssessment(a, { unit: 'antal' })).not.toMatch(/Infinity|NaN|undefined/);
      }),
      { numRuns: 200 },
    );
  });
});

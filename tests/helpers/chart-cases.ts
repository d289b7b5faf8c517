/**
 * Chart inputs shared by the chart tests: one case per kind of chart the site draws, from a typical
 * yearly series to ranks, gaps and lines for women and men.
 */
import type { ChartInput, ChartSeries } from '../../src/lib/chart/index.ts';
import type { Gender } from '../../src/lib/model.ts';
import type { PeriodKind } from '../../src/lib/period.ts';
import { makePeriod } from '../../src/lib/period.ts';

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

/** Rows: [year, value] for years; [year, part, value] for tertials and months. */
export function series(gender: Gender, kind: PeriodKind, rows: (readonly [number, number | null] | readonly [number, number, number | null])[]): ChartSeries {
  return {
    gender,
    points: rows.map((row) => {
      const p = kind === 'year' ? makePeriod('year', row[0], 0) : makePeriod(kind, row[0], row[1] as number);
      const value = kind === 'year' ? row[1] : (row[2] ?? null);
      return { period: p, value };
    }),
  };
}

export const base = {
  id: 'x',
  title: 'Andel elever med gymnasieexamen inom 4 år',
  unit: 'procent',
  kind: 'year' as const,
};

export const CASES: Record<string, ChartInput> = {
  'typical-yearly': {
    ...base,
    id: 'typical',
    series: [series('T', 'year', [[2015, 62], [2016, 63.5], [2017, 61.2], [2018, 65], [2019, 66.1], [2020, 68.4], [2021, 67.9], [2022, 70.2], [2023, 71]])],
    target: { value: 75, year: 2026 },
    projection: { fromTime: 2023, fromValue: 71, toTime: 2026, toValue: 73.9 },
  },
  'one-value': { ...base, id: 'one', series: [series('T', 'year', [[2019, 43.5]])] },
  'all-missing': { ...base, id: 'none', series: [series('T', 'year', [[2019, null], [2020, null]])] },
  gaps: {
    ...base,
    id: 'gaps',
    unit: 'antal',
    title: 'Antal nya företag',
    // 2014 is null; 2017 and 2020 have no row at all; 2012–2013 etc. are single segments.
    series: [series('T', 'year', [[2012, 40], [2013, 44], [2014, null], [2015, 47], [2016, 52], [2018, 50], [2019, 55], [2021, 58], [2022, 57]])],
  },
  negative: {
    ...base,
    id: 'neg',
    title: 'Befolkningsförändring',
    series: [series('T', 'year', [[2016, 1.2], [2017, 0.4], [2018, -0.8], [2019, -1.5], [2020, -0.3], [2021, 0.6], [2022, -2.1], [2023, 0.9]])],
  },
  zeros: { ...base, id: 'zeros', unit: 'antal', title: 'Antal allvarliga arbetsplatsolyckor', series: [series('T', 'year', [[2019, 0], [2020, 0], [2021, 0], [2022, 0]])] },
  'very-large': {
    ...base,
    id: 'large',
    unit: 'kr',
    title: 'Kommunens kostnad för ekonomiskt bistånd',
    series: [series('T', 'year', [[2018, 980000], [2019, 1050000], [2020, 1234567], [2021, 1110000], [2022, 1190500]])],
    target: { value: 900000, year: 2025 },
  },
  tertial: {
    ...base,
    id: 'tertial',
    kind: 'tertial',
    title: 'Sjukfrånvaro bland medarbetare',
    series: [
      series('T', 'tertial', [[2021, 1, 7.1], [2021, 2, 6.2], [2021, 3, 7.9], [2022, 1, 8.4], [2022, 2, 6.5], [2022, 3, 7.2], [2023, 1, 7.8], [2023, 2, 5.9], [2023, 3, 6.6]]),
    ],
    target: { value: 6, year: 2024 },
  },
  month: {
    ...base,
    id: 'month',
    kind: 'month',
    unit: 'antal',
    title: 'Besök på biblioteket per månad',
    series: [
      series('T', 'month', [
        [2023, 1, 2110], [2023, 2, 2380], [2023, 3, 2605], [2023, 4, 2250], [2023, 5, 1980], [2023, 6, 1520], [2023, 7, 1105], [2023, 8, 1690],
        [2023, 9, 2420], [2023, 10, 2580], [2023, 11, 2700], [2023, 12, 1900], [2024, 1, 2200], [2024, 2, 2450], [2024, 3, null], [2024, 4, 2310],
      ]),
    ],
  },
  gender: {
    ...base,
    id: 'gender',
    title: 'Andel invånare 16–84 år med gott allmänt hälsotillstånd',
    series: [
      series('T', 'year', [[2016, 70], [2017, 70.6], [2018, 71.5], [2019, 71.1], [2020, 72], [2021, 72.6], [2022, 73.4]]),
      series('K', 'year', [[2016, 68], [2017, 69.2], [2018, 70.1], [2019, 70.4], [2020, 71.2], [2021, 72.3], [2022, 72.9]]),
      series('M', 'year', [[2016, 72], [2017, 72.1], [2018, 72.8], [2019, 71.9], [2020, 72.7], [2021, 72.9], [2022, 73.8]]),
    ],
    target: { value: 76, year: 2030 },
  },
  'target-before-data': {
    ...base,
    id: 'tb',
    title: 'Andel förnybar energi',
    series: [series('T', 'year', [[2018, 41], [2019, 44], [2020, 48], [2021, 52], [2022, 55]])],
    target: { value: 50, year: 2015 },
  },
  'target-after-data': {
    ...base,
    id: 'ta',
    unit: 'ton',
    title: 'Utsläpp av växthusgaser (ton CO₂e per invånare)',
    series: [series('T', 'year', [[2010, 7.8], [2011, 7.5], [2012, 7.1], [2013, 6.9], [2014, 6.5], [2015, 6.4], [2016, 6.2], [2017, 5.9], [2018, 5.5], [2019, 5.3], [2020, 4.9]])],
    target: { value: 2, year: 2030 },
    projection: { fromTime: 2020, fromValue: 4.9, toTime: 2030, toValue: 2.8 },
  },
  rank: {
    ...base,
    id: 'rank',
    unit: 'placering',
    title: 'Företagsklimat – placering i Svenskt Näringslivs ranking',
    series: [series('T', 'year', [[2015, 30], [2016, 41], [2017, 35], [2018, 28], [2019, 25], [2020, 26], [2021, 22]])],
    target: { value: 10, year: 2025 },
  },
  comparisons: {
    ...base,
    id: 'cmp',
    title: 'Andel elever som tar examen inom fyra år',
    ownLabel: 'Vaggeryds kommun',
    series: [series('T', 'year', [[2017, 71.2], [2018, 72.5], [2019, 70.8], [2020, 73.4], [2021, 74.1], [2022, 73], [2023, 75.2], [2024, 76]])],
    comparisons: [
      // Riket from 2015: the two years before the municipality's own values are left out.
      { id: '0000', name: 'Riket', points: series('T', 'year', [[2015, 68.9], [2016, 69.4], [2017, 70.1], [2018, 70.6], [2019, 71], [2020, 71.8], [2021, 72.4], [2022, 72.1], [2023, 72.9], [2024, 73.3]]).points },
      // Missing values break the line; 2023 stands alone and gets a dot.
      { id: '0006', name: 'Jönköpings län', points: series('T', 'year', [[2017, 72], [2018, 72.8], [2019, 73.1], [2020, 73.9], [2021, null], [2022, null], [2023, 75.5], [2024, null]]).points },
    ],
  },
  'non-zero-baseline': {
    ...base,
    id: 'nz',
    title: 'Andel invånare som är nöjda med kommunens service',
    series: [series('T', 'year', [[2015, 81.2], [2016, 82.5], [2017, 83.9], [2018, 85.6], [2019, 86], [2020, 87.1], [2021, 86.4], [2022, 84.2]])],
  },
};

export function get(name: string): ChartInput {
  const c = CASES[name];
  if (!c) throw new Error(`no case ${name}`);
  return c;
}

/** Like N15428: T, K and M yearly 2017–2025 around 84–90 %, target 90 % in 2026, projection 2025–2026. */
const yearlyRows = (values: number[]) => values.map((v, i) => [2017 + i, v] as const);
export const N15428: ChartInput = {
  ...base,
  id: 'N15428',
  series: [
    series('T', 'year', yearlyRows([84.1, 85.6, 83.9, 86.2, 85.0, 86.8, 87.5, 86.9, 88.1])),
    series('K', 'year', yearlyRows([87.0, 88.2, 86.9, 88.8, 87.9, 89.4, 90.1, 89.5, 90.6])),
    series('M', 'year', yearlyRows([81.3, 83.1, 81.0, 83.7, 82.2, 84.3, 85.0, 84.4, 85.7])),
  ],
  target: { value: 90, year: 2026 },
  projection: { fromTime: 2025, fromValue: 88.1, toTime: 2026, toValue: 88.6 },
};
/** N15428 with the target far to the right. */
export const N15428_FAR: ChartInput = { ...N15428, target: { value: 95, year: 2030 }, projection: { fromTime: 2025, fromValue: 88.1, toTime: 2030, toValue: 91 } };
/** N15428 with the target below the total. */
export const N15428_LOW: ChartInput = { ...N15428, target: { value: 86, year: 2026 }, projection: { fromTime: 2025, fromValue: 88.1, toTime: 2026, toValue: 86.2 } };

/** N15428 compared with Riket, the county and a neighbour whose values stop a year early. */
export const N15428_COMPARED: ChartInput = {
  ...N15428,
  ownLabel: 'Vaggeryds kommun',
  comparisons: [
    { id: '0000', name: 'Riket', points: series('T', 'year', yearlyRows([82.9, 83.3, 83, 83.8, 84.1, 84.5, 84.9, 84.6, 85])).points },
    { id: '0006', name: 'Jönköpings län', points: series('T', 'year', yearlyRows([83, 83.5, 84, 84.3, 84.6, 85.1, 85.5, 85.9, 86.2])).points },
    { id: '0683', name: 'Värnamo', points: series('T', 'year', yearlyRows([82.1, 82.5, 83.4, 83.2, 83.9, 84.4, 84.1, 84.8])).points },
  ],
};

/** The compact variant the page shows on narrow screens. */
export const COMPACT = { width: 360, height: 300 } as const;

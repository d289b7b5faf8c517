import { describe, expect, test } from 'vitest';
import type { ChartInput } from '../src/lib/chart/index.ts';
import { comparisonSentence, sparklineNote, sparklineWords, summarizeChart } from '../src/lib/chart/index.ts';
import { pointTitle } from '../src/lib/chart/words.ts';
import { makePeriod } from '../src/lib/period.ts';
import { base, CASES, get, N15428, N15428_COMPARED, NBSP, NNBSP, series } from './helpers/chart-cases.ts';

describe('summarizeChart', () => {
  const p = (s: string) => s.replaceAll(' %', `${NBSP}%`).replaceAll('plats ', `plats${NBSP}`).replaceAll(' kr', `${NBSP}kr`);
  const yearly = (rows: [number, number | null][]): ChartInput => ({ ...base, series: [series('T', 'year', rows)] });
  test.each<[string, ChartInput, string]>([
    // The values with the decimals the table shows: 62,0 % beside 61,2 %, never 62 % in the words and 62,0 % in the table.
    ['typical', get('typical-yearly'), p('Första värdet är 62,0 % år 2015 och det senaste 71,0 % år 2023. Lägst var 61,2 % år 2017. Målvärdet är 75 % år 2026.')],
    ['one value', get('one-value'), p('Det finns ett värde: 43,5 % år 2019.')],
    ['all missing', get('all-missing'), 'Det finns inga värden ännu.'],
    ['no series', { ...base, series: [] }, 'Det finns inga värden ännu.'],
    ['no values but a target', { ...get('all-missing'), target: { value: 80, year: 2030 } }, p('Det finns inga värden ännu. Målvärdet är 80 % år 2030.')],
    ['gaps', get('gaps'), 'Första värdet är 40 år 2012 och det senaste 57 år 2022. Högst var 58 år 2021. Värde saknas för 2014. Linjen är bruten där värden saknas: mellan 2013 och 2015, mellan 2016 och 2018 och mellan 2019 och 2021.'],
    ['negative values', get('negative'), p('Första värdet är 1,2 % år 2016 och det senaste 0,9 % år 2023. Lägst var −2,1 % år 2022.')],
    ['all values equal', get('zeros'), 'Alla värden från 2019 till 2022 är 0.'],
    ['two equal values', yearly([[2020, 50], [2022, 50]]), p('Första värdet är 50 % år 2020 och det senaste 50 % år 2022.')],
    // The old wording said "var oförändrad" here, and "ökade" when the trend fell but the last value was above the first.
    [
      'first and last equal, not unchanged',
      yearly([[2012, 27], [2013, 34], [2014, 31], [2015, 29], [2016, 30], [2017, 28], [2018, 29], [2019, 27]]),
      p('Första värdet är 27 % år 2012 och det senaste 27 % år 2019. Högst var 34 % år 2013.'),
    ],
    [
      'falling, but the last value above the first',
      yearly([[2017, 38], [2018, 52], [2019, 30], [2020, 61], [2021, 55], [2022, 50], [2023, 46], [2024, 44], [2025, 41]]),
      p('Första värdet är 38 % år 2017 och det senaste 41 % år 2025. Högst var 61 % år 2020 och lägst 30 % år 2019.'),
    ],
    ['highest and lowest more than once', { ...yearly([[2012, 5], [2013, 9], [2014, 3], [2015, 9], [2016, 3], [2017, 6]]), unit: 'antal' }, 'Första värdet är 5 år 2012 och det senaste 6 år 2017. Högst var 9 år 2013 och 2015. Lägst var 3 år 2014 och 2016.'],
    ['highest four times', { ...yearly([[2012, 5], [2013, 9], [2014, 9], [2015, 9], [2016, 9], [2017, 6]]), unit: 'antal' }, 'Första värdet är 5 år 2012 och det senaste 6 år 2017. Högst var 9, senast år 2016.'],
    ['other unit', get('very-large'), p(`Första värdet är 980${NNBSP}000 kr år 2018 och det senaste 1${NNBSP}190${NNBSP}500 kr år 2022. Högst var 1${NNBSP}234${NNBSP}567 kr år 2020. Målvärdet är 900${NNBSP}000 kr år 2025.`)],
    [
      'tertial',
      get('tertial'),
      p('Första värdet är 7,1 % under tertial 1 2021 och det senaste 6,6 % under tertial 3 2023. Högst var 8,4 % under tertial 1 2022 och lägst 5,9 % under tertial 2 2023. Målvärdet är 6 % år 2024.'),
    ],
    [
      'month, seasonal',
      get('month'),
      `Första värdet är 2${NNBSP}110 i januari 2023 och det senaste 2${NNBSP}310 i april 2024. Högst var 2${NNBSP}700 i november 2023 och lägst 1${NNBSP}105 i juli 2023. Värde saknas för mars 2024. Linjen är bruten där värden saknas: mellan februari 2024 och april 2024.`,
    ],
    [
      'gender',
      get('gender'),
      p('Totalt är första värdet 70,0 % år 2016 och det senaste 73,4 % år 2022. Senaste värdet för kvinnor är 72,9 % och för män 73,8 %. Målvärdet är 76 % år 2030.'),
    ],
    [
      'gender, different latest periods',
      {
        ...base,
        series: [series('T', 'year', [[2021, 60], [2022, 62]]), series('K', 'year', [[2021, 61], [2022, null]]), series('M', 'year', [[2021, 59], [2022, 63]])],
      },
      p('Totalt är första värdet 60 % år 2021 och det senaste 62 % år 2022. Senaste värdet för kvinnor är 61 % år 2021 och för män 63 % år 2022.'),
    ],
    ['rank: the worst placing in between', get('rank'), p('Första värdet är plats 30 år 2015 och det senaste plats 22 år 2021. Sämsta placeringen var plats 41 år 2016. Målvärdet är plats 10 år 2025.')],
    [
      'rank: best and worst in between',
      { ...get('rank'), target: null, series: [series('T', 'year', [[2014, 25], [2015, 19], [2016, 41], [2017, 30]])] },
      p('Första värdet är plats 25 år 2014 och det senaste plats 30 år 2017. Bästa placeringen var plats 19 år 2015 och sämsta plats 41 år 2016.'),
    ],
    ['rank: two values', { ...get('rank'), target: null, series: [series('T', 'year', [[2019, 12], [2020, 19]])] }, p('Första värdet är plats 12 år 2019 och det senaste plats 19 år 2020.')],
    ['target before the data', get('target-before-data'), p('Första värdet är 41 % år 2018 och det senaste 55 % år 2022. Målvärdet är 50 % år 2015.')],
    ['missing at the end', yearly([[2019, 10], [2020, 12], [2021, null], [2022, null]]), p('Första värdet är 10 % år 2019 och det senaste 12 % år 2020. Värden saknas för 2021 och 2022.')],
    [
      'one missing month',
      { ...get('month'), series: [series('T', 'month', [[2025, 6, 1], [2025, 7, null], [2025, 8, 3]])] },
      'Första värdet är 1 i juni 2025 och det senaste 3 i augusti 2025. Värde saknas för juli 2025.',
    ],
    [
      'three missing tertials',
      { ...get('tertial'), target: null, series: [series('T', 'tertial', [[2022, 1, 5], [2022, 2, null], [2022, 3, null], [2023, 1, null], [2023, 2, 6]])] },
      p('Första värdet är 5 % under tertial 1 2022 och det senaste 6 % under tertial 2 2023. Värden saknas för tertial 2 2022, tertial 3 2022 och tertial 1 2023.'),
    ],
    [
      'more than three missing',
      { ...get('month'), series: [series('T', 'month', [[2025, 1, 1], [2025, 2, null], [2025, 3, null], [2025, 4, 3], [2025, 5, null], [2025, 6, null], [2025, 7, 5]])] },
      'Första värdet är 1 i januari 2025 och det senaste 5 i juli 2025. 4 perioder saknar värde.',
    ],
    [
      'no total: the first series',
      { ...base, series: [series('K', 'year', [[2021, 61], [2022, 64]]), series('M', 'year', [[2021, 59], [2022, 63]])] },
      p('Första värdet är 61 % år 2021 och det senaste 64 % år 2022. Senaste värdet för män är 63 %.'),
    ],
  ])('describes %s', (_name, input, expected) => {
    expect(summarizeChart(input)).toBe(expected);
  });

  test('does not depend on the order of the points', () => {
    const input = get('gaps');
    expect(summarizeChart({ ...input, series: input.series.map((s) => ({ ...s, points: [...s.points].reverse() })) })).toBe(summarizeChart(input));
  });

  test('never judges the development: no trend verbs', () => {
    for (const input of Object.values(CASES)) expect(summarizeChart(input)).not.toMatch(/ökade|minskade|oförändra|förbättra|försämra/);
  });
});

describe('comparisonSentence', () => {
  const p = (s: string) => s.replaceAll(' %', `${NBSP}%`);

  test('says where the municipality stands in the latest period, with the decimals the values are published with', () => {
    expect(comparisonSentence(N15428_COMPARED)).toBe(p('Jämförelse år 2025: Vaggeryds kommun 88,1 %, Riket 85,0 %, Jönköpings län 86,2 %.'));
  });

  test('goes back to the latest period that has comparison values, naming only the areas that have one', () => {
    expect(comparisonSentence(get('comparisons'))).toBe(p('Jämförelse år 2024: Vaggeryds kommun 76,0 %, Riket 73,3 %.'));
    const onlyEarly = { ...N15428, ownLabel: 'Vaggeryds kommun', comparisons: [{ id: '0000', name: 'Riket', points: series('T', 'year', [[2019, 83], [2020, null]]).points }] };
    expect(comparisonSentence(onlyEarly)).toBe(p('Jämförelse år 2019: Vaggeryds kommun 83,9 %, Riket 83,0 %.'));
  });

  test('is left out without comparison values', () => {
    expect(comparisonSentence(N15428)).toBeNull();
    expect(comparisonSentence({ ...N15428, comparisons: [{ id: '0000', name: 'Riket', points: series('T', 'year', [[2020, null]]).points }] })).toBeNull();
  });

  test('ends the chart summary, before the target', () => {
    expect(summarizeChart(N15428_COMPARED)).toMatch(/Senaste värdet för kvinnor är .*\. Jämförelse år 2025: Vaggeryds kommun 88,1.*\. Målvärdet är 90/);
  });

  test('is in words of periods like the rest of the summary', () => {
    const tertial: ChartInput = {
      ...get('tertial'),
      ownLabel: 'Vaggeryds kommun',
      comparisons: [{ id: '0000', name: 'Riket', points: series('T', 'tertial', [[2023, 3, 7.25]]).points }],
    };
    expect(comparisonSentence(tertial)).toBe(p('Jämförelse under tertial 3 2023: Vaggeryds kommun 6,60 %, Riket 7,25 %.'));
  });
});

describe('pointTitle', () => {
  test.each<[string, Parameters<typeof pointTitle>, string]>([
    ['the total without its name', ['T', { period: makePeriod('year', 2023, 0), value: 71 }, 'procent'], `2023: 71${NBSP}%`],
    ['women and men by name', ['K', { period: makePeriod('year', 2023, 0), value: 71.25 }, 'procent'], `Kvinnor, 2023: 71,25${NBSP}%`],
    ['periods in words', ['M', { period: makePeriod('month', 2024, 4), value: 1200 }, 'antal'], `Män, april 2024: 1${NNBSP}200`],
  ])('names %s', (_name, args, expected) => {
    expect(pointTitle(...args)).toBe(expected);
  });
});

describe('the chart names its breaks, and a target by its kind and what it rests on', () => {
  const withBreak: ChartInput = {
    ...base,
    series: [
      {
        gender: 'T',
        points: [...series('T', 'year', [[2017, 24], [2019, 22]]).points, { ...series('T', 'year', [[2021, 26]]).points[0]!, note: 'ny enkätfråga från 2021' }, ...series('T', 'year', [[2023, 27]]).points],
      },
    ],
  };

  test('a series break is said with its period and its note', () => {
    expect(summarizeChart(withBreak)).toContain('Serieavbrott år 2021: ny enkätfråga från 2021. Värdena före och efter är inte helt jämförbara.');
    expect(summarizeChart(get('typical-yearly'))).not.toContain('Serieavbrott');
  });

  test('a survey every other year has no sentence about a broken line', () => {
    expect(summarizeChart(withBreak)).not.toContain('Linjen är bruten där värden saknas');
  });

  test('a political target names its decision, a reference value its basis', () => {
    const t = get('typical-yearly');
    expect(summarizeChart({ ...t, target: { value: 75, year: 2026, kind: 'political', basis: 'beslutat i KS 2021-01-13 § 12' } })).toMatch(/Målvärdet är 75\u00a0% år 2026, beslutat i KS 2021-01-13 § 12\.$/);
    expect(summarizeChart({ ...t, target: { value: 75, year: 2026, kind: 'reference', basis: 'grund: Nationellt mål' } })).toMatch(/Referensvärdet är 75\u00a0% år 2026 \(grund: Nationellt mål\)\.$/);
  });
});

describe('sparklineWords and sparklineNote: the scale beside a sparkline, or why there is none', () => {
  test('the top and bottom of the axis and the first and last period, in the series’ own decimals', () => {
    expect(sparklineWords(get('typical-yearly'))).toEqual({ top: `75,0${NBSP}%`, bottom: `61,2${NBSP}%`, first: '2015', last: '2023', target: `Målvärde 75${NBSP}% (2026)` });
  });

  test('small counts show their small scale', () => {
    const counts: ChartInput = { ...base, unit: 'antal', series: [series('T', 'year', [[2017, 1], [2018, 2], [2019, 1], [2020, 0], [2021, 0], [2022, 2], [2023, 2], [2024, 3], [2025, 2]])] };
    expect(sparklineWords(counts)).toMatchObject({ top: '3', bottom: '0', first: '2017', last: '2025', target: null });
  });

  test('a reference value is labelled as one', () => {
    expect(sparklineWords({ ...get('typical-yearly'), target: { value: 75, year: 2026, kind: 'reference' } })?.target).toBe(`Referensvärde 75${NBSP}% (2026)`);
  });

  test('one value or none gives no scale, and a note instead', () => {
    expect(sparklineWords(get('one-value'))).toBeNull();
    expect(sparklineNote(get('one-value'))).toBe('Ett enda värde – ingen utveckling att visa ännu');
    expect(sparklineNote(get('all-missing'))).toBe('Inga värden ännu');
    expect(sparklineNote(get('typical-yearly'))).toBeNull();
  });
});

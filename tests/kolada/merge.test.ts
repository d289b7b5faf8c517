/** Merging Kolada's values into data and comparison files: nothing lost, nothing changed without a word. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readComparisonCsv } from '../../src/lib/comparison-csv.ts';
import { readIndicatorCsv } from '../../src/lib/csv.ts';
import { plainNumber } from '../../src/lib/export/csv.ts';
import { ImportError } from '../../src/lib/kolada/errors.ts';
import { mergeComparisonValues, mergeIndicatorValues, type MergeResult } from '../../src/lib/kolada/merge.ts';
import type { KoladaValue } from '../../src/lib/kolada/response.ts';
import type { Gender } from '../../src/lib/model.ts';

const DATA = 'data/indicators/N15428.csv';
const CMP = 'data/comparisons/N15428.csv';
const v = (year: number, gender: Gender, value: number | null, area = '0665'): KoladaValue => ({ kpi: 'N15428', area, year, gender, value });
const brief = (r: MergeResult) => ({
  added: r.added.map((c) => `${c.period.key}${c.area ? ` ${c.area}` : ''} ${c.gender} ${c.to}`),
  changed: r.changed.map((c) => `${c.period.key}${c.area ? ` ${c.area}` : ''} ${c.gender} ${c.from} → ${c.to}`),
  removed: r.removed.map((c) => `${c.period.key}${c.area ? ` ${c.area}` : ''} ${c.gender} ${c.from}`),
  kept: r.kept,
});
const failure = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportError) return e;
  }
  throw new Error('expected an ImportError');
};

describe('mergeIndicatorValues', () => {
  test('writes a new file in the data contract\'s form, in time order, missing values as ..', () => {
    const r = mergeIndicatorValues(null, [v(2023, 'T', 82), v(2022, 'M', 78.5), v(2022, 'T', null), v(2022, 'K', 84)], DATA, { replace: false });
    expect(r.text).toBe('period,gender,value,note\n2022,T,..,\n2022,K,84,\n2022,M,78.5,\n2023,T,82,\n');
    expect(brief(r)).toEqual({ added: ['2022 T null', '2022 K 84', '2022 M 78.5', '2023 T 82'], changed: [], removed: [], kept: 0 });
  });

  test('adds new periods, changes changed values, keeps everything else exactly as written', () => {
    const before = '\uFEFFperiod;gender;value;note\r\n2021;T;80,5;\r\n2021;K;83,0;\r\n2022;T;81,2;rättat av SCB\r\n2023;T;82,0;ny fråga\r\n';
    const r = mergeIndicatorValues(before, [v(2021, 'T', 80.5), v(2022, 'T', 81.3), v(2023, 'T', 82), v(2024, 'T', 83.4)], DATA, { replace: false });
    // The separator, decimal comma, byte-order mark, line endings and notes stay; 83,0 is not rewritten as 83.
    expect(r.text).toBe('\uFEFFperiod;gender;value;note\r\n2021;T;80,5;\r\n2021;K;83,0;\r\n2022;T;81,3;rättat av SCB\r\n2023;T;82,0;ny fråga\r\n2024;T;83,4;\r\n');
    expect(brief(r)).toEqual({ added: ['2024 T 83.4'], changed: ['2022 T 81.2 → 81.3'], removed: [], kept: 1 });
  });

  test('a value Kolada no longer has becomes missing, and is reported as changed, never dropped', () => {
    const r = mergeIndicatorValues('period,gender,value\n2022,T,81.2\n', [v(2022, 'T', null)], DATA, { replace: false });
    expect(r.text).toBe('period,gender,value\n2022,T,..\n');
    expect(brief(r).changed).toEqual(['2022 T 81.2 → null']);
  });

  test('an empty cell and .. are the same missing value as Kolada\'s null: no change', () => {
    const r = mergeIndicatorValues('period,gender,value,note\n2023,T,82,\n2023,K,..,\n2023,M,,\n', [v(2023, 'K', null), v(2023, 'M', null)], DATA, { replace: false });
    expect(brief(r)).toEqual({ added: [], changed: [], removed: [], kept: 1 });
  });

  test('a file of totals without a gender column gets one when Kolada has values for women and men', () => {
    const r = mergeIndicatorValues('period,value,note\n2022,81.2,\n', [v(2022, 'T', 81.2), v(2022, 'K', 84)], DATA, { replace: false });
    expect(r.text).toBe('period,gender,value,note\n2022,T,81.2,\n2022,K,84,\n');
  });

  test('in a file that is not in time order, new rows are added at the end', () => {
    const before = 'period,gender,value\n2022,T,2\n2021,T,1\n';
    expect(mergeIndicatorValues(before, [v(2023, 'T', 3), v(2020, 'T', 0)], DATA, { replace: false }).text).toBe('period,gender,value\n2022,T,2\n2021,T,1\n2020,T,0\n2023,T,3\n');
  });

  test('example values are replaced entirely, and every removed row is reported', () => {
    const r = mergeIndicatorValues('period,gender,value,note\n2017,T,84.1,påhittat\n2018,T,85.6,\n', [v(2018, 'T', 85), v(2019, 'T', 86)], DATA, { replace: true });
    expect(r.text).toBe('period,gender,value,note\n2018,T,85,\n2019,T,86,\n');
    expect(brief(r)).toEqual({ added: ['2018 T 85', '2019 T 86'], changed: [], removed: ['2017 T 84.1', '2018 T 85.6'], kept: 0 });
  });

  test('a file with monthly values does not take Kolada\'s yearly ones', () => {
    const e = failure(() => mergeIndicatorValues('period,value\n2023-01,4.1\n', [v(2023, 'T', 4)], DATA, { replace: false }));
    expect(e.code).toBe('import.period-kind');
    expect(e.message).toBe(`${DATA} har värden per månad, men Kolada ger värden per år.`);
  });

  test('a file with mistakes of its own is not touched, and the mistakes are named', () => {
    const e = failure(() => mergeIndicatorValues('period,value\n2023,12 %\n', [v(2023, 'T', 4)], DATA, { replace: false }));
    expect(e.code).toBe('import.invalid-file');
    expect(e.message).toContain(`${DATA}:2:2 (rad 2, kolumn 2, "value")`);
  });

  test('whatever the file and the answer, every row stays or is updated, and the file still reads without problems', () => {
    const genders = fc.constantFrom<Gender>('T', 'K', 'M');
    const value = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { nil: null });
    const rows = fc.uniqueArray(fc.record({ year: fc.integer({ min: 2000, max: 2010 }), gender: genders, value }), { selector: (r) => `${r.year}${r.gender}`, maxLength: 12 });
    fc.assert(
      fc.property(rows, rows, fc.constantFrom<',' | ';'>(',', ';'), (existing, fetched, sep) => {
        // Every file has a total, as a valid file must.
        const own = [{ year: 1999, gender: 'T' as Gender, value: 1 }, ...existing];
        const cell = (x: number | null) => (x === null ? '..' : sep === ';' ? plainNumber(x).replace('.', ',') : plainNumber(x));
        const text = `period${sep}gender${sep}value\n${own.map((r) => `${r.year}${sep}${r.gender}${sep}${cell(r.value)}`).join('\n')}\n`;
        const r = mergeIndicatorValues(text, fetched.map((f) => v(f.year, f.gender, f.value)), DATA, { replace: false });
        const read = readIndicatorCsv(r.text, DATA, 'N15428');
        expect(read.problems).toEqual([]);
        const after = new Map(read.series.observations.map((o) => [`${o.period.key}${o.gender}`, o.value]));
        const want = new Map([...own, ...fetched].map((x) => [`${x.year}${x.gender}`, x.value === 0 ? 0 : x.value]));
        expect(after).toEqual(want);
        expect(r.removed).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('mergeComparisonValues', () => {
  const AREAS = ['0000', '0006'];

  test('writes a new comparison file with the areas in the settings\' order', () => {
    const r = mergeComparisonValues(null, [v(2023, 'T', 86.2, '0006'), v(2023, 'K', 87, '0000'), v(2023, 'T', 85, '0000')], AREAS, CMP, { replace: false });
    expect(r.text).toBe('period,area,gender,value\n2023,0000,T,85\n2023,0000,K,87\n2023,0006,T,86.2\n');
    expect(readComparisonCsv(r.text, CMP).problems).toEqual([]);
  });

  test('merges like a data file: new values added, changed ones changed, others kept', () => {
    const before = 'period,area,gender,value\n2022,0000,T,84.6\n2022,0006,T,..\n';
    const r = mergeComparisonValues(before, [v(2022, 'T', 84.7, '0000'), v(2023, 'T', 85, '0000')], AREAS, CMP, { replace: false });
    expect(r.text).toBe('period,area,gender,value\n2022,0000,T,84.7\n2022,0006,T,..\n2023,0000,T,85\n');
    expect(brief(r)).toEqual({ added: ['2023 0000 T 85'], changed: ['2022 0000 T 84.6 → 84.7'], removed: [], kept: 1 });
  });

  test('rows of an area no longer compared with are removed and reported, so the file stays valid', () => {
    const r = mergeComparisonValues('period,area,value\n2022,0683,70\n2022,0000,84.6\n', [], ['0000'], CMP, { replace: false });
    expect(r.text).toBe('period,area,value\n2022,0000,84.6\n');
    expect(brief(r).removed).toEqual(['2022 0683 T 70']);
  });

  test('example comparisons are replaced entirely', () => {
    const r = mergeComparisonValues('period,area,gender,value\n2022,0000,T,1\n', [v(2023, 'T', 85, '0000')], AREAS, CMP, { replace: true });
    expect(r.text).toBe('period,area,gender,value\n2023,0000,T,85\n');
    expect(brief(r).removed).toEqual(['2022 0000 T 1']);
  });
});

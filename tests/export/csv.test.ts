/** The CSV downloads: standard and Swedish Excel, per indicator and in one long table. */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { readIndicatorCsv } from '../../src/lib/csv.ts';
import { ALL_CSV_COLUMNS, allComparisonsCsv, allComparisonsExcelCsv, COMPARISONS_CSV_COLUMNS, allIndicatorsCsv, allIndicatorsExcelCsv, csvSafeText, indicatorCsv, indicatorExcelCsv, plainNumber } from '../../src/lib/export/csv.ts';
import type { Indicator, Observation } from '../../src/lib/model.ts';
import { makePeriod } from '../../src/lib/period.ts';
import { sampleContext } from '../helpers/sample-project.ts';

const ctx = sampleContext();
const byId = (id: string): Indicator => {
  const ind = ctx.project.indicators.find((i) => i.id === id);
  if (!ind) throw new Error(id);
  return ind;
};
const observationsOf = (ind: Indicator) => ind.series?.observations ?? [];
const N15428 = byId('N15428');
const EX1 = byId('EX1');
const NODATA = byId('NODATA');
const withData = [N15428, EX1];

/** Undoes the formula guard: a leading ' before =, +, -, @, tab or CR. */
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

function parseRows(text: string, delimiter: ',' | ';'): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

const readNumber = (cell: string, decimal: '.' | ','): number | null => (cell === '' ? null : Number(decimal === ',' ? cell.replace(',', '.') : cell));

/** The rows of a per-indicator CSV as observations (period, gender, value, note; example checked). */
function rowsAsObservations(text: string, delimiter: ',' | ';', decimal: '.' | ',', example = 'false') {
  const [header, ...rows] = parseRows(text, delimiter);
  expect(header).toEqual(['period', 'gender', 'value', 'note', 'example']);
  for (const row of rows) expect(row[4]).toBe(example);
  return rows.map(([period, gender, value, note]) => ({ period, gender, value: readNumber(value ?? '', decimal), note: unguard(note ?? '') }));
}

const expected = (obs: readonly Observation[]) => obs.map((o) => ({ period: o.period.key, gender: o.gender, value: o.value, note: o.note ?? '' }));


describe('csvSafeText (OWASP CSV injection guard)', () => {
  test.each([
    ['=SUM(1)', "'=SUM(1)"],
    ['+46 70', "'+46 70"],
    ['-ändrad definition', "'-ändrad definition"],
    ['@kolada', "'@kolada"],
    ['\tindrag', "'\tindrag"],
    ['\rrad', "'\rrad"],
  ])('text %j beginning with a formula character gets a leading quote', (input, out) => expect(csvSafeText(input)).toBe(out));

  test.each(['ny enkätfråga', '2023-T1', 'Åtgärd = klar', "'redan citerad", '', ' =inte först'])('text %j is left alone', (input) => expect(csvSafeText(input)).toBe(input));
});

describe('plainNumber', () => {
  test.each([
    [74.1, '74.1'],
    [-3.5, '-3.5'],
    [0, '0'],
    [-0, '0'],
    [1234567.891, '1234567.891'],
    [1e21, '1000000000000000000000'],
    [1.5e22, '15000000000000000000000'],
    [1e-7, '0.0000001'],
    [-2.5e-8, '-0.000000025'],
    [0.1 + 0.2, '0.30000000000000004'],
  ])('%d is written %j', (n, text) => expect(plainNumber(n)).toBe(text));

  test('reads back to exactly the same number, never with an exponent or a separator', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = plainNumber(x);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('indicatorCsv (standard CSV)', () => {
  const text = indicatorCsv(N15428);

  test('is UTF-8 without BOM, header exactly period,gender,value,note,example, CRLF after every record', () => {
    expect(text.startsWith('period,gender,value,note,example\r\n')).toBe(true);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted cells every line break is CRLF.
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('parses back to the same rows: values equal exactly, missing stays missing, åäö intact, nothing dropped or duplicated', () => {
    expect(rowsAsObservations(text, ',', '.')).toEqual(expected(observationsOf(N15428)));
    expect(rowsAsObservations(text, ',', '.')).toHaveLength(N15428.series!.observations.length);
  });

  test('rows are in time order, then T, K, M', () => {
    const keys = parseRows(text, ',').slice(1).map((r) => `${r[0]} ${r[1]}`);
    expect(keys.slice(0, 6)).toEqual(['2022-T1 T', '2022-T1 K', '2022-T1 M', '2022-T2 T', '2022-T2 K', '2022-T2 M']);
  });

  test('quotes only cells that need it', () => {
    expect(text).toContain('\r\n2022-T1,M,68,,false\r\n');
    expect(text).toContain('"negativt, ""citat"", med komma, och\nny rad"');
    expect(text).toContain(',ny enkätfråga från 2021; svar från åk 9 i Skillingaryd och Hok,false\r\n');
  });

  test('guards text cells but never numbers', () => {
    const rows = parseRows(text, ',');
    const notes = rows.map((r) => r[3]);
    expect(notes).toContain("'=SUM(1)");
    expect(notes).toContain("'-ändrad definition");
    expect(notes).toContain('\'@kolada: "Öppna jämförelser"');
    expect(notes).toContain("'+1 jämfört med förra året");
    const values = rows.map((r) => r[2]);
    expect(values).toContain('-3.5');
    expect(values.every((v) => !v?.startsWith("'"))).toBe(true);
  });

  test('writes numbers in their shortest exact form, without exponent', () => {
    const values = parseRows(text, ',').map((r) => r[2]);
    expect(values).toEqual(expect.arrayContaining(['74.1', '70.25', '0.0000001', '1234567.891', '0.30000000000000004', '1000000000000000000000']));
  });

  test('reads back through the site’s own importer with the same values', () => {
    const back = readIndicatorCsv(text, 'export.csv', 'N15428');
    expect(back.problems).toEqual([]);
    expect(back.series.observations.map((o) => ({ period: o.period.key, gender: o.gender, value: o.value, note: unguard(o.note ?? '') }))).toEqual(
      expected(observationsOf(N15428)).map((o) => ({ ...o, note: o.note.trim() })),
    );
  });

  test('an indicator without data gives the header only', () => {
    expect(indicatorCsv(NODATA)).toBe('period,gender,value,note,example\r\n');
  });

  test('example data says so on every row, in both variants, and still reads back through the importer', () => {
    expect(rowsAsObservations(indicatorCsv(EX1), ',', '.', 'true')).toEqual(expected(observationsOf(EX1)));
    expect(rowsAsObservations(indicatorExcelCsv(EX1), ';', ',', 'true')).toEqual(expected(observationsOf(EX1)));
    expect(readIndicatorCsv(indicatorCsv(EX1), 'export.csv', 'EX1').problems).toEqual([]);
  });

  test('a note of digits alone is quoted, so that it reads back as a note and not as a decimal comma', () => {
    const ind = { ...N15428, series: { id: 'x', kind: 'year', observations: [{ period: makePeriod('year', 2025, 0), gender: 'T', value: 88, note: '2019', line: 2 }] } } as Indicator;
    expect(indicatorCsv(ind)).toBe('period,gender,value,note,example\r\n2025,T,88,"2019",false\r\n');
    expect(readIndicatorCsv(indicatorCsv(ind), 'export.csv', 'x').series.observations[0]).toMatchObject({ value: 88, note: '2019' });
  });
});

describe('indicatorExcelCsv (Swedish Excel)', () => {
  const text = indicatorExcelCsv(N15428);

  test('starts with a BOM, uses ; and CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.startsWith('\uFEFFperiod;gender;value;note;example\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  test('writes decimal commas and parses back to the same values after converting the comma', () => {
    const values = parseRows(text, ';').map((r) => r[2]);
    expect(values).toEqual(expect.arrayContaining(['74,1', '-3,5', '0,0000001', '1234567,891']));
    expect(values.some((v) => v?.includes('.'))).toBe(false);
    expect(rowsAsObservations(text, ';', ',')).toEqual(expected(observationsOf(N15428)));
  });

  test('quotes cells holding ; and guards formula text but not -3,5', () => {
    expect(text).toContain(';"ny enkätfråga från 2021; svar från åk 9 i Skillingaryd och Hok";false\r\n');
    expect(text).toContain("2022-T2;T;74,1;'=SUM(1);false\r\n");
    expect(text).toContain('2022-T3;T;-3,5;');
  });

  test('reads back through the site’s own importer (which accepts ; with decimal comma)', () => {
    const back = readIndicatorCsv(text, 'export.csv', 'N15428');
    expect(back.problems).toEqual([]);
    expect(back.delimiter).toBe(';');
    expect(back.series.observations.map((o) => o.value)).toEqual(observationsOf(N15428).map((o) => o.value));
  });
});

describe('allIndicatorsCsv and allIndicatorsExcelCsv (long tables)', () => {
  test.each([
    ['standard', allIndicatorsCsv(ctx.project), ',', '.'],
    ['Excel', allIndicatorsExcelCsv(ctx.project), ';', ','],
  ] as const)('the %s variant holds every observation once, with the indicator’s metadata', (_name, text, delimiter, decimal) => {
    const [header, ...rows] = parseRows(text, delimiter);
    expect(header).toEqual([...ALL_CSV_COLUMNS]);
    expect(rows).toHaveLength(N15428.series!.observations.length + EX1.series!.observations.length);
    expect(rows.some((r) => r[0] === 'NODATA')).toBe(false);
    for (const ind of withData) {
      const mine = rows.filter((r) => r[0] === ind.id);
      expect(mine.map((r) => ({ period: r[6], gender: r[7], value: readNumber(r[8] ?? '', decimal), note: unguard(r[9] ?? '') }))).toEqual(expected(observationsOf(ind)));
      for (const r of mine) {
        expect(r.slice(1, 6)).toEqual([ind.data.title, String(ind.data.goal), ind.data.subgoal, ind.data.area, ind.data.unit]);
        expect(r[10]).toBe(ind.data.example ? 'true' : 'false');
      }
    }
    expect(text.charCodeAt(0) === 0xfeff).toBe(delimiter === ';');
  });
});


describe('allComparisonsCsv and allComparisonsExcelCsv (the comparison table)', () => {
  test.each([
    ['standard', allComparisonsCsv(ctx.project), ',', '.'],
    ['Excel', allComparisonsExcelCsv(ctx.project), ';', ','],
  ] as const)('the %s variant holds every comparison value once, in time order, missing still missing', (_name, text, delimiter, decimal) => {
    const [header, ...rows] = parseRows(text, delimiter);
    expect(header).toEqual([...COMPARISONS_CSV_COLUMNS]);
    const n15428 = rows.filter((r) => r[0] === 'N15428').map((r) => [r[3], r[4], r[5], r[6], readNumber(r[7] ?? '', decimal), r[8], r[9]]);
    expect(n15428).toEqual([
      ['2022-T1', '0000', 'Riket', 'T', 71.5, 'Kolada', 'false'],
      ['2022-T1', '0000', 'Riket', 'K', 74, 'Kolada', 'false'],
      ['2022-T1', '0006', 'Jönköpings län', 'T', 70, 'Kolada', 'false'],
      ['2022-T2', '0000', 'Riket', 'T', 72.25, 'Kolada', 'false'],
      ['2022-T2', '0006', 'Jönköpings län', 'T', null, 'Kolada', 'false'],
      ['2022-T3', '0000', 'Riket', 'T', 73, 'Kolada', 'false'],
      ['2022-T3', '0006', 'Jönköpings län', 'T', 74.5, 'Kolada', 'false'],
    ]);
    expect(rows.filter((r) => r[0] === 'N15428').every((r) => r[1] === N15428.data.title && r[2] === 'procent')).toBe(true);
    expect(text.charCodeAt(0) === 0xfeff).toBe(delimiter === ';');
  });

  test('example comparisons are never attributed to a source: they say Exempeldata and example true', () => {
    const rows = parseRows(allComparisonsCsv(ctx.project), ',').filter((r) => r[0] === 'EX1');
    expect(rows.map((r) => [r[3], r[8], r[9]])).toEqual([
      ['2022', 'Exempeldata', 'true'],
      ['2024', 'Exempeldata', 'true'],
    ]);
  });

  test('without comparisons the file is the header only', () => {
    const project = { ...ctx.project, indicators: ctx.project.indicators.map((i) => ({ ...i, comparisons: [] })) };
    expect(allComparisonsCsv(project)).toBe(`${COMPARISONS_CSV_COLUMNS.join(',')}\r\n`);
  });
});

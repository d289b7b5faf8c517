import { describe, expect, test } from 'vitest';
import { detectDelimiter, readIndicatorCsv, readValue } from '../src/lib/csv.ts';
import { formatProblem } from '../src/lib/problems.ts';

const FILE = 'data/indicators/x.csv';
const read = (text: string) => readIndicatorCsv(text, FILE, 'x');
/** Every problem as the staff member reads it. */
const messages = (text: string) => read(text).problems.map(formatProblem);

describe('reading a valid file', () => {
  test('a comma file with every column', () => {
    const { series, problems } = read('period,gender,value,note\n2022,T,74.1,\n2022,K,77,ny enkätfråga från 2021\n2023,T,..,\n');
    expect(problems).toEqual([]);
    expect(series.kind).toBe('year');
    expect(series.observations).toEqual([
      { period: '2022', time: 2022, gender: 'T', value: 74.1, line: 2 },
      { period: '2022', time: 2022, gender: 'K', value: 77, note: 'ny enkätfråga från 2021', line: 3 },
      { period: '2023', time: 2023, gender: 'T', value: null, line: 4 },
    ]);
  });

  test('a Swedish Excel file: byte-order mark, semicolons, decimal comma, CRLF', () => {
    const { series, problems, delimiter } = read('\uFEFFperiod;value;gender\r\n2023-T1;74,1;K\r\n2023-T2;-3,5;\r\n');
    expect(problems).toEqual([]);
    expect(delimiter).toBe(';');
    expect(series.kind).toBe('tertial');
    expect(series.observations.map((o) => [o.period, o.gender, o.value])).toEqual([
      ['2023-T1', 'K', 74.1],
      ['2023-T2', 'T', -3.5],
    ]);
  });

  test('missing values are kept as missing, never dropped or zeroed', () => {
    const { series } = read('period,value\n2020,..\n2021,\n2022,0\n');
    expect(series.observations.map((o) => o.value)).toEqual([null, null, 0]);
  });

  test('gender defaults to T when the column is absent or the cell empty', () => {
    const { series } = read('period,value,gender\n2020,1,\n2021,2,M\n');
    expect(series.observations.map((o) => o.gender)).toEqual(['T', 'M']);
  });

  test('month periods, and notes with quoted separators', () => {
    const { series, problems } = read('period,value,note\n2023-12,1.4,"Källa: AF, december"\n2024-01,1.3,\n');
    expect(problems).toEqual([]);
    expect(series.kind).toBe('month');
    expect(series.observations[0]?.note).toBe('Källa: AF, december');
  });

  test('blank lines are skipped and lines are still counted right', () => {
    const { series } = read('period,value\n\n2020,1\n\n2021,2\n');
    expect(series.observations.map((o) => o.line)).toEqual([3, 5]);
  });

  test.each([
    ['period,value\n', ','],
    ['period;value\n', ';'],
    ['period,value,note\n2020,"1;2",x\n', ','],
  ])('detects the separator of %j from the header as %j', (text, d) => expect(detectDelimiter(text)).toBe(d));
});

describe('every error, with file, line, column and a hint', () => {
  test('an empty file', () => {
    expect(messages('')).toMatchInlineSnapshot(`
      [
        "✗ data/indicators/x.csv:1 (rad 1)
        Filen är tom.
        Så rättar du: skriv en rubrikrad, period,value (eller period;value), och en rad per värde. Saknas underlag helt kan filen tas bort: metadatafilen visas då som "Underlag saknas".",
      ]
    `);
    expect(messages('\uFEFF\n\n')).toHaveLength(1);
  });

  test('an unknown column, with a suggestion', () => {
    expect(messages('perod,value\n2020,1\n')).toMatchInlineSnapshot(`
      [
        "✗ data/indicators/x.csv:1:1 (rad 1, kolumn 1, "perod")
        Okänd kolumn "perod". Menade du "period"?
        Så rättar du: kolumnerna kan vara period, value, gender, note. Döp om eller ta bort kolumnen.",
        "✗ data/indicators/x.csv:1 (rad 1, fält period)
        Kolumnen "period" saknas i rubrikraden.
        Så rättar du: rubrikraden ska vara till exempel period,value,gender,note.",
      ]
    `);
  });

  test('an unknown period syntax', () => {
    expect(messages('period,value\n2023-T4,1\n2023/01,2\n')).toMatchInlineSnapshot(`
      [
        "✗ data/indicators/x.csv:2:1 (rad 2, kolumn 1, "period")
        Perioden "2023-T4" känns inte igen.
        Så rättar du: skriv ett år (2023), ett tertial (2023-T1, 2023-T2, 2023-T3) eller en månad (2023-01 … 2023-12).",
        "✗ data/indicators/x.csv:3:1 (rad 3, kolumn 1, "period")
        Perioden "2023/01" känns inte igen.
        Så rättar du: skriv ett år (2023), ett tertial (2023-T1, 2023-T2, 2023-T3) eller en månad (2023-01 … 2023-12).",
      ]
    `);
  });

  test('mixed period kinds', () => {
    expect(messages('period,value\n2022,1\n2023-T1,2\n')).toMatchInlineSnapshot(`
      [
        "✗ data/indicators/x.csv:3:1 (rad 3, kolumn 1, "period")
        Perioden "2023-T1" är tertial, men filen har år från rad 2.
        Så rättar du: en fil får bara ha en sorts period: år, tertial eller månad. Lägg andra perioder i en egen indikator.",
      ]
    `);
  });

  test.each([
    ['12 %', 'Värdet "12 %" är inget tal: det har ett procenttecken.'],
    ['12%', 'Värdet "12%" är inget tal: det har ett procenttecken.'],
    ['1 200', 'Värdet "1 200" är inget tal: det har mellanslag som tusentalsavgränsare.'],
    ['abc', 'Värdet "abc" är inget tal.'],
    ['"1,200.5"', 'Värdet "1,200.5" är inget tal: det ser ut att ha tusentalsavgränsare.'],
    ['"74,1"', 'Värdet "74,1" har decimalkomma i en fil som skiljer kolumner med komma.'],
  ])('the value %s is not a number', (cell, message) => {
    const [p] = read(`period,value\n2020,${cell}\n`).problems;
    expect(p).toMatchObject({ file: FILE, line: 2, column: 2, field: 'value', message });
    expect(p?.hint).toBeTruthy();
  });

  test('a thousands separator in a semicolon file', () => {
    expect(read('period;value\n2020;1.200,5\n').problems[0]?.message).toBe('Värdet "1.200,5" är inget tal: det ser ut att ha tusentalsavgränsare.');
  });

  test('the same period and gender twice names both lines', () => {
    expect(messages('period,value,gender\n2020,1,K\n2021,2,K\n2020,3,K\n')).toMatchInlineSnapshot(`
      [
        "✗ data/indicators/x.csv:4:1 (rad 4, kolumn 1, "period")
        Perioden 2020 med kön K finns redan på rad 2.
        Så rättar du: ta bort en av raderna 2 och 4, eller rätta perioden.",
      ]
    `);
  });

  test('the same period with and without gender T counts as a duplicate', () => {
    expect(read('period,value,gender\n2020,1,\n2020,2,T\n').problems[0]?.message).toBe('Perioden 2020 med kön T finns redan på rad 2.');
  });

  test('rows with too many and too few cells', () => {
    expect(messages('period,value,note\n2020,1,a,b\n2021,2\n')).toMatchInlineSnapshot(`
      [
        "✗ data/indicators/x.csv:2:4 (rad 2, kolumn 4)
        Raden har 4 celler men rubrikraden har 3.
        Så rättar du: ta bort de överflödiga cellerna, eller sätt text som innehåller "," inom citattecken.",
        "✗ data/indicators/x.csv:3 (rad 3)
        Raden har 2 celler men rubrikraden har 3.
        Så rättar du: lägg till de saknade cellerna; ett saknat värde skrivs .. och en tom anteckning lämnas tom (,,).",
      ]
    `);
  });

  test('an unknown gender code, with a hint for lower case', () => {
    const problems = read('period,value,gender\n2020,1,k\n2021,1,X\n').problems;
    expect(problems.map((p) => [p.line, p.column, p.hint])).toEqual([
      [2, 3, 'skriv med stor bokstav: K.'],
      [3, 3, 'skriv T (totalt), K (kvinnor) eller M (män), eller lämna tomt för totalt.'],
    ]);
  });

  test('a missing value column', () => {
    expect(read('period,gender\n2020,T\n').problems.map((p) => p.message)).toEqual(['Kolumnen "value" saknas i rubrikraden.']);
  });

  test('an unclosed quote', () => {
    const problems = read('period,value,note\n2020,1,"oops\n');
    expect(problems.problems.some((p) => p.message.includes('citattecken'))).toBe(true);
  });

  test('one file reports all of its problems in one go, in line order', () => {
    const problems = read('period,value,gender,färg\n2020,12 %,T,\n2020,1,T,\n2021-T1,2,X,\n').problems;
    expect(problems.map((p) => `${p.line}:${p.column ?? ''}`)).toEqual(['1:4', '2:2', '3:1', '4:1', '4:3']);
  });

  test('rows with errors are left out of the series, the rest kept', () => {
    const { series } = read('period,value\n2020,1\n2021,abc\n2022,3\n');
    expect(series.observations.map((o) => o.period)).toEqual(['2020', '2022']);
  });
});

describe('readValue', () => {
  test.each([
    ['74.1', ',', 74.1],
    ['74,1', ';', 74.1],
    ['74.1', ';', 74.1],
    ['-3', ',', -3],
    ['\u22123,5', ';', -3.5],
    ['0', ',', 0],
    [' 12 ', ',', 12],
    ['..', ',', null],
    ['', ';', null],
  ] as const)('%j in a %j file is %j', (raw, d, value) => expect(readValue(raw, d)).toEqual({ ok: true, value }));
});

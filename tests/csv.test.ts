import { describe, expect, test } from 'vitest';
import { detectDelimiter, readIndicatorCsv, readValue } from '../src/lib/csv.ts';
import { makePeriod } from '../src/lib/period.ts';
import { formatProblem } from '../src/lib/problems.ts';

const FILE = 'data/indicators/x.csv';
const year = (y: number) => makePeriod('year', y, 0);
const read = (text: string) => readIndicatorCsv(text, FILE, 'x');
/** Every problem as the staff member reads it. */
const messages = (text: string) => read(text).problems.map(formatProblem);

describe('reading a valid file', () => {
  test('a comma file with every column', () => {
    const { series, problems } = read('period,gender,value,note\n2022,T,74.1,\n2022,K,77,ny enkätfråga från 2021\n2023,T,..,\n');
    expect(problems).toEqual([]);
    expect(series.kind).toBe('year');
    expect(series.observations).toEqual([
      { period: year(2022), gender: 'T', value: 74.1, text: '74.1', line: 2 },
      { period: year(2022), gender: 'K', value: 77, text: '77', note: 'ny enkätfråga från 2021', line: 3 },
      { period: year(2023), gender: 'T', value: null, text: '..', line: 4 },
    ]);
  });

  test('a Swedish Excel file: byte-order mark, semicolons, decimal comma, CRLF', () => {
    const { series, problems, delimiter } = read('\uFEFFperiod;value;gender\r\n2023-T1;74,1;K\r\n2023-T2;-3,5;\r\n');
    expect(problems).toEqual([]);
    expect(delimiter).toBe(';');
    expect(series.kind).toBe('tertial');
    expect(series.observations.map((o) => [o.period.key, o.gender, o.value])).toEqual([
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

  test('mixed line ends: an Excel file (CRLF) given new rows in a text editor (LF) and an old Mac (CR) reads row by row', () => {
    const { series, problems } = read('period,gender,value,note\r\n2020,T,1,\r\n2021,T,2,\n2022,T,3,\r2023,T,4,"två\r\nrader"\n\r\n2024,T,5,\n');
    expect(problems).toEqual([]);
    expect(series.observations.map((o) => [o.period.key, o.value, o.line])).toEqual([
      ['2020', 1, 2],
      ['2021', 2, 3],
      ['2022', 3, 4],
      ['2023', 4, 5],
      ['2024', 5, 8],
    ]);
    expect(series.observations[3]?.note).toBe('två\nrader');
  });

  test('a mistake after mixed line ends is reported on the line a text editor shows', () => {
    expect(read('period,value\r\n2020,1\n2021,1\r2022,x\r\n').problems.map((p) => [p.line, p.code])).toEqual([[4, 'csv.value']]);
  });

  test('blank lines are skipped and lines are still counted right', () => {
    const { series } = read('period,value\n\n2020,1\n\n2021,2\n');
    expect(series.observations.map((o) => o.line)).toEqual([3, 5]);
  });

  test.each([
    ['period,value\n', ','],
    ['period;value\n', ';'],
    ['period,value,note\n2020,"1;2",x\n', ','],
    ['\nperiod;value\n2020;1,5\n', ';'],
    ['\r\n  \r\nperiod;value\r\n', ';'],
    ['\n\nperiod,value\n2020,"1;2"\n', ','],
  ])('detects the separator of %j from the header as %j', (text, d) => expect(detectDelimiter(text)).toBe(d));

  test('a semicolon file whose first line is blank is read with semicolons', () => {
    const { series, problems, delimiter } = read('\nperiod;value\n2020;1,5\n');
    expect(problems).toEqual([]);
    expect(delimiter).toBe(';');
    expect(series.observations.map((o) => [o.period.key, o.value, o.line])).toEqual([['2020', 1.5, 3]]);
  });

  test('a file with rows for T, and K and M, or without gender at all, has a total', () => {
    expect(read('period,gender,value\n2020,T,1\n2020,K,2\n2020,M,3\n').problems).toEqual([]);
    expect(read('period,gender,value\n2020,,1\n2020,K,2\n').problems).toEqual([]);
    expect(read('period,value\n2020,1\n').problems).toEqual([]);
  });
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
        Så rättar du: kolumnerna kan vara period, value, gender, note, example. Döp om eller ta bort kolumnen.",
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

  test('a month that Excel has turned into a date says so, and which month to write', () => {
    expect(messages('period,value\njan-23,1\nOct-2024,2\n2025-03-01,3\n')).toMatchInlineSnapshot(`
      [
        "✗ data/indicators/x.csv:2:1 (rad 2, kolumn 1, "period")
        Perioden "jan-23" känns inte igen: den ser ut som ett datum, som Excel gör av en månad.
        Så rättar du: skriv månaden som 2023-01. Excel gör om 2023-01 till ett datum när filen öppnas: ändra hellre en fil med månader i webbläsaren.",
        "✗ data/indicators/x.csv:3:1 (rad 3, kolumn 1, "period")
        Perioden "Oct-2024" känns inte igen: den ser ut som ett datum, som Excel gör av en månad.
        Så rättar du: skriv månaden som 2024-10. Excel gör om 2024-10 till ett datum när filen öppnas: ändra hellre en fil med månader i webbläsaren.",
        "✗ data/indicators/x.csv:4:1 (rad 4, kolumn 1, "period")
        Perioden "2025-03-01" känns inte igen: den ser ut som ett datum, som Excel gör av en månad.
        Så rättar du: skriv månaden som 2025-03. Excel gör om 2025-03 till ett datum när filen öppnas: ändra hellre en fil med månader i webbläsaren.",
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
    ['12 %', 'Värdet "12 %" är inget tal: det har ett procenttecken.', 'skriv bara talet, 12. Enheten (procent) står i indikatorns metadatafil.'],
    ['12%', 'Värdet "12%" är inget tal: det har ett procenttecken.', 'skriv bara talet, 12. Enheten (procent) står i indikatorns metadatafil.'],
    ['1 200', 'Värdet "1 200" är inget tal: det har mellanslag som tusentalsavgränsare.', 'skriv talet utan mellanslag, 1200.'],
    ['abc', 'Värdet "abc" är inget tal.', 'skriv ett tal (till exempel 74.1), eller .. om värdet saknas.'],
    ['"1,200.5"', 'Värdet "1,200.5" är inget tal: det ser ut att ha tusentalsavgränsare.', 'skriv talet utan tusentalsavgränsare och med högst ett decimaltecken, till exempel 1200,5.'],
    ['"74,1"', 'Värdet "74,1" har decimalkomma i en fil som skiljer kolumner med komma.', 'skriv decimalpunkt (74.1), eller spara filen med semikolon mellan kolumnerna.'],
  ])('the value %s is not a number', (cell, message, hint) => {
    const [p] = read(`period,value\n2020,${cell}\n`).problems;
    expect(p).toEqual({ file: FILE, line: 2, column: 2, field: 'value', code: 'csv.value', message, hint });
  });

  test('a decimal comma that splits the value into the note column of a comma file', () => {
    const { series, problems } = read('period,gender,value,note\n2024,T,87,\n2025,T,88,1\n2025,K,-3,05\n');
    expect(problems).toEqual([
      {
        file: FILE,
        line: 3,
        column: 3,
        field: 'value',
        code: 'csv.value',
        message: 'Värdet ser ut att ha decimalkomma (88,1) i en fil som skiljer kolumner med komma.',
        hint: 'skriv decimalpunkt (88.1), eller spara filen med semikolon mellan kolumnerna.',
      },
      expect.objectContaining({ line: 4, column: 3, message: 'Värdet ser ut att ha decimalkomma (-3,05) i en fil som skiljer kolumner med komma.' }),
    ]);
    // Nothing is published as 88 with the note "1".
    expect(series.observations.map((o) => o.period.key)).toEqual(['2024']);
  });

  test('a note of digits is only a decimal comma when it follows an integer value in a comma file', () => {
    expect(read('period,gender,value,note\n2025,T,88.5,1\n2024,T,88,ny fråga\n').problems).toEqual([]);
    expect(read('period,value,gender,note\n2025,88,T,1\n').problems).toEqual([]);
    expect(read('period;value;note\n2025;88;1\n').problems).toEqual([]);
  });

  test('a note of digits within quotes is text, also after an integer value in a comma file (found by fuzzing)', () => {
    const { series, problems } = read('period,gender,value,note\n2025,T,88,"2019"\n');
    expect(problems).toEqual([]);
    expect(series.observations[0]).toMatchObject({ value: 88, note: '2019' });
  });

  test('a decimal comma that makes a row too long gets the decimal-comma hint, not the quoting hint', () => {
    expect(messages('period,value\n2020,74,1\n')).toMatchInlineSnapshot(`
      [
        "✗ data/indicators/x.csv:2:2 (rad 2, kolumn 2, "value")
        Raden har 3 celler men rubrikraden har 2. Värdet ser ut att ha decimalkomma (74,1) i en fil som skiljer kolumner med komma.
        Så rättar du: skriv decimalpunkt (74.1), eller spara filen med semikolon mellan kolumnerna.",
      ]
    `);
  });

  test('a file with values for women and men but none for the total', () => {
    const { problems } = read('period,gender,value\n2020,K,1\n2020,M,2\n2021,K,..\n');
    expect(problems).toEqual([
      {
        file: FILE,
        line: 1,
        column: 2,
        field: 'gender',
        code: 'csv.no-total',
        message: 'Filen har inga värden för totalt (T).',
        hint: 'bedömningen bygger på totalen: lägg till rader med gender T (eller lämna gender tomt).',
      },
    ]);
    expect(read('period;value;gender\n2020;1;M\n').problems.map((p) => [p.line, p.column, p.message])).toEqual([[1, 3, 'Filen har inga värden för totalt (T).']]);
  });

  test('a thousands separator in a semicolon file', () => {
    expect(read('period;value\n2020;1.200,5\n').problems[0]?.message).toBe('Värdet "1.200,5" är inget tal: det ser ut att ha tusentalsavgränsare.');
  });

  test('the hints of header and row-shape errors', () => {
    expect(read('period,value,Value\n').problems.map((p) => [p.message, p.hint])).toEqual([
      ['Kolumnen "value" finns två gånger i rubrikraden.', 'ta bort den ena.'],
    ]);
    expect(read('period;value\n2020\n').problems.map((p) => p.hint)).toEqual(['lägg till de saknade cellerna; ett saknat värde skrivs .. och en tom anteckning lämnas tom (;;).']);
    expect(read('period;gender\n').problems.map((p) => p.hint)).toEqual(['rubrikraden ska vara till exempel period;value;gender;note.']);
    expect(read('period,value,note\n2020,1,"oops\n').problems.map((p) => [p.message, p.hint])).toContainEqual([
      'Ett citattecken (") öppnas men stängs aldrig.',
      'kontrollera citattecknen på raden; text med komma eller semikolon ska stå inom "…".',
    ]);
  });

  test('the example column of a downloaded file is read back, and a cell that is neither true nor false is reported', () => {
    expect(read('period,gender,value,note,example\n2022,T,74.1,,true\n2023,T,75,,false\n').problems).toEqual([]);
    expect(read('period,value,example\n2022,74.1,ja\n').problems).toEqual([
      expect.objectContaining({ line: 2, column: 3, field: 'example', code: 'csv.example', message: '"ja" i kolumnen example är varken true eller false.' }),
    ]);
  });

  test('the same period and gender twice names both lines', () => {
    expect(messages('period,value,gender\n2020,1,K\n2021,2,K\n2020,3,K\n2020,1,T\n')).toMatchInlineSnapshot(`
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
    expect(series.observations.map((o) => o.period.key)).toEqual(['2020', '2022']);
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

  test('a number too large to hold is an error, never infinity (found by fuzzing)', () => {
    const huge = `1${'0'.repeat(309)}`;
    expect(readValue(huge, ',')).toEqual({ ok: false, message: 'Värdet "1000000000000000000000000000000000000…" är för stort för att räknas med (310 siffror).', hint: 'kontrollera att inga siffror har kommit med av misstag.' });
    expect(readValue(`-${huge},5`, ';').ok).toBe(false);
    expect(readValue(`1${'0'.repeat(307)}`, ',')).toEqual({ ok: true, value: 1e307 });
  });
});

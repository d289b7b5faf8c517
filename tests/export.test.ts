import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { readIndicatorCsv } from '../src/lib/csv.ts';
import {
  ALL_CSV_COLUMNS,
  allIndicatorsCsv,
  allIndicatorsExcelCsv,
  csvSafeText,
  dataPackage,
  DOWNLOAD_PATHS,
  firstParagraph,
  indicatorCsv,
  indicatorDefinition,
  indicatorExcelCsv,
  indicatorJson,
  orderedObservations,
  plainNumber,
  type DataResource,
  type TableSchema,
} from '../src/lib/export.ts';
import type { Observation } from '../src/lib/model.ts';
import type { Indicator } from '../src/lib/project.ts';
import { sampleContext, SITE } from './helpers/sample-project.ts';

const ctx = sampleContext();
const byId = (id: string): Indicator => {
  const ind = ctx.project.indicators.find((i) => i.id === id);
  if (!ind) throw new Error(id);
  return ind;
};
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

/** The rows of a per-indicator CSV as observations (period, gender, value, note). */
function rowsAsObservations(text: string, delimiter: ',' | ';', decimal: '.' | ',') {
  const [header, ...rows] = parseRows(text, delimiter);
  expect(header).toEqual(['period', 'gender', 'value', 'note']);
  return rows.map(([period, gender, value, note]) => ({ period, gender, value: readNumber(value ?? '', decimal), note: unguard(note ?? '') }));
}

const expected = (obs: readonly Observation[]) => obs.map((o) => ({ period: o.period, gender: o.gender, value: o.value, note: o.note ?? '' }));

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

  test('is UTF-8 without BOM, header exactly period,gender,value,note, CRLF after every record', () => {
    expect(text.startsWith('period,gender,value,note\r\n')).toBe(true);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted cells every line break is CRLF.
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('parses back to the same rows: values equal exactly, missing stays missing, åäö intact, nothing dropped or duplicated', () => {
    expect(rowsAsObservations(text, ',', '.')).toEqual(expected(orderedObservations(N15428)));
    expect(rowsAsObservations(text, ',', '.')).toHaveLength(N15428.series!.observations.length);
  });

  test('rows are in time order, then T, K, M', () => {
    const keys = parseRows(text, ',').slice(1).map((r) => `${r[0]} ${r[1]}`);
    expect(keys.slice(0, 6)).toEqual(['2022-T1 T', '2022-T1 K', '2022-T1 M', '2022-T2 T', '2022-T2 K', '2022-T2 M']);
  });

  test('quotes only cells that need it', () => {
    expect(text).toContain('\r\n2022-T1,M,68,\r\n');
    expect(text).toContain('"negativt, ""citat"", med komma, och\nny rad"');
    expect(text).toContain(',ny enkätfråga från 2021; svar från åk 9 i Skillingaryd och Hok\r\n');
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
    expect(back.series.observations.map((o) => ({ period: o.period, gender: o.gender, value: o.value, note: unguard(o.note ?? '') }))).toEqual(
      expected(orderedObservations(N15428)).map((o) => ({ ...o, note: o.note.trim() })),
    );
  });

  test('an indicator without data gives the header only', () => {
    expect(indicatorCsv(NODATA)).toBe('period,gender,value,note\r\n');
  });
});

describe('indicatorExcelCsv (Swedish Excel)', () => {
  const text = indicatorExcelCsv(N15428);

  test('starts with a BOM, uses ; and CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.startsWith('\uFEFFperiod;gender;value;note\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  test('writes decimal commas and parses back to the same values after converting the comma', () => {
    const values = parseRows(text, ';').map((r) => r[2]);
    expect(values).toEqual(expect.arrayContaining(['74,1', '-3,5', '0,0000001', '1234567,891']));
    expect(values.some((v) => v?.includes('.'))).toBe(false);
    expect(rowsAsObservations(text, ';', ',')).toEqual(expected(orderedObservations(N15428)));
  });

  test('quotes cells holding ; and guards formula text but not -3,5', () => {
    expect(text).toContain(';"ny enkätfråga från 2021; svar från åk 9 i Skillingaryd och Hok"\r\n');
    expect(text).toContain("2022-T2;T;74,1;'=SUM(1)\r\n");
    expect(text).toContain('2022-T3;T;-3,5;');
  });

  test('reads back through the site’s own importer (which accepts ; with decimal comma)', () => {
    const back = readIndicatorCsv(text, 'export.csv', 'N15428');
    expect(back.problems).toEqual([]);
    expect(back.delimiter).toBe(';');
    expect(back.series.observations.map((o) => o.value)).toEqual(orderedObservations(N15428).map((o) => o.value));
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
      expect(mine.map((r) => ({ period: r[6], gender: r[7], value: readNumber(r[8] ?? '', decimal), note: unguard(r[9] ?? '') }))).toEqual(expected(orderedObservations(ind)));
      for (const r of mine) {
        expect(r.slice(1, 6)).toEqual([ind.data.title, String(ind.data.goal), ind.data.subgoal, ind.data.area, ind.data.unit]);
        expect(r[10]).toBe(ind.data.example ? 'true' : 'false');
      }
    }
    expect(text.charCodeAt(0) === 0xfeff).toBe(delimiter === ';');
  });
});

describe('indicatorJson', () => {
  const roundTrip = (ind: Indicator) => JSON.parse(JSON.stringify(indicatorJson(ind, ctx.assessments.get(ind.id)!, ctx), null, 2));

  test('carries CONTRACT.md’s fields and the observations exactly', () => {
    const json = roundTrip(N15428);
    expect(json).toMatchObject({
      id: 'N15428',
      title: N15428.data.title,
      unit: 'procent',
      direction: 'increase',
      goal: 2,
      subgoal: 'larande-och-utbildning',
      area: 'Behörighet till gymnasiet',
      target: { value: 90, year: 2026, kind: 'reference' },
      source: { name: 'Kolada', kpi: 'N15428' },
      responsible: 'Barn- och utbildningsnämnden',
      childRights: [28, 29],
      example: false,
      licence: { name: 'CC0 1.0 Universell', url: 'http://creativecommons.org/publicdomain/zero/1.0/' },
      url: `${SITE}/indikatorer/N15428/`,
      lastModified: '2024-03-02',
    });
    expect(json.observations).toEqual(
      orderedObservations(N15428).map((o) => ({ period: o.period, gender: o.gender, value: o.value, ...(o.note !== undefined && { note: o.note }) })),
    );
    expect(json.downloads).toEqual({
      json: `${SITE}/data/indikatorer/N15428.json`,
      csv: `${SITE}/data/indikatorer/N15428.csv`,
      excelCsv: `${SITE}/data/excel/indikatorer/N15428.csv`,
      svg: `${SITE}/data/indikatorer/N15428.svg`,
      png: `${SITE}/data/indikatorer/N15428.png`,
    });
    expect(json.definition).toMatch(/^Andel elever i årskurs 9 som är behöriga till ett yrkesprogram/);
  });

  test('gives the assessment with its inputs, and null with a note instead of an infinite relative change', () => {
    const a = roundTrip(N15428).assessment;
    expect(a).toMatchObject({ status: 'improving', label: 'Förbättras', count: 3, slope: 2.5, fittedLatest: 71.2, projection: 88.4, target: { value: 90, year: 2026 }, referenceTime: 2023, stale: false });
    expect(a.window).toMatchObject({ fromPeriod: '2022-T1', toPeriod: '2022-T3' });
    expect(a.latest).toEqual({ period: '2022-T3', time: 2022 + 2 / 3, value: -3.5 });
    expect(a.relativeChange).toBeNull();
    expect(a.relativeChangeSign).toBe(1);
    expect(a.relativeChangeNote).toMatch(/oändligt/);
    expect(roundTrip(EX1).assessment.relativeChange).toBe(-0.005);
    expect(roundTrip(EX1).assessment).not.toHaveProperty('relativeChangeNote');
  });

  test('marks example data and handles an indicator without data', () => {
    expect(roundTrip(EX1)).toMatchObject({ example: true, exampleNote: 'Exempeldata – inte officiell statistik.' });
    const none = roundTrip(NODATA);
    expect(none.observations).toEqual([]);
    expect(none.assessment.status).toBe('insufficient-data');
    expect(none.lastModified).toBeNull();
    expect(none.downloads).toEqual({ json: `${SITE}/data/indikatorer/NODATA.json` });
    expect(none).not.toHaveProperty('target');
  });
});

describe('firstParagraph', () => {
  test('skips headings and strips Markdown', () => {
    expect(firstParagraph('## Definition\n\nAndel **elever** som har [betyg](https://x.se) i `ämnet`.\n\nMer.')).toBe('Andel elever som har betyg i ämnet.');
  });
  test('returns null for an empty body', () => expect(firstParagraph('\n\n## Bara rubrik\n')).toBeNull());
});

describe('indicatorDefinition', () => {
  test('skips the example-data notice that example indicators begin with', () => {
    const ind = { ...N15428, body: 'Värdena är exempeldata – inte officiell statistik.\n\nHur stor andel av eleverna som\ngår ut årskurs 9 som är behöriga.\n\n## Kommentar\n\nText.' };
    expect(indicatorDefinition(ind)).toBe('Hur stor andel av eleverna som går ut årskurs 9 som är behöriga.');
  });
  test('is null when there is nothing but the notice', () => expect(indicatorDefinition(EX1)).toBeNull());
});

// ---------------------------------------------------------------------------------------------
// Data package
// ---------------------------------------------------------------------------------------------

/** Checks a CSV file against a Table Schema and dialect; returns every error. */
function validate(text: string, resource: DataResource): string[] {
  const errors: string[] = [];
  const schema: TableSchema = resource.schema;
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: resource.dialect.delimiter, skipEmptyLines: true }).data;
  const [header, ...data] = rows;
  const names = schema.fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names)) errors.push(`header ${JSON.stringify(header)} is not ${JSON.stringify(names)}`);
  const keys = new Set<string>();
  data.forEach((row, i) => {
    if (row.length !== names.length) errors.push(`row ${i + 2}: ${row.length} cells`);
    const logical: Record<string, unknown> = {};
    schema.fields.forEach((f, j) => {
      const cell = row[j] ?? '';
      const at = `row ${i + 2} ${f.name}=${JSON.stringify(cell)}`;
      if (schema.missingValues.includes(cell)) {
        if (f.constraints?.required) errors.push(`${at}: required`);
        logical[f.name] = null;
        return;
      }
      let value: string | number | boolean = cell;
      if (f.type === 'number') {
        const dec = f.decimalChar ?? '.';
        const other = dec === '.' ? ',' : '.';
        if (cell.includes(other) || !/^-?\d+([.,]\d+)?$/.test(cell)) errors.push(`${at}: not a number with decimal ${dec}`);
        value = Number(cell.replace(dec, '.'));
      } else if (f.type === 'integer') {
        if (!/^-?\d+$/.test(cell)) errors.push(`${at}: not an integer`);
        value = Number(cell);
      } else if (f.type === 'boolean') {
        const t = f.trueValues ?? ['true', 'True', 'TRUE', '1'];
        const fa = f.falseValues ?? ['false', 'False', 'FALSE', '0'];
        if (!t.includes(cell) && !fa.includes(cell)) errors.push(`${at}: not a boolean`);
        value = t.includes(cell);
      }
      if (f.constraints?.enum && !f.constraints.enum.includes(value as string | number)) errors.push(`${at}: not in enum`);
      if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`).test(cell)) errors.push(`${at}: does not match ${f.constraints.pattern}`);
      logical[f.name] = value;
    });
    if (schema.primaryKey) {
      const key = JSON.stringify(schema.primaryKey.map((k) => logical[k]));
      if (keys.has(key)) errors.push(`row ${i + 2}: primary key ${key} twice`);
      keys.add(key);
    }
  });
  return errors;
}

describe('dataPackage', () => {
  const pkg = dataPackage(ctx);
  /** The files the site builds under /data/, by site path. */
  const built = new Map<string, string>([
    [DOWNLOAD_PATHS.allCsv, allIndicatorsCsv(ctx.project)],
    [DOWNLOAD_PATHS.allExcelCsv, allIndicatorsExcelCsv(ctx.project)],
    ...ctx.project.indicators.map((i): [string, string] => [DOWNLOAD_PATHS.indicatorCsv(i.id), indicatorCsv(i)]),
  ]);
  const sitePath = (r: DataResource) => `/data/${r.path}`;

  test('describes the package: name, Swedish title, licence, publisher, created from the build date', () => {
    expect(pkg).toMatchObject({
      profile: 'tabular-data-package',
      name: 'oppen-maluppfoljning',
      title: 'Öppen måluppföljning – Vaggeryds kommun',
      created: '2024-06-01T00:00:00Z',
      licenses: [{ name: 'CC0-1.0', path: 'http://creativecommons.org/publicdomain/zero/1.0/', title: 'CC0 1.0 Universell' }],
      contributors: [{ title: 'Vaggeryds kommun', role: 'publisher' }],
    });
    expect(pkg.sources).toEqual([{ title: 'Kolada', path: 'https://www.kolada.se/verktyg/fri-sokning/?kpis=N15428' }]);
    expect(DOWNLOAD_PATHS.dataPackage).toBe('/data/datapackage.json');
  });

  test('every resource path is a file the site builds, relative to /data/', () => {
    expect(pkg.resources.map(sitePath)).toEqual([DOWNLOAD_PATHS.allCsv, DOWNLOAD_PATHS.allExcelCsv, DOWNLOAD_PATHS.indicatorCsv('N15428'), DOWNLOAD_PATHS.indicatorCsv('EX1')]);
    for (const r of pkg.resources) {
      expect(r.path).not.toMatch(/^\/|\.\.\//);
      expect(built.has(sitePath(r))).toBe(true);
    }
  });

  test('resource names are unique, lower case and valid', () => {
    const names = pkg.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[-a-z0-9._/]+$/);
  });

  test('declares format, media type, encoding and dialect; the Excel variant with ; and decimal comma', () => {
    for (const r of pkg.resources) expect(r).toMatchObject({ format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', profile: 'tabular-data-resource' });
    const excel = pkg.resources.find((r) => r.name === 'indikatorer-excel')!;
    expect(excel.dialect).toMatchObject({ delimiter: ';', lineTerminator: '\r\n' });
    expect(excel.schema.fields.find((f) => f.name === 'value')).toMatchObject({ type: 'number', decimalChar: ',' });
    expect(pkg.resources.find((r) => r.name === 'indikatorer')!.schema.fields.find((f) => f.name === 'value')).not.toHaveProperty('decimalChar');
  });

  test('every field has a type and a Swedish description; gender is constrained to T, K, M; missing is the empty cell', () => {
    for (const r of pkg.resources) {
      expect(r.schema.missingValues).toEqual(['']);
      for (const f of r.schema.fields) {
        expect(['string', 'number', 'integer', 'boolean']).toContain(f.type);
        expect(f.description.length).toBeGreaterThan(10);
      }
      expect(r.schema.fields.find((f) => f.name === 'gender')?.constraints?.enum).toEqual(['T', 'K', 'M']);
    }
  });

  test.each(dataPackage(ctx).resources.map((r) => [r.name, r] as const))('the built file of %s validates against its Table Schema', (_name, r) => {
    const text = built.get(sitePath(r));
    expect(text).toBeDefined();
    expect(validate(text!, r)).toEqual([]);
  });

  test('the checker does catch a bad file', () => {
    const r = pkg.resources.find((x) => x.name === 'indikator-n15428')!;
    expect(validate('period,gender,value,note\r\n2023,X,1.5,\r\n2023-T5,T,abc,\r\n', r)).toEqual([
      'row 2 gender="X": not in enum',
      'row 3 period="2023-T5": does not match \\d{4}(-T[1-3]|-(0[1-9]|1[0-2]))?',
      'row 3 value="abc": not a number with decimal .',
    ]);
  });
});

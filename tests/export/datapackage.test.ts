/** `/data/datapackage.json`: a Frictionless Tabular Data Package whose schemas the built files satisfy. */
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { assessmentsCsv, assessmentsExcelCsv } from '../../src/lib/export/assessments.ts';
import { allComparisonsCsv, allComparisonsExcelCsv, allIndicatorsCsv, allIndicatorsExcelCsv, indicatorCsv } from '../../src/lib/export/csv.ts';
import { dataPackage, type DataResource, type TableSchema } from '../../src/lib/export/datapackage.ts';
import { buildOverview } from '../../src/lib/overview.ts';
import { DOWNLOAD } from '../../src/lib/paths.ts';
import { activitiesCsv, activitiesExcelCsv, activityLogCsv, activityLogExcelCsv } from '../../src/lib/export/activities.ts';
import { sampleContext, sampleProject, withActionPlan } from '../helpers/sample-project.ts';

const ctx = sampleContext();

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
    [DOWNLOAD.allCsv, allIndicatorsCsv(ctx.project)],
    [DOWNLOAD.allExcelCsv, allIndicatorsExcelCsv(ctx.project)],
    [DOWNLOAD.assessmentsCsv, assessmentsCsv(buildOverview(ctx.project, ctx.buildDate), ctx.site)],
    [DOWNLOAD.assessmentsExcelCsv, assessmentsExcelCsv(buildOverview(ctx.project, ctx.buildDate), ctx.site)],
    [DOWNLOAD.comparisonsCsv, allComparisonsCsv(ctx.project)],
    [DOWNLOAD.comparisonsExcelCsv, allComparisonsExcelCsv(ctx.project)],
    ...ctx.project.indicators.map((i): [string, string] => [DOWNLOAD.indicatorCsv(i.id), indicatorCsv(i)]),
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
    expect(DOWNLOAD.dataPackage).toBe('/data/datapackage.json');
  });

  test('every resource path is a file the site builds, relative to /data/', () => {
    expect(pkg.resources.map(sitePath)).toEqual([DOWNLOAD.allCsv, DOWNLOAD.allExcelCsv, DOWNLOAD.assessmentsCsv, DOWNLOAD.assessmentsExcelCsv, DOWNLOAD.comparisonsCsv, DOWNLOAD.comparisonsExcelCsv, DOWNLOAD.indicatorCsv('N15428'), DOWNLOAD.indicatorCsv('EX1')]);
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
      if (r.name.startsWith('indikator')) expect(r.schema.fields.find((f) => f.name === 'gender')?.constraints?.enum).toEqual(['T', 'K', 'M']);
    }
  });

  test.each(dataPackage(ctx).resources.map((r) => [r.name, r] as const))('the built file of %s validates against its Table Schema', (_name, r) => {
    const text = built.get(sitePath(r));
    expect(text).toBeDefined();
    expect(validate(text!, r)).toEqual([]);
  });

  test('the comparison table is listed only when some indicator has comparison values', () => {
    const project = sampleProject();
    const without = { ...ctx, project: { ...project, indicators: project.indicators.map((i) => ({ ...i, comparisons: [], comparisonFile: null })) } };
    expect(dataPackage(without).resources.map((r) => r.name)).not.toContain('jamforelser');
    expect(pkg.resources.find((r) => r.name === 'jamforelser')!.schema.primaryKey).toEqual(['indicator', 'period', 'area', 'gender']);
  });

  test('the checker does catch a bad file', () => {
    const r = pkg.resources.find((x) => x.name === 'indikator-n15428')!;
    expect(validate('period,gender,value,note,example\r\n2023,X,1.5,,false\r\n2023-T5,T,abc,,false\r\n', r)).toEqual([
      'row 2 gender="X": not in enum',
      'row 3 period="2023-T5": does not match \\d{4}(-T[1-3]|-(0[1-9]|1[0-2]))?',
      'row 3 value="abc": not a number with decimal .',
    ]);
  });
});


describe('the action plan’s tables', () => {
  const plan = withActionPlan(ctx);
  const built = new Map<string, string>([
    [DOWNLOAD.activitiesCsv, activitiesCsv(plan)],
    [DOWNLOAD.activitiesExcelCsv, activitiesExcelCsv(plan)],
    [DOWNLOAD.activityLogCsv, activityLogCsv(plan.project)],
    [DOWNLOAD.activityLogExcelCsv, activityLogExcelCsv(plan.project)],
  ]);
  const resources = dataPackage(plan).resources.filter((r) => built.has(`/data/${r.path}`));

  test('are all in the package', () => expect(resources).toHaveLength(4));
  test.each(resources.map((r) => [r.name, r] as const))('the built file of %s validates against its Table Schema', (_name, r) => {
    expect(validate(built.get(`/data/${r.path}`)!, r)).toEqual([]);
  });
  test('every logged activity is in the activity table (the foreign key holds)', () => {
    const ids = new Set(Papa.parse<Record<string, string>>(built.get(DOWNLOAD.activitiesCsv)!, { header: true, skipEmptyLines: true }).data.map((r) => r.activity));
    const logged = Papa.parse<Record<string, string>>(built.get(DOWNLOAD.activityLogCsv)!, { header: true, skipEmptyLines: true }).data.map((r) => r.activity);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.every((id) => ids.has(id))).toBe(true);
  });
  test('the checker catches a status that is no code and a month that is no month', () => {
    const log = resources.find((r) => r.name === 'aktiviteter-logg')!;
    expect(validate('activity,month,status,statusLabel,comment,example\r\nx,2024-13,pågår,Pågår,Ok.,false\r\n', log)).toEqual([
      'row 2 month="2024-13": does not match \\d{4}-(0[1-9]|1[0-2])',
      'row 2 status="pågår": not in enum',
    ]);
  });
});

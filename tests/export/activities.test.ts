/** The action plan as open data: activities and their monthly log as CSV (standard and Excel) and JSON, round-tripping. */
import type * as RDF from '@rdfjs/types';
import Papa from 'papaparse';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { describe, expect, test } from 'vitest';
import { ACTIVITY_STATUS, activityState } from '../../src/lib/activity.ts';
import { ACTIVITY_CSV_COLUMNS, ACTIVITY_LOG_CSV_COLUMNS, activitiesCsv, activitiesExcelCsv, activitiesJson, activityLogCsv, activityLogExcelCsv } from '../../src/lib/export/activities.ts';
import { feedEntries } from '../../src/lib/export/atom.ts';
import { dataPackage } from '../../src/lib/export/datapackage.ts';
import { dcatCatalog } from '../../src/lib/export/dcat.ts';
import { absoluteUrl, DOWNLOAD } from '../../src/lib/paths.ts';
import { sampleContext, SAMPLE_ACTIVITIES, SITE, withActionPlan } from '../helpers/sample-project.ts';

const ctx = withActionPlan(sampleContext());
const project = ctx.project;

/** Undoes the formula guard: a leading ' before =, +, -, @, tab or CR. */
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

function table(text: string, delimiter: ',' | ';'): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { delimiter, header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

const expectedLog = () =>
  project.activities.flatMap((a) => a.data.log.map((e) => ({ activity: a.id, month: e.month.text, status: e.status, statusLabel: ACTIVITY_STATUS[e.status].label, comment: e.comment, example: String(a.data.example) })));

describe.each([
  ['standard', activityLogCsv, ',', false],
  ['Excel', activityLogExcelCsv, ';', true],
] as const)('the %s log CSV', (_name, make, delimiter, bom) => {
  const text = make(project);

  test('has its header, CRLF line ends and a BOM only for Excel', () => {
    expect(text.startsWith('\uFEFF')).toBe(bom);
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(ACTIVITY_LOG_CSV_COLUMNS.join(delimiter));
    expect(text.endsWith('\r\n')).toBe(true);
  });

  test('parses back to every month of every log, comments with commas, quotes and line breaks intact', () => {
    const rows = table(text, delimiter).map((r) => ({ ...r, comment: unguard(r.comment!) }));
    expect(rows).toEqual(expectedLog());
  });

  test('a comment that begins with = is guarded against formulas', () => {
    expect(table(text, delimiter).find((r) => r.month === '2024-02')?.comment).toBe('\'=HYPERLINK("x") och\nen ny rad');
  });
});

describe.each([
  ['standard', activitiesCsv, ','],
  ['Excel', activitiesExcelCsv, ';'],
] as const)('the %s activities CSV', (_name, make, delimiter) => {
  const rows = table(make(ctx), delimiter);

  test('has one row per activity with its fields as written', () => {
    expect(Object.keys(rows[0]!)).toEqual([...ACTIVITY_CSV_COLUMNS]);
    expect(rows.map((r) => [r.activity, r.title, r.goal, r.subgoals, r.responsible, r.start, r.plannedEnd, r.example])).toEqual([
      ['laddplatser', 'Plan för laddplatser', '1', 'miljo-och-naturresurser', 'Kommunstyrelsen', '2024-01-15', '2025-12', 'false'],
      ['laxhjalp', 'Läxhjälp; på biblioteken', '2', 'larande-och-utbildning', 'Barn- och utbildningsnämnden', '2024-01', '2025-12', 'true'],
      ['ny-plan', 'Ny plan', '1', '', 'Kommunstyrelsen', '2024-09', '2025-03', 'false'],
    ]);
  });

  test('the status is the one the pages show at the build date, with the last logged one beside it', () => {
    expect(rows.map((r) => [r.status, r.statusLabel, r.latestMonth, r.latestStatus])).toEqual([
      ['in-progress', 'Pågår', '2024-05', 'in-progress'],
      ['not-followed-up', 'Ej uppföljd', '2024-01', 'delayed'],
      ['not-started', 'Ej påbörjad', '', ''],
    ]);
    expect(rows.map((r) => r.status)).toEqual(SAMPLE_ACTIVITIES.map((a) => activityState(a.data, ctx.buildDate).status));
  });
});

describe('the JSON', () => {
  const json = JSON.parse(JSON.stringify(activitiesJson(ctx)));

  test('round-trips every activity and its whole log', () => {
    expect(json.activities.map((a: { id: string; log: { month: string; status: string; comment: string }[] }) => [a.id, a.log.map((e) => [e.month, e.status, e.comment])])).toEqual(
      project.activities.map((a) => [a.id, a.data.log.map((e) => [e.month.text, e.status, e.comment])]),
    );
  });

  test('labels example activities, says how the status was decided, and links to the page and the tables', () => {
    const laxhjalp = json.activities.find((a: { id: string }) => a.id === 'laxhjalp');
    expect(laxhjalp).toMatchObject({ example: true, status: 'not-followed-up', latest: { month: '2024-01', status: 'delayed' }, url: `${SITE}/handlingsplan/laxhjalp/` });
    expect(laxhjalp.exampleNote).toContain('Exempeldata – inte officiell statistik');
    expect(json.activities.find((a: { id: string }) => a.id === 'laddplatser')).not.toHaveProperty('exampleNote');
    expect(json).toMatchObject({ buildDate: '2024-06-01', downloads: { csv: absoluteUrl(SITE, DOWNLOAD.activitiesCsv), logCsv: absoluteUrl(SITE, DOWNLOAD.activityLogCsv) } });
    expect(json.statusRule).toContain('ej uppföljd');
  });
});

describe('the action plan in the package, the catalogue and the feed', () => {
  test('the data package describes both tables in both variants, the log keyed to its activity', () => {
    const resources = dataPackage(ctx).resources.filter((r) => r.name.startsWith('aktiviteter'));
    expect(resources.map((r) => [r.name, `/data/${r.path}`])).toEqual([
      ['aktiviteter', DOWNLOAD.activitiesCsv],
      ['aktiviteter-excel', DOWNLOAD.activitiesExcelCsv],
      ['aktiviteter-logg', DOWNLOAD.activityLogCsv],
      ['aktiviteter-logg-excel', DOWNLOAD.activityLogExcelCsv],
    ]);
    expect(resources.map((r) => r.schema.fields.map((f) => f.name))).toEqual([[...ACTIVITY_CSV_COLUMNS], [...ACTIVITY_CSV_COLUMNS], [...ACTIVITY_LOG_CSV_COLUMNS], [...ACTIVITY_LOG_CSV_COLUMNS]]);
    expect(resources[2]!.schema).toMatchObject({ primaryKey: ['activity', 'month'], foreignKeys: [{ fields: ['activity'], reference: { resource: 'aktiviteter', fields: ['activity'] } }] });
    expect(dataPackage(sampleContext()).resources.some((r) => r.name.startsWith('aktiviteter'))).toBe(false);
  });

  test('the catalogue has one dataset for the plan, labelled as having examples, with five files', async () => {
    const quads = await new Promise<RDF.Quad[]>((resolve, reject) => {
      const out: RDF.Quad[] = [];
      const parser = new RdfXmlParser();
      parser.on('data', (q: RDF.Quad) => out.push(q));
      parser.on('error', reject);
      parser.on('end', () => resolve(out));
      parser.end(dcatCatalog(ctx));
    });
    const dataset = `${SITE}/datasets/dcat#handlingsplan`;
    const of = (p: string) => quads.filter((q) => q.subject.value === dataset && q.predicate.value === p).map((q) => q.object.value);
    expect(quads.some((q) => q.predicate.value === 'http://www.w3.org/ns/dcat#dataset' && q.object.value === dataset)).toBe(true);
    expect(of('http://purl.org/dc/terms/title')[0]).toBe('Handlingsplanens aktiviteter (med exempel) – Vaggeryds kommun');
    expect(of('http://www.w3.org/ns/dcat#keyword')).toContain('exempeldata');
    const urls = of('http://www.w3.org/ns/dcat#distribution').flatMap((d) => quads.filter((q) => q.subject.value === d && q.predicate.value === 'http://www.w3.org/ns/dcat#accessURL').map((q) => q.object.value));
    expect(urls.sort()).toEqual([DOWNLOAD.activitiesCsv, DOWNLOAD.activitiesExcelCsv, DOWNLOAD.activitiesJson, DOWNLOAD.activityLogCsv, DOWNLOAD.activityLogExcelCsv].map((p) => absoluteUrl(SITE, p)).sort());
  });

  test('the feed has an entry when an activity’s status changes, not for every month, and one for the extra follow-up', () => {
    const entries = feedEntries(ctx).filter((e) => e.category === 'handlingsplan');
    expect(entries.map((e) => [e.id, e.updated, e.title]).sort()).toEqual(
      [
        ['tag:uppfoljning.example.se,2024-01:handlingsplan/laddplatser', '2024-01-01T00:00:00Z', 'Plan för laddplatser: ej påbörjad'],
        ['tag:uppfoljning.example.se,2024-02:handlingsplan/laddplatser', '2024-02-01T00:00:00Z', 'Plan för laddplatser: nu pågår'],
        ['tag:uppfoljning.example.se,2023-10:handlingsplan/laxhjalp', '2023-10-01T00:00:00Z', 'Läxhjälp; på biblioteken: pågår (exempel)'],
        ['tag:uppfoljning.example.se,2023-11:handlingsplan/laxhjalp', '2023-11-01T00:00:00Z', 'Läxhjälp; på biblioteken: nu försenad (exempel)'],
      ].sort(),
    );
    expect(entries.find((e) => e.id.includes('2023-11:handlingsplan/laxhjalp'))?.summary).toBe('Handlingsplanen, 2023-11: Försenad. Färre volontärer. Exempeldata – inte officiell statistik: aktiviteten är ett exempel.');
    expect(feedEntries(ctx).find((e) => e.link === `${SITE}/uppfoljning/2023-extra-enkat/`)).toMatchObject({ title: 'Extra uppföljning: Enkäten 2023', updated: '2023-11-20T00:00:00Z', category: 'uppfoljning', summary: 'Enkäten är klar.' });
  });
});

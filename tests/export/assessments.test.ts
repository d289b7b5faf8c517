/** `/data/bedomningar.csv`, its Excel variant and `/data/bedomningar.json`: the assessments as open data. */
import { parseDate } from '../../src/lib/date.ts';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { ASSESSMENT_CSV_COLUMNS, assessmentRows, assessmentsCsv, assessmentsExcelCsv, assessmentsJson } from '../../src/lib/export/assessments.ts';
import { buildOverview, type Overview } from '../../src/lib/overview.ts';
import { loadProject } from '../../src/lib/project/index.ts';
import { statusLabel } from '../../src/lib/status.ts';
import { fixtureFiles } from '../helpers/fixture.ts';

const SITE = 'https://test.example';

/** The valid fixture (tertial 2 2023, an example) with a real tertial 1 before it. */
const REAL_T1 = `---
year: 2023
kind: tertial-1
published: 2023-05-20
goals:
  - goal: 1
    assessment: underlag saknas
    comment: Mål 1 bedöms vid tertial 2.
  - goal: 2
    assessment: uppfylls
    comment: =Behörigheten ökar, "tydligt"; se tabellen.
  - goal: 3
    assessment: underlag saknas
    comment: Mål 3 bedöms vid tertial 2.
  - goal: 4
    assessment: underlag saknas
    comment: Mål 4 bedöms vid tertial 2.
indicators:
  - id: utslapp
    assessment: förbättras
    comment: Utsläppen minskar.
---
Tertial 1 i testkommunen.
`;

function overview(files: Record<string, string | null> = { 'content/follow-ups/2023-t1.md': REAL_T1 }): Overview {
  const { project, problems } = loadProject(fixtureFiles(files));
  if (!project) throw new Error(JSON.stringify(problems));
  return buildOverview(project, parseDate('2026-01-15')!);
}

const o = overview();
type Row = Record<(typeof ASSESSMENT_CSV_COLUMNS)[number], string>;

function parse(text: string, delimiter: ',' | ';'): Row[] {
  const result = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { delimiter, header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  expect(result.meta.fields).toEqual([...ASSESSMENT_CSV_COLUMNS]);
  return result.data;
}
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
const rows = parse(assessmentsCsv(o, SITE), ',');

describe('assessmentsCsv', () => {
  test('one row per follow-up and goal, then one per follow-up and indicator, oldest follow-up first', () => {
    const indicators = o.indicators.map((v) => v.indicator.id);
    expect(rows.map((r) => `${r.followUp} ${r.level} ${r.level === 'goal' ? r.goal : r.indicator}`)).toEqual(
      ['2023-t1', '2023-t2'].flatMap((f) => [...[1, 2, 3, 4].map((g) => `${f} goal ${g}`), ...indicators.map((id) => `${f} indicator ${id}`)]),
    );
  });

  test('round-trips with what each follow-up page shows: judged and computed per goal, with the comment', () => {
    for (const fv of o.followUps)
      for (const g of fv.goals) {
        const row = rows.find((r) => r.followUp === fv.followUp.id && r.level === 'goal' && r.goal === String(g.goal.data.number))!;
        expect({ judged: row.judged, computed: row.computed, comment: unguard(row.comment), n: row.indicatorCount, k: row.scoredCount }).toEqual({
          judged: g.judged?.assessment ?? '',
          computed: g.computed.status,
          comment: g.judged?.comment ?? '',
          n: String(g.computed.n),
          k: String(g.computed.scored),
        });
        expect(row.computedLabel).toBe(statusLabel(g.computed.status));
      }
  });

  test('round-trips with the indicators a follow-up comments on, and gives the computed status of every other one', () => {
    for (const fv of o.followUps) {
      for (const c of fv.indicators) {
        const row = rows.find((r) => r.followUp === fv.followUp.id && r.indicator === c.view.indicator.id)!;
        expect([row.judged, row.computed, row.comment]).toEqual([c.judged ?? '', c.computed.status, c.comment]);
      }
      for (const c of fv.computed) expect(rows.find((r) => r.followUp === fv.followUp.id && r.indicator === c.view.indicator.id)?.computed).toBe(c.computed.status);
    }
    expect(rows.find((r) => r.followUp === '2023-t1' && r.indicator === 'utslapp')).toMatchObject({ judged: 'improving', judgedLabel: 'Förbättras', comment: 'Utsläppen minskar.' });
  });

  test('the example flag: every row of an example follow-up; in a real one, the rows that rest on example data', () => {
    expect(rows.filter((r) => r.followUp === '2023-t2').every((r) => r.example === 'true')).toBe(true);
    const real = rows.filter((r) => r.followUp === '2023-t1');
    // utslapp is example data, under goal 1; goals 2–4 and the other indicators are not.
    expect(real.filter((r) => r.example === 'true').map((r) => r.indicator || `mål ${r.goal}`)).toEqual(['mål 1', 'utslapp']);
  });

  test('every row says the method is a proposal', () => {
    expect(new Set(rows.map((r) => r.method))).toEqual(new Set(['proposed']));
  });

  test('guards a comment that begins with a formula character, and quotes what needs it', () => {
    const row = rows.find((r) => r.followUp === '2023-t1' && r.goal === '2' && r.level === 'goal')!;
    expect(row.comment).toBe('\'=Behörigheten ökar, "tydligt"; se tabellen.');
  });

  test('the Excel variant has a BOM, semicolons and the same cells', () => {
    const excel = assessmentsExcelCsv(o, SITE);
    expect(excel.startsWith(`\uFEFF${ASSESSMENT_CSV_COLUMNS.join(';')}\r\n`)).toBe(true);
    expect(parse(excel, ';')).toEqual(rows);
  });

  test('without follow-ups the table is its header', () => {
    expect(assessmentsCsv(overview({ 'content/follow-ups/2023-t2.md': null }), SITE)).toBe(`${ASSESSMENT_CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('assessmentsJson', () => {
  const json = JSON.parse(JSON.stringify(assessmentsJson(o, SITE)));

  test('holds each follow-up with its address, reference time and example flag, and the method’s standing', () => {
    expect(json.method).toEqual({ status: 'proposed', name: 'förslag till gemensam bedömningsprincip' });
    expect(json.followUps.map((f: { id: string }) => f.id)).toEqual(['2023-t1', '2023-t2']);
    expect(json.followUps[1]).toMatchObject({ label: 'Tertial 2 2023', kind: 'tertial-2', published: '2023-10-01', example: true, url: `${SITE}/uppfoljning/2023-t2/`, referencePeriod: '2023-T2' });
    expect(json.followUps[1].goals[0]).toMatchObject({ goal: 1, judged: { status: 'partly-fulfilled', label: 'Uppfylls delvis' }, comment: 'Utsläppen minskar men för långsamt.', example: true });
    expect(json.followUps[1].goals[0].computed).toMatchObject({ indicators: 2, counts: expect.any(Object) });
  });

  test('the CSV is the JSON flattened: the same rows, cell for cell', () => {
    const flat = assessmentRows(assessmentsJson(o, SITE)).map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
    expect(flat.map((r) => r[15]?.replace(/^'/, ''))).toEqual(rows.map((r) => unguard(r.comment)));
    expect(flat.length).toBe(rows.length);
  });
});

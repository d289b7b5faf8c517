/**
 * Reconciliation: what the site writes is compared row by row with the data files. The writers'
 * own output reconciles; each kind of damage to it (a row dropped, doubled or added, a value or a
 * note changed, missing turned into 0, a file or a package entry left out) is a problem at the
 * data file's row.
 */
import { describe, expect, test } from 'vitest';
import { assessmentsCsv, assessmentsExcelCsv } from '../src/lib/export/assessments.ts';
import { allComparisonsCsv, allComparisonsExcelCsv, indicatorCsv, allIndicatorsCsv, allIndicatorsExcelCsv, indicatorExcelCsv } from '../src/lib/export/csv.ts';
import { hasData } from '../src/lib/export/context.ts';
import { dataPackage } from '../src/lib/export/datapackage.ts';
import { indicatorJson } from '../src/lib/export/json.ts';
import { formatValue, seriesDecimals } from '../src/lib/format.ts';
import type { Indicator } from '../src/lib/model.ts';
import { DOWNLOAD, PAGE } from '../src/lib/paths.ts';
import { buildOverview } from '../src/lib/overview.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { projectFiles } from '../src/lib/project/index.ts';
import { reconcile } from '../src/lib/reconcile.ts';
import { assessment, sampleContext } from './helpers/sample-project.ts';

const ctx = sampleContext();
const project = ctx.project;
const N15428 = project.indicators.find((i) => i.id === 'N15428')!;
const EX1 = project.indicators.find((i) => i.id === 'EX1')!;
const NODATA = project.indicators.find((i) => i.id === 'NODATA')!;

/** An indicator page's table as the page writes it: a marked cell for each row of data. */
function pageTable(ind: Indicator): string {
  const obs = ind.series?.observations ?? [];
  const decimals = seriesDecimals(obs.flatMap((o) => (o.value === null ? [] : [o.value])));
  const cells = obs.map(
    (o) => `<td class="num" data-period="${o.period.key}" data-gender="${o.gender}">${o.value === null ? '<span class="muted">uppgift saknas</span>' : formatValue(o.value, ind.data.unit, decimals)}</td>`,
  );
  return `<html><body><table><tbody><tr>${cells.join('')}<td class="num"><span class="muted">–</span></td></tr></tbody></table></body></html>`;
}

/** Everything the build writes that holds rows, as the site's writers write it. */
function written(): Map<string, string> {
  const files = new Map<string, string>([
    [DOWNLOAD.allCsv, allIndicatorsCsv(project)],
    [DOWNLOAD.allExcelCsv, allIndicatorsExcelCsv(project)],
    [DOWNLOAD.dataPackage, JSON.stringify(dataPackage(ctx))],
    [DOWNLOAD.assessmentsCsv, assessmentsCsv(buildOverview(project, ctx.buildDate), ctx.site)],
    [DOWNLOAD.assessmentsExcelCsv, assessmentsExcelCsv(buildOverview(project, ctx.buildDate), ctx.site)],
    [DOWNLOAD.comparisonsCsv, allComparisonsCsv(project)],
    [DOWNLOAD.comparisonsExcelCsv, allComparisonsExcelCsv(project)],
  ]);
  for (const ind of project.indicators) {
    files.set(DOWNLOAD.indicatorJson(ind.id), JSON.stringify(indicatorJson(ind, ctx.assessments.get(ind.id) ?? assessment(), ctx)));
    files.set(`${PAGE.indicator(ind.id)}index.html`, pageTable(ind));
    if (hasData(ind)) {
      files.set(DOWNLOAD.indicatorCsv(ind.id), indicatorCsv(ind));
      files.set(DOWNLOAD.indicatorExcelCsv(ind.id), indicatorExcelCsv(ind));
      // The chart pictures are only checked to be there: their content is not rows.
      files.set(DOWNLOAD.indicatorSvg(ind.id), '<svg/>');
      files.set(DOWNLOAD.indicatorPng(ind.id), 'png');
    }
  }
  return files;
}

/** The data files, as staff would have written them (the standard CSV is a valid data file). */
const sources = () => projectFiles(Object.fromEntries(project.indicators.filter(hasData).map((i) => [i.dataFile!, indicatorCsv(i)])));

/** Reconciles the writers' output after one change to one written file. */
function after(path: string, change: (text: string) => string | null) {
  const files = written();
  const next = change(files.get(path)!);
  if (next === files.get(path)) throw new Error(`the change to ${path} changed nothing`);
  if (next === null) files.delete(path);
  else files.set(path, next);
  return reconcile(project, sources(), (p) => files.get(p) ?? null);
}

const row = (ind: Indicator, period: string, gender: string) => ind.series!.observations.find((o) => o.period.key === period && o.gender === gender)!;
/** Removes the CSV line that starts with `start`. */
const dropLine = (start: string) => (text: string) => text.replace(new RegExp(`\\r\\n${start}[^\\r]*`), '');

test('the writers’ own output reconciles', () => {
  expect(reconcile(project, sources(), (p) => written().get(p) ?? null)).toEqual([]);
});

describe('damage to what was written is a problem at the data file’s row', () => {
  const t1 = row(N15428, '2022-T1', 'T');
  const missing = EX1.series!.observations.find((o) => o.value === null)!;

  test.each([
    ['a row dropped from the indicator CSV', DOWNLOAD.indicatorCsv('N15428'), dropLine('2022-T1,T,'), 'reconcile.missing', t1.line],
    ['a value changed in the Excel CSV', DOWNLOAD.indicatorExcelCsv('N15428'), (t: string) => t.replace('2022-T1;T;70,25;', '2022-T1;T;70,3;'), 'reconcile.value', t1.line],
    ['a row doubled in the long table', DOWNLOAD.allCsv, (t: string) => t.replace(/\r\n(EX1,[^\r]*,2021,T,[^\r]*)/, '\r\n$1\r\n$1'), 'reconcile.duplicate', row(EX1, '2021', 'T').line],
    ['a missing value written as 0 in the JSON', DOWNLOAD.indicatorJson('EX1'), (t: string) => t.replace(/("period":"2023","gender":"T","value":)null/, '$10'), 'reconcile.value', missing.line],
    ['a missing value written as 0 in the long Excel table', DOWNLOAD.allExcelCsv, (t: string) => t.replace(/(EX1;[^\r]*;2023;T;);/, '$10;'), 'reconcile.value', missing.line],
    ['another value on the page', `${PAGE.indicator('N15428')}index.html`, (t: string) => t.replace(/(data-period="2022-T1" data-gender="T">)[^<]*/, '$170,3 %'), 'reconcile.value', t1.line],
    ['a cell left out of the page', `${PAGE.indicator('N15428')}index.html`, (t: string) => t.replace(/<td[^>]*data-period="2022-T1" data-gender="T">[^<]*<\/td>/, ''), 'reconcile.missing', t1.line],
    ['a note changed in the indicator CSV', DOWNLOAD.indicatorCsv('N15428'), (t: string) => t.replace('ny enkätfråga från 2021', 'ny enkätfråga'), 'reconcile.note', t1.line],
    ['a row added to the indicator CSV', DOWNLOAD.indicatorCsv('EX1'), (t: string) => `${t}2030,T,1,\r\n`, 'reconcile.extra', undefined],
  ] as const)('%s', (_, path, change, code, line) => {
    const problems = after(path, change);
    expect(problems.map((p) => [p.code, p.line])).toEqual([[code, line]]);
    expect(problems[0]!.file).toMatch(/^data\/indicators\/(N15428|EX1)\.csv$/);
    expect(problems[0]!.message).toContain(path.endsWith('index.html') ? PAGE.indicator('N15428') : path);
  });

  test('a problem tells the staff member the data file is fine', () => {
    const [problem] = after(DOWNLOAD.indicatorCsv('N15428'), dropLine('2022-T1,T,'));
    expect(formatProblem(problem!)).toBe(
      `✗ data/indicators/N15428.csv:${t1.line} (rad ${t1.line})\n` +
        '  Raden 2022-T1, T finns inte i /data/indikatorer/N15428.csv.\n' +
        '  Så rättar du: det här är ett fel i webbplatsens kod, inte i datafilen. Inget publiceras; kontakta den som sköter webbplatsen.',
    );
  });

  test('an indicator CSV not written, though the data package lists it', () => {
    expect(after(DOWNLOAD.indicatorCsv('EX1'), () => null).map((p) => [p.file, p.code])).toEqual([
      ['data/indicators/EX1.csv', 'reconcile.output-missing'],
      ['data/datapackage.json', 'reconcile.package'],
    ]);
  });

  test('a chart picture not written for an indicator with values, or written for one without', () => {
    expect(after(DOWNLOAD.indicatorPng('EX1'), () => null).map((p) => [p.file, p.code, p.message])).toEqual([
      ['data/indicators/EX1.csv', 'reconcile.output-missing', '/data/indikatorer/EX1.png skrevs inte, fast indikatorn EX1 har värden.'],
    ]);
    const empty = project.indicators.find((i) => !hasData(i))!;
    const files = written().set(DOWNLOAD.indicatorSvg(empty.id), '<svg/>');
    expect(reconcile(project, sources(), (p) => files.get(p) ?? null).map((p) => [p.code, p.message])).toEqual([
      ['reconcile.extra', `${DOWNLOAD.indicatorSvg(empty.id)} skrevs, fast indikatorn ${empty.id} inte har några värden.`],
    ]);
  });

  test('the data package leaving out an indicator’s CSV', () => {
    const problems = after(DOWNLOAD.dataPackage, (t) => {
      const pkg = JSON.parse(t) as { resources: { path: string }[] };
      return JSON.stringify({ ...pkg, resources: pkg.resources.filter((r) => r.path !== 'indikatorer/EX1.csv') });
    });
    expect(problems.map((p) => [p.file, p.code])).toEqual([['data/indicators/EX1.csv', 'reconcile.package']]);
  });

  test('a CSV written for an indicator without data', () => {
    const files = written();
    files.set(DOWNLOAD.indicatorCsv('NODATA'), 'period,gender,value,note\r\n');
    expect(reconcile(project, sources(), (p) => files.get(p) ?? null).map((p) => [p.file, p.code])).toEqual([[NODATA.file, 'reconcile.extra']]);
  });

  test('a row of the data file that the reader left out', () => {
    const files = sources();
    const withExtra = new Map(files);
    withExtra.set(EX1.dataFile!, new TextEncoder().encode(`${indicatorCsv(EX1)}2030,T,1,\r\n`));
    expect(reconcile(project, withExtra, (p) => written().get(p) ?? null).map((p) => [p.file, p.code, p.message])).toEqual([
      ['data/indicators/EX1.csv', 'reconcile.rows', 'Datafilen har 5 rader med värden, men 4 av dem kom med på webbplatsen.'],
    ]);
  });
});

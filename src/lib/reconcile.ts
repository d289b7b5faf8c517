/**
 * Reconciliation: every row of every data file appears exactly once, with the same value, in the
 * page's table and in every download (missing stays missing, a note stays the note); nothing else
 * appears. Checked on what a build wrote, after it wrote it (the validation integration's
 * `astro:build:done`), so that a mistake anywhere between the reader and the files on disk (an
 * endpoint, a page, a writer, the build itself) stops the build instead of being published.
 *
 * Each difference is a problem at the data file's row, worded for the staff member who sees the
 * build stop: the file is fine, the site's code is not.
 */
import Papa from 'papaparse';
import { detectDelimiter } from './csv.ts';
import { csvSafeText } from './export/csv.ts';
import { capitalise, formatValue, seriesDecimals } from './format.ts';
import type { Indicator, Observation, Project } from './model.ts';
import { DOWNLOAD, PAGE } from './paths.ts';
import type { Problem } from './problems.ts';
import { decodeFile } from './project/decode.ts';
import type { ProjectFiles } from './project/files.ts';

/** The text of a written file by its path on the site (`/data/indikatorer.csv`), or null when none was written. */
export type ReadWritten = (path: string) => string | null;

const HINT = 'det här är ett fel i webbplatsens kod, inte i datafilen. Inget publiceras; kontakta den som sköter webbplatsen.';

/** One row as an output shows it: `value` null for missing; `note` as written there, '' for none. */
interface Shown {
  period: string;
  gender: string;
  value: number | null;
  note: string | null;
}

/** How a value reads in an output that writes `decimal` as its decimal mark; null for an empty cell, NaN for text. */
function cellNumber(text: string, decimal: '.' | ','): number | null {
  if (text === '') return null;
  return Number(decimal === ',' ? text.replace(',', '.') : text);
}

const key = (period: string, gender: string) => `${period}|${gender}`;

/** Compares an indicator's observations with how one output shows them. */
function compare(ind: Indicator, output: string, shown: readonly Shown[] | null, note: (o: Observation) => string | null): Problem[] {
  const file = ind.dataFile ?? ind.file;
  if (shown === null) return [{ file, code: 'reconcile.output-missing', message: `${output} skrevs inte, fast indikatorn ${ind.id} har värden.`, hint: HINT }];
  const problems: Problem[] = [];
  const byKey = new Map<string, Shown[]>();
  for (const s of shown) {
    const k = key(s.period, s.gender);
    const found = byKey.get(k);
    if (found) found.push(s);
    else byKey.set(k, [s]);
  }
  const observations = ind.series?.observations ?? [];
  for (const o of observations) {
    const at = { file, line: o.line };
    const row = `raden ${o.period.key}, ${o.gender}`;
    const found = byKey.get(key(o.period.key, o.gender)) ?? [];
    if (found.length === 0) {
      problems.push({ ...at, code: 'reconcile.missing', message: `${capitalise(row)} finns inte i ${output}.`, hint: HINT });
      continue;
    }
    if (found.length > 1) problems.push({ ...at, code: 'reconcile.duplicate', message: `${capitalise(row)} finns ${found.length} gånger i ${output}.`, hint: HINT });
    const s = found[0]!;
    if (!Object.is(s.value, o.value) && !(s.value === 0 && o.value === 0))
      problems.push({ ...at, code: 'reconcile.value', message: `Värdet på ${row} är ${o.value ?? 'saknas'} i datafilen men ${s.value === null ? 'saknas' : Number.isNaN(s.value) ? 'inget tal' : s.value} i ${output}.`, hint: HINT });
    if (s.note !== null && s.note !== (note(o) ?? ''))
      problems.push({ ...at, code: 'reconcile.note', message: `Anmärkningen på ${row} är inte densamma i ${output} som i datafilen.`, hint: HINT });
  }
  const sourceKeys = new Set(observations.map((o) => key(o.period.key, o.gender)));
  for (const s of shown)
    if (!sourceKeys.has(key(s.period, s.gender)))
      problems.push({ file, code: 'reconcile.extra', message: `${output} har raden ${s.period}, ${s.gender}, som inte finns i datafilen.`, hint: HINT });
  return problems;
}

/** Text with every run of white space (the page's no-break spaces too) as one space. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The values an indicator page's table shows, from the cells marked with their period and gender. */
function tableRows(html: string | null, ind: Indicator): Shown[] | null {
  if (html === null) return null;
  const values = (ind.series?.observations ?? []).flatMap((o) => (o.value === null ? [] : [o.value]));
  const decimals = seriesDecimals(values);
  const byKey = new Map((ind.series?.observations ?? []).map((o) => [key(o.period.key, o.gender), o]));
  const shown: Shown[] = [];
  for (const m of html.matchAll(/<td\b[^>]*\bdata-period="([^"]*)"[^>]*\bdata-gender="([^"]*)"[^>]*>([\s\S]*?)<\/td>/g)) {
    const [, period, gender, inner] = m as unknown as [string, string, string, string];
    const text = words(inner.replace(/<[^>]*>/g, ''));
    // The page shows a value as formatted text; the value it stands for is the observation's whose
    // formatting it is (a different value would format differently at the series' precision).
    const o = byKey.get(key(period, gender));
    const value = text === 'uppgift saknas' ? null : o && o.value !== null && text === words(formatValue(o.value, ind.data.unit, decimals)) ? o.value : Number.NaN;
    shown.push({ period, gender, value, note: null });
  }
  return shown;
}

/**
 * A written CSV's rows as shown values, grouped by its `indicator` column: a long table holds every
 * indicator's rows, a file of one indicator has no such column and all its rows come under ''.
 * Read as plain rows, not objects by header: for a thousand indicators the two long tables have
 * 180,000 rows, and objects held for all of them were the largest part of the reconciliation's
 * memory and time. Null when the file was not written.
 */
function shownByIndicator(text: string | null, delimiter: ',' | ';', decimal: '.' | ','): Map<string, Shown[]> | null {
  if (text === null) return null;
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data;
  const header = rows[0] ?? [];
  const [id, period, gender, value, note] = ['indicator', 'period', 'gender', 'value', 'note'].map((name) => header.indexOf(name)) as [number, number, number, number, number];
  const byIndicator = new Map<string, Shown[]>();
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i]!;
    const shown: Shown = { period: r[period] ?? '', gender: r[gender] ?? '', value: cellNumber(r[value] ?? '', decimal), note: r[note] ?? '' };
    const key = r[id] ?? '';
    const group = byIndicator.get(key);
    if (group) group.push(shown);
    else byIndicator.set(key, [shown]);
  }
  return byIndicator;
}

/**
 * Every difference between the data files and what the build wrote. `exists` says whether a file
 * was written without reading it (the chart pictures are only checked to be there, or not).
 */
export function reconcile(project: Project, files: ProjectFiles, read: ReadWritten, exists: (path: string) => boolean = (path) => read(path) !== null): Problem[] {
  const problems: Problem[] = [];
  const longStandard = shownByIndicator(read(DOWNLOAD.allCsv), ',', '.');
  const longExcel = shownByIndicator(read(DOWNLOAD.allExcelCsv), ';', ',');
  const rowsOf = (table: Map<string, Shown[]> | null, id: string) => (table === null ? null : (table.get(id) ?? []));
  const safeNote = (o: Observation) => (o.note ? csvSafeText(o.note) : null);
  const plainNote = (o: Observation) => o.note ?? null;

  for (const ind of project.indicators) {
    const observations = ind.series?.observations ?? [];
    if (ind.dataFile) problems.push(...sourceRowCount(ind, files));
    const json = read(DOWNLOAD.indicatorJson(ind.id));
    const jsonRows =
      json === null
        ? null
        : (JSON.parse(json) as { observations: { period: string; gender: string; value: number | null; note?: string }[] }).observations.map((o) => ({ ...o, note: o.note ?? '' }));
    problems.push(...compare(ind, DOWNLOAD.indicatorJson(ind.id), jsonRows, plainNote));
    problems.push(...compare(ind, PAGE.indicator(ind.id), tableRows(read(`${PAGE.indicator(ind.id)}index.html`), ind), plainNote));
    const charts = [DOWNLOAD.indicatorSvg(ind.id), DOWNLOAD.indicatorPng(ind.id)];
    if (observations.length === 0) {
      for (const path of [DOWNLOAD.indicatorCsv(ind.id), DOWNLOAD.indicatorExcelCsv(ind.id), ...charts])
        if (exists(path)) problems.push({ file: ind.file, code: 'reconcile.extra', message: `${path} skrevs, fast indikatorn ${ind.id} inte har några värden.`, hint: HINT });
      continue;
    }
    for (const path of charts)
      if (!exists(path)) problems.push({ file: ind.dataFile ?? ind.file, code: 'reconcile.output-missing', message: `${path} skrevs inte, fast indikatorn ${ind.id} har värden.`, hint: HINT });
    problems.push(
      ...compare(ind, DOWNLOAD.indicatorCsv(ind.id), rowsOf(shownByIndicator(read(DOWNLOAD.indicatorCsv(ind.id)), ',', '.'), ''), safeNote),
      ...compare(ind, DOWNLOAD.indicatorExcelCsv(ind.id), rowsOf(shownByIndicator(read(DOWNLOAD.indicatorExcelCsv(ind.id)), ';', ','), ''), safeNote),
      ...compare(ind, DOWNLOAD.allCsv, rowsOf(longStandard, ind.id), safeNote),
      ...compare(ind, DOWNLOAD.allExcelCsv, rowsOf(longExcel, ind.id), safeNote),
    );
  }
  problems.push(...packageResources(project, read));
  // The long tables have only the project's indicators.
  const ids = new Set(project.indicators.map((i) => i.id));
  for (const [path, table] of [[DOWNLOAD.allCsv, longStandard], [DOWNLOAD.allExcelCsv, longExcel]] as const)
    for (const id of table?.keys() ?? [])
      if (!ids.has(id)) problems.push({ file: path.slice(1), code: 'reconcile.extra', message: `${path} har rader för indikatorn "${id}", som inte finns.`, hint: HINT });
  return problems;
}

/**
 * The data file's rows of values, counted without the site's reader: each must have become one
 * observation (a row the reader could not read is a problem of its own and stops the build first).
 */
function sourceRowCount(ind: Indicator, files: ProjectFiles): Problem[] {
  const bytes = files.get(ind.dataFile!);
  const decoded = bytes ? decodeFile(bytes, ind.dataFile!) : null;
  if (!decoded?.text) return [];
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: 'greedy' }).data.length - 1;
  const read = ind.series?.observations.length ?? 0;
  return records === read ? [] : [{ file: ind.dataFile!, code: 'reconcile.rows', message: `Datafilen har ${records} rader med värden, men ${read} av dem kom med på webbplatsen.`, hint: HINT }];
}

/** The data package lists each indicator's CSV once, and only files that were written. */
function packageResources(project: Project, read: ReadWritten): Problem[] {
  const text = read(DOWNLOAD.dataPackage);
  if (text === null) return [{ file: DOWNLOAD.dataPackage.slice(1), code: 'reconcile.output-missing', message: `${DOWNLOAD.dataPackage} skrevs inte.`, hint: HINT }];
  const paths = (JSON.parse(text) as { resources: { path: string }[] }).resources.map((r) => `/data/${r.path}`);
  const listed = new Map<string, number>();
  for (const p of paths) listed.set(p, (listed.get(p) ?? 0) + 1);
  const problems: Problem[] = [];
  for (const ind of project.indicators) {
    const count = listed.get(DOWNLOAD.indicatorCsv(ind.id)) ?? 0;
    const expected = (ind.series?.observations.length ?? 0) > 0 ? 1 : 0;
    if (count !== expected)
      problems.push({ file: ind.dataFile ?? ind.file, code: 'reconcile.package', message: `${DOWNLOAD.dataPackage} listar ${DOWNLOAD.indicatorCsv(ind.id)} ${count} gånger, inte ${expected}.`, hint: HINT });
  }
  for (const path of paths)
    if (read(path) === null) problems.push({ file: DOWNLOAD.dataPackage.slice(1), code: 'reconcile.package', message: `${DOWNLOAD.dataPackage} listar ${path}, som inte skrevs.`, hint: HINT });
  return problems;
}

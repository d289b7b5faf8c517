/**
 * Merging values fetched from Kolada into the files staff keep: an indicator's data file
 * (`period,gender,value,note`) and its comparison file (`period,area,gender,value`).
 *
 * Nothing is lost without a word: a new period or gender is added, a value Kolada now gives
 * differently is changed (a value Kolada no longer has becomes missing, `..`, never zero), and a
 * row Kolada did not return is kept as it is. Every addition, change and removal is listed for
 * the summary. Rows are removed only when the caller says so: the example values of an indicator
 * that now gets real ones, or comparison rows for an area no longer compared with.
 *
 * The file keeps its form: its separator (`,` or `;` with decimal comma), byte-order mark, line
 * endings and columns, and unchanged rows keep their cells exactly as written (`82.0` stays
 * `82.0`). Rows are kept in time order when the file had them so; otherwise new rows are added
 * at the end.
 */
import { readComparisonCsv } from '../comparison-csv.ts';
import { blankRow, csvText, detectDelimiter, readIndicatorCsv, readValue, splitRows } from '../csv.ts';
import { plainNumber } from '../export/csv.ts';
import { GENDERS, type Gender } from '../model.ts';
import { makePeriod, parsePeriod, PERIOD_KIND_LABEL, type Period } from '../period.ts';
import { formatReport } from '../problems.ts';
import { idOf } from '../project/layout.ts';
import { ImportError } from './errors.ts';
import type { KoladaValue } from './response.ts';

/** One value that the merge adds, changes or removes. */
export interface ValueChange {
  period: Period;
  /** The comparison area, for comparison files. */
  area?: string;
  gender: Gender;
  /** undefined for an added value. */
  from?: number | null;
  /** undefined for a removed value. */
  to?: number | null;
}

export interface MergeResult {
  /** The file's text after the merge. */
  text: string;
  added: ValueChange[];
  changed: ValueChange[];
  removed: ValueChange[];
  /** Rows of the file that Kolada did not return, kept as they are. */
  kept: number;
}

/** A CSV file as cells, with what it takes to write it back the same way. */
interface Table {
  delimiter: ',' | ';';
  bom: boolean;
  newline: '\n' | '\r\n';
  /** The header row's cells as written. */
  header: string[];
  /** The same names in lower case, as the readers know them. */
  columns: string[];
  rows: string[][];
}

function readTable(text: string): Table {
  const bom = text.startsWith('\uFEFF');
  const body = bom ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  // The rows are read with every line end as \n (csvText); the file's own line end is kept for writing.
  const rows = splitRows(csvText(body), delimiter, () => {})
    .map((r) => r.cells)
    .filter((cells) => !blankRow(cells));
  const header = rows.shift() ?? [];
  return { delimiter, bom, newline: body.includes('\r\n') ? '\r\n' : '\n', header, columns: header.map((c) => c.trim().toLowerCase()), rows };
}

function newTable(columns: readonly string[]): Table {
  return { delimiter: ',', bom: false, newline: '\n', header: [...columns], columns: [...columns], rows: [] };
}

function writeCell(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function writeTable(t: Table): string {
  const line = (cells: string[]) => cells.map((c) => writeCell(c, t.delimiter)).join(t.delimiter);
  return (t.bom ? '\uFEFF' : '') + [t.header, ...t.rows].map(line).join(t.newline) + t.newline;
}

/** A value as the file writes it: `..` when missing, a decimal comma in a `;` file. */
function valueCell(v: number | null, delimiter: ',' | ';'): string {
  if (v === null) return '..';
  const text = plainNumber(v);
  return delimiter === ';' ? text.replace('.', ',') : text;
}

/** What a fetched value becomes in a file: its period, area and gender, and the value. */
interface Incoming {
  period: Period;
  area?: string;
  gender: Gender;
  value: number | null;
}

interface Keyed {
  /** The identity of a row: period, (area,) gender. */
  key: (period: Period, gender: Gender, area?: string) => string;
  /** Time order, then area, then T, K, M. */
  order: (period: Period, gender: Gender, area?: string) => number[];
}

/**
 * The core of both merges: `incoming` values into `table`, where `dropRow` names existing rows to
 * remove (and report). Changes the table in place.
 */
function mergeInto(table: Table, incoming: readonly Incoming[], keyed: Keyed, dropRow: (period: Period, gender: Gender, area: string | undefined) => boolean): Omit<MergeResult, 'text'> {
  const col = (name: string) => table.columns.indexOf(name);
  const read = (cells: string[]) => {
    const period = parsePeriod(cells[col('period')] ?? '')!;
    const g = (cells[col('gender')] ?? '').trim();
    const gender = (col('gender') < 0 || g === '' ? 'T' : g) as Gender;
    const area = col('area') < 0 ? undefined : (cells[col('area')] ?? '').trim();
    const v = readValue(cells[col('value')] ?? '', table.delimiter);
    return { period, gender, area, value: v.ok ? v.value : null };
  };

  // A file without a gender column holds totals; values for women and men need the column.
  if (col('gender') < 0 && incoming.some((v) => v.gender !== 'T')) {
    const at = col('period') + 1;
    table.header.splice(at, 0, 'gender');
    table.columns.splice(at, 0, 'gender');
    for (const r of table.rows) r.splice(at, 0, 'T');
  }

  const removed: ValueChange[] = [];
  const kept: string[][] = [];
  for (const cells of table.rows) {
    const r = read(cells);
    if (dropRow(r.period, r.gender, r.area)) removed.push({ period: r.period, gender: r.gender, ...(r.area !== undefined && { area: r.area }), from: r.value });
    else kept.push(cells);
  }
  const compare = (a: number[], b: number[]) => a.reduce((d, x, i) => d || x - (b[i] ?? 0), 0);
  const orderOf = (cells: string[]) => {
    const r = read(cells);
    return keyed.order(r.period, r.gender, r.area);
  };
  const wasSorted = kept.every((cells, i) => i === 0 || compare(orderOf(kept[i - 1]!), orderOf(cells)) <= 0);

  const byKey = new Map(kept.map((cells) => [(({ period, gender, area }) => keyed.key(period, gender, area))(read(cells)), cells]));
  const added: ValueChange[] = [];
  const changed: ValueChange[] = [];
  const fresh: string[][] = [];
  const seen = new Set<string>();
  for (const v of incoming) {
    const key = keyed.key(v.period, v.gender, v.area);
    seen.add(key);
    const cells = byKey.get(key);
    const where = { period: v.period, gender: v.gender, ...(v.area !== undefined && { area: v.area }) };
    if (cells) {
      const now = read(cells).value;
      if (now === v.value) continue;
      cells[col('value')] = valueCell(v.value, table.delimiter);
      changed.push({ ...where, from: now, to: v.value });
    } else {
      fresh.push(
        table.columns.map((c) => (c === 'period' ? v.period.key : c === 'gender' ? v.gender : c === 'area' ? (v.area ?? '') : c === 'value' ? valueCell(v.value, table.delimiter) : '')),
      );
      added.push({ ...where, to: v.value });
    }
  }
  // Each row's place is read once, not once per comparison; sort is stable, so rows with the same
  // place keep the order they had.
  const sorted = (rows: string[][]) =>
    rows
      .map((cells) => ({ cells, order: orderOf(cells) }))
      .sort((a, b) => compare(a.order, b.order))
      .map((x) => x.cells);
  const rows = [...kept, ...sorted(fresh)];
  table.rows = wasSorted ? sorted(rows) : rows;
  return { added, changed, removed, kept: [...byKey.keys()].filter((k) => !seen.has(k)).length };
}

const yearOf = (v: KoladaValue) => makePeriod('year', v.year, 0);
const genderIndex = (g: Gender) => GENDERS.indexOf(g);

/** Refuses to merge into a file with mistakes of its own: they would be written back, or lost. */
function mustBeValid(problems: Parameters<typeof formatReport>[0], file: string): void {
  if (problems.length)
    throw new ImportError('import.invalid-file', `${file} har fel, så importen rör den inte:\n\n${formatReport(problems, 1)}`, `rätta filen (npm run check visar felen) och kör importen igen.`);
}

/**
 * An indicator's data file after the import. `existing` is the file's text, or null when there is
 * none; with `replace` (the file holds example values) every existing row is removed and reported.
 */
export function mergeIndicatorValues(existing: string | null, fetched: readonly KoladaValue[], file: string, options: { replace: boolean }): MergeResult {
  if (existing !== null) {
    const { series, problems } = readIndicatorCsv(existing, file, idOf(file));
    mustBeValid(problems, file);
    if (series.kind !== null && series.kind !== 'year' && fetched.length && !options.replace)
      throw new ImportError(
        'import.period-kind',
        `${file} har värden per ${PERIOD_KIND_LABEL[series.kind]}, men Kolada ger värden per år.`,
        'importera nyckeltalet till en egen indikator med --id, så att en fil bara har en sorts period.',
      );
  }
  const table = existing === null ? newTable(['period', 'gender', 'value', 'note']) : readTable(existing);
  const incoming = [...fetched].sort((a, b) => a.year - b.year || genderIndex(a.gender) - genderIndex(b.gender)).map((v) => ({ period: yearOf(v), gender: v.gender, value: v.value }));
  const keyed: Keyed = { key: (p, g) => `${p.key}|${g}`, order: (p, g) => [p.time, genderIndex(g)] };
  const result = mergeInto(table, incoming, keyed, () => options.replace);
  return { text: writeTable(table), ...result };
}

/**
 * An indicator's comparison file after the import: values for the comparison `areas` (in the
 * settings' order). Rows for an area that is no longer compared with are removed and reported,
 * so that the file stays valid; with `replace` every existing row is removed and reported.
 */
export function mergeComparisonValues(existing: string | null, fetched: readonly KoladaValue[], areas: readonly string[], file: string, options: { replace: boolean }): MergeResult {
  if (existing !== null) mustBeValid(readComparisonCsv(existing, file).problems, file);
  const table = existing === null ? newTable(['period', 'area', 'gender', 'value']) : readTable(existing);
  const areaIndex = (a: string | undefined) => {
    const i = areas.indexOf(a ?? '');
    return i < 0 ? areas.length : i;
  };
  const incoming = [...fetched]
    .sort((a, b) => a.year - b.year || areaIndex(a.area) - areaIndex(b.area) || genderIndex(a.gender) - genderIndex(b.gender))
    .map((v) => ({ period: yearOf(v), area: v.area, gender: v.gender, value: v.value }));
  const keyed: Keyed = { key: (p, g, a) => `${p.key}|${a}|${g}`, order: (p, g, a) => [p.time, areaIndex(a), genderIndex(g)] };
  const result = mergeInto(table, incoming, keyed, (_p, _g, area) => options.replace || !areas.includes(area ?? ''));
  return { text: writeTable(table), ...result };
}

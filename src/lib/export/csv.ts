/**
 * The CSV downloads, as pure functions from the project to file contents:
 * - `/data/indikatorer/<id>.csv`: one indicator, RFC 4180: UTF-8 without BOM, `,` between cells,
 *   `.` as decimal mark, CRLF after every row, header `period,gender,value,note,example`.
 * - `/data/excel/indikatorer/<id>.csv`: the same table for Excel in a Swedish locale: UTF-8 with
 *   BOM, `;` between cells, decimal comma, CRLF.
 * - `/data/indikatorer.csv` and `/data/excel/indikatorer.csv`: every indicator in one long table.
 * - `/data/jamforelser.csv` and `/data/excel/jamforelser.csv`: every indicator's comparison values
 *   (other areas than the municipality) in one long table.
 *
 * The files are built for indicators with at least one row of data (`hasData`); observations are
 * in time order, then T, K, M, as the reader leaves them.
 */
import { comparisonSource } from '../citation.ts';
import type { Indicator, Project } from '../model.ts';
import { madeOnce } from './context.ts';

/**
 * Guards a TEXT cell against CSV (formula) injection, as OWASP recommends: a cell that begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by Excel, LibreOffice and
 * Google Sheets, so it gets a leading single quote (`'=SUM(1)`), which spreadsheets show as text.
 *
 * Only text goes through here (titles, notes, names). Numbers are written by their own path and
 * are never prefixed: `-3.5` in the value column stays a number, so nothing is lost for scripts.
 * The price is that a note that really begins with `-` or `=` reads with a `'` in front; the data
 * page says so. Staff notes come from the committed CSV files and are not trusted either way.
 */
export function csvSafeText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/**
 * A number as the shortest text that reads back to exactly the same number: 74.1 → "74.1"
 * (never 74.09999999999999), 0.1 + 0.2 stays "0.30000000000000004" because that IS the number
 * held; no thousands separators, and no exponent (1e21 → "1000000000000000000000",
 * 1e-7 → "0.0000001"), because spreadsheets and some CSV readers do not take exponents.
 * −0 is written "0". Non-finite numbers have no text: the caller writes them as missing.
 */
export function plainNumber(v: number): string {
  if (!Number.isFinite(v)) return '';
  if (v === 0) return '0';
  // ECMAScript Number.prototype.toString gives the shortest round-trip digits.
  const s = String(v);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const negative = s.startsWith('-');
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + out;
}

export type Cell = string | number | boolean | null | undefined;

export interface Dialect {
  delimiter: ',' | ';';
  decimal: '.' | ',';
  bom: boolean;
}

export const STANDARD: Dialect = { delimiter: ',', decimal: '.', bom: false };
export const EXCEL: Dialect = { delimiter: ';', decimal: ',', bom: true };
const CRLF = '\r\n';

function writeCell(cell: Cell, d: Dialect, note = false): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    const text = plainNumber(cell);
    return d.decimal === ',' ? text.replace('.', ',') : text;
  }
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = csvSafeText(cell);
  // RFC 4180: quote a cell that holds the separator, a quote or a line break; and a note of digits
  // alone, so that the note "1" after the value 88 reads as text, not as the decimal comma of 88,1.
  return text.includes(d.delimiter) || /["\r\n]/.test(text) || (note && /^\d+$/.test(text)) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV in a dialect: header, then one record per row, each ended by CRLF. */
export function writeTable(header: readonly string[], rows: readonly Cell[][], d: Dialect): string {
  const note = header.indexOf('note');
  const lines = [header.join(d.delimiter), ...rows.map((r) => r.map((c, i) => writeCell(c, d, i === note)).join(d.delimiter))];
  return (d.bom ? '\uFEFF' : '') + lines.map((l) => l + CRLF).join('');
}


export const finiteOrNull = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);


/**
 * Columns of the per-indicator CSV files (both variants). `example` marks example data on every
 * row, as in the long table, so that a file passed on alone still says what it is; the site's
 * own reader accepts the column, so a download can be committed back unchanged.
 */
export const INDICATOR_CSV_COLUMNS = ['period', 'gender', 'value', 'note', 'example'] as const;
/** Columns of the long tables (both variants). */
export const ALL_CSV_COLUMNS = ['indicator', 'title', 'goal', 'subgoal', 'area', 'unit', 'period', 'gender', 'value', 'note', 'example'] as const;

const indicatorRows = (ind: Indicator): Cell[][] => (ind.series?.observations ?? []).map((o) => [o.period.key, o.gender, finiteOrNull(o.value), o.note ?? null, ind.data.example]);

function allRows(project: Project): Cell[][] {
  return project.indicators.flatMap((ind) => {
    const m = ind.data;
    return (ind.series?.observations ?? []).map((o): Cell[] => [ind.id, m.title, m.goal, m.subgoal, m.area, m.unit, o.period.key, o.gender, finiteOrNull(o.value), o.note ?? null, m.example]);
  });
}

/** `/data/indikatorer/<id>.csv`: RFC 4180, UTF-8 without BOM, `,`, `.` decimal, CRLF. */
export function indicatorCsv(ind: Indicator): string {
  return madeOnce(ind, 'csv', () => writeTable(INDICATOR_CSV_COLUMNS, indicatorRows(ind), STANDARD));
}

/** `/data/excel/indikatorer/<id>.csv`: for Excel in a Swedish locale: UTF-8 with BOM, `;`, decimal comma, CRLF. */
export function indicatorExcelCsv(ind: Indicator): string {
  return madeOnce(ind, 'excel-csv', () => writeTable(INDICATOR_CSV_COLUMNS, indicatorRows(ind), EXCEL));
}

/** Columns of the comparison tables (both variants). */
export const COMPARISONS_CSV_COLUMNS = ['indicator', 'title', 'unit', 'period', 'area', 'area_name', 'gender', 'value', 'source', 'example'] as const;

function comparisonRows(project: Project): Cell[][] {
  return project.indicators.flatMap((ind) => {
    const m = ind.data;
    const source = comparisonSource(ind);
    const rows = ind.comparisons.flatMap((c) => c.observations.map((o) => ({ c, o })));
    // In time order, then the areas in the settings' order, then T, K, M: as a reader would list them.
    rows.sort((a, b) => a.o.period.time - b.o.period.time);
    return rows.map(({ c, o }): Cell[] => [ind.id, m.title, m.unit, o.period.key, c.area.id, c.area.name, o.gender, finiteOrNull(o.value), source, m.example]);
  });
}

/** `/data/jamforelser.csv`: every comparison value, one row per indicator, period, area and gender. */
export function allComparisonsCsv(project: Project): string {
  return madeOnce(project, 'jamforelser.csv', () => writeTable(COMPARISONS_CSV_COLUMNS, comparisonRows(project), STANDARD));
}

/** `/data/excel/jamforelser.csv`: the comparison table for Excel in a Swedish locale. */
export function allComparisonsExcelCsv(project: Project): string {
  return madeOnce(project, 'excel/jamforelser.csv', () => writeTable(COMPARISONS_CSV_COLUMNS, comparisonRows(project), EXCEL));
}

/** `/data/indikatorer.csv`: every indicator with data, one row per observation. */
export function allIndicatorsCsv(project: Project): string {
  return madeOnce(project, 'indikatorer.csv', () => writeTable(ALL_CSV_COLUMNS, allRows(project), STANDARD));
}

/** `/data/excel/indikatorer.csv`: the long table for Excel in a Swedish locale. */
export function allIndicatorsExcelCsv(project: Project): string {
  return madeOnce(project, 'excel/indikatorer.csv', () => writeTable(ALL_CSV_COLUMNS, allRows(project), EXCEL));
}

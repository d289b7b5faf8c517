/**
 * Reads an indicator data file (`data/indicators/<id>.csv`) exactly as docs/data-contract.md describes,
 * and reports every problem with its line and column. Nothing is dropped or zeroed: a cell that
 * says `..` or nothing is a missing value, and a cell that cannot be read is an error, never a guess.
 */
import Papa from 'papaparse';
import { GENDERS, type Gender, type Series } from './model.ts';
import { PERIOD_KIND_LABEL, parsePeriod, type Period, type PeriodKind } from './period.ts';
import { countWords, LIMITS } from './limits.ts';
import { didYouMean, type Problem } from './problems.ts';

/**
 * `example` is the column the per-indicator downloads carry (`true` for example data), accepted so
 * that a downloaded file can be committed back as it is. It is checked but not used: whether
 * values are example data is said once, by `example` in the indicator's metadata file.
 */
export const CSV_COLUMNS = ['period', 'value', 'gender', 'note', 'example'] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['period', 'value'];

export interface CsvResult {
  series: Series;
  problems: Problem[];
  /** `,` or `;`, as detected from the header row. */
  delimiter: ',' | ';';
  /** The header's columns in order (null for an unknown one), for locating later checks at a cell. */
  columns: readonly (Column | null)[];
}

/**
 * The separator of a file: `;` when the header row has one (what Excel in a Swedish locale
 * saves), else `,`. Detected from the header only, because values may hold decimal commas; the
 * header is the first line that is not blank, as when reading the rows.
 */
export function detectDelimiter(text: string): ',' | ';' {
  const header = text.split(/\r\n?|\n/).find((l) => l.trim() !== '') ?? '';
  return header.includes(';') ? ';' : ',';
}

const INTEGER = /^[-+]?\d+$/;
const DIGITS = /^\d+$/;

/** The message and hint for a decimal number split in two by the commas of a `,` file. */
export function decimalCommaHint(whole: string, fraction: string): { message: string; hint: string } {
  return {
    message: `Värdet ser ut att ha decimalkomma (${whole},${fraction}) i en fil som skiljer kolumner med komma.`,
    hint: `skriv decimalpunkt (${whole}.${fraction}), eller spara filen med semikolon mellan kolumnerna.`,
  };
}

/** The outcome of reading one value cell. */
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const ENGLISH_MONTHS: Record<string, string> = { may: 'maj', oct: 'okt' };

/**
 * The month a period cell meant when Excel has turned it into a date (`2023-01` becomes `jan-23`,
 * or `2023-01-01` in another format), as the file should say it: `2023-01`. Null for anything else.
 */
export function excelMonth(text: string): string | null {
  const short = /^([a-zåäö]{3})\.?-(\d{2}|\d{4})$/i.exec(text);
  if (short) {
    const name = short[1]!.toLowerCase();
    const m = MONTH_ABBREVIATIONS.indexOf(ENGLISH_MONTHS[name] ?? name);
    const year = short[2]!.length === 2 ? `20${short[2]}` : short[2]!;
    return m < 0 ? null : `${year}-${String(m + 1).padStart(2, '0')}`;
  }
  const day = /^(\d{4})-(0[1-9]|1[0-2])-01$/.exec(text);
  return day ? `${day[1]}-${day[2]}` : null;
}

export type ValueCell = { ok: true; value: number | null } | { ok: false; message: string; hint: string };

const PLAIN_NUMBER = /^[-+]?(\d+([.]\d+)?|[.]\d+)$/;
const COMMA_NUMBER = /^[-+]?\d+,\d+$/;

/** Reads a value cell: a number, or missing (`..` or empty). Decimal comma only in `;` files. */
export function readValue(raw: string, delimiter: ',' | ';'): ValueCell {
  // Excel and Word write U+2212 or a non-breaking space at times; a minus sign is still a minus.
  const cell = raw.trim().replace(/\u2212/g, '-');
  if (cell === '' || cell === '..') return { ok: true, value: null };
  const number = PLAIN_NUMBER.test(cell) ? Number(cell) : delimiter === ';' && COMMA_NUMBER.test(cell) ? Number(cell.replace(',', '.')) : null;
  // Over about 1.8 × 10^308 a number has no value a computer can hold: it would become "infinity".
  if (number !== null && !Number.isFinite(number))
    return { ok: false, message: `Värdet "${raw.length > 40 ? `${raw.slice(0, 37)}…` : raw}" är för stort för att räknas med (${cell.replace(/^[-+]/, '').split(/[.,]/)[0]!.length} siffror).`, hint: 'kontrollera att inga siffror har kommit med av misstag.' };
  if (number !== null) return { ok: true, value: number };
  const bare = cell.replace(/\s*%$/, '');
  if (/%\s*$/.test(cell) && (PLAIN_NUMBER.test(bare) || COMMA_NUMBER.test(bare)))
    return { ok: false, message: `Värdet "${raw}" är inget tal: det har ett procenttecken.`, hint: `skriv bara talet, ${bare}. Enheten (procent) står i indikatorns metadatafil.` };
  if (/^[-+]?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/.test(cell))
    return { ok: false, message: `Värdet "${raw}" är inget tal: det har mellanslag som tusentalsavgränsare.`, hint: `skriv talet utan mellanslag, ${cell.replace(/[ \u00a0\u202f]/g, '')}.` };
  if (/^[-+]?\d{1,3}([.,]\d{3})+([.,]\d+)?$/.test(cell) && (cell.match(/[.,]/g) ?? []).length > 1)
    return { ok: false, message: `Värdet "${raw}" är inget tal: det ser ut att ha tusentalsavgränsare.`, hint: 'skriv talet utan tusentalsavgränsare och med högst ett decimaltecken, till exempel 1200,5.' };
  if (delimiter === ',' && COMMA_NUMBER.test(cell))
    return { ok: false, message: `Värdet "${raw}" har decimalkomma i en fil som skiljer kolumner med komma.`, hint: 'skriv decimalpunkt (74.1), eller spara filen med semikolon mellan kolumnerna.' };
  return { ok: false, message: `Värdet "${raw}" är inget tal.`, hint: 'skriv ett tal (till exempel 74.1), eller .. om värdet saknas.' };
}

/** Papa Parse's kinds of syntax error, in Swedish (its own messages are English). */
const PAPA_ERROR: Partial<Record<string, string>> = {
  MissingQuotes: 'Ett citattecken (") öppnas men stängs aldrig.',
  InvalidQuotes: 'Ett citattecken (") står fel: en cell som börjar med citattecken ska sluta med ett, direkt före skiljetecknet.',
};

/** The lines that are not blank, counted without splitting the text. */
function countRows(text: string): number {
  let count = 0;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (/\S/.test(text.slice(start, stop))) count++;
    start = stop + 1;
  }
  return Math.max(0, count - 1);
}

/** Line number (1-based) of each character offset, computed once per file. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** One row of a CSV file: its cells and the line it starts on (1-based). */
export interface CsvRow {
  cells: string[];
  line: number;
  /** Longer than `LIMITS.csvRowLength` (reported; the row is not read further). */
  tooLong: boolean;
  /** The row has a quote anywhere, so a cell of digits may be text written as such ("2019"). */
  quoted: boolean;
}

/**
 * A file's text as the reader takes it: without a byte-order mark, and with every line end as
 * `\n`. Line ends may be mixed: a file saved by Excel (CRLF) and given a new row in a text editor
 * (LF) is still one row per line to the person who wrote it, so CRLF, LF and a lone CR all end a line.
 */
export const csvText = (raw: string) => raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** A file with more rows than the limit, refused before it is parsed, or null. */
export function tooManyRows(text: string): { message: string; hint: string } | null {
  if (countRows(text) <= LIMITS.csvRows) return null;
  return {
    message: `Filen har fler än ${countWords(LIMITS.csvRows)} rader med värden och läses inte: ${countWords(LIMITS.csvRows)} rader är gränsen för en datafil.`,
    hint: 'en indikator har sällan mer än några hundra värden. Kontrollera att filen bara har indikatorns värden, eller dela upp den på flera indikatorer.',
  };
}

/**
 * Splits a file's text (from `csvText`) into rows, each with the line it starts on. Blank rows are
 * kept, so that lines stay right; a syntax problem (an unclosed quote) and a row over the length
 * limit are reported with `report`.
 */
export function splitRows(text: string, delimiter: ',' | ';', report: (code: string, line: number, message: string, hint: string) => void): CsvRow[] {
  const lineOf = lineIndex(text);
  const rows: CsvRow[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      // Papa's cursor is just past the row's line break (line ends are all \n by now).
      const line = lineOf(start);
      const length = result.meta.cursor - start - (text[result.meta.cursor - 1] === '\n' ? 1 : 0);
      const quoted = text.slice(start, start + length).includes('"');
      start = result.meta.cursor;
      for (const e of result.errors)
        report('csv.syntax', line, PAPA_ERROR[e.code] ?? 'Raden kan inte läsas.', 'kontrollera citattecknen på raden; text med komma eller semikolon ska stå inom "…".');
      const tooLong = result.errors.length === 0 && length > LIMITS.csvRowLength;
      if (tooLong)
        report('csv.row-too-long', line, `Raden är ${countWords(length)} tecken lång: gränsen är ${countWords(LIMITS.csvRowLength)} tecken per rad.`, 'korta anmärkningen (note). Längre text om indikatorn hör hemma i metadatafilen.');
      rows.push({ cells: result.data, line, tooLong, quoted });
    },
  });
  return rows;
}

/** Whether every cell of a row is blank. */
export const blankRow = (cells: string[]) => cells.every((c) => c.trim() === '');

/**
 * The header row's column names, each a known one or null: an unknown or repeated name, or a
 * required one missing, is reported with `at`. Names are read without case and surrounding space.
 */
export function readHeader<C extends string>(
  header: CsvRow,
  known: readonly C[],
  required: readonly C[],
  example: string,
  at: (code: string, line: number, column: number | undefined, field: string | undefined, message: string, hint?: string) => void,
): { columns: (C | null)[]; complete: boolean } {
  const columns: (C | null)[] = [];
  header.cells.forEach((rawName, i) => {
    const name = rawName.trim().toLowerCase();
    if ((known as readonly string[]).includes(name)) {
      if (columns.includes(name as C)) at('csv.column-duplicate', header.line, i + 1, name, `Kolumnen "${name}" finns två gånger i rubrikraden.`, 'ta bort den ena.');
      columns.push(name as C);
    } else {
      columns.push(null);
      at('csv.column-unknown', header.line, i + 1, rawName, `Okänd kolumn "${rawName}".${didYouMean(name, known)}`, `kolumnerna kan vara ${known.join(', ')}. Döp om eller ta bort kolumnen.`);
    }
  });
  const missing = required.filter((c) => !columns.includes(c));
  for (const c of missing) at('csv.column-missing', header.line, undefined, c, `Kolumnen "${c}" saknas i rubrikraden.`, `rubrikraden ska vara till exempel ${example}.`);
  return { columns, complete: missing.length === 0 };
}

/** A problem in one row of a data file, which the reader reports at the row's line. */
export interface RowProblem {
  code: string;
  message: string;
  hint: string;
}

/**
 * A decimal number split in two by the commas of a `,` file (`88,1` reads as 88 and then 1): the
 * value cell (`valueIndex`, 0-based) and the next, or null. A note of digits written within quotes
 * (2025,T,88,"1") is text, as the quotes say.
 */
export function splitDecimal(row: CsvRow, valueIndex: number, delimiter: ',' | ';'): { whole: string; fraction: string } | null {
  if (delimiter !== ',' || row.quoted) return null;
  const whole = (row.cells[valueIndex] ?? '').trim();
  const fraction = (row.cells[valueIndex + 1] ?? '').trim();
  return INTEGER.test(whole) && DIGITS.test(fraction) ? { whole, fraction } : null;
}

/**
 * The problem with a row that has not as many cells as the header (`width`), or null. Cells too
 * many because a decimal comma split the value are named as such, at the value's column; else
 * `hints` says what to do about cells too many or too few, in the words of the kind of file.
 */
export function rowSizeProblem(
  row: CsvRow,
  width: number,
  valueIndex: number,
  delimiter: ',' | ';',
  hints: { extra: string; missing: string },
): (RowProblem & { column?: number; field?: string }) | null {
  if (row.cells.length === width) return null;
  const many = row.cells.length > width;
  const size = `Raden har ${row.cells.length} ${row.cells.length === 1 ? 'cell' : 'celler'} men rubrikraden har ${width}.`;
  const decimal = many ? splitDecimal(row, valueIndex, delimiter) : null;
  if (decimal) {
    const { message, hint } = decimalCommaHint(decimal.whole, decimal.fraction);
    return { code: 'csv.value', column: valueIndex + 1, field: 'value', message: `${size} ${message}`, hint };
  }
  return { code: 'csv.row-size', ...(many && { column: width + 1 }), message: size, hint: many ? hints.extra : hints.missing };
}

/**
 * Reads a period cell. The period is null when the text is none (a month that Excel has turned into
 * a date is named as such); a period of another kind than the file's first (`first`) is returned
 * with a problem, whose hint is `kindHint`, in the words of the kind of file.
 */
export function readPeriodCell(raw: string, first: { kind: PeriodKind; line: number } | null, kindHint: string): { period: Period | null; problem: RowProblem | null } {
  const text = raw.trim();
  const period = parsePeriod(text);
  if (!period) {
    const month = excelMonth(text);
    const problem = month
      ? { message: `Perioden "${text}" känns inte igen: den ser ut som ett datum, som Excel gör av en månad.`, hint: `skriv månaden som ${month}. Excel gör om ${month} till ett datum när filen öppnas: ändra hellre en fil med månader i webbläsaren.` }
      : { message: `Perioden "${text}" känns inte igen.`, hint: 'skriv ett år (2023), ett tertial (2023-T1, 2023-T2, 2023-T3) eller en månad (2023-01 … 2023-12).' };
    return { period: null, problem: { code: 'csv.period', ...problem } };
  }
  if (first && period.kind !== first.kind)
    return { period, problem: { code: 'csv.period-kind', message: `Perioden "${text}" är ${PERIOD_KIND_LABEL[period.kind]}, men filen har ${PERIOD_KIND_LABEL[first.kind]} från rad ${first.line}.`, hint: kindHint } };
  return { period, problem: null };
}

/** Reads a gender cell: T, K or M, or empty for T (totalt). */
export function readGender(raw: string): { gender: Gender | null; problem: RowProblem | null } {
  const text = raw.trim();
  const gender = (text === '' ? 'T' : text) as Gender;
  if (GENDERS.includes(gender)) return { gender, problem: null };
  const upper = text.toUpperCase();
  return {
    gender: null,
    problem: { code: 'csv.gender', message: `Könskoden "${text}" känns inte igen.`, hint: GENDERS.includes(upper as Gender) ? `skriv med stor bokstav: ${upper}.` : 'skriv T (totalt), K (kvinnor) eller M (män), eller lämna tomt för totalt.' },
  };
}

/**
 * Reads one indicator data file. `file` is the path shown in messages, `id` the indicator id.
 * Returns the series with every row that could be read, and every problem found.
 */
export function readIndicatorCsv(rawText: string, file: string, id: string): CsvResult {
  const problems: Problem[] = [];
  const at = (code: string, line: number, column: number | undefined, field: string | undefined, message: string, hint?: string) =>
    problems.push({ file, line, ...(column !== undefined && { column }), ...(field && { field }), code, message, ...(hint && { hint }) });

  const text = csvText(rawText);
  const delimiter = detectDelimiter(text);
  const series: Series = { id, kind: null, observations: [] };
  if (text.trim() === '') {
    at('csv.empty', 1, undefined, undefined, 'Filen är tom.', 'skriv en rubrikrad, period,value (eller period;value), och en rad per värde. Saknas underlag helt kan filen tas bort: metadatafilen visas då som "Underlag saknas".');
    return { series, problems, delimiter, columns: [] };
  }
  // A whole spreadsheet saved into one file is refused before it is parsed, naming the limit.
  const tooMany = tooManyRows(text);
  if (tooMany) {
    at('csv.too-many-rows', 1, undefined, undefined, tooMany.message, tooMany.hint);
    return { series, problems, delimiter, columns: [] };
  }

  const rows = splitRows(text, delimiter, (code, line, message, hint) => at(code, line, undefined, undefined, message, hint));
  const headerRow = rows.find((r) => !blankRow(r.cells));
  if (!headerRow) {
    at('csv.empty', 1, undefined, undefined, 'Filen är tom.', 'skriv en rubrikrad, period,value, och en rad per värde.');
    return { series, problems, delimiter, columns: [] };
  }

  // Header: known column names only, each once; period and value required.
  const { columns, complete } = readHeader(headerRow, CSV_COLUMNS, REQUIRED, `period${delimiter}value${delimiter}gender${delimiter}note`, at);
  if (!complete) return { series, problems, delimiter, columns };
  const col = (name: Column) => columns.indexOf(name);

  let firstKind: { kind: PeriodKind; line: number } | null = null;
  const seen = new Map<string, number>();
  const genders = new Set<Gender>();
  for (const row of rows) {
    if (row === headerRow || row.line < headerRow.line || blankRow(row.cells) || row.tooLong) continue;
    const size = rowSizeProblem(row, columns.length, col('value'), delimiter, {
      extra: `ta bort de överflödiga cellerna, eller sätt text som innehåller "${delimiter}" inom citattecken.`,
      missing: `lägg till de saknade cellerna; ett saknat värde skrivs .. och en tom anteckning lämnas tom (${delimiter}${delimiter}).`,
    });
    if (size) {
      at(size.code, row.line, size.column, size.field, size.message, size.hint);
      continue;
    }
    const cell = (name: Column) => (col(name) >= 0 ? (row.cells[col(name)] ?? '') : '');
    let ok = true;

    const { period, problem: periodProblem } = readPeriodCell(cell('period'), firstKind, 'en fil får bara ha en sorts period: år, tertial eller månad. Lägg andra perioder i en egen indikator.');
    if (periodProblem) {
      ok = false;
      at(periodProblem.code, row.line, col('period') + 1, 'period', periodProblem.message, periodProblem.hint);
    } else if (period && !firstKind) firstKind = { kind: period.kind, line: row.line };

    const { gender, problem: genderProblem } = readGender(cell('gender'));
    if (genderProblem) {
      ok = false;
      at(genderProblem.code, row.line, col('gender') + 1, 'gender', genderProblem.message, genderProblem.hint);
    }

    const value = readValue(cell('value'), delimiter);
    const decimal = columns[col('value') + 1] === 'note' ? splitDecimal(row, col('value'), delimiter) : null;
    if (!value.ok) {
      ok = false;
      at('csv.value', row.line, col('value') + 1, 'value', value.message, value.hint);
    } else if (decimal) {
      ok = false;
      const { message, hint } = decimalCommaHint(decimal.whole, decimal.fraction);
      at('csv.value', row.line, col('value') + 1, 'value', message, hint);
    }
    if (gender) genders.add(gender);

    const exampleText = cell('example').trim();
    if (!['', 'true', 'false'].includes(exampleText.toLowerCase())) {
      ok = false;
      at('csv.example', row.line, col('example') + 1, 'example', `"${exampleText}" i kolumnen example är varken true eller false.`, 'skriv true eller false, eller ta bort kolumnen: om värdena är exempeldata anges med example i indikatorns metadatafil.');
    }

    if (period && gender) {
      const key = `${period.key}|${gender}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        ok = false;
        at('csv.duplicate', row.line, col('period') + 1, 'period', `Perioden ${period.key} med kön ${gender} finns redan på rad ${earlier}.`, `ta bort en av raderna ${earlier} och ${row.line}, eller rätta perioden.`);
      } else seen.set(key, row.line);
    }

    if (ok && period && gender && value.ok) {
      const note = cell('note').trim();
      series.observations.push({ period, gender, value: value.value, text: cell('value').trim(), ...(note && { note }), line: row.line });
    }
  }
  // The assessment and the headline figure are of the total: a file of K and M alone would show
  // values in the table but "Inga värden ännu" everywhere else.
  if (genders.size > 0 && !genders.has('T'))
    at('csv.no-total', headerRow.line, col('gender') + 1, 'gender', 'Filen har inga värden för totalt (T).', 'bedömningen bygger på totalen: lägg till rader med gender T (eller lämna gender tomt).');
  series.kind = firstKind?.kind ?? null;
  series.observations.sort((a, b) => a.period.time - b.period.time || GENDERS.indexOf(a.gender) - GENDERS.indexOf(b.gender));
  return { series, problems, delimiter, columns };
}

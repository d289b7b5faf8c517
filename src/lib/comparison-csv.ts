/**
 * Reads a comparison data file (`data/comparisons/<id>.csv`): the same key figure for other areas
 * than the municipality (the whole country, the county, similar municipalities), one row per
 * period, area and gender. The file is read like an indicator's data file (docs/data-contract.md):
 * `,` or `;`, a decimal comma in a `;` file, `..` or an empty cell for a missing value, and every
 * problem located by line and column. Which areas may appear is checked against the settings in
 * `project/rules.ts`.
 */
import { blankRow, csvText, detectDelimiter, readGender, readHeader, readPeriodCell, readValue, rowSizeProblem, splitRows, tooManyRows } from './csv.ts';
import { GENDERS, type Observation } from './model.ts';
import type { PeriodKind } from './period.ts';
import type { Problem } from './problems.ts';
import { KOLADA_AREA } from './schemas/common.ts';

export const COMPARISON_CSV_COLUMNS = ['period', 'area', 'gender', 'value'] as const;
type Column = (typeof COMPARISON_CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['period', 'area', 'value'];

/** One row of a comparison file: an observation for an area. */
export interface ComparisonRow extends Observation {
  /** The area's Kolada id, `0000` for the whole country. */
  area: string;
}

export interface ComparisonCsvResult {
  /** The single period kind of the file; null for a file with no rows. */
  kind: PeriodKind | null;
  /** Every row that could be read, in time order, then by area as first met, then T, K, M. */
  rows: ComparisonRow[];
  /** The 1-based column of `area`, for problems found later about an area. */
  areaColumn: number;
  problems: Problem[];
}

/** Reads one comparison file; `file` is the path shown in messages. */
export function readComparisonCsv(rawText: string, file: string): ComparisonCsvResult {
  const problems: Problem[] = [];
  const at = (code: string, line: number, column: number | undefined, field: string | undefined, message: string, hint?: string) =>
    problems.push({ file, line, ...(column !== undefined && { column }), ...(field && { field }), code, message, ...(hint && { hint }) });
  const text = csvText(rawText);
  const delimiter = detectDelimiter(text);
  const tooMany = tooManyRows(text);
  if (tooMany) {
    at('csv.too-many-rows', 1, undefined, undefined, tooMany.message, tooMany.hint);
    return { kind: null, rows: [], areaColumn: 0, problems };
  }
  const rows = splitRows(text, delimiter, (code, line, message, hint) => at(code, line, undefined, undefined, message, hint));
  const headerRow = rows.find((r) => !blankRow(r.cells));
  if (!headerRow) {
    at('csv.empty', 1, undefined, undefined, 'Filen är tom.', 'skriv en rubrikrad, period,area,gender,value, och en rad per värde, eller ta bort filen om det inte finns något att jämföra med.');
    return { kind: null, rows: [], areaColumn: 0, problems };
  }
  const example = ['period', 'area', 'gender', 'value'].join(delimiter);
  const { columns, complete } = readHeader(headerRow, COMPARISON_CSV_COLUMNS, REQUIRED, example, at);
  if (!complete) return { kind: null, rows: [], areaColumn: 0, problems };
  const col = (name: Column) => columns.indexOf(name);

  const out: ComparisonRow[] = [];
  let firstKind: { kind: PeriodKind; line: number } | null = null;
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.line <= headerRow.line || blankRow(row.cells) || row.tooLong) continue;
    const size = rowSizeProblem(row, columns.length, col('value'), delimiter, {
      extra: 'ta bort de överflödiga cellerna.',
      missing: `lägg till de saknade cellerna; ett saknat värde skrivs .. (till exempel 2023${delimiter}0000${delimiter}T${delimiter}..).`,
    });
    if (size) {
      at(size.code, row.line, size.column, size.field, size.message, size.hint);
      continue;
    }
    const cell = (name: Column) => (col(name) >= 0 ? (row.cells[col(name)] ?? '') : '');
    let ok = true;

    const { period, problem: periodProblem } = readPeriodCell(cell('period'), firstKind, 'en fil får bara ha en sorts period, samma som indikatorns egen datafil.');
    if (periodProblem) {
      ok = false;
      at(periodProblem.code, row.line, col('period') + 1, 'period', periodProblem.message, periodProblem.hint);
    } else if (period && !firstKind) firstKind = { kind: period.kind, line: row.line };

    const area = cell('area').trim();
    if (!KOLADA_AREA.test(area)) {
      ok = false;
      const padded = /^\d{1,3}$/.test(area) ? area.padStart(4, '0') : null;
      at('comparison.area-id', row.line, col('area') + 1, 'area', `Områdets id "${area}" är inte fyra siffror.`, padded ? `skriv ${padded}: Excel tar bort inledande nollor, så spara filen som text eller skriv om id:t.` : 'skriv områdets id i Kolada med fyra siffror, till exempel 0000 för riket.');
    }

    const { gender, problem: genderProblem } = readGender(cell('gender'));
    if (genderProblem) {
      ok = false;
      at(genderProblem.code, row.line, col('gender') + 1, 'gender', genderProblem.message, genderProblem.hint);
    }

    const value = readValue(cell('value'), delimiter);
    if (!value.ok) {
      ok = false;
      at('csv.value', row.line, col('value') + 1, 'value', value.message, value.hint);
    }

    if (period && ok) {
      const key = `${period.key}|${area}|${gender}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        ok = false;
        at('csv.duplicate', row.line, col('period') + 1, 'period', `Perioden ${period.key} för område ${area} med kön ${gender} finns redan på rad ${earlier}.`, `ta bort en av raderna ${earlier} och ${row.line}.`);
      } else seen.set(key, row.line);
    }
    if (ok && period && gender && value.ok) out.push({ period, area, gender, value: value.value, line: row.line });
  }
  const areaOrder = [...new Set(out.map((r) => r.area))];
  out.sort((a, b) => a.period.time - b.period.time || areaOrder.indexOf(a.area) - areaOrder.indexOf(b.area) || GENDERS.indexOf(a.gender) - GENDERS.indexOf(b.gender));
  return { kind: firstKind?.kind ?? null, rows: out, areaColumn: col('area') + 1, problems };
}

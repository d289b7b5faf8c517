/**
 * What importing one key figure does to a project, as a pure function of the project's files and
 * the values fetched from Kolada: which files get which new text, and the summary that says so.
 * The script (`scripts/import-kolada.ts`) fetches, calls this, checks the result and writes.
 *
 * - The municipality's values go to `data/indicators/<id>.csv`, the comparison areas' to
 *   `data/comparisons/<id>.csv` (see merge.ts for how values are merged).
 * - No metadata file yet: a new one is made from Kolada's title and description, with the fields
 *   staff must fill in left empty.
 * - Metadata marked `example: true`: its example rows are replaced by Kolada's values, the mark is
 *   removed and the source set to Kolada and the key figure; the summary says so.
 * - Metadata that names another key figure, or real values from another source, is never mixed
 *   with Kolada's: the import stops and says why.
 */
import type { ProjectFiles } from '../project/files.ts';
import { decodeFile } from '../project/decode.ts';
import { INDICATOR_ID, PATHS } from '../project/layout.ts';
import type { Settings } from '../schemas/settings.ts';
import { ImportError } from './errors.ts';
import { mergeComparisonValues, mergeIndicatorValues, type MergeResult } from './merge.ts';
import { markAsReal, readMetadataFacts, stubMetadata } from './metadata.ts';
import type { KoladaValue, KpiInfo } from './response.ts';
import { countsLine, detailLines } from './words.ts';

/** One key figure to import, and the indicator it goes to. */
export interface ImportTarget {
  /** The indicator id: the file names `<id>.md` and `<id>.csv`. */
  id: string;
  kpi: string;
}

/** What the import of one key figure changes. */
export interface TargetPlan {
  target: ImportTarget;
  /** New texts by path; files that would not change are not here. */
  writes: Map<string, string>;
  /** The metadata file was made by the import (it has empty fields for staff to fill in). */
  createdMetadata: string | null;
  /** The summary, one line at a time. */
  lines: string[];
  counts: { added: number; changed: number; removed: number };
}

const KOLADA_NAME = 'kolada';

const paths = (id: string) => ({ meta: `${PATHS.indicators}/${id}.md`, data: `${PATHS.data}/${id}.csv`, comparisons: `${PATHS.comparisons}/${id}.csv` });

/** A file's text, with its byte-order mark if it has one, so that the file is written back with it. */
function text(files: ProjectFiles, path: string): string | null {
  const bytes = files.get(path);
  if (!bytes) return null;
  const decoded = decodeFile(bytes, path);
  if (decoded.problem) throw new ImportError('import.invalid-file', `${path}: ${decoded.problem.message}`, `${decoded.problem.hint ?? 'spara filen som UTF-8'} Kör sedan importen igen.`);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bom ? `\uFEFF${decoded.text}` : decoded.text;
}

const changes = (r: MergeResult) => r.added.length + r.changed.length + r.removed.length;

/** Checks that the key figure may go into the indicator; returns whether its values are example data. */
function checkMetadata(meta: string | null, target: ImportTarget, path: string): boolean {
  if (meta === null) return false;
  const facts = readMetadataFacts(meta);
  if (!facts) throw new ImportError('import.invalid-file', `${path} har inga fält överst som går att läsa.`, 'rätta filen (npm run check visar felet) och kör importen igen.');
  if (facts.source.kpi !== null && facts.source.kpi !== target.kpi)
    throw new ImportError(
      'import.kpi-mismatch',
      `${path} har nyckeltalet ${facts.source.kpi}, inte ${target.kpi}.`,
      `importera ${facts.source.kpi} till indikatorn, eller ${target.kpi} till en annan indikator med --id.`,
    );
  const fromKolada = facts.source.name?.toLowerCase() === KOLADA_NAME && facts.source.kpi === target.kpi;
  if (!facts.example && !fromKolada)
    throw new ImportError(
      'import.source-mismatch',
      `${path} har verkliga värden från "${facts.source.name ?? 'okänd källa'}"${facts.source.kpi ? '' : ' utan nyckeltal (kpi)'}: Koladas värden skulle blandas med dem.`,
      `skriv source med name: Kolada och kpi: ${target.kpi} i filen om värdena ska komma från Kolada, eller importera till en annan indikator med --id.`,
    );
  return facts.example;
}

/**
 * The plan for one key figure. `values` are what Kolada returned for the municipality and the
 * comparison areas; `info` is the key figure's title and description.
 */
export function planImport(files: ProjectFiles, settings: Settings, municipality: string, target: ImportTarget, info: KpiInfo, values: readonly KoladaValue[]): TargetPlan {
  if (!INDICATOR_ID.test(target.id))
    throw new ImportError('import.id', `Id:t "${target.id}" har tecken som inte får finnas i ett id.`, 'använd bara bokstäverna a–z och A–Z, siffror, - och _ (till exempel N15428).');
  const p = paths(target.id);
  const meta = text(files, p.meta);
  const example = checkMetadata(meta, target, p.meta);
  const areas = settings.comparisons.map((a) => a.id);
  const areaName = (id: string) => settings.comparisons.find((a) => a.id === id)?.name;
  const own = values.filter((v) => v.area === municipality);
  const others = values.filter((v) => areas.includes(v.area));
  const head = `${target.id} – ${info.title} (nyckeltal ${target.kpi})`;
  const counts = { added: 0, changed: 0, removed: 0 };
  const writes = new Map<string, string>();

  const existingData = text(files, p.data);
  if (own.length === 0 && (example || existingData === null))
    return {
      target,
      writes,
      createdMetadata: null,
      lines: [head, `  Kolada har inga värden för kommunen (${municipality}): inget ändrades${example ? ', exempelvärdena ligger kvar' : ''}.`],
      counts,
    };

  const lines = [head];
  const data = mergeIndicatorValues(existingData, own, p.data, { replace: example });
  const comparisonText = text(files, p.comparisons);
  const comparisons = others.length || comparisonText !== null ? mergeComparisonValues(comparisonText, others, areas, p.comparisons, { replace: example }) : null;

  for (const [path, r, existing] of [[p.data, data, existingData], [p.comparisons, comparisons, comparisonText]] as const) {
    if (!r) continue;
    counts.added += r.added.length;
    counts.changed += r.changed.length;
    counts.removed += r.removed.length;
    if (changes(r) === 0) {
      lines.push(`  ${path}: inga ändringar.`);
      continue;
    }
    writes.set(path, r.text);
    lines.push(`  ${path}${existing === null ? ' (ny fil)' : ''}: ${countsLine({ added: r.added.length, changed: r.changed.length, removed: r.removed.length })}.`);
    lines.push(...detailLines(r, areaName, !example));
    if (!example && r.removed.length) lines.push('    (borttagna rader gällde områden som inte längre finns under comparisons i content/settings.yaml)');
    if (r.kept) lines.push(`    ${r.kept} ${r.kept === 1 ? 'värde' : 'värden'} som Kolada inte har i svaret ligger kvar som de var.`);
  }

  let createdMetadata: string | null = null;
  if (meta === null) {
    writes.set(p.meta, stubMetadata(info));
    createdMetadata = p.meta;
    lines.push(`  ${p.meta} (ny fil): fyll i goal, subgoal, area, unit och direction innan något publiceras.`);
  } else if (example) {
    writes.set(p.meta, markAsReal(meta, target.kpi));
    const removed = data.removed.length + (comparisons?.removed.length ?? 0);
    lines.push(
      `  Exempelvärdena (${removed} ${removed === 1 ? 'rad' : 'rader'}) ersattes med Koladas värden, och example: true togs bort ur ${p.meta}.`,
      `  Läs texten i ${p.meta}: den kan fortfarande säga att värdena är exempeldata.`,
    );
  }
  return { target, writes, createdMetadata, lines, counts };
}

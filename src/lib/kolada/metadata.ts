/**
 * What a Kolada import reads from and writes to an indicator's metadata file
 * (`content/indicators/<id>.md`): whether its values are example data and which key figure it
 * names; a new file for a key figure that has none yet; and the edit that makes an example
 * indicator a real one. Edits are made line by line, so that everything else in the file stays
 * exactly as staff wrote it.
 */
import { isMap, parseDocument } from 'yaml';
import { normaliseText } from '../frontmatter.ts';
import type { KpiInfo } from './response.ts';

/** The facts of a metadata file the import needs, read without the full schema (a new file still being filled in is read too). */
export interface MetadataFacts {
  example: boolean;
  source: { name: string | null; kpi: string | null };
  title: string | null;
}

const FENCE = /^---[ \t]*$/;

/** The lines of the front matter: from the line after the first `---` to the line before the next. */
function frontMatterRange(lines: readonly string[]): { start: number; end: number } | null {
  if (!FENCE.test(lines[0] ?? '')) return null;
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  return end < 0 ? null : { start: 1, end };
}

/** The facts, or null when the file has no front matter that can be read at all. */
export function readMetadataFacts(text: string): MetadataFacts | null {
  const lines = normaliseText(text).split('\n');
  const range = frontMatterRange(lines);
  if (!range) return null;
  const doc = parseDocument(lines.slice(range.start, range.end).join('\n'));
  if (doc.errors.length || !isMap(doc.contents)) return null;
  const data = doc.toJS() as Record<string, unknown>;
  const source = typeof data.source === 'object' && data.source !== null ? (data.source as Record<string, unknown>) : {};
  const nonEmpty = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
  return { example: data.example === true, source: { name: nonEmpty(source.name), kpi: nonEmpty(source.kpi) }, title: nonEmpty(data.title) };
}

/** Kolada's address for the source line of an imported key figure. */
export const KOLADA_URL = 'https://www.kolada.se/';

/** The `source:` block of an indicator whose values are Kolada's key figure. */
const sourceBlock = (kpi: string) => ['source:', '  name: Kolada', `  kpi: ${kpi}`, `  url: ${KOLADA_URL}`];

/**
 * A new metadata file for a key figure that has none: its title and Kolada's description from
 * Kolada, the source, and the fields staff must fill in left empty with a comment on what to write.
 * `npm run check` names each empty field until it is filled in.
 */
export function stubMetadata(info: KpiInfo): string {
  return [
    '---',
    `# Skapad av npm run import:kolada från Koladas nyckeltal ${info.id}. Fyll i de tomma fälten och kör`,
    '# npm run check. Fälten beskrivs i README (Publiceringsguide, "Lägga till en ny indikator").',
    `title: ${JSON.stringify(info.title)}`,
    'goal:        # målets nummer, 1–4',
    'subgoal:     # delmålets id: filnamnet i content/subgoals/ utan .md',
    'area:        # mätområdet, exakt som det står under areas i delmålets fil',
    'unit:        # procent, antal, placering, eller ett ord som kr eller ton',
    'direction:   # increase om högre är bättre, decrease om lägre är bättre',
    ...sourceBlock(info.id),
    '---',
    info.description ? `Koladas beskrivning av nyckeltalet: ${info.description}` : `Nyckeltalet ${info.id} i Kolada.`,
    '',
  ].join('\n');
}

/**
 * An example indicator's metadata once its values are Kolada's: `example: true` removed, and the
 * source set to Kolada and the key figure unless it already says so. The text below the front
 * matter is left as it is; the import's summary asks staff to read it.
 */
export function markAsReal(text: string, kpi: string): string {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const range = frontMatterRange(lines);
  const facts = readMetadataFacts(text);
  if (!range || !facts) return text;
  const front = lines.slice(range.start, range.end).filter((l) => !/^example\s*:/.test(l));
  if (!(facts.source.name?.toLowerCase() === 'kolada' && facts.source.kpi === kpi)) {
    const at = front.findIndex((l) => /^source\s*:/.test(l));
    // The block is the key's line and the indented (or blank) lines below it.
    let end = at + 1;
    while (at >= 0 && end < front.length && /^(\s|$)/.test(front[end]!)) end++;
    if (at >= 0) front.splice(at, end - at, ...sourceBlock(kpi));
    else front.push(...sourceBlock(kpi));
  }
  return bom + [lines[0], ...front, ...lines.slice(range.end)].join(newline);
}

/**
 * Reads the YAML front matter of a staff-written Markdown file and validates it with a zod
 * schema. Every problem names the file, the line and the field, in Swedish.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { countWords, LIMITS } from './limits.ts';
import type { Problem } from './problems.ts';
import { validateData, type LineOf } from './schema-errors.ts';

export interface ParsedFile<T> {
  /** The validated front matter, or null when it has problems. */
  data: T | null;
  /** The Markdown below the front matter. */
  body: string;
  /** The line of the file that is the body's first line. */
  bodyLine: number;
  problems: Problem[];
  /** Line of a field path in the file (falls back to the nearest parent that exists). */
  lineOf: LineOf;
}

type Located = { doc: Document | null; counter: LineCounter; offsetLines: number };

function lineFinder(loc: Located): LineOf {
  const { doc, counter, offsetLines } = loc;
  return (path) => {
    if (!doc) return 1;
    for (let n = path.length; n >= 0; n--) {
      // A field that is missing is reported on the line of its parent's key (`target:`), not on
      // the first line of the parent's contents.
      const key = path[n - 1];
      if (n < path.length && typeof key === 'string') {
        const line = keyLine(loc, path.slice(0, n - 1), key);
        if (line !== undefined) return line;
      }
      const node = n === 0 ? doc.contents : (doc.getIn(path.slice(0, n), true) as Node | undefined);
      const range = (node as Node | null | undefined)?.range;
      if (range) return counter.linePos(range[0]).line + offsetLines;
    }
    return offsetLines + 1;
  };
}

/** The line of the key of `key` inside the map at `path` (for unknown fields). */
function keyLine(loc: Located, path: readonly (string | number)[], key: string): number | undefined {
  const map = path.length ? loc.doc?.getIn(path, true) : loc.doc?.contents;
  if (!isMap(map)) return undefined;
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key && item.key.range)
      return loc.counter.linePos(item.key.range[0]).line + loc.offsetLines;
  }
  return undefined;
}

const FENCE = /^---[ \t]*$/;

/**
 * The text without a byte-order mark and with every line ending as `\n`: a file saved on
 * Windows (`\r\n`) or an old Mac (`\r`) reads the same as one saved elsewhere.
 */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Splits a Markdown file into front matter and body, and validates the front matter. */
export function parseMarkdownFile<S extends z.ZodType>(text: string, file: string, schema: S): ParsedFile<z.output<S>> {
  const lines = normaliseText(text).split('\n');
  const counter = new LineCounter();
  if (!FENCE.test(lines[0] ?? '')) {
    const loc = { doc: null, counter, offsetLines: 0 };
    return {
      data: null,
      body: text,
      bodyLine: 1,
      lineOf: lineFinder(loc),
      problems: [{ file, line: 1, code: 'markdown.no-front-matter', message: 'Filen börjar inte med en rad med tre bindestreck (---).', hint: 'första raden ska vara ---, sedan fälten (till exempel title: …), sedan en rad med --- igen, och därefter texten.' }],
    };
  }
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end < 0) {
    const loc = { doc: null, counter, offsetLines: 0 };
    return { data: null, body: '', bodyLine: lines.length + 1, lineOf: lineFinder(loc), problems: [{ file, line: 1, code: 'markdown.unclosed-front-matter', message: 'Fälten överst i filen avslutas aldrig med en rad med tre bindestreck (---).', hint: 'lägg till en rad med --- efter det sista fältet.' }] };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const body = lines.slice(end + 1).join('\n');
  return { ...parseYaml(yamlText, file, schema, 1), body, bodyLine: end + 2 };
}

/** Parses and validates a YAML text (a front matter or a whole `.yaml` file). */
export function parseYaml<S extends z.ZodType>(yamlText: string, file: string, schema: S, offsetLines = 0): Omit<ParsedFile<z.output<S>>, 'body' | 'bodyLine'> {
  const counter = new LineCounter();
  const doc = parseDocument(normaliseText(yamlText), { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const loc: Located = { doc, counter, offsetLines };
  const lineOf = lineFinder(loc);
  if (doc.errors.length) {
    // Nesting too deep for the parser trips it again further on: the first reason is the one to fix.
    const exhausted = doc.errors.filter((e) => e.code === 'RESOURCE_EXHAUSTION');
    return {
      data: null,
      lineOf,
      problems: uniqueProblems((exhausted.length ? exhausted : doc.errors).map((e) => ({
        file,
        line: counter.linePos(e.pos[0]).line + offsetLines,
        code: 'yaml.syntax',
        message: yamlMessage(e.code),
        hint: 'kontrollera indraget (mellanslag, inte tabb), kolon efter fältnamnet och att text med kolon står inom citattecken.',
      }))),
    };
  }
  // An alias with no anchor above it is most often text that begins with * (`title: *Viktigt* …`).
  const unresolved: Problem[] = [];
  visit(doc, {
    Alias: (_, alias) => {
      if (!alias.resolve(doc))
        unresolved.push({
          file,
          line: counter.linePos(alias.range?.[0] ?? 0).line + offsetLines,
          code: 'yaml.alias',
          message: `Värdet börjar med *, som i YAML betyder en hänvisning (*${alias.source}) till ett värde märkt &${alias.source} ovanför, men något sådant finns inte.`,
          hint: 'sätt texten inom citattecken, till exempel title: "*Viktigt* om skolan".',
        });
    },
  });
  if (unresolved.length) return { data: null, lineOf, problems: uniqueProblems(unresolved) };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.yamlAliases }) ?? {};
  } catch (error) {
    // Every alias resolves (above), so a ReferenceError is the yaml package stopping an alias bomb
    // ("billion laughs") before it grows; anything else is not a mistake in the file and goes up.
    if (!(error instanceof ReferenceError)) throw error;
    return {
      data: null,
      lineOf,
      problems: [
        {
          file,
          line: offsetLines + 1,
          code: 'yaml.aliases',
          message: `Fälten använder alias (*namn) för många gånger: gränsen är ${countWords(LIMITS.yamlAliases)}.`,
          hint: 'skriv ut värdena i stället för att hänvisa till dem med & och *.',
        },
      ],
    };
  }
  const { data: valid, problems } = validateData(schema, data, file, lineOf, (p, k) => keyLine(loc, p, k));
  return { data: valid, problems, lineOf };
}

/** One YAML mistake often trips the parser several times on the same line: say it once. */
function uniqueProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function yamlMessage(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Samma fält står två gånger.';
    case 'TAB_AS_INDENT':
      return 'Raden är indragen med tabb.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'Raden är felaktigt indragen eller saknar ett tecken.';
    case 'RESOURCE_EXHAUSTION':
      return 'Fälten är för djupt inkapslade (listor i listor i listor …) för att läsas.';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'Ett fält saknar kolon, eller en text med kolon står inte inom citattecken.';
    default:
      return `Fälten kan inte läsas (YAML-fel ${code}).`;
  }
}

/**
 * Reading each staff-written file on its own: bytes to validated data, or located problems. Pure
 * functions of a file's path and bytes; what one file says about another is checked in
 * `rules.ts`.
 */
import type { z } from 'zod';
import { readComparisonCsv, type ComparisonRow } from '../comparison-csv.ts';
import { readIndicatorCsv } from '../csv.ts';
import { parseMarkdownFile, parseYaml } from '../frontmatter.ts';
import { FILE_LIMIT_WORDS, LIMITS } from '../limits.ts';
import type { Entry, Series } from '../model.ts';
import type { PeriodKind } from '../period.ts';
import type { Problem } from '../problems.ts';
import type { LineOf } from '../schema-errors.ts';
import { activitySchema, type ActivityMeta } from '../schemas/activity.ts';
import { accessibilitySchema, type AccessibilityMeta } from '../schemas/accessibility.ts';
import { childRightsSchema, type ChildRightsMeta } from '../schemas/child-rights.ts';
import { decisionSchema, type DecisionMeta } from '../schemas/decision.ts';
import { followUpSchema, type FollowUpMeta } from '../schemas/follow-up.ts';
import { goalSchema, programmeSchema, subgoalSchema, type GoalMeta, type ProgrammeMeta, type SubgoalMeta } from '../schemas/goal.ts';
import { indicatorSchema, type IndicatorMeta } from '../schemas/indicator.ts';
import { settingsSchema, type Settings } from '../schemas/settings.ts';
import { decodeFile } from './decode.ts';
import type { ProjectFiles } from './files.ts';
import { baseName, FOLDERS, idOf, INDICATOR_ID, PATHS } from './layout.ts';
import { bodyProblems, fieldProblems, textFindings } from './safety.ts';

/** A validated file with the line of each of its fields, for the cross-file rules' messages. */
export interface Located<T> extends Entry<T> {
  lineOf: LineOf;
}

/** A data file read on its own. */
export interface DataFile {
  id: string;
  file: string;
  series: Series;
  /** The 1-based column of a named column in the header row, for locating later checks at a cell. */
  columnOf: (name: string) => number | undefined;
}

/** A comparison file, `data/comparisons/<id>.csv`, read on its own. */
export interface ComparisonFile {
  id: string;
  file: string;
  kind: PeriodKind | null;
  rows: ComparisonRow[];
  /** The 1-based column of `area` in the file. */
  areaColumn: number;
}

/** Every file of a project read on its own; a file with problems of its own is left out (its problems are reported). */
export interface ParsedProject {
  files: ProjectFiles;
  settings: { data: Settings; lineOf: LineOf } | null;
  programme: Located<ProgrammeMeta> | null;
  accessibility: Located<AccessibilityMeta> | null;
  goals: Located<GoalMeta>[];
  subgoals: Located<SubgoalMeta>[];
  decisions: Located<DecisionMeta>[];
  childRights: Located<ChildRightsMeta>[];
  followUps: Located<FollowUpMeta>[];
  indicators: Located<IndicatorMeta>[];
  activities: Located<ActivityMeta>[];
  data: DataFile[];
  comparisons: ComparisonFile[];
  /** How many files were read (for the summary line). */
  fileCount: number;
}

/** Whether a path is a file right in `dir`, not hidden (`.gitkeep`, an editor's lock file) and not in a sub-folder. */
const inFolder = (path: string, dir: string) => path.startsWith(`${dir}/`) && !path.slice(dir.length + 1).includes('/') && !path.slice(dir.length + 1).startsWith('.');

/** The paths of the files in a folder with the folder's extension, sorted. */
export function filesIn(files: ProjectFiles, dir: string, ext: string): string[] {
  return [...files.keys()].filter((p) => inFolder(p, dir) && p.endsWith(ext)).sort();
}

/** The ids (file names without extension) of a folder's files, whether or not each file is valid. */
export const idsIn = (files: ProjectFiles, dir: string, ext = '.md') => filesIn(files, dir, ext).map(idOf);

type Outcome<T> = { value: T | null; problems: Problem[] };

function text(bytes: Uint8Array, file: string): Outcome<string> {
  if (bytes.length > LIMITS.fileBytes)
    return {
      value: null,
      problems: [
        {
          file,
          code: 'file.too-large',
          message: `Filen är större än ${FILE_LIMIT_WORDS} och läses inte: ${FILE_LIMIT_WORDS} är den största fil som webbplatsen läser.`,
          hint: 'kontrollera att filen bara innehåller det den ska (en datafil är sällan större än några kB, en text några tiotal kB). Dela annars upp innehållet på flera filer.',
        },
      ],
    };
  const decoded = decodeFile(bytes, file);
  return decoded.problem ? { value: null, problems: [decoded.problem] } : { value: decoded.text, problems: [] };
}

/** A file name as the terminal can show it: control characters written as \\x07 instead of acting on the terminal. */
const visible = (name: string) => name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

/**
 * The problem with a file's name, when its id (the name without extension, which becomes part of
 * web addresses and file paths) has characters other than a–z, A–Z, digits, `-` and `_`: `..`,
 * `/`, `\`, spaces, control characters, å, ä, ö. The file is then not read further.
 */
export function fileNameProblem(file: string): Problem | null {
  const id = idOf(file);
  if (INDICATOR_ID.test(id)) return null;
  const name = baseName(file);
  const ext = name.slice(id.length);
  const suggestion = id
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s.\\/]+/g, '-')
    .replace(/[^A-Za-z0-9_-]/g, '')
    .replace(/^-+|-+$/g, '');
  return {
    file,
    code: 'file.name',
    message: `Filnamnet "${visible(name)}" har tecken som inte får finnas i ett id.`,
    hint: `använd bara bokstäverna a–z och A–Z (utan å, ä och ö), siffror, - och _${suggestion ? `: döp till exempel om filen till ${suggestion}${ext}` : ''}.`,
  };
}

/** One Markdown file with front matter, validated with its schema. */
export function parseEntryFile<S extends z.ZodType>(file: string, bytes: Uint8Array, schema: S, id = idOf(file)): Outcome<Located<z.output<S>>> {
  const t = text(bytes, file);
  if (t.value === null) return { value: null, problems: t.problems };
  const parsed = parseMarkdownFile(t.value, file, schema);
  const value = parsed.data === null ? null : { id, file, data: parsed.data, body: parsed.body, lineOf: parsed.lineOf };
  const unsafe = [...bodyProblems(parsed.body, file, parsed.bodyLine), ...(parsed.data === null ? [] : fieldProblems(parsed.data, file, parsed.lineOf))];
  return { value, problems: [...parsed.problems, ...unsafe] };
}

/** `content/settings.yaml`. */
export function parseSettingsFile(bytes: Uint8Array): Outcome<{ data: Settings; lineOf: LineOf }> {
  const t = text(bytes, PATHS.settings);
  if (t.value === null) return { value: null, problems: t.problems };
  const s = parseYaml(t.value, PATHS.settings, settingsSchema);
  return { value: s.data && { data: s.data, lineOf: s.lineOf }, problems: [...s.problems, ...(s.data ? fieldProblems(s.data, PATHS.settings, s.lineOf) : [])] };
}

/** One data file, `data/indicators/<id>.csv`. A file whose name is no valid id is not read further. */
export function parseDataFile(file: string, bytes: Uint8Array): Outcome<DataFile> {
  const id = idOf(file);
  const badName = fileNameProblem(file);
  if (badName) return { value: null, problems: [badName] };
  const t = text(bytes, file);
  if (t.value === null) return { value: null, problems: t.problems };
  const result = readIndicatorCsv(t.value, file, id);
  const columns: readonly (string | null)[] = result.columns;
  const columnOf = (name: string) => {
    const i = columns.indexOf(name);
    return i < 0 ? undefined : i + 1;
  };
  const unsafe = result.series.observations.flatMap((o) =>
    o.note ? textFindings(o.note).map((f): Problem => ({ file, line: o.line, field: 'note', code: `content.${f.kind}`, message: f.message, hint: f.hint })) : [],
  );
  return { value: { id, file, series: result.series, columnOf }, problems: [...result.problems, ...unsafe] };
}

/** One comparison file, `data/comparisons/<id>.csv`, named like the indicator it belongs to. */
export function parseComparisonFile(file: string, bytes: Uint8Array): Outcome<ComparisonFile> {
  const id = idOf(file);
  const t = text(bytes, file);
  if (!INDICATOR_ID.test(id))
    return {
      value: null,
      problems: [...t.problems, { file, code: 'file.name', message: `Filnamnet "${id}.csv" har tecken som inte får finnas i ett id.`, hint: 'filen ska heta som indikatorn, till exempel N15428.csv.' }],
    };
  if (t.value === null) return { value: null, problems: t.problems };
  const result = readComparisonCsv(t.value, file);
  return { value: { id, file, kind: result.kind, rows: result.rows, areaColumn: result.areaColumn }, problems: result.problems };
}

const SINGLE_WHAT = { [PATHS.settings]: 'med inställningar', [PATHS.programme]: 'om programmet', [PATHS.accessibility]: 'med tillgänglighetsredogörelsen' } as const;
const SINGLE_HINT = { [PATHS.settings]: 'skapa content/settings.yaml med organisation och homepage (se README).' } as Partial<Record<string, string>>;

/**
 * Each file's outcome by its bytes (the same array object) and path. Two versions of a project
 * that share most files, as a check compares the folder with the last commit (readCommittedFiles
 * hands both the same arrays for the files that did not change), parse each shared file once.
 * Outcomes are never changed after parsing; a new read of a file is a new array, so an edited file
 * is always parsed again.
 */
const parsedFiles = new WeakMap<Uint8Array, Map<string, Outcome<unknown>>>();
function once<T>(file: string, bytes: Uint8Array, parse: () => Outcome<T>): Outcome<T> {
  let byPath = parsedFiles.get(bytes);
  if (!byPath) parsedFiles.set(bytes, (byPath = new Map()));
  const known = byPath.get(file) as Outcome<T> | undefined;
  if (known) return known;
  const outcome = parse();
  byPath.set(file, outcome);
  return outcome;
}

/** `parseDataFile`, once for each file's bytes (see `once`): the check's comparison with git reads the same files again. */
export const parseDataFileOnce = (file: string, bytes: Uint8Array): Outcome<DataFile> => once(file, bytes, () => parseDataFile(file, bytes));

/** Reads every file of a project on its own. */
export function parseProject(files: ProjectFiles): { parsed: ParsedProject; problems: Problem[] } {
  const problems: Problem[] = [];
  let fileCount = 0;
  const take = <T,>(o: Outcome<T>): T | null => {
    fileCount++;
    problems.push(...o.problems);
    return o.value;
  };
  const single = <T,>(file: (typeof PATHS)['settings' | 'programme' | 'accessibility'], read: (bytes: Uint8Array) => Outcome<T>): T | null => {
    const bytes = files.get(file);
    if (bytes) return take(read(bytes));
    problems.push({ file, code: 'file.missing', message: `Filen ${SINGLE_WHAT[file]} saknas.`, hint: SINGLE_HINT[file] ?? `skapa ${file} (se README).` });
    return null;
  };
  const collection = <S extends z.ZodType>(dir: string, schema: S): Located<z.output<S>>[] =>
    filesIn(files, dir, '.md').flatMap((file) => {
      const badName = fileNameProblem(file);
      const bytes = files.get(file)!;
      return take(badName ? { value: null, problems: [badName] } : once(file, bytes, () => parseEntryFile(file, bytes, schema))) ?? [];
    });

  const parsed: ParsedProject = {
    files,
    settings: single(PATHS.settings, parseSettingsFile),
    programme: single(PATHS.programme, (b) => parseEntryFile(PATHS.programme, b, programmeSchema, 'programme')),
    accessibility: single(PATHS.accessibility, (b) => parseEntryFile(PATHS.accessibility, b, accessibilitySchema, 'accessibility')),
    goals: collection(PATHS.goals, goalSchema),
    subgoals: collection(PATHS.subgoals, subgoalSchema),
    decisions: collection(PATHS.decisions, decisionSchema),
    childRights: collection(PATHS.childRights, childRightsSchema),
    followUps: collection(PATHS.followUps, followUpSchema),
    indicators: collection(PATHS.indicators, indicatorSchema),
    activities: collection(PATHS.activities, activitySchema),
    data: filesIn(files, PATHS.data, '.csv').flatMap((file) => {
      const bytes = files.get(file)!;
      return take(parseDataFileOnce(file, bytes)) ?? [];
    }),
    comparisons: filesIn(files, PATHS.comparisons, '.csv').flatMap((file) => {
      const bytes = files.get(file)!;
      return take(once(file, bytes, () => parseComparisonFile(file, bytes))) ?? [];
    }),
    fileCount: 0,
  };
  parsed.fileCount = fileCount;
  return { parsed, problems };
}

/** Every folder's files with another extension than the folder's: the site would never read them. */
export function ignoredFiles(files: ProjectFiles): string[] {
  return FOLDERS.flatMap(([dir, ext]) => [...files.keys()].filter((p) => inFolder(p, dir) && !p.endsWith(ext))).sort();
}

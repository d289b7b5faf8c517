/**
 * The data-loss guard: each data file now against an earlier version of it (the last commit, or
 * another git ref for a pull request), so that values do not disappear or change unnoticed. A
 * file cut down to its header row is an error, since the indicator's whole history would vanish
 * from the site; removed rows, changed past values and a deleted file are warnings, since
 * statistics are revised and indicators withdrawn. A pure function of two versions of the files:
 * reading a commit is `readCommittedFiles`' job.
 */
import { exactNumber, listAtMost } from './format.ts';
import { observationLabel as rowLabel, type Observation } from './model.ts';
import type { Problem } from './problems.ts';
import { PATHS, type ProjectFiles } from './project/index.ts';
import { filesIn, parseDataFileOnce } from './project/parse.ts';

/** What happened to one data file's rows between two versions. */
export interface DataFileChange {
  file: string;
  /** Rows of the earlier version with no row for the same period and gender now. */
  removed: Observation[];
  /** Values that were numbers and now are other numbers, or missing. */
  changed: { before: Observation; after: Observation }[];
  /** The file is still there but has no rows, and had some. */
  emptied: boolean;
  /** The file is gone (the earlier version had rows). */
  deleted: boolean;
}

/** True when two files have the same bytes (at once when they are the same object). */
export const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

const key = (o: Observation) => `${o.period.key}|${o.gender}`;

/** The rows added, changed (a different value, or missing now or then) and removed between two versions of a series, by period and gender. */
export function valueChanges(before: readonly Observation[], after: readonly Observation[]): { added: Observation[]; changed: { before: Observation; after: Observation }[]; removed: Observation[] } {
  const earlier = new Map(before.map((o) => [key(o), o]));
  const now = new Set(after.map(key));
  return {
    added: after.filter((o) => !earlier.has(key(o))),
    changed: after.flatMap((o) => {
      const b = earlier.get(key(o));
      return b && b.value !== o.value ? [{ before: b, after: o }] : [];
    }),
    removed: before.filter((o) => !now.has(key(o))),
  };
}

/**
 * Every data file whose rows were removed or whose past values changed between `before` and
 * `after`, in file order. A file that cannot be read now is left out: its own problems say what
 * to fix, and a comparison with it would say nothing true.
 */
export function compareDataFiles(before: ProjectFiles, after: ProjectFiles): DataFileChange[] {
  const files = [...new Set([...filesIn(before, PATHS.data, '.csv'), ...filesIn(after, PATHS.data, '.csv')])].sort();
  return files.flatMap((file): DataFileChange[] => {
    const old = before.get(file);
    const bytes = after.get(file);
    // The same bytes have the same rows: nothing to compare (most files, in most changes).
    if (!old || (bytes && sameBytes(old, bytes))) return [];
    const earlier = parseDataFileOnce(file, old).value?.series.observations ?? [];
    if (earlier.length === 0) return [];
    if (!bytes) return [{ file, removed: earlier, changed: [], emptied: false, deleted: true }];
    const now = parseDataFileOnce(file, bytes);
    if (!now.value || now.problems.length) return [];
    const rows = valueChanges(earlier, now.value.series.observations);
    const removed = rows.removed;
    // Only past values that were numbers count as changed: a missing value filled in is news, not loss.
    const changed = rows.changed.filter((c) => c.before.value !== null);
    const emptied = now.value.series.observations.length === 0;
    return removed.length || changed.length ? [{ file, removed: emptied ? earlier : removed, changed, emptied, deleted: false }] : [];
  });
}

/** At most this many rows are named in one message; the rest are counted. */
const LISTED = 10;

/** A value as a Swedish reader writes it: 84,1; a missing one as "saknas". */
const valueWords = (o: Observation) => (o.value === null ? 'saknas' : exactNumber(o.value));

const list = (items: string[], separator: string) => listAtMost(items, LISTED, separator);

const rows = (n: number) => `${n} ${n === 1 ? 'rad' : 'rader'}`;

/**
 * The changes in words, as problems located at the file (and at the first changed row). `ref` is
 * what was compared with: null for the last commit, else the git ref given (`origin/main`).
 */
export function dataLossProblems(changes: readonly DataFileChange[], ref: string | null): Problem[] {
  const since = ref === null ? 'senaste commit' : ref;
  // Compared with a ref is the pull-request check, read on GitHub by staff who may never have used
  // a terminal: name the branch and where to find the old version in the browser, then the git command.
  const branch = ref?.replace(/^origin\//, '') ?? null;
  const show = (file: string) =>
    branch === null
      ? `den förra versionen visas med git show HEAD:${file}`
      : `den förra versionen finns i grenen ${branch}: på GitHub väljer du ${branch} i knappen med grenens namn ovanför filerna och öppnar filen; i terminalen visas den med git show ${ref}:${file}`;
  return changes.flatMap((c): Problem[] => {
    const withValues = c.removed.filter((o) => o.value !== null).length;
    if (c.deleted)
      return [
        {
          file: c.file,
          code: 'data-loss.deleted',
          message: `Datafilen är borttagen: dess ${rows(c.removed.length)} (${withValues} med värden) från ${since} finns inte längre på webbplatsen.`,
          hint:
            branch === null
              ? `var det avsiktligt behöver du inte göra något. Annars: hämta tillbaka filen med git checkout HEAD -- ${c.file}.`
              : `var det avsiktligt behöver du inte göra något. Annars: lägg tillbaka filen. Den finns kvar i grenen ${branch}: på GitHub väljer du ${branch} i knappen med grenens namn ovanför filerna, öppnar filen, klickar på Download raw file och laddar upp den i din gren med Add file → Upload files; i terminalen: git checkout ${ref} -- ${c.file}.`,
          severity: 'warning',
        },
      ];
    if (c.emptied)
      return [
        {
          file: c.file,
          line: 1,
          code: 'data-loss.emptied',
          message: `Filen har inga rader längre, men hade ${rows(c.removed.length)} i ${since}: indikatorns hela historik skulle försvinna från webbplatsen.`,
          hint: `lägg tillbaka raderna (${show(c.file)}). Ska indikatorn inte ha några värden alls, ta bort datafilen i stället: då visas "Underlag saknas".`,
        },
      ];
    const out: Problem[] = [];
    if (c.changed.length) {
      const first = c.changed[0]!.after;
      out.push({
        file: c.file,
        line: first.line,
        code: 'data-loss.changed',
        message: `${c.changed.length === 1 ? 'Ett tidigare värde är ändrat' : `${c.changed.length} tidigare värden är ändrade`} jämfört med ${since}: ${list(
          c.changed.map(({ before, after }) => `${rowLabel(before)}: ${valueWords(before)} → ${valueWords(after)}`),
          '; ',
        )}.`,
        hint: `stämmer ändringen (källan har reviderat sina uppgifter) behöver du inte göra något. Annars: skriv tillbaka det förra värdet (${show(c.file)}).`,
        severity: 'warning',
      });
    }
    if (c.removed.length)
      out.push({
        file: c.file,
        code: 'data-loss.removed',
        message: `${rows(c.removed.length)} ${c.removed.length === 1 ? 'borttagen' : 'borttagna'} jämfört med ${since}: ${list(c.removed.map(rowLabel), ', ')}.`,
        hint: `var det avsiktligt behöver du inte göra något. Annars: lägg tillbaka ${c.removed.length === 1 ? 'raden' : 'raderna'} (${show(c.file)}).`,
        severity: 'warning',
      });
    return out;
  });
}

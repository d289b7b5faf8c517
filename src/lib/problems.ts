/**
 * Problems found in staff-written files, and how they are told to a person: in Swedish, each
 * with its file and line (and column for CSV, field for front matter) and a hint how to fix it.
 * A problem is an error, which stops publishing, unless it is a warning: printed and counted,
 * never blocking (a value that may be a typo but may be true).
 */

export interface Problem {
  /** Path relative to the project root, with forward slashes: `data/indicators/N15428.csv`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** 1-based column (CSV cell number), when known. */
  column?: number;
  /** Front-matter field path (`target.year`) or CSV column name (`value`). */
  field?: string;
  /**
   * What kind of problem it is, for programs (`csv.value`, `field.missing`, `ref.subgoal`): stable
   * across rewordings, so tools and tests never depend on the Swedish text.
   */
  code: string;
  /** What is wrong, one sentence. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /**
   * `warning` for what may be a mistake but may be true (a large jump, an old value): printed and
   * counted, never blocking. Absent for an error, which stops publishing.
   */
  severity?: 'warning';
}

export const isWarning = (p: Problem): boolean => p.severity === 'warning';
export const isError = (p: Problem): boolean => p.severity !== 'warning';

/** "data/indicators/x.csv:5:2" style location, with the field when there is one. */
export function locationOf(p: Problem): string {
  let loc = p.file;
  if (p.line !== undefined) loc += `:${p.line}`;
  if (p.column !== undefined) loc += `:${p.column}`;
  const parts: string[] = [];
  if (p.line !== undefined) parts.push(`rad ${p.line}`);
  if (p.column !== undefined) parts.push(`kolumn ${p.column}`);
  if (p.field) parts.push(p.column !== undefined ? `"${p.field}"` : `fält ${p.field}`);
  return parts.length ? `${loc} (${parts.join(', ')})` : loc;
}

/**
 * A problem's hint as a line: "Så rättar du: …"; a warning may be about a true value, so its hint
 * says what to do rather than how to fix it ("Gör så här: …"). Empty when there is no hint.
 */
export const hintLine = (p: Problem): string => (p.hint ? `${isWarning(p) ? 'Gör så här' : 'Så rättar du'}: ${p.hint}` : '');

export function formatProblem(p: Problem): string {
  const warning = isWarning(p);
  const lines = [`${warning ? '⚠' : '✗'} ${locationOf(p)}`, `  ${warning ? 'Varning: ' : ''}${p.message}`];
  if (p.hint) lines.push(`  ${hintLine(p)}`);
  return lines.join('\n');
}

const sortKey = (p: Problem) => [p.file, p.line ?? 0, p.column ?? 0] as const;

/** Problems in a stable order: by file, then line, then column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => {
    const [fa, la, ca] = sortKey(a);
    const [fb, lb, cb] = sortKey(b);
    return fa < fb ? -1 : fa > fb ? 1 : la - lb || ca - cb;
  });
}

const files = (n: number) => `${n} ${n === 1 ? 'fil' : 'filer'}`;
const warnings = (n: number) => `${n} ${n === 1 ? 'varning' : 'varningar'}`;

/**
 * "Inga fel i 31 filer.", "Inga fel, 2 varningar i 31 filer." (every file read), or "4 fel i 2
 * filer.", "3 fel och 1 varning i 2 filer." (the files with something to fix).
 */
export function summaryLine(problems: readonly Problem[], fileCount: number): string {
  const errorCount = problems.filter(isError).length;
  const warningCount = problems.length - errorCount;
  if (errorCount === 0) return warningCount === 0 ? `Inga fel i ${files(fileCount)}.` : `Inga fel, ${warnings(warningCount)} i ${files(fileCount)}.`;
  const withProblems = new Set(problems.map((p) => p.file)).size;
  return `${errorCount} fel${warningCount ? ` och ${warnings(warningCount)}` : ''} i ${files(withProblems)}.`;
}

/** Every problem worded, errors first (they stop publishing), each kind in file order. */
export function formatProblems(problems: readonly Problem[]): string {
  return [...sortProblems(problems.filter(isError)), ...sortProblems(problems.filter(isWarning))].map(formatProblem).join('\n\n');
}

/** The whole report a staff member reads: every error and warning, then the summary line. */
export function formatReport(problems: readonly Problem[], fileCount: number): string {
  const body = formatProblems(problems);
  return (body ? body + '\n\n' : '') + summaryLine(problems, fileCount);
}

/** Levenshtein distance, for "menade du …?" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `input`, if it is close enough to be a likely misspelling. A candidate
 * that differs only in upper and lower case is the closest of all (but never `input` itself).
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === input) continue;
    const d = editDistance(needle, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor(needle.length / 3));
  if (best !== undefined && bestDistance <= allowed) return best;
  // A shortened id ("larande" for "larande-och-utbildning") is a likely slip too, when exactly
  // one candidate starts with what was written.
  if (needle.length >= 3) {
    const starts = [...candidates].filter((c) => c !== input && c.toLowerCase().startsWith(needle));
    if (starts.length === 1) return starts[0];
  }
  return undefined;
}

/** " Menade du "x"?" or "" — appended to a message; says so when only the case differs. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const c = closest(input, candidates);
  if (c === undefined) return '';
  return c.toLowerCase() === input.toLowerCase() ? ` Menade du "${c}"? Stora och små bokstäver måste stämma.` : ` Menade du "${c}"?`;
}

/**
 * The day each file last changed according to git, from one `git log` for all files. Outside a
 * full git checkout there are no dates: a build from a tarball simply omits them, and in a shallow
 * clone (many CI systems clone with depth 1) every file would get the newest commit's date, which
 * would be wrong on every page, in the catalogue and in the feed.
 */
import { execFileSync } from 'node:child_process';
import { parseDate, type CalendarDate } from '../lib/date.ts';

export interface GitDates {
  /** The day `file` (relative to the root) last changed, or null when git does not know it. */
  of(file: string | null): CalendarDate | null;
  /** Why there are no dates, when there are none (a shallow clone is worth a warning). */
  warning: string | null;
}

const git = (root: string, args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });

/** Reads the dates of every file under `dirs` (relative to `root`) with one `git log`. */
export function readGitDates(root: string, dirs: readonly string[]): GitDates {
  let shallow: string;
  try {
    shallow = git(root, ['rev-parse', '--is-shallow-repository']).trim();
  } catch {
    return { of: () => null, warning: null };
  }
  if (shallow !== 'false')
    return { of: () => null, warning: 'Git-historiken är ofullständig (shallow clone): datum för senaste ändring utelämnas. Klona med hela historiken för att visa dem.' };
  const dates = new Map<string, CalendarDate>();
  let out = '';
  try {
    // Newest commit first; each commit is a line "\0<date>" followed by the files it touched.
    out = git(root, ['log', '--format=%x00%cs', '--name-only', '--relative', '--', ...dirs]);
  } catch {
    return { of: () => null, warning: null };
  }
  let current: CalendarDate | null = null;
  for (const line of out.split('\n')) {
    if (line.startsWith('\0')) current = parseDate(line.slice(1));
    else if (line !== '' && current && !dates.has(line)) dates.set(line, current);
  }
  return { of: (file) => (file ? (dates.get(file) ?? null) : null), warning: null };
}

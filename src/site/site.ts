/**
 * The one place pages get their data from: the validated project and everything computed from
 * it, built once per build and shared by every page and download.
 */
import { execFileSync } from 'node:child_process';
import { buildOverview, type Overview } from '../lib/overview.ts';
import { loadProject } from '../lib/project.ts';
import type { ExportContext } from '../lib/export.ts';

const root = (import.meta.env.CONTENT_ROOT as string | undefined) ?? process.cwd();

let overview: Overview | null = null;

export function getOverview(): Overview {
  // `npm run dev` reads the files again for every page, so edits show on reload.
  if (overview && !import.meta.env.DEV) return overview;
  const { project } = loadProject(root);
  // The validation integration has already stopped the build if there were problems.
  if (!project) {
    // Only reachable in dev (a build stops before pages): keep showing the last good content.
    if (overview) return overview;
    throw new Error('Innehållet har fel: kör npm run check.');
  }
  overview = buildOverview(project);
  return overview;
}

const gitDates = new Map<string, string | null>();
let gitUsable: boolean | null = null;

/**
 * Whether `git log` can date files: only in a full checkout. In a shallow clone (many CI
 * systems clone with depth 1) every file would get the date of the newest commit, which would
 * be wrong on every page, in the catalogue and in the feed, so dates are left out instead.
 */
function canDateFiles(): boolean {
  if (gitUsable === null) {
    try {
      const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      gitUsable = shallow === 'false';
      if (shallow === 'true') console.warn('Git-historiken är ofullständig (shallow clone): datum för senaste ändring utelämnas. Klona med hela historiken för att visa dem.');
    } catch {
      gitUsable = false;
    }
  }
  return gitUsable;
}

/**
 * The date (YYYY-MM-DD) a file last changed according to `git log`, or null outside a full git
 * checkout or for a file git does not know. A build from a tarball simply omits the date.
 */
export function lastChanged(file: string | null): string | null {
  if (!file || !canDateFiles()) return null;
  if (!gitDates.has(file)) {
    let date: string | null = null;
    try {
      const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      date = /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : null;
    } catch {
      date = null;
    }
    gitDates.set(file, date);
  }
  return gitDates.get(file) ?? null;
}

/** The site's absolute base URL without a trailing slash. */
export const siteUrl = (site: URL | undefined) => (site?.href ?? 'https://oppen-maluppfoljning.example/').replace(/\/$/, '');

/**
 * The build date for files that need one (catalogue, data package). SOURCE_DATE_EPOCH makes it
 * reproducible (tests freeze it); otherwise it is today.
 */
export function buildDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const d = epoch ? new Date(Number(epoch) * 1000) : new Date();
  return d.toISOString().slice(0, 10);
}

let context: ExportContext | null = null;

/** What every download is made from: the project, its assessments and the data files' dates. */
export function exportContext(site: URL | undefined): ExportContext {
  if (context) return context;
  const o = getOverview();
  context = {
    project: o.project,
    site: siteUrl(site),
    assessments: new Map(o.indicators.map((v) => [v.indicator.id, v.assessment])),
    lastModified: new Map(o.indicators.map((v) => [v.indicator.id, lastChanged(v.indicator.dataFile)])),
    buildDate: buildDate(),
  };
  return context;
}

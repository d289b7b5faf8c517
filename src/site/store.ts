/**
 * The one place the site's data comes from: the project read, validated and assessed once per
 * build (and once per change in `npm run dev`), shared by the validation integration, the content
 * collections, and every page and endpoint.
 *
 * Why on `globalThis`: Astro loads the config with its integrations, the content config and the
 * pages in separate module graphs of one Node process, so a module-level variable would exist once
 * per graph and the copies would disagree. The state lives under a registered symbol, so every
 * graph finds the same one. The validation integration configures it and invalidates it when a
 * file under `content/` or `data/` changes.
 */
import { dateOf, type CalendarDate } from '../lib/date.ts';
import type { ExportContext } from '../lib/export/context.ts';
import { buildOverview, type Overview } from '../lib/overview.ts';
import type { Problem } from '../lib/problems.ts';
import { readProjectFiles } from '../lib/project/index.ts';
import type { Draft } from '../lib/publication.ts';
import { validateProject } from '../lib/validate.ts';
import { readGitDates } from './git-dates.ts';

/** Everything pages and downloads are made from. */
export interface Site {
  overview: Overview;
  exports: ExportContext;
  /** The build's day: SOURCE_DATE_EPOCH when set (reproducible builds, tests), else today. */
  buildDate: CalendarDate;
}

/** The outcome of one load: the site when the files are valid, every problem, warning and draft. */
export interface Loaded {
  site: Site | null;
  /** Errors: the build stops on any. */
  problems: Problem[];
  /** Plausibility warnings: printed, never blocking. */
  warnings: Problem[];
  /** Content dated after the build date, left out of the site. */
  drafts: Draft[];
  fileCount: number;
  /** Said once per load: a shallow clone has no file dates. */
  notices: string[];
}

interface State {
  root: string | null;
  /** The site's absolute address without a trailing slash. */
  site: string;
  loaded: Loaded | null;
  /** The last site that loaded without problems: `npm run dev` keeps showing it while files have mistakes. */
  lastGood: Site | null;
  /** Whether Astro runs the dev server (`npm run dev`), as the integration was told: not a guess from NODE_ENV. */
  devServer: boolean;
}

const KEY = Symbol.for('oppen-maluppfoljning.store');
const PLACEHOLDER_SITE = 'https://oppen-maluppfoljning.example';
const state: State = ((globalThis as Record<symbol, unknown>)[KEY] as State | undefined) ??
  ((globalThis as Record<symbol, unknown>)[KEY] = { root: null, site: PLACEHOLDER_SITE, loaded: null, lastGood: null, devServer: false } satisfies State) as State;

/** Where the project is and the site's public address; forgets what was loaded before. */
export function configureStore(options: { root: string; site: string | undefined; devServer?: boolean }): void {
  state.root = options.root;
  state.devServer = options.devServer ?? false;
  state.site = (options.site ?? PLACEHOLDER_SITE).replace(/\/+$/, '');
  state.loaded = null;
}

/**
 * Whether the pages are served by `npm run dev`. `import.meta.env.DEV` is not enough: it is true in
 * a build whenever NODE_ENV is set to something other than production (a test runner sets it).
 */
export const isDevServer = (): boolean => state.devServer;

/** Forgets the loaded project, so the next read loads the files again (a file changed). */
export function invalidate(): void {
  state.loaded = null;
}

/** The build's day, from SOURCE_DATE_EPOCH when set, else today (UTC). */
export function buildDate(): CalendarDate {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return dateOf(epoch ? new Date(Number(epoch) * 1000) : new Date());
}

function load(root: string): Loaded {
  const day = buildDate();
  const { project, problems, warnings, drafts, fileCount } = validateProject(readProjectFiles(root), {
    buildDate: day,
    site: state.site === PLACEHOLDER_SITE ? undefined : state.site,
    siteMode: process.env.SITE_MODE,
  });
  if (!project) return { site: null, problems, warnings, drafts, fileCount, notices: [] };
  const overview = buildOverview(project, day);
  const dates = readGitDates(root, ['data']);
  const site: Site = {
    overview,
    buildDate: day,
    exports: {
      project,
      site: state.site,
      assessments: new Map(overview.indicators.map((v) => [v.indicator.id, v.assessment])),
      lastModified: new Map(project.indicators.map((i) => [i.id, dates.of(i.dataFile)])),
      buildDate: day,
    },
  };
  state.lastGood = site;
  return { site, problems, warnings, drafts, fileCount, notices: dates.warning ? [dates.warning] : [] };
}

/** The current load of the project, loading it when nothing is loaded. */
export function loaded(): Loaded {
  if (!state.root) throw new Error('The store is not configured: the validation integration must run first (astro.config.mjs).');
  return (state.loaded ??= load(state.root));
}

/** Whether there is a site to show: the current files, or in `npm run dev` the last version without mistakes. */
export const hasSite = (): boolean => (loaded().site ?? state.lastGood) !== null;

/**
 * The site's data. A build never gets here with problems (the integration stops it first); in
 * `npm run dev` a mistake keeps the last good version on screen, with the problems shown.
 */
export function getSite(): Site {
  const site = loaded().site ?? state.lastGood;
  if (!site) throw new Error('Innehållet har fel: kör npm run check.');
  return site;
}

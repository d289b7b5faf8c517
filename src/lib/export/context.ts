/**
 * What every download is made from, and the words they share. Nothing under `export/` reads files,
 * the clock or the environment: dates and the site's address come in through `ExportContext`.
 */
import type { IndicatorAssessment } from '../assessment.ts';
import type { CalendarDate } from '../date.ts';
import type { Indicator, Project } from '../model.ts';

export interface ExportContext {
  project: Project;
  /** Absolute site URL without trailing slash, e.g. https://example.org */
  site: string;
  assessments: ReadonlyMap<string, IndicatorAssessment>;
  /** The day of the last change of each indicator's data file, when known (from git). */
  lastModified: ReadonlyMap<string, CalendarDate | null>;
  /** The day of the build, for dcterms:modified and data package `created`; passed in, never read from the clock inside. */
  buildDate: CalendarDate;
}

/** The site's name, used in citations, the catalogue and the feed. */
export const SITE_NAME = 'Öppen måluppföljning';

/** Text every download and catalogue entry of example data carries. */
export const EXAMPLE_LABEL = 'Exempeldata – inte officiell statistik';

/**
 * True when the indicator's data file has at least one row. Only then are its CSV, Excel CSV,
 * SVG and PNG files built, and only then is it listed in the long table, package and catalogue.
 */
export const hasData = (ind: Indicator): boolean => (ind.series?.observations.length ?? 0) > 0;

/** Indicators that have at least one row of data: these are listed in the long table, the data package and the catalogue. */
export const indicatorsWithData = (project: Project): Indicator[] => project.indicators.filter(hasData);

/** Indicators with comparison values: listed in the comparison table, and only when there are any, in the package and catalogue. */
export const indicatorsWithComparisons = (project: Project): Indicator[] => project.indicators.filter((i) => i.comparisons.length > 0);

const made = new WeakMap<object, Map<string, unknown>>();

/**
 * What `make` returns for `key` (a loaded project, an indicator, an overview, an export context)
 * and `name` (the file), made once: `/data/` shows the sizes of the files the endpoints serve, and
 * at a thousand indicators writing them all twice cost seconds of a build. A loaded project and
 * everything made from it are never changed, and `npm run dev` loads new ones after an edit, so a
 * file is never served from before it.
 */
export function madeOnce<T>(key: object, name: string, make: () => T): T {
  let byName = made.get(key);
  if (!byName) made.set(key, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, make());
  return byName.get(name) as T;
}

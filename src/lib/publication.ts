/**
 * What may be published, and when: content dated after the build date is a draft (kept off the
 * site, the feed and every download until that day), and in production mode nothing marked as an
 * example may be published at all. Both rules are generic over the project's collections: a
 * collection joins the draft rule with one line in `PUBLICATION_DAYS`, and the example rule
 * covers every file whose front matter has `example: true`.
 */
import { compareDates, type CalendarDate } from './date.ts';
import type { Entry, Project } from './model.ts';
import type { Problem } from './problems.ts';
import { PATHS } from './project/layout.ts';
import type { Located, ParsedProject } from './project/parse.ts';

/**
 * `demo`, the default: example content is allowed and labelled "Exempeldata – inte officiell
 * statistik". `production` (SITE_MODE=production): the municipality's real site, where example
 * content, a missing SITE_URL or a missing contact e-mail stops the build.
 */
export type SiteMode = 'demo' | 'production';

/** The site mode SITE_MODE names, or the problem with what it says; unset or empty is `demo`. */
export function parseSiteMode(text: string | undefined): { mode: SiteMode; problem?: undefined } | { mode?: undefined; problem: Problem } {
  const value = (text ?? '').trim();
  if (value === '' || value === 'demo') return { mode: 'demo' };
  if (value === 'production') return { mode: 'production' };
  return {
    problem: {
      file: 'SITE_MODE',
      code: 'site-mode.unknown',
      message: `SITE_MODE="${value}" känns inte igen.`,
      hint: 'skriv SITE_MODE=production när den riktiga webbplatsen byggs, eller lämna SITE_MODE tom för demonstrationsläget (där exempel är tillåtna och märkta).',
    },
  };
}

/** The collections, by their name in both `ParsedProject` and `Project`, whose entries may be drafts. */
type Collection = {
  [K in keyof ParsedProject & keyof Project]: ParsedProject[K] extends Located<unknown>[] ? (Project[K] extends Entry<unknown>[] ? K : never) : never;
}[keyof ParsedProject & keyof Project];

/**
 * The content that carries its publication day, and the field it is in. An entry is a draft while
 * that day is after the build date: a month-only date (`2027-04`) counts from the first of its
 * month. To add a kind of content, add its collection and its date field here.
 */
export const PUBLICATION_DAYS: readonly { collection: Collection; field: string }[] = [{ collection: 'followUps', field: 'published' }];

/** An entry that is not published yet. */
export interface Draft {
  file: string;
  /** The line of the date field. */
  line: number;
  /** The date field: `published`. */
  field: string;
  /** The day it is published. */
  date: CalendarDate;
}

const isDate = (v: unknown): v is CalendarDate => typeof v === 'object' && v !== null && 'text' in v && 'year' in v && 'month' in v;

/** Every entry dated after the build date, in file order. */
export function findDrafts(parsed: ParsedProject, buildDate: CalendarDate): Draft[] {
  return PUBLICATION_DAYS.flatMap(({ collection, field }) =>
    (parsed[collection] as Located<unknown>[]).flatMap((e): Draft[] => {
      const date = (e.data as Record<string, unknown>)[field];
      return isDate(date) && compareDates(date, buildDate) > 0 ? [{ file: e.file, line: e.lineOf([field]), field, date }] : [];
    }),
  ).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The project as published: drafts left out, so that no page, feed or download can show one. */
export function withoutDrafts(project: Project, drafts: readonly Draft[]): Project {
  if (drafts.length === 0) return project;
  const files = new Set(drafts.map((d) => d.file));
  // Every list of entries, not only the draft rule's collections: one file may feed several lists
  // (a follow-up folder holds both the regular and the extra follow-ups).
  const out: Record<string, unknown> = { ...project };
  for (const [key, value] of Object.entries(project))
    if (Array.isArray(value)) out[key] = (value as Entry<unknown>[]).filter((e) => !files.has(e.file));
  return out as unknown as Project;
}

/** Every staff-written file read into an entry with lines (the single files and every collection). */
function locatedEntries(parsed: ParsedProject): Located<unknown>[] {
  const isLocated = (v: unknown): v is Located<unknown> => typeof v === 'object' && v !== null && 'file' in v && 'lineOf' in v && 'data' in v;
  return Object.values(parsed).flatMap((v: unknown) => (Array.isArray(v) ? v.filter(isLocated) : isLocated(v) ? [v] : []));
}

const exampleHint = (file: string): string =>
  file.startsWith(`${PATHS.indicators}/`)
    ? `lägg in verkliga värden med källa i ${PATHS.data}/${file.slice(PATHS.indicators.length + 1, -3)}.csv och ta bort raden example: true, eller ta bort indikatorn (metadatafilen och datafilen).`
    : 'ersätt innehållet med verkliga uppgifter och ta bort raden example: true, eller ta bort filen.';

/**
 * What stops a production build: every file marked as an example (at its `example: true`), a
 * missing site address, and a missing contact e-mail (the law on accessibility of digital public
 * services, DOS-lagen, requires a way to report accessibility problems).
 */
export function productionProblems(parsed: ParsedProject, site: string | undefined): Problem[] {
  const problems: Problem[] = locatedEntries(parsed)
    .filter((e) => (e.data as { example?: unknown }).example === true)
    .map((e) => ({
      file: e.file,
      line: e.lineOf(['example']),
      field: 'example',
      code: 'production.example',
      message: 'Filen är ett exempel (example: true): exempel publiceras inte på den riktiga webbplatsen.',
      hint: exampleHint(e.file),
    }));
  if (site === undefined)
    problems.push({
      file: 'SITE_URL',
      code: 'production.site-url',
      message: 'SITE_URL är inte satt: den riktiga webbplatsen behöver sin adress för länkarna i datakatalogen, flödet och citaten.',
      hint: 'sätt miljövariabeln SITE_URL till webbplatsens adress, till exempel SITE_URL=https://maluppfoljning.vaggeryd.se.',
    });
  const settings = parsed.settings;
  if (settings && !settings.data.contactEmail)
    problems.push({
      file: PATHS.settings,
      line: settings.lineOf(['contactEmail']),
      field: 'contactEmail',
      code: 'production.contact-email',
      message: 'E-postadress för synpunkter saknas: enligt lagen om tillgänglighet till digital offentlig service (DOS-lagen) ska besökare kunna meddela brister i tillgängligheten.',
      hint: 'lägg till contactEmail med en adress som någon läser, till exempel contactEmail: kommun@example.se.',
    });
  return problems;
}

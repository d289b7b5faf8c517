/**
 * Everything that must hold before anything is published, in one call: every staff-written file
 * (`loadProject`), what the data catalogue requires of `content/settings.yaml`
 * (`dcatRequiredSettings`), the plausibility of values and periods (`plausibility.ts`), and in
 * production mode that nothing is an example (`publication.ts`). Content dated after the build
 * date is a draft and left out of the project. `npm run check`, the build and `npm run dev` all
 * call this, so the check never says "Inga fel" about a project the build would stop.
 */
import type { CalendarDate } from './date.ts';
import { dcatRequiredSettings } from './export/catalogue-settings.ts';
import type { Project } from './model.ts';
import { plausibilityProblems } from './plausibility.ts';
import { isError, isWarning, type Problem } from './problems.ts';
import { loadProject, PATHS, type ProjectFiles } from './project/index.ts';
import { findDrafts, parseSiteMode, productionProblems, withoutDrafts, type Draft } from './publication.ts';

export interface ValidationOptions {
  /**
   * The build's day (SOURCE_DATE_EPOCH, or today), read by the caller: a period that begins after
   * it is an error, and a follow-up published after it is a draft.
   */
  buildDate: CalendarDate;
  /** The site's public address when it is set (SITE_URL); checked for the catalogue, required in production. */
  site?: string;
  /** SITE_MODE as set: unset or `demo` for the demonstration mode, `production` for the real site. */
  siteMode?: string;
}

export interface Validation {
  /** The project as published (drafts left out), or null when there is any error. */
  project: Project | null;
  /** Errors: each one stops publishing. */
  problems: Problem[];
  /** Warnings (`severity: 'warning'`): printed and counted, never blocking. */
  warnings: Problem[];
  /** Content dated after the build date: valid, but not published yet. */
  drafts: Draft[];
  /** How many files were read (for the summary line). */
  fileCount: number;
}

/** Validates a project held in memory. */
export function validateProject(files: ProjectFiles, options: ValidationOptions): Validation {
  const loaded = loadProject(files, { buildDate: options.buildDate });
  const problems = [...loaded.problems];
  if (loaded.parsed.settings) {
    const { data, lineOf } = loaded.parsed.settings;
    problems.push(
      ...dcatRequiredSettings(data, options.site).map(({ field, code, message, hint }): Problem =>
        field === 'SITE_URL' ? { file: 'SITE_URL', code, message, hint } : { file: PATHS.settings, line: lineOf(field.split('.')), field, code, message, hint },
      ),
    );
  }
  const mode = parseSiteMode(options.siteMode);
  if (mode.problem) problems.push(mode.problem);
  else if (mode.mode === 'production') problems.push(...productionProblems(loaded.parsed, options.site));
  const drafts = findDrafts(loaded.parsed, options.buildDate);
  const plausibility = plausibilityProblems(loaded.parsed, { buildDate: options.buildDate, drafts });
  problems.push(...plausibility.filter(isError));
  return {
    project: problems.length === 0 && loaded.project ? withoutDrafts(loaded.project, drafts) : null,
    problems,
    warnings: plausibility.filter(isWarning),
    drafts,
    fileCount: loaded.fileCount,
  };
}

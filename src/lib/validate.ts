/**
 * Everything that must hold before anything is published, in one call: every staff-written file
 * (`loadProject`) and what the data catalogue requires of `content/settings.yaml`
 * (`dcatRequiredSettings`). `npm run check` and the build both call this, so the check never
 * says "Inga fel" about a project the build would stop.
 */
import { dcatRequiredSettings } from './export/catalogue-settings.ts';
import type { Problem } from './problems.ts';
import { loadProject, PATHS, type LoadOptions, type LoadResult, type ProjectFiles } from './project/index.ts';

/**
 * Validates a project held in memory. `site` is the site's public address when it is known (the
 * build's `site`, or SITE_URL for the check); `options.buildDate` is the build's day (see
 * `LoadOptions`). The project is null whenever there is a problem.
 */
export function validateProject(files: ProjectFiles, site?: string, options: LoadOptions = {}): LoadResult {
  const result = loadProject(files, options);
  if (!result.settings) return result;
  const { data, lineOf } = result.settings;
  const catalogue = dcatRequiredSettings(data, site).map(({ field, code, message, hint }): Problem =>
    field === 'SITE_URL' ? { file: 'SITE_URL', code, message, hint } : { file: PATHS.settings, line: lineOf(field.split('.')), field, code, message, hint },
  );
  if (catalogue.length === 0) return result;
  return { ...result, project: null, problems: [...result.problems, ...catalogue] };
}

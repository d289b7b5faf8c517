/**
 * Everything that must hold before anything is published, in one call: every staff-written file
 * (`loadProject`) and what the data catalogue requires of `content/settings.yaml`
 * (`dcatRequiredSettings`). `npm run check` and the build both call this, so the check never
 * says "Inga fel" about a project the build would stop.
 */
import { dcatRequiredSettings } from './dcat.ts';
import type { Problem } from './problems.ts';
import { loadProject, PATHS, type LoadResult } from './project.ts';

const CC_LICENCE = /^http:\/\/creativecommons\.org\/(publicdomain|licenses)\/[a-z-]+\/\d\.\d\/$/;

/** The settings field a catalogue message is about, and a hint when there is more to say. */
function placeOf(message: string, licenceUrl: string | undefined): { field?: string; hint?: string; elsewhere?: true } {
  if (message.startsWith('Utgivarens namn')) return { field: 'organisation', hint: 'skriv kommunens namn, till exempel organisation: Vaggeryds kommun.' };
  if (message.includes('(homepage)')) return { field: 'homepage', hint: 'skriv hela adressen, till exempel homepage: https://www.vaggeryd.se.' };
  if (message.startsWith('Licensens adress')) {
    // https://creativecommons.org/licenses/by/4.0 → http://creativecommons.org/licenses/by/4.0/
    const fixed = licenceUrl?.trim().replace(/^https:/, 'http:').replace(/\/?$/, '/');
    return {
      field: 'licence.url',
      hint:
        fixed && CC_LICENCE.test(fixed)
          ? `skriv url: ${fixed} under licence.`
          : 'skriv licensens hela adress under licence, till exempel url: http://creativecommons.org/publicdomain/zero/1.0/ (CC0), eller ta bort licence så används CC0.',
    };
  }
  if (message.startsWith('Webbplatsens adress')) return { elsewhere: true, hint: 'sätt miljövariabeln SITE_URL till webbplatsens hela adress, till exempel https://maluppfoljning.vaggeryd.se.' };
  return {};
}

/**
 * Loads and validates a project. `site` is the site's public address when it is known (the
 * build's `site`, or SITE_URL for the check); the project is null whenever there is a problem.
 */
export function validateProject(root: string, site?: string): LoadResult {
  const result = loadProject(root);
  if (!result.settings) return result;
  const { data, lineOf } = result.settings;
  const catalogue: Problem[] = dcatRequiredSettings(data, site).map((message) => {
    const { field, hint, elsewhere } = placeOf(message, data.licence?.url);
    if (elsewhere) return { file: 'SITE_URL', message, ...(hint && { hint }) };
    return { file: PATHS.settings, line: lineOf(field ? field.split('.') : []), ...(field && { field }), message, ...(hint && { hint }) };
  });
  if (catalogue.length === 0) return result;
  return { ...result, project: null, problems: [...result.problems, ...catalogue] };
}

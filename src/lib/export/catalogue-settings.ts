/**
 * What the DCAT-AP-SE catalogue needs from `content/settings.yaml` and the site's address: the
 * settings without which the catalogue would be invalid (a build error, located at the field), and
 * the recommended ones it lacks (a warning). Nothing is ever invented to fill a gap.
 */
import type { Settings } from '../schemas/settings.ts';

const CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/';
export const ABSOLUTE_HTTP = /^https?:\/\/[^\s/?#]+/;

/** A setting the catalogue cannot do without, and what is wrong with it. */
export interface CatalogueProblem {
  /** The field in `content/settings.yaml`, or `SITE_URL` for the site's address (an environment variable). */
  field: 'organisation' | 'homepage' | 'licence.url' | 'SITE_URL';
  code: string;
  message: string;
  hint: string;
}

const CC_LICENCE = /^http:\/\/creativecommons\.org\/(publicdomain|licenses)\/[a-z-]+\/\d\.\d\/$/;

/**
 * What would make the catalogue invalid, in Swedish; empty when it can be published. Only what the
 * profile requires is checked: a missing organisation number or contact e-mail is no error (see
 * `dcatRecommendations`), and neither is ever invented.
 */
export function dcatRequiredSettings(settings: Partial<Settings>, site?: string): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  if (!settings.organisation || settings.organisation.trim() === '')
    problems.push({
      field: 'organisation',
      code: 'catalogue.publisher',
      message: 'Utgivarens namn saknas: skriv organisation: i content/settings.yaml (DCAT-AP-SE kräver foaf:name för utgivaren).',
      hint: 'skriv kommunens namn, till exempel organisation: Vaggeryds kommun.',
    });
  if (!settings.homepage || !ABSOLUTE_HTTP.test(settings.homepage))
    problems.push({
      field: 'homepage',
      code: 'catalogue.homepage',
      message: 'Organisationens webbplats (homepage) saknas eller är ingen hel adress som börjar med https://.',
      hint: 'skriv hela adressen, till exempel homepage: https://www.vaggeryd.se.',
    });
  const licence = settings.licence?.url;
  const licenceHint = 'skriv licensens hela adress under licence, till exempel url: http://creativecommons.org/publicdomain/zero/1.0/ (CC0), eller ta bort licence så används CC0.';
  if (!licence || !ABSOLUTE_HTTP.test(licence))
    problems.push({ field: 'licence.url', code: 'catalogue.licence', message: 'Licensens adress (licence.url) saknas eller är ingen hel adress: DCAT-AP-SE kräver en licens på varje distribution.', hint: licenceHint });
  else if (/creativecommons\.org/.test(licence) && !CC_LICENCE.test(licence)) {
    // https://creativecommons.org/licenses/by/4.0 → http://creativecommons.org/licenses/by/4.0/
    const fixed = licence.trim().replace(/^https:/, 'http:').replace(/\/?$/, '/');
    problems.push({
      field: 'licence.url',
      code: 'catalogue.licence-form',
      message: `Licensens adress "${licence}" är inte skriven som dataportalen vill: Creative Commons-licenser ska anges exakt som http://creativecommons.org/…/ (http, inte https, och med avslutande snedstreck), till exempel ${CC0}.`,
      hint: CC_LICENCE.test(fixed) ? `skriv url: ${fixed} under licence.` : licenceHint,
    });
  }
  if (site !== undefined && !ABSOLUTE_HTTP.test(site))
    problems.push({
      field: 'SITE_URL',
      code: 'catalogue.site-url',
      message: `Webbplatsens adress "${site}" är ingen hel adress: alla adresser i katalogen måste vara absoluta (https://…).`,
      hint: 'sätt miljövariabeln SITE_URL till webbplatsens hela adress, till exempel https://maluppfoljning.vaggeryd.se.',
    });
  return problems;
}

/** What is missing for the recommended parts of the catalogue; informative, never a build error. */
export function dcatRecommendations(settings: Settings): string[] {
  const out: string[] = [];
  if (!settings.contactEmail)
    out.push('Ingen kontaktpunkt i datakatalogen: contactEmail saknas i content/settings.yaml. DCAT-AP-SE kräver en e-postadress i en kontaktpunkt, så den utelämnas tills adressen är inlagd.');
  if (!settings.organisationNumber)
    out.push('Organisationsnumret saknas i content/settings.yaml: utgivaren får en adress under webbplatsen i stället för dataportalens http://dataportal.se/organisation/SE<orgnr>, och dataportalen kan inte koppla ihop den med andra kataloger från samma organisation.');
  return out;
}

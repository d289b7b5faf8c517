/**
 * The one quiet device for what the site wrote or chose itself, where the municipality has not
 * supplied its own: a neutral tag ("Webbplatsens sammanfattning", "Webbplatsens urval") and a
 * sentence saying what is missing from the material the site is built on. Never worded as if the
 * municipality did not know its own decisions: a missing fact "saknas i underlaget".
 * Example content has its own label, "Exempel" (EXAMPLE_LABEL in export/context.ts).
 */

export type SiteTextKind = 'summary' | 'selection';

export const SITE_TEXT_TAG: Readonly<Record<SiteTextKind, string>> = {
  summary: 'Webbplatsens sammanfattning',
  selection: 'Webbplatsens urval',
};

/** The sentence beside the tag, for each kind of file it is shown for. */
export const SITE_TEXT_NOTE = {
  goal: 'Texten är webbplatsens egen beskrivning av målet, inte det politiska förtydligandet. Förtydligandets lydelse saknas i underlaget.',
  subgoal: 'Texten och mätområdena är webbplatsens egna, inte kommunens. Kommunens beskrivning av delmålet och dess mätområden saknas i underlaget.',
  programme: 'Texten är webbplatsens egen sammanfattning av programmet och av tjänsteskrivelsen om ambitionsnivån (2022), inte programmets lydelse.',
  indicator:
    'Indikatorn är vald av webbplatsen för att visa verkliga, publicerade värden under målet. Vilka indikatorer som ingår i kommunens ambitionsnivå saknas i underlaget.',
} as const;

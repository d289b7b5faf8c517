/** How a decision is cited on the site and in downloads. */
import type { DecisionMeta } from './schemas/decision.ts';

/**
 * "KS 2021-01-13 § 12"; "KS 2022-08, paragraf saknas i underlaget" when the material the site is
 * built on does not give the paragraph (a fact missing here, not one the municipality lacks); an example
 * decision is never cited like a real one.
 */
export function citeDecision(d: Pick<DecisionMeta, 'body' | 'date' | 'paragraph' | 'example'>): string {
  if (d.example) return 'Exempelbeslut – inget verkligt beslut';
  return d.paragraph === null ? `${d.body} ${d.date.text}, paragraf saknas i underlaget` : `${d.body} ${d.date.text} § ${d.paragraph}`;
}

/** The names of the usual decision-making bodies, for the decision history. */
export const DECISION_BODY: Readonly<Record<string, string>> = {
  KF: 'Kommunfullmäktige',
  KS: 'Kommunstyrelsen',
  KSAU: 'Kommunstyrelsens arbetsutskott',
};

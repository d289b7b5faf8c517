import { z } from 'zod';
import { dateText, exampleFlag, goalNumber, slug } from './common.ts';

/**
 * Front matter of `content/decisions/<id>.md`. The id is how it is cited, in lower case:
 * `ks-2021-01-13-12` for "KS 2021-01-13 § 12". The Markdown body says what was decided.
 */
export const decisionSchema = z
  .object({
    /** The body that decided: `KF` (kommunfullmäktige), `KS` (kommunstyrelsen), `KSAU` (its working committee) or a committee's name. */
    body: z.string().min(2),
    /** Meeting date `2021-01-13`; `2022-08` when only the month is known. */
    date: dateText,
    /** The paragraph (§) in the minutes. Leave out when it is not known: the site then says "okänd". */
    paragraph: z.number().int().min(1).nullable().default(null),
    /** The case number (diarienummer), e.g. `KS 2022/123`, when known. */
    dnr: z.string().min(1).optional(),
    /** `adopted` (beslutat) or `proposed` (förslag, not yet decided or outcome not known). */
    status: z.enum(['adopted', 'proposed'], { error: 'Skriv status: adopted (beslutat) eller status: proposed (förslag).' }),
    /** A short title. Example: `title: Ambitionsnivå för fullmäktiges mål godkänd` */
    title: z.string().min(3),
    /** What the decision set or changed, one line each, for the history on /beslut/. */
    changes: z
      .array(
        z
          .object({
            /** The goal it concerns, if one. */
            goal: goalNumber.optional(),
            /** The sub-goal it concerns, if one. */
            subgoal: slug.optional(),
            /** What changed, in plain Swedish. */
            what: z.string().min(3),
          })
          .strict(),
      )
      .default([]),
    /** Where this information comes from (a document or a web page). */
    source: z.string().min(3),
    /** `true` for an example decision that only exists to show how example targets are shown. */
    example: exampleFlag,
  })
  .strict();

export type DecisionMeta = z.output<typeof decisionSchema>;

/**
 * "KS 2021-01-13 § 12"; "KS 2022-08, paragraf okänd" when the paragraph is not known; an example
 * decision is never cited like a real one.
 */
export function citeDecision(d: Pick<DecisionMeta, 'body' | 'date' | 'paragraph' | 'example'>): string {
  if (d.example) return 'Exempelbeslut – inget verkligt beslut';
  return d.paragraph === null ? `${d.body} ${d.date}, paragraf okänd` : `${d.body} ${d.date} § ${d.paragraph}`;
}

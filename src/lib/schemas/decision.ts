import { z } from 'zod';
import { dateText, exampleFlag, goalNumber, slug } from './common.ts';

/**
 * Front matter of `content/decisions/<id>.md`. The id is how it is cited, in lower case:
 * `ks-2021-01-13-12` for "KS 2021-01-13 § 12". The Markdown body says what was decided.
 */
export const decisionSchema = z
  .object({
    /** The body that decided: `KF` (kommunfullmäktige), `KS` (kommunstyrelsen), `KSAU` (its working committee) or a committee's name. Example: `body: KS` */
    body: z.string().min(2),
    /** Meeting date; `ÅÅÅÅ-MM` when only the month is known. Example: `date: 2021-01-13` (or `date: 2022-08`) */
    date: dateText,
    /** The paragraph (§) in the minutes. Leave out when it is not known: the site then says "paragraf saknas i underlaget". Example: `paragraph: 12` */
    paragraph: z.number().int().min(1).nullable().default(null),
    /** The case number (diarienummer), when known. Example: `dnr: KS 2022/123` */
    dnr: z.string().min(1).optional(),
    /** `adopted` (beslutat) or `proposed` (förslag, not yet decided or outcome not known). Example: `status: adopted` */
    status: z.enum(['adopted', 'proposed'], { error: 'Skriv status: adopted (beslutat) eller status: proposed (förslag).' }),
    /** A short title. Example: `title: Ambitionsnivå för fullmäktiges mål godkänd` */
    title: z.string().min(3),
    /**
     * What the decision set or changed, one line each, for the history on /beslut/. Example:
     * ```yaml
     * changes:
     *   - goal: 2
     *     subgoal: larande-och-utbildning
     *     what: Delmålet Lärande och utbildning lades till.
     * ```
     */
    changes: z
      .array(
        z
          .object({
            /** The goal it concerns, if one. Example: `goal: 2` */
            goal: goalNumber.optional(),
            /** The sub-goal it concerns, if one (file name in `content/subgoals/` without `.md`). Example: `subgoal: larande-och-utbildning` */
            subgoal: slug.optional(),
            /** What changed, in plain Swedish. Example: `what: Målvärdet för behörighet sattes till 90 procent.` */
            what: z.string().min(3),
          })
          .strict(),
      )
      .default([]),
    /**
     * Only for a decision that set or evaluated the ambition level (ambitionsnivån): why it was
     * evaluated, and the decisions whose changes of goals, sub-goals or the programme led to it.
     * Shown as the ambition level's own history on /beslut/. Example:
     * ```yaml
     * evaluation:
     *   why: Ett nytt delmål lades till under mål 4, så mätområdena sågs över.
     *   after: [ks-2022-03-09-70]
     * ```
     */
    evaluation: z
      .object({
        /** Why the ambition level was evaluated, in plain Swedish. Example: `why: Ett nytt delmål lades till under mål 4.` */
        why: z.string().min(10),
        /**
         * The decisions that led to it: those that asked for it, or changed goals, sub-goals or the
         * programme since the previous evaluation (ids in `content/decisions/`). Example: `after: [ks-2022-03-09-70]`
         */
        after: z.array(slug).default([]),
      })
      .strict()
      .optional(),
    /** Where this information comes from (a document or a web page). Example: `source: Protokoll KS 2021-01-13` */
    source: z.string().min(3),
    /** `true` for an example decision that only exists to show how example targets are shown. Example: `example: true` */
    example: exampleFlag,
  })
  .strict();

export type DecisionMeta = z.output<typeof decisionSchema>;

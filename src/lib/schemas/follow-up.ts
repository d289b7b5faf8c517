import { z } from 'zod';
import { INDICATOR_STATUS_LABEL, INDICATOR_STATUSES, type IndicatorStatus } from '../assessment.ts';
import { FOLLOW_UP_KINDS } from '../follow-up.ts';
import { listWords } from '../format.ts';
import { dateText, exampleFlag, goalNumber } from './common.ts';

/**
 * A judged assessment as staff write it. The method's codes are accepted, and so are the
 * Swedish words, which are turned into the codes.
 */
const JUDGED_ALIASES: Record<string, 'fulfilled' | 'partly-fulfilled' | 'not-fulfilled' | 'insufficient-data'> = {
  fulfilled: 'fulfilled',
  uppfylls: 'fulfilled',
  'partly-fulfilled': 'partly-fulfilled',
  'uppfylls delvis': 'partly-fulfilled',
  'uppfylls-delvis': 'partly-fulfilled',
  'not-fulfilled': 'not-fulfilled',
  'uppfylls inte': 'not-fulfilled',
  'uppfylls-inte': 'not-fulfilled',
  'insufficient-data': 'insufficient-data',
  'underlag saknas': 'insufficient-data',
  'underlag-saknas': 'insufficient-data',
};

export const judgedAssessment = z
  .string({ error: 'Skriv bedömningen: uppfylls, uppfylls delvis, uppfylls inte eller underlag saknas.' })
  .transform((s, ctx) => {
    const code = JUDGED_ALIASES[s.trim().toLowerCase()];
    if (!code) {
      ctx.addIssue({ code: 'custom', message: `"${s}" är ingen bedömning. Skriv uppfylls, uppfylls delvis, uppfylls inte eller underlag saknas.` });
      return z.NEVER;
    }
    return code;
  });

/**
 * A judged status for one indicator, with the method's words for indicators (uppnått, i fas,
 * för långsamt, fel riktning, ej uppnått, förbättras, oförändrat, försämras, underlag saknas) or
 * their codes. Goal words such as "uppfylls delvis" belong to goals, not indicators.
 */
const INDICATOR_ALIASES: Record<string, IndicatorStatus> = Object.fromEntries(
  INDICATOR_STATUSES.flatMap((code) => [
    [code, code],
    [INDICATOR_STATUS_LABEL[code].toLowerCase(), code],
    [INDICATOR_STATUS_LABEL[code].toLowerCase().replace(/ /g, '-'), code],
  ]),
);
const INDICATOR_WORDS = INDICATOR_STATUSES.map((c) => INDICATOR_STATUS_LABEL[c].toLowerCase()).join(', ');

export const judgedIndicatorStatus = z
  .string({ error: `Skriv bedömningen med ett av orden ${INDICATOR_WORDS}.` })
  .transform((s, ctx) => {
    const code = INDICATOR_ALIASES[s.trim().toLowerCase()];
    if (!code) {
      const goalWord = JUDGED_ALIASES[s.trim().toLowerCase()] !== undefined;
      ctx.addIssue({
        code: 'custom',
        message: goalWord
          ? `"${s}" är en bedömning för mål. För en indikator skriver du ett av orden ${INDICATOR_WORDS}.`
          : `"${s}" är ingen bedömning av en indikator. Skriv ett av orden ${INDICATOR_WORDS}.`,
      });
      return z.NEVER;
    }
    return code;
  });

/**
 * Front matter of `content/follow-ups/<period>.md`, e.g. `2023-t1.md`, `2023-t2.md`, `2023-ar.md`,
 * or an extra follow-up during the year, `2025-extra-lupp.md` (`kind: extra`, with a `title`; it
 * comments on some goals or indicators without judging them). What depends on the kind (a title
 * only for extra, a goal assessment only for the regular ones) is checked in `project/rules.ts`.
 * The Markdown body is the follow-up's summary text.
 */
export const followUpSchema = z
  .object({
    /** The year followed up. Example: `year: 2023` */
    year: z.number().int().min(2000).max(2100),
    /**
     * `tertial-1` (as of April), `tertial-2` (as of August), `arsredovisning` (annual report), or
     * `extra` for a follow-up of some goals or indicators during the year (when a large survey is
     * presented). Example: `kind: tertial-1`
     */
    kind: z.enum(FOLLOW_UP_KINDS, { error: `Skriv kind: ${listWords(FOLLOW_UP_KINDS, 'eller')}.` }),
    /** The day it was published; not before the period it follows up. Example: `published: 2023-05-15` */
    published: dateText,
    /** Only for `kind: extra`: what the follow-up is about, as its heading. Example: `title: Ungdomsenkäten LUPP 2025` */
    title: z.string().min(3).optional(),
    /**
     * The judged assessment per goal, with the reason in words; each goal at most once. An extra
     * follow-up lists the goals it concerns with a comment and no assessment. Example:
     * ```yaml
     * goals:
     *   - goal: 1
     *     assessment: uppfylls delvis
     *     comment: Utsläppen minskar, men för långsamt.
     * ```
     */
    goals: z
      .array(
        z
          .object({
            /** The goal's number, 1–4. Example: `goal: 1` */
            goal: goalNumber,
            /** uppfylls, uppfylls delvis, uppfylls inte or underlag saknas; required except in an extra follow-up. Example: `assessment: uppfylls delvis` */
            assessment: judgedAssessment.optional(),
            /** Why, in plain Swedish. Example: `comment: Utsläppen minskar, men för långsamt.` */
            comment: z.string().min(3),
          })
          .strict(),
      )
      .default([]),
    /**
     * Optional comments (and judged status) per indicator; each indicator at most once. Example:
     * ```yaml
     * indicators:
     *   - id: N15428
     *     comment: Fler elever är behöriga än förra året.
     * ```
     */
    indicators: z
      .array(
        z
          .object({
            /** The indicator's id (file name in `content/indicators/` without `.md`). Example: `id: N15428` */
            id: z.string().min(1),
            /** Optional judged status for this indicator, in the method's words for indicators. Example: `assessment: för långsamt` */
            assessment: judgedIndicatorStatus.optional(),
            /** The comment on the indicator, in plain Swedish. Example: `comment: Fler elever är behöriga än förra året.` */
            comment: z.string().min(3),
          })
          .strict(),
      )
      .default([]),
    /** `true` while this follow-up is an example, not a published follow-up. Example: `example: true` */
    example: exampleFlag,
  })
  .strict();

export type FollowUpMeta = z.output<typeof followUpSchema>;
export type JudgedAssessment = z.output<typeof judgedAssessment>;

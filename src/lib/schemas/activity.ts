import { z } from 'zod';
import { ACTIVITY_STATUS_WORDS, statusFromWord, statusWordList } from '../activity.ts';
import { didYouMean } from '../problems.ts';
import { dateText, exampleFlag, goalNumber, monthText, slug } from './common.ts';

/** A status as staff write it in the log: one of the words (or its code), read into the code. */
export const activityStatusWord = z.string({ error: `Skriv status med ett av orden ${statusWordList()}.` }).transform((s, ctx) => {
  const code = statusFromWord(s);
  if (code) return code;
  ctx.addIssue({ code: 'custom', message: `"${s}" är ingen status.${didYouMean(s.trim().toLowerCase(), ACTIVITY_STATUS_WORDS)} Skriv ett av orden ${statusWordList()}.` });
  return z.NEVER;
});

/** One month in an activity's log. */
export const logEntrySchema = z
  .object({
    /** The month the status is for, `ÅÅÅÅ-MM`; the log is in time order, oldest first, one row per month at most. Example: `month: 2025-03` */
    month: monthText,
    /** ej påbörjad, pågår, klar, försenad or avbruten. After klar or avbruten nothing more is written. Example: `status: pågår` */
    status: activityStatusWord,
    /** What happened that month, in a sentence or two of plain Swedish. Example: `comment: Arbetsgruppen har haft sitt första möte.` */
    comment: z.string().min(3),
  })
  .strict();

/**
 * Front matter of `content/activities/<id>.md`, one file per activity of the action plan
 * (handlingsplanen) that the municipal director's management group follows up monthly. The id is
 * the file name: lower-case letters, digits and hyphens (`mal-…` is taken by the per-goal lists).
 * The Markdown body may say more about the activity.
 */
export const activitySchema = z
  .object({
    /** The activity's name. Example: `title: Gemensam plan för laddplatser` */
    title: z.string().min(3),
    /** What is done and why, in one or two sentences. Example: `description: Kommunens förvaltningar och bolag tar fram en gemensam plan för var laddplatser ska byggas.` */
    description: z.string().min(10),
    /** The goal it serves, 1–4. Example: `goal: 1` */
    goal: goalNumber,
    /** The sub-goals of that goal it serves (file names in `content/subgoals/` without `.md`). Example: `subgoals: [miljo-och-naturresurser]` */
    subgoals: z.array(slug).default([]),
    /** The committee or company responsible for it. Example: `responsible: Kommunstyrelsen` */
    responsible: z.string().min(2),
    /** When it starts: a day, or `ÅÅÅÅ-MM` for a month. Example: `start: 2025-03` */
    start: dateText,
    /** When it is planned to be finished; not before the start. Example: `plannedEnd: 2026-06` */
    plannedEnd: dateText,
    /**
     * The monthly status log, oldest first. Example:
     * ```yaml
     * log:
     *   - month: 2025-03
     *     status: pågår
     *     comment: Arbetsgruppen har haft sitt första möte.
     * ```
     */
    log: z.array(logEntrySchema).default([]),
    /** `true` while the activity is an example, not a real activity of the action plan. Example: `example: true` */
    example: exampleFlag,
  })
  .strict();

export type ActivityMeta = z.output<typeof activitySchema>;
export type LogEntry = z.output<typeof logEntrySchema>;

import { z } from 'zod';
import { goalNumber, slug } from './common.ts';

/**
 * `true` while a file's text is the site's own summary, not the municipality's wording: the page
 * then says so beside it ("Webbplatsens sammanfattning"). Leave out once the text is the
 * municipality's own.
 */
const siteSummary = z.boolean({ error: 'Skriv true eller false.' }).default(false);

/**
 * Front matter of `content/goals/<n>.md`, one file per council goal. The Markdown body holds
 * the political clarification (det politiska förtydligandet) of the goal, or, with
 * `siteSummary: true`, the site's own summary of the goal until the clarification is entered.
 */
export const goalSchema = z
  .object({
    /** The goal's number, 1–4; must match the file name. Example: `number: 1` in `1.md` */
    number: goalNumber,
    /** The short name. Example: `shortName: Hållbar samhällsutveckling` */
    shortName: z.string().min(3),
    /** The full statement. Example: `statement: Vaggeryds kommun ska vara en plats där …` */
    statement: z.string().min(10),
    /** Decisions that set or changed this goal (ids in `content/decisions/`). Example: `decisions: [kf-2020-10]` */
    decisions: z.array(slug).default([]),
    /** `true` while the text below is the site's own summary, not the political clarification's wording. Example: `siteSummary: true` */
    siteSummary,
  })
  .strict();

/** One measurement area (mätområde) under a sub-goal. */
export const areaSchema = z
  .object({
    /** The area's name; indicators refer to it by this exact name in their `area` field. Example: `name: Behörighet till gymnasiet` */
    name: z.string().min(2),
    /** One or two sentences saying what is measured and why, in plain Swedish. Example: `description: Hur många elever som kan börja på gymnasiet.` */
    description: z.string().min(1).optional(),
  })
  .strict();

/**
 * Front matter of `content/subgoals/<id>.md`, one file per sub-goal (framgångsfaktor för
 * uppföljning). The Markdown body may explain the sub-goal; with `siteSummary: true` the text and
 * the measurement areas are the site's own, shown as such.
 */
export const subgoalSchema = z
  .object({
    /** The sub-goal's name. Example: `title: Lärande och utbildning` */
    title: z.string().min(2),
    /** The goal it belongs to, 1–4. Example: `goal: 2` */
    goal: goalNumber,
    /** Its place in the list under the goal (1 first). Example: `order: 1` */
    order: z.number().int().min(1),
    /** Decisions that created or changed it (ids in `content/decisions/`). Example: `decisions: [ks-2022-03-09-70]` */
    decisions: z.array(slug).default([]),
    /**
     * Its measurement areas (mätområden). Example:
     * ```yaml
     * areas:
     *   - name: Behörighet till gymnasiet
     *     description: Hur många elever som kan börja på gymnasiet.
     * ```
     */
    areas: z.array(areaSchema).default([]),
    /** `true` while the text below and the measurement areas are the site's own, not the municipality's. Example: `siteSummary: true` */
    siteSummary,
  })
  .strict();

/** Front matter of `content/programme.md`: the strategic programme itself. */
export const programmeSchema = z
  .object({
    /** The programme's name. Example: `title: Strategiskt program för hållbar utveckling` */
    title: z.string().min(3),
    /** The decision that adopted it (id in `content/decisions/`). Example: `adoptedBy: kf-2020-10` */
    adoptedBy: slug,
    /** One or two plain sentences for the start page. Example: `summary: Fyra mål som kommunfullmäktige följer upp tre gånger om året.` */
    summary: z.string().min(10),
    /** `true` while the text below is the site's own summary of the programme, not the programme's wording. Example: `siteSummary: true` */
    siteSummary,
  })
  .strict();

export type GoalMeta = z.output<typeof goalSchema>;
export type AreaMeta = z.output<typeof areaSchema>;
export type SubgoalMeta = z.output<typeof subgoalSchema>;
export type ProgrammeMeta = z.output<typeof programmeSchema>;

import { z } from 'zod';
import { exampleFlag, goalNumber, KOLADA_KPI, slug, WEB_PROTOCOL } from './common.ts';

/**
 * Front matter of `content/indicators/<id>.md` (docs/data-contract.md). The Markdown body below it
 * holds the experts' comment and anything else worth saying; the definition has its own field.
 */
export const targetSchema = z
  .object({
    /** The target value, in the indicator's unit. Example: `value: 90` */
    value: z.number({ error: 'Målvärdet ska vara ett tal, till exempel value: 90 (decimaler med punkt: 7.5).' }),
    /** The year the target should be reached. Example: `year: 2026` */
    year: z
      .number({ error: 'Skriv året då målvärdet ska nås, till exempel year: 2026.' })
      .int({ error: 'Året ska vara ett heltal, till exempel 2026.' })
      .min(1900, { error: 'Skriv året med fyra siffror, till exempel 2026.' })
      .max(2100, { error: 'Skriv året med fyra siffror, till exempel 2026.' }),
    /**
     * `political`: a target value decided by the politicians (give `decision`);
     * `reference`: a national, regional or local goal the experts refer to (give `basis`).
     * Example: `kind: political`
     */
    kind: z.enum(['political', 'reference'], {
      error: 'Skriv kind: political (politiskt beslutat målvärde) eller kind: reference (nationellt, regionalt eller lokalt mål).',
    }),
    /** For `political`: the id of the decision in `content/decisions/`. Example: `decision: beslutets-id` (a placeholder: the id of the decision that set the target) */
    decision: slug.optional(),
    /** For `reference`: which goal the value comes from. Example: `basis: Nationellt mål i miljömålssystemet` */
    basis: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.kind === 'political' && !t.decision)
      ctx.addIssue({ code: 'custom', path: ['decision'], message: 'Ett politiskt målvärde behöver beslutet det bygger på: skriv decision: och beslutets id (filnamnet i content/decisions/ utan .md).' });
    if (t.kind === 'reference' && !t.basis)
      ctx.addIssue({ code: 'custom', path: ['basis'], message: 'Ett referensvärde behöver sin grund: skriv basis: "…" med det nationella, regionala eller lokala mål som värdet kommer från.' });
  });

export const sourceSchema = z
  .object({
    /** Who publishes the figures: `Kolada`, `SCB`, `Arbetsförmedlingen` … Example: `name: Kolada` */
    name: z.string({ error: 'Skriv källans namn, till exempel name: Kolada.' }).min(1, { error: 'Skriv källans namn, till exempel name: Kolada.' }),
    /** The Kolada key-figure id, when the source is Kolada. Example: `kpi: N15428` */
    kpi: z.string().regex(KOLADA_KPI, { error: 'Ett Kolada-id är en stor bokstav och fem siffror, till exempel N15428.' }).optional(),
    /** A web address where the figures can be checked. Example: `url: https://www.kolada.se/…` */
    url: z.url({ protocol: WEB_PROTOCOL, error: 'Skriv en hel webbadress som börjar med https://.' }).optional(),
  })
  .strict();

export const indicatorSchema = z
  .object({
    /** The indicator's name as residents read it. Example: `title: Andel elever i åk 9 som är behöriga till ett yrkesprogram` */
    title: z.string({ error: 'Skriv indikatorns namn, title: …' }).min(3, { error: 'Skriv indikatorns namn, title: …' }),
    /**
     * What the indicator measures, in one or two plain sentences: shown first on its page and used as
     * its description in every download and in the data catalogue. Example:
     * `definition: "Hur stor andel av eleverna i årskurs 9 som är behöriga till ett yrkesprogram."`
     */
    definition: z
      .string({ error: 'Skriv definitionen som text, till exempel definition: "Hur stor andel av …"' })
      .min(10, { error: 'Definitionen är för kort: skriv en eller två meningar om vad indikatorn mäter.' })
      .optional(),
    /** The council goal, 1–4. Example: `goal: 2` */
    goal: goalNumber,
    /** The id of a sub-goal of that goal (file name in `content/subgoals/` without `.md`). Example: `subgoal: larande-och-utbildning` */
    subgoal: slug,
    /** The measurement area (mätområde), exactly as named in the sub-goal's `areas`. Example: `area: Behörighet till gymnasiet` */
    area: z.string({ error: 'Skriv mätområdets namn, area: …' }).min(1),
    /** How values are shown: `procent`, `antal`, `placering` (rank, 1 is best), or another word such as `kr`. Example: `unit: procent` */
    unit: z.string({ error: 'Skriv enheten, till exempel unit: procent.' }).min(1),
    /** Which way is better: `increase` (higher is better) or `decrease` (lower is better). Example: `direction: increase` */
    direction: z.enum(['increase', 'decrease'], { error: 'Skriv direction: increase (högre är bättre) eller direction: decrease (lägre är bättre).' }),
    /**
     * Optional target value (målvärde). Example:
     * ```yaml
     * target:
     *   value: 90
     *   year: 2026
     *   kind: political
     *   decision: beslutets-id
     * ```
     */
    target: targetSchema.optional(),
    /**
     * Where the figures come from. Example:
     * ```yaml
     * source:
     *   name: Kolada
     *   kpi: N15428
     * ```
     */
    source: sourceSchema,
    /** The committee or company that owns the indicator. Example: `responsible: Barn- och utbildningsnämnden` */
    responsible: z.string().min(1).optional(),
    /**
     * The decision whose ambition level (ambitionsnivå) includes this indicator, id in
     * `content/decisions/`. Leave out while the indicator is the site's own selection: its page
     * then says "Webbplatsens urval". Example: `ambitionLevel: beslutets-id` (a placeholder: the deciding decision's id)
     */
    ambitionLevel: slug.optional(),
    /** Articles of the Convention on the Rights of the Child this indicator speaks to. Example: `childRights: [2, 3]` */
    childRights: z.array(z.number({ error: 'Skriv artiklarnas nummer som tal, till exempel childRights: [2, 3].' }).int()).default([]),
    /** `true` while the values are example data, not published statistics. Example: `example: true` */
    example: exampleFlag,
  })
  .strict();

export type IndicatorMeta = z.output<typeof indicatorSchema>;
export type TargetMeta = z.output<typeof targetSchema>;

import { z } from 'zod';
import { KOLADA_AREA, slug, WEB_PROTOCOL } from './common.ts';

/**
 * Whether the assessment method on /metod/ is only proposed or has been adopted. The memo on the
 * updated ambition level (2022) asks for a common principle for assessing goals but does not
 * decide one; until a decision adopts this method, every computed assessment says it follows a
 * proposal ("förslag till gemensam bedömningsprincip").
 */
export const methodStatusSchema = z
  .object({
    /** `proposed` (förslag) or `adopted` (beslutad, with `decision`). Example: `status: proposed` */
    status: z.enum(['proposed', 'adopted'], { error: 'Skriv status: proposed (förslag) eller status: adopted (beslutad, med decision).' }),
    /** For `adopted`: the id of the decision that adopted the method (file name in `content/decisions/` without `.md`). Example: `decision: beslutets-id` (a placeholder: the real decision's id) */
    decision: slug.optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.status === 'adopted' && !m.decision)
      ctx.addIssue({ code: 'custom', path: ['decision'], message: 'En beslutad metod behöver sitt beslut: skriv decision: och beslutets id (filnamnet i content/decisions/ utan .md).' });
    if (m.status === 'proposed' && m.decision)
      ctx.addIssue({ code: 'custom', path: ['decision'], message: 'Ett förslag har inget beslut: ta bort decision, eller skriv status: adopted om beslutet är fattat.' });
  });

/**
 * A Kolada area id: four digits, as a text. Municipalities have SCB's municipality code (`0665`),
 * counties `00` and SCB's county code (`0006` for Jönköpings län), the whole country `0000`. YAML
 * reads an unquoted `0665` as the number 665, so a number is taken back to its four digits.
 */
export const koladaAreaId = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 9999 ? String(v).padStart(4, '0') : v),
  z.string({ error: 'Skriv id:t som fyra siffror inom citattecken, till exempel "0665".' }).regex(KOLADA_AREA, { error: 'Ett id i Kolada är fyra siffror, till exempel "0665" för en kommun, "0006" för ett län och "0000" för riket.' }),
);

/** An area the indicator pages compare the municipality with. */
export const comparisonAreaSchema = z
  .object({
    /** The area's id in Kolada. Example: `id: "0000"` */
    id: koladaAreaId,
    /** The name shown at its line in the chart, in tables and in downloads. Example: `name: Riket` */
    name: z.string({ error: 'Skriv områdets namn, till exempel name: Riket.' }).min(2, { error: 'Skriv områdets namn, till exempel name: Riket.' }),
  })
  .strict();

/**
 * `content/settings.yaml`: facts only the municipality knows. Leave a value out rather than
 * guess it: the site then says the fact is missing, and the data catalogue names what it needs.
 */
export const settingsSchema = z
  .object({
    /** The publishing body. Example: `organisation: Vaggeryds kommun` */
    organisation: z.string().min(2),
    /** Organisation number (organisationsnummer), `NNNNNN-NNNN`; used in the data catalogue. Example: `organisationNumber: 212000-0000` */
    organisationNumber: z
      .string()
      .regex(/^\d{6}-\d{4}$/, { error: 'Skriv organisationsnumret som 212000-0000 (sex siffror, bindestreck, fyra siffror).' })
      .optional(),
    /** The organisation's web site. Example: `homepage: https://www.vaggeryd.se` */
    homepage: z.url({ protocol: WEB_PROTOCOL }),
    /** E-mail for questions about the data and the site (contact point in the catalogue). Example: `contactEmail: kommun@example.se` */
    contactEmail: z.email({ error: 'Skriv en e-postadress, till exempel kommun@example.se.' }).optional(),
    /** A web page with contact details, shown when no e-mail is given. Example: `contactUrl: https://www.vaggeryd.se/kontakt` */
    contactUrl: z.url({ protocol: WEB_PROTOCOL }).optional(),
    /** The public source repository of the site, when there is one; the footer links to it. Example: `repository: https://github.com/…/oppen-maluppfoljning` */
    repository: z.url({ protocol: WEB_PROTOCOL }).optional(),
    /**
     * Whether the assessment method is proposed or adopted. Leave out (or write `status: proposed`)
     * while no decision has adopted it. Example:
     * ```yaml
     * method:
     *   status: adopted
     *   decision: beslutets-id
     * ```
     */
    method: methodStatusSchema.default({ status: 'proposed' }),
    /**
     * The licence of the data: its name and address. Leave out for CC0. Example:
     * ```yaml
     * licence:
     *   name: CC BY 4.0
     *   url: http://creativecommons.org/licenses/by/4.0/
     * ```
     */
    licence: z
      .object({
        /** The licence's name as residents read it. Example: `name: CC0 1.0 Universell` */
        name: z.string().min(2),
        /**
         * The licence's address, as the data portal wants it: a Creative Commons licence exactly as
         * `http://creativecommons.org/…/` (http, and a slash at the end). Example: `url: http://creativecommons.org/publicdomain/zero/1.0/`
         */
        url: z.url({ protocol: WEB_PROTOCOL }),
      })
      .strict()
      .default({ name: 'CC0 1.0 Universell', url: 'http://creativecommons.org/publicdomain/zero/1.0/' }),
    /**
     * The municipality's own id in Kolada: SCB's four-digit municipality code, in quotes. The
     * Kolada import fetches the municipality's values with it. Example: `municipalityCode: "0665"`
     */
    municipalityCode: koladaAreaId.optional(),
    /**
     * The areas the indicator pages compare the municipality with, in the order they are listed:
     * each with its Kolada id and its name. Values for them are kept in
     * `data/comparisons/<indikator>.csv` (the Kolada import fetches them). Example:
     * ```yaml
     * comparisons:
     *   - id: "0000"
     *     name: Riket
     *   - id: "0006"
     *     name: Jönköpings län
     * ```
     */
    comparisons: z.array(comparisonAreaSchema, { error: 'Skriv jämförelseområdena som en lista, en rad per område som börjar med "- id:".' }).default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    const seen = new Map<string, number>();
    s.comparisons.forEach((area, i) => {
      const earlier = seen.get(area.id);
      if (earlier !== undefined)
        ctx.addIssue({ code: 'custom', path: ['comparisons', i, 'id'], message: `Området ${area.id} står redan som nummer ${earlier + 1} i listan: ta bort det ena.` });
      else seen.set(area.id, i);
      if (area.id === s.municipalityCode)
        ctx.addIssue({ code: 'custom', path: ['comparisons', i, 'id'], message: `${area.id} är kommunens eget id (municipalityCode): kommunens egna värden visas alltid, jämför bara med andra områden.` });
    });
  });

export type Settings = z.output<typeof settingsSchema>;
export type MethodStatus = z.output<typeof methodStatusSchema>;
export type ComparisonArea = z.output<typeof comparisonAreaSchema>;

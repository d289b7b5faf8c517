import { z } from 'zod';
import { slug } from './common.ts';

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
    homepage: z.url(),
    /** E-mail for questions about the data and the site (contact point in the catalogue). Example: `contactEmail: kommun@example.se` */
    contactEmail: z.email({ error: 'Skriv en e-postadress, till exempel kommun@example.se.' }).optional(),
    /** A web page with contact details, shown when no e-mail is given. Example: `contactUrl: https://www.vaggeryd.se/kontakt` */
    contactUrl: z.url().optional(),
    /** The public source repository of the site, when there is one; the footer links to it. Example: `repository: https://github.com/…/oppen-maluppfoljning` */
    repository: z.url().optional(),
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
        url: z.url(),
      })
      .strict()
      .default({ name: 'CC0 1.0 Universell', url: 'http://creativecommons.org/publicdomain/zero/1.0/' }),
  })
  .strict();

export type Settings = z.output<typeof settingsSchema>;
export type MethodStatus = z.output<typeof methodStatusSchema>;

import { z } from 'zod';
import { WEB_PROTOCOL } from './common.ts';

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
  })
  .strict();

export type Settings = z.output<typeof settingsSchema>;

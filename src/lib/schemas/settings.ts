import { z } from 'zod';

/**
 * `content/settings.yaml`: facts only the municipality knows. Leave a value out rather than
 * guess it: the site then says the fact is missing, and the data catalogue names what it needs.
 */
export const settingsSchema = z
  .object({
    /** The publishing body. */
    organisation: z.string().min(2),
    /** Organisation number (organisationsnummer), `NNNNNN-NNNN`; used in the data catalogue. */
    organisationNumber: z
      .string()
      .regex(/^\d{6}-\d{4}$/, { error: 'Skriv organisationsnumret som 212000-0000 (sex siffror, bindestreck, fyra siffror).' })
      .optional(),
    /** The organisation's web site. */
    homepage: z.url(),
    /** E-mail for questions about the data and the site (contact point in the catalogue). */
    contactEmail: z.email({ error: 'Skriv en e-postadress, till exempel kommun@example.se.' }).optional(),
    /** A web page with contact details, shown when no e-mail is given. */
    contactUrl: z.url().optional(),
    /** The public source repository of the site, when there is one; the footer links to it. */
    repository: z.url().optional(),
    /** The licence of the data: an URL of the licence and its name. */
    licence: z
      .object({ name: z.string().min(2), url: z.url() })
      .strict()
      .default({ name: 'CC0 1.0 Universell', url: 'http://creativecommons.org/publicdomain/zero/1.0/' }),
  })
  .strict();

export type Settings = z.output<typeof settingsSchema>;

import { z } from 'zod';

/**
 * A date as staff write it: `2021-01-13`, or `2022-08` when only the month is known.
 * YAML readers may hand over a Date object for a full date; it is normalised back to text.
 */
export const dateText = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'Skriv datumet som text, till exempel 2021-01-13 (eller 2022-08 om bara månaden är känd).' })
    .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
      error: 'Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2021-01-13 (eller ÅÅÅÅ-MM om dagen inte är känd).',
    }),
);

/** Goal number 1–4, as the council numbers its goals. */
export const goalNumber = z
  .number({ error: 'Skriv målets nummer, 1, 2, 3 eller 4.' })
  .int({ error: 'Målnumret ska vara ett heltal, 1–4.' })
  .min(1, { error: 'Det finns bara mål 1–4.' })
  .max(4, { error: 'Det finns bara mål 1–4.' });

/** An id used in file names and URLs: lower-case letters, digits and hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Använd små bokstäver a–z, siffror och bindestreck, till exempel larande-och-utbildning.' });

/** `true` while the content is example data, not published statistics or a real decision. */
export const exampleFlag = z.boolean({ error: 'Skriv true eller false.' }).default(false);

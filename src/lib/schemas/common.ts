import { z } from 'zod';

const DATE_FORM = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** Whether a `ÅÅÅÅ-MM-DD` date is a day in the calendar (`2023-02-31` is not). Other forms pass. */
export function dateExists(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m || !DATE_FORM.test(text)) return true;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A date as staff write it: `2021-01-13`, or `2022-08` when only the month is known.
 * YAML readers may hand over a Date object for a full date; it is normalised back to text.
 * The date must exist: `2023-02-31` is reported, not turned into 3 March.
 */
export const dateText = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'Skriv datumet som text, till exempel 2021-01-13 (eller 2022-08 om bara månaden är känd).' })
    .regex(DATE_FORM, {
      error: 'Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2021-01-13 (eller ÅÅÅÅ-MM om dagen inte är känd).',
    })
    .refine(dateExists, { error: 'Datumet finns inte i kalendern.' }),
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

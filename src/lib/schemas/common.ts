import { z } from 'zod';
import { dateOf, parseDate, type CalendarDate } from '../date.ts';

/** A key figure's id in Kolada: a capital letter and five digits (N15428). */
export const KOLADA_KPI = /^[A-Z]\d{5}$/;

/** An area's id in Kolada: four digits (0665 a municipality, 0006 a county, 0000 Sweden). */
export const KOLADA_AREA = /^\d{4}$/;

/**
 * A date as staff write it: `2021-01-13`, or `2022-08` when only the month is known, read into a
 * `CalendarDate`. YAML readers may hand over a Date object for a full date; it is taken as that
 * day. The date must exist: `2023-02-31` is reported, not turned into 3 March.
 */
export const dateText = z.preprocess(
  (v) => (v instanceof Date ? dateOf(v).text : v),
  z.string({ error: 'Skriv datumet som text, till exempel 2021-01-13 (eller 2022-08 om bara månaden är känd).' }).transform((v, ctx): CalendarDate => {
    const date = parseDate(v);
    if (date) return date;
    const form = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(v.trim());
    ctx.addIssue({
      code: 'custom',
      message: form ? 'Datumet finns inte i kalendern.' : 'Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2021-01-13 (eller ÅÅÅÅ-MM om dagen inte är känd).',
    });
    return z.NEVER;
  }),
);

/**
 * A month as staff write it: `2025-03`, read into a `CalendarDate` without a day. A whole date
 * (which YAML readers hand over as a Date object) is reported: the log is kept per month.
 */
export const monthText = z.preprocess(
  (v) => (v instanceof Date ? dateOf(v).text : v),
  z.string({ error: 'Skriv månaden som text, ÅÅÅÅ-MM, till exempel 2025-03.' }).transform((v, ctx): CalendarDate => {
    const date = /^\d{4}-(0[1-9]|1[0-2])$/.test(v.trim()) ? parseDate(v) : null;
    if (date) return date;
    ctx.addIssue({
      code: 'custom',
      message: parseDate(v) ? `Skriv bara år och månad, ${v.trim().slice(0, 7)}: loggen förs per månad.` : 'Månaden ska skrivas ÅÅÅÅ-MM, till exempel 2025-03.',
    });
    return z.NEVER;
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

/**
 * The schemes a web address in a field may have: http and https. zod's `z.url()` alone also takes
 * `javascript:alert(1)` and `data:…`, which are valid URLs but no web page to link to.
 */
export const WEB_PROTOCOL = /^https?$/;

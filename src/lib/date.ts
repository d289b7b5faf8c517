/**
 * Calendar dates as staff write them in front matter: a day (`2021-01-13`), or a month
 * (`2022-08`) when the day is not known. Parsed once, when the file is read, and carried as a
 * `CalendarDate`; nothing else slices date strings.
 */

/** Swedish month names, January first. */
export const MONTH_NAMES = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'] as const;

export interface CalendarDate {
  /** As written and published: `2021-01-13` or `2022-08`. */
  text: string;
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31, or null when only the month is known. */
  day: number | null;
}

const FORM = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;

/** Parses `ÅÅÅÅ-MM-DD` or `ÅÅÅÅ-MM`; null for any other text or a day not in the calendar (`2023-02-31`). */
export function parseDate(text: string): CalendarDate | null {
  const m = FORM.exec(text.trim());
  if (!m) return null;
  const [year, month] = [Number(m[1]), Number(m[2])];
  const day = m[3] === undefined ? null : Number(m[3]);
  if (day !== null) {
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCMonth() !== month - 1) return null;
  }
  return { text: m[0], year, month, day };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The UTC day of a JavaScript date (a YAML reader's Date, the build clock). */
export function dateOf(d: Date): CalendarDate {
  return { text: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A day from its parts. */
export function makeDay(year: number, month: number, day: number): CalendarDate {
  return { text: `${year}-${pad(month)}-${pad(day)}`, year, month, day };
}

/** The first day the date can mean: the day itself, or the 1st of a month-only date. */
export function firstDay(d: CalendarDate): CalendarDate {
  return d.day === null ? makeDay(d.year, d.month, 1) : d;
}

/** The last day the date can mean: the day itself, or the last day of a month-only date. */
export function lastDay(d: CalendarDate): CalendarDate {
  return d.day === null ? makeDay(d.year, d.month, new Date(Date.UTC(d.year, d.month, 0)).getUTCDate()) : d;
}

/** Orders two dates by their first day; negative when a is earlier. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  const x = firstDay(a);
  const y = firstDay(b);
  return x.year - y.year || x.month - y.month || (x.day ?? 1) - (y.day ?? 1);
}

/** `2024-05-15T00:00:00Z`: a date as RFC 3339 midnight UTC (a month-only date as its first day). */
export function rfc3339(d: CalendarDate): string {
  return `${firstDay(d).text}T00:00:00Z`;
}

/** "13 januari 2021", or "augusti 2022" when only the month is known. */
export function dateWords(d: CalendarDate): string {
  const month = MONTH_NAMES[d.month - 1];
  return d.day === null ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

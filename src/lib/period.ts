/**
 * Periods as staff write them in `data/indicators/<id>.csv`:
 * a year (`2023`), a tertial (`2023-T1` … `2023-T3`) or a month (`2023-01` … `2023-12`).
 * A period is parsed once, when the file is read, and travels as a `Period`; the method
 * (docs/method.md, step 1) turns each into a number of years, its `time`.
 */
import { makeDay, MONTH_NAMES, type CalendarDate } from './date.ts';

export type PeriodKind = 'year' | 'tertial' | 'month';

export interface Period {
  /** Canonical text: `2023`, `2023-T2`, `2023-04`. */
  key: string;
  kind: PeriodKind;
  year: number;
  /** 0 for a year, 1–3 for a tertial, 1–12 for a month. */
  part: number;
  /** The method's step 1: 2023 → 2023, 2023-T2 → 2023 + 1/3, 2023-04 → 2023 + 3/12. */
  time: number;
}

const YEAR = /^(\d{4})$/;
const TERTIAL = /^(\d{4})-[Tt]([1-3])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Parses a period; returns null when the text is none of the three kinds. */
export function parsePeriod(text: string): Period | null {
  const s = text.trim();
  let m = YEAR.exec(s);
  if (m) return makePeriod('year', Number(m[1]), 0);
  m = TERTIAL.exec(s);
  if (m) return makePeriod('tertial', Number(m[1]), Number(m[2]));
  m = MONTH.exec(s);
  if (m) return makePeriod('month', Number(m[1]), Number(m[2]));
  return null;
}

export function makePeriod(kind: PeriodKind, year: number, part: number): Period {
  switch (kind) {
    case 'year':
      return { key: String(year), kind, year, part: 0, time: year };
    case 'tertial':
      return { key: `${year}-T${part}`, kind, year, part, time: year + (part - 1) / 3 };
    case 'month':
      return { key: `${year}-${String(part).padStart(2, '0')}`, kind, year, part, time: year + (part - 1) / 12 };
  }
}

/** Number of parts in one year for a period kind. */
export const PARTS_PER_YEAR: Record<PeriodKind, number> = { year: 1, tertial: 3, month: 12 };

/** The last period of `year` in a kind: 2026, 2026-T3, 2026-12. */
export const lastPeriodOfYear = (kind: PeriodKind, year: number): Period => makePeriod(kind, year, kind === 'year' ? 0 : PARTS_PER_YEAR[kind]);

/** The period `steps` parts after `p` (negative steps go back). */
export function shiftPeriod(p: Period, steps: number): Period {
  if (p.kind === 'year') return makePeriod('year', p.year + steps, 0);
  const n = PARTS_PER_YEAR[p.kind];
  const index = p.year * n + (p.part - 1) + steps;
  return makePeriod(p.kind, Math.floor(index / n), (((index % n) + n) % n) + 1);
}

/** Every period from `first` to `last` inclusive (same kind). */
export function periodRange(first: Period, last: Period): Period[] {
  const out: Period[] = [];
  for (let p = first; p.time <= last.time + 1e-9; p = shiftPeriod(p, 1)) out.push(p);
  return out;
}

const MONTHS_SHORT = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** Swedish words for a period, for running text: "2023", "tertial 2 2023", "april 2023". */
export function periodLabel(p: Period): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'tertial':
      return `tertial ${p.part} ${p.year}`;
    case 'month':
      return `${MONTH_NAMES[p.part - 1]} ${p.year}`;
  }
}

/** Short Swedish label for chart axes: "2023", "T2 2023", "apr 2023". */
export function periodShortLabel(p: Period): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'tertial':
      return `T${p.part} ${p.year}`;
    case 'month':
      return `${MONTHS_SHORT[p.part - 1]} ${p.year}`;
  }
}

/** Swedish name of a period kind, for messages: "år", "tertial", "månad". */
export const PERIOD_KIND_LABEL: Record<PeriodKind, string> = { year: 'år', tertial: 'tertial', month: 'månad' };

/** Turns a time in years (the method's step 1) back into words, for the nearest period of a kind. */
export function timeLabel(time: number, kind: PeriodKind): string {
  const n = PARTS_PER_YEAR[kind];
  const index = Math.round(time * n);
  const year = Math.floor(index / n);
  const part = kind === 'year' ? 0 : (index % n) + 1;
  return periodLabel(makePeriod(kind, year, part));
}

/** The time at which a period has ended: 2023 → 2024, 2023-T1 → 2023 + 1/3, 2023-04 → 2023 + 4/12. */
export function periodEnd(p: Period): number {
  return p.time + 1 / PARTS_PER_YEAR[p.kind];
}

/** The period's first and last day: 2023 → 2023-01-01 … 2023-12-31, 2023-T2 → 2023-05-01 … 2023-08-31. */
export function periodDays(p: Period): { first: CalendarDate; last: CalendarDate } {
  const months = 12 / PARTS_PER_YEAR[p.kind];
  const firstMonth = p.kind === 'year' ? 1 : (p.part - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return {
    first: makeDay(p.year, firstMonth, 1),
    last: makeDay(p.year, lastMonth, new Date(Date.UTC(p.year, lastMonth, 0)).getUTCDate()),
  };
}

/**
 * The kinds of follow-up (uppföljning) and what follows from each: its file name, its label, the
 * period it reports on and the words that say so. One table; nothing else decodes a kind.
 */
import { makeDay, type CalendarDate } from './date.ts';
import { makePeriod, type Period } from './period.ts';

export const FOLLOW_UP_KINDS = ['tertial-1', 'tertial-2', 'arsredovisning'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

interface KindFacts {
  /** The part of the file name and URL after the year: `2024-t1`. */
  slug: string;
  /** "Tertial 1"; with the year: "Tertial 1 2024". */
  label: string;
  /**
   * The tertial whose end is the follow-up's reference time. The annual report closes tertial 3:
   * taking the year itself would put it before tertial 2, so the reference time would step back
   * when the annual report is published and a series could turn stale and fresh again.
   */
  tertial: 1 | 2 | 3;
  /** The first month of the time it reports on: January, May for tertial 2 (the annual report covers the year). */
  firstMonth: number;
  /** One sentence for residents: what the follow-up shows. */
  situation: string;
}

export const FOLLOW_UP_KIND: Readonly<Record<FollowUpKind, KindFacts>> = {
  'tertial-1': { slug: 't1', label: 'Tertial 1', tertial: 1, firstMonth: 1, situation: 'Läget per april, efter årets första tertial (januari–april).' },
  'tertial-2': { slug: 't2', label: 'Tertial 2', tertial: 2, firstMonth: 5, situation: 'Läget per augusti, efter årets andra tertial (maj–augusti).' },
  arsredovisning: { slug: 'ar', label: 'Årsredovisning', tertial: 3, firstMonth: 1, situation: 'Årsredovisningen: läget för hela året.' },
};

/** `2024-t1`, `2024-t2`, `2024-ar`: the file name (without `.md`) and the URL segment. */
export const followUpId = (year: number, kind: FollowUpKind) => `${year}-${FOLLOW_UP_KIND[kind].slug}`;

/** The year and kind a follow-up id names, or null when it names none. */
export function parseFollowUpId(id: string): { year: number; kind: FollowUpKind } | null {
  const m = /^(\d{4})-([a-z0-9]+)$/.exec(id);
  const kind = m && FOLLOW_UP_KINDS.find((k) => FOLLOW_UP_KIND[k].slug === m[2]);
  return m && kind ? { year: Number(m[1]), kind } : null;
}

/** The period a follow-up reports on, as the method's reference time (see `KindFacts.tertial`). */
export const followUpPeriod = (year: number, kind: FollowUpKind): Period => makePeriod('tertial', year, FOLLOW_UP_KIND[kind].tertial);

/** "Tertial 1 2024", "Tertial 2 2024", "Årsredovisning 2024". */
export const followUpLabel = (year: number, kind: FollowUpKind) => `${FOLLOW_UP_KIND[kind].label} ${year}`;

/** The first day of the time a follow-up reports on. */
export const followUpStart = (year: number, kind: FollowUpKind): CalendarDate => makeDay(year, FOLLOW_UP_KIND[kind].firstMonth, 1);

/** Sorts follow-ups oldest first: by year, then tertial 1, tertial 2, annual report. */
export const followUpOrder = (f: { year: number; kind: FollowUpKind }) => f.year * 10 + FOLLOW_UP_KINDS.indexOf(f.kind);

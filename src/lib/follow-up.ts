/**
 * The kinds of follow-up (uppföljning) and what follows from each: its file name, its label, the
 * period it reports on and the words that say so. One table; nothing else decodes a kind.
 *
 * Two families: the *regular* follow-ups (tertial 1, tertial 2, the annual report) judge every
 * goal at the end of a tertial and set the method's reference time; an *extra* follow-up (for
 * example when a large survey is presented) comments on some goals or indicators on a day of its
 * own and never replaces the latest regular assessment.
 */
import { makeDay, type CalendarDate } from './date.ts';
import { makePeriod, type Period } from './period.ts';

/** The follow-ups that judge every goal and set the reference time, in their order within a year. */
export const REGULAR_FOLLOW_UP_KINDS = ['tertial-1', 'tertial-2', 'arsredovisning'] as const;
export type RegularFollowUpKind = (typeof REGULAR_FOLLOW_UP_KINDS)[number];

export const FOLLOW_UP_KINDS = [...REGULAR_FOLLOW_UP_KINDS, 'extra'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** Whether a kind is one of the regular follow-ups (not `extra`). */
export const isRegularKind = (kind: FollowUpKind): kind is RegularFollowUpKind => kind !== 'extra';

interface KindFacts {
  /** The part of the file name and URL after the year: `2024-t1`; an extra follow-up adds its own name: `2025-extra-lupp`. */
  slug: string;
  /** "Tertial 1"; with the year: "Tertial 1 2024". An extra follow-up is called by its own title. */
  label: string;
  /**
   * The tertial whose end is the follow-up's reference time. The annual report closes tertial 3:
   * taking the year itself would put it before tertial 2, so the reference time would step back
   * when the annual report is published and a series could turn stale and fresh again. Null for
   * an extra follow-up: it sets no reference time.
   */
  tertial: 1 | 2 | 3 | null;
  /** The first month of the time it reports on: January, May for tertial 2 (the annual report covers the year). */
  firstMonth: number;
  /** One sentence for residents: what the follow-up shows. */
  situation: string;
}

export const FOLLOW_UP_KIND: Readonly<Record<FollowUpKind, KindFacts>> = {
  'tertial-1': { slug: 't1', label: 'Tertial 1', tertial: 1, firstMonth: 1, situation: 'Läget per april, efter årets första tertial (januari–april).' },
  'tertial-2': { slug: 't2', label: 'Tertial 2', tertial: 2, firstMonth: 5, situation: 'Läget per augusti, efter årets andra tertial (maj–augusti).' },
  arsredovisning: { slug: 'ar', label: 'Årsredovisning', tertial: 3, firstMonth: 1, situation: 'Årsredovisningen: läget för hela året.' },
  extra: { slug: 'extra', label: 'Extra uppföljning', tertial: null, firstMonth: 1, situation: 'En extra uppföljning av en del av målen under året, till exempel när en större undersökning presenteras. Den ersätter inte bedömningen vid tertialen och årsredovisningen.' },
};

/**
 * `2024-t1`, `2024-t2`, `2024-ar`: the file name (without `.md`) and the URL segment. An extra
 * follow-up's id also has its own name after `extra-`: `2025-extra-lupp`.
 */
export const followUpId = (year: number, kind: FollowUpKind, name?: string) => `${year}-${FOLLOW_UP_KIND[kind].slug}${kind === 'extra' ? `-${name ?? 'namn'}` : ''}`;

/** The year and kind a follow-up id names (and an extra follow-up's own name), or null when it names none. */
export function parseFollowUpId(id: string): { year: number; kind: FollowUpKind; name?: string } | null {
  const extra = /^(\d{4})-extra-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(id);
  if (extra) return { year: Number(extra[1]), kind: 'extra', name: extra[2]! };
  const m = /^(\d{4})-([a-z0-9]+)$/.exec(id);
  const kind = m && REGULAR_FOLLOW_UP_KINDS.find((k) => FOLLOW_UP_KIND[k].slug === m[2]);
  return m && kind ? { year: Number(m[1]), kind } : null;
}

/** The period a regular follow-up reports on, as the method's reference time (see `KindFacts.tertial`). */
export const followUpPeriod = (year: number, kind: RegularFollowUpKind): Period => makePeriod('tertial', year, FOLLOW_UP_KIND[kind].tertial!);

/** "Tertial 1 2024", "Tertial 2 2024", "Årsredovisning 2024". */
export const followUpLabel = (year: number, kind: RegularFollowUpKind) => `${FOLLOW_UP_KIND[kind].label} ${year}`;

/** The first day of the time a follow-up reports on. */
export const followUpStart = (year: number, kind: FollowUpKind): CalendarDate => makeDay(year, FOLLOW_UP_KIND[kind].firstMonth, 1);

/** Sorts regular follow-ups oldest first: by year, then tertial 1, tertial 2, annual report. */
export const followUpOrder = (f: { year: number; kind: FollowUpKind }) => f.year * 10 + FOLLOW_UP_KINDS.indexOf(f.kind);

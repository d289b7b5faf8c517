/**
 * The action plan (handlingsplan): the statuses an activity's monthly log can have, and how the
 * log becomes what the site shows now. One table; nothing else decodes a status.
 *
 * The memo behind the site says that what no single committee can handle alone is prioritised
 * across sectors through an action plan whose activities are followed up monthly. So a log that
 * has fallen behind is itself news: such an activity is shown as "ej uppföljd", never as on track.
 */
import type { CalendarDate } from './date.ts';
import { listWords } from './format.ts';
import type { ActivityMeta, LogEntry } from './schemas/activity.ts';

/** The statuses staff write in the log, in the order a list of counts shows them. */
export const ACTIVITY_STATUSES = ['in-progress', 'delayed', 'not-started', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** What the site shows: a logged status, or `not-followed-up` when the log has fallen behind. */
export type ShownActivityStatus = ActivityStatus | 'not-followed-up';
export const SHOWN_ACTIVITY_STATUSES: readonly ShownActivityStatus[] = [...ACTIVITY_STATUSES, 'not-followed-up'];

/**
 * The colour family of a status; the symbol and the words always come with it. `neutral` is a
 * plain outline: "not started" is neither good nor bad, and must not look like missing data.
 */
export type ActivityTone = 'good' | 'mid' | 'bad' | 'none' | 'neutral';

interface StatusFacts {
  /** The word staff write in the log, as the memo's language has it. */
  word: string;
  /** As shown on pages and in downloads. */
  label: string;
  tone: ActivityTone;
  /** A final status ends the log: nothing may follow it, and the activity never falls behind. */
  final: boolean;
}

export const ACTIVITY_STATUS: Readonly<Record<ShownActivityStatus, StatusFacts>> = {
  'in-progress': { word: 'pågår', label: 'Pågår', tone: 'good', final: false },
  delayed: { word: 'försenad', label: 'Försenad', tone: 'mid', final: false },
  'not-started': { word: 'ej påbörjad', label: 'Ej påbörjad', tone: 'neutral', final: false },
  done: { word: 'klar', label: 'Klar', tone: 'good', final: true },
  cancelled: { word: 'avbruten', label: 'Avbruten', tone: 'bad', final: true },
  'not-followed-up': { word: 'ej uppföljd', label: 'Ej uppföljd', tone: 'none', final: false },
};

/** The words staff may write, in the order the guide lists them. */
export const ACTIVITY_STATUS_WORDS = ['ej påbörjad', 'pågår', 'klar', 'försenad', 'avbruten'] as const;

/** "ej påbörjad, pågår, klar, försenad eller avbruten". */
export const statusWordList = () => listWords(ACTIVITY_STATUS_WORDS, 'eller');

/**
 * The status a written word means: the word in any case, with `-` for a space, or the code.
 * Null for anything else (the schema then suggests the closest word).
 */
export function statusFromWord(text: string): ActivityStatus | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return ACTIVITY_STATUSES.find((code) => code === s || ACTIVITY_STATUS[code].word === s || ACTIVITY_STATUS[code].word.replace(/ /g, '-') === s) ?? null;
}

/** A month as one number, so that months compare and subtract: 2025-03 → 2025 × 12 + 2. */
export const monthNumber = (d: Pick<CalendarDate, 'year' | 'month'>) => d.year * 12 + (d.month - 1);

/**
 * How many whole months before the build's month a log entry still counts as recent. The status
 * for a month is usually written early in the next month, so on 2 March an entry for January is
 * still recent; with nothing for January, February or March the activity is "ej uppföljd".
 */
export const FOLLOW_UP_WINDOW_MONTHS = 2;

const WINDOW_COUNT = ['', 'en', 'två', 'tre', 'fyra'][FOLLOW_UP_WINDOW_MONTHS] ?? String(FOLLOW_UP_WINDOW_MONTHS);

/** The window in words, for residents: "den här månaden eller de två månaderna före". */
export const FOLLOW_UP_WINDOW_WORDS = `den här månaden eller de ${WINDOW_COUNT} månaderna före`;

/** The rule in words, for the downloads and the data page. */
export const NOT_FOLLOWED_UP_RULE = `En aktivitet som inte är klar eller avbruten och som inte har någon rad i loggen för byggdagens månad eller de ${WINDOW_COUNT} hela månaderna före den visas som ej uppföljd (not-followed-up), aldrig som att den går enligt plan. En aktivitet som startar senare än så behöver ingen rad ännu. Den senast loggade statusen står i latestStatus.`;

export interface ActivityState {
  /** What the site shows now. */
  status: ShownActivityStatus;
  /** The newest log entry, or null when there is none. */
  latest: LogEntry | null;
}

/**
 * What an activity's log says at the build's day. The newest entry's status, except:
 * - nothing logged for the build's month or the two whole months before it → "ej uppföljd";
 * - unless the newest entry is final (klar, avbruten): a finished activity needs no more entries;
 * - unless the activity starts after that window: no entry is due yet ("ej påbörjad" when none).
 * The build date is passed in: nothing here reads the clock.
 */
export function activityState(meta: Pick<ActivityMeta, 'start' | 'log'>, buildDate: CalendarDate): ActivityState {
  const latest = meta.log.at(-1) ?? null;
  const oldestRecent = monthNumber(buildDate) - FOLLOW_UP_WINDOW_MONTHS;
  if (latest && (ACTIVITY_STATUS[latest.status].final || monthNumber(latest.month) >= oldestRecent)) return { status: latest.status, latest };
  if (monthNumber(meta.start) > oldestRecent) return { status: latest?.status ?? 'not-started', latest };
  return { status: 'not-followed-up', latest };
}

/** How many activities have each shown status; every status is present, zero or not. */
export type ActivityCounts = Record<ShownActivityStatus, number>;

export function countStatuses(states: readonly { status: ShownActivityStatus }[]): ActivityCounts {
  const counts = Object.fromEntries(SHOWN_ACTIVITY_STATUSES.map((s) => [s, 0])) as ActivityCounts;
  for (const { status } of states) counts[status]++;
  return counts;
}

/**
 * "3 aktiviteter: 2 pågår, 1 ej uppföljd", or "Inga aktiviteter." Statuses with no activity are
 * left out; the order is the table's.
 */
export function describeActivityCounts(counts: ActivityCounts): string {
  const total = SHOWN_ACTIVITY_STATUSES.reduce((n, s) => n + counts[s], 0);
  if (total === 0) return 'Inga aktiviteter.';
  const parts = SHOWN_ACTIVITY_STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${ACTIVITY_STATUS[s].word}`);
  return `${total} ${total === 1 ? 'aktivitet' : 'aktiviteter'}: ${parts.join(', ')}.`;
}

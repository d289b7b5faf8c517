/** The action plan's statuses and how a monthly log becomes the status shown at the build's day. */
import { describe, expect, test } from 'vitest';
import { ACTIVITY_STATUS, ACTIVITY_STATUSES, activityState, countStatuses, describeActivityCounts, statusFromWord, type ActivityStatus } from '../src/lib/activity.ts';
import { makeDay, parseDate, type CalendarDate } from '../src/lib/date.ts';

const month = (text: string): CalendarDate => parseDate(text)!;
const log = (...entries: [string, ActivityStatus][]) => entries.map(([m, status]) => ({ month: month(m), status, comment: 'Kommentar.' }));

describe('activityState: what a log says at the build’s day', () => {
  // Built on 15 March 2026: entries for January, February or March are recent.
  const built = makeDay(2026, 3, 15);
  test.each([
    ['an entry for the build’s month counts', '2025-06', log(['2026-03', 'in-progress']), 'in-progress'],
    ['an entry for the month before counts', '2025-06', log(['2026-02', 'delayed']), 'delayed'],
    ['an entry two whole months back still counts (written early in the next month)', '2025-06', log(['2026-01', 'in-progress']), 'in-progress'],
    ['nothing for January, February or March is "ej uppföljd", never on track', '2025-06', log(['2025-11', 'in-progress'], ['2025-12', 'in-progress']), 'not-followed-up'],
    ['an old "ej påbörjad" is "ej uppföljd" too', '2025-06', log(['2025-06', 'not-started']), 'not-followed-up'],
    ['a started activity with no entry at all is "ej uppföljd"', '2025-06', [], 'not-followed-up'],
    ['a finished activity needs no more entries', '2025-06', log(['2025-05', 'in-progress'], ['2025-08', 'done']), 'done'],
    ['a cancelled activity needs no more entries', '2025-06', log(['2025-08', 'cancelled']), 'cancelled'],
    ['one that starts after the window has no entry due yet', '2026-02', [], 'not-started'],
    ['one that starts in the future is "ej påbörjad"', '2026-09', [], 'not-started'],
    ['one that starts just after the window keeps its own early entry', '2026-02', log(['2026-02', 'in-progress']), 'in-progress'],
  ])('%s', (_name, start, entries, expected) => {
    expect(activityState({ start: month(start), log: entries }, built).status).toBe(expected);
  });

  test('the newest entry travels with the status, also when the activity is "ej uppföljd"', () => {
    const state = activityState({ start: month('2025-01'), log: log(['2025-10', 'in-progress'], ['2025-11', 'delayed']) }, built);
    expect(state).toMatchObject({ status: 'not-followed-up', latest: { status: 'delayed', month: { text: '2025-11' } } });
  });

  test('the window counts months across a new year', () => {
    const january = makeDay(2026, 1, 2);
    expect(activityState({ start: month('2025-01'), log: log(['2025-11', 'in-progress']) }, january).status).toBe('in-progress');
    expect(activityState({ start: month('2025-01'), log: log(['2025-10', 'in-progress']) }, january).status).toBe('not-followed-up');
  });
});

describe('status words', () => {
  test.each([
    ['pågår', 'in-progress'],
    ['Pågår', 'in-progress'],
    ['ej påbörjad', 'not-started'],
    ['ej-påbörjad', 'not-started'],
    ['Ej  påbörjad', 'not-started'],
    ['klar', 'done'],
    ['försenad', 'delayed'],
    ['avbruten', 'cancelled'],
    ['done', 'done'],
  ])('"%s" is %s', (word, code) => expect(statusFromWord(word)).toBe(code));

  test.each(['ej uppföljd', 'not-followed-up', 'klart', 'på gång', ''])('"%s" is no status staff can write', (word) => expect(statusFromWord(word)).toBeNull());

  test('every status staff write has a word, and only klar and avbruten are final', () => {
    expect(ACTIVITY_STATUSES.map((s) => ACTIVITY_STATUS[s].word).sort()).toEqual(['avbruten', 'ej påbörjad', 'försenad', 'klar', 'pågår']);
    expect(ACTIVITY_STATUSES.filter((s) => ACTIVITY_STATUS[s].final).sort()).toEqual(['cancelled', 'done']);
  });

  test('"ej uppföljd" and "ej påbörjad" never look alike: different tones', () => {
    expect(ACTIVITY_STATUS['not-followed-up'].tone).toBe('none');
    expect(ACTIVITY_STATUS['not-started'].tone).not.toBe('none');
  });
});

describe('counts', () => {
  test('every status is counted, zeros included, and the words leave zeros out', () => {
    const counts = countStatuses([{ status: 'in-progress' }, { status: 'in-progress' }, { status: 'not-followed-up' }]);
    expect(counts).toEqual({ 'in-progress': 2, delayed: 0, 'not-started': 0, done: 0, cancelled: 0, 'not-followed-up': 1 });
    expect(describeActivityCounts(counts)).toBe('3 aktiviteter: 2 pågår, 1 ej uppföljd.');
    expect(describeActivityCounts(countStatuses([{ status: 'done' }]))).toBe('1 aktivitet: 1 klar.');
    expect(describeActivityCounts(countStatuses([]))).toBe('Inga aktiviteter.');
  });
});

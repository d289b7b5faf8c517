import { describe, expect, test } from 'vitest';
import { compareDates, dateWords, lastDay, parseDate, rfc3339 } from '../src/lib/date.ts';

describe('parseDate', () => {
  test.each([
    ['2021-01-13', { text: '2021-01-13', year: 2021, month: 1, day: 13 }],
    ['2022-08', { text: '2022-08', year: 2022, month: 8, day: null }],
    ['2024-02-29', { text: '2024-02-29', year: 2024, month: 2, day: 29 }],
  ])('%s is a date', (text, date) => expect(parseDate(text)).toEqual(date));
  test.each(['2023-02-29', '2023-13', '2023-1-5', '13 januari 2021', ''])('%j is no date', (text) => expect(parseDate(text)).toBeNull());
});

describe('dates in words and in files', () => {
  test.each([
    ['2021-01-13', '13 januari 2021', '2021-01-13T00:00:00Z'],
    ['2022-08', 'augusti 2022', '2022-08-01T00:00:00Z'],
  ])('%s reads "%s" and is %s in a feed', (text, words, stamp) => {
    const d = parseDate(text)!;
    expect(dateWords(d)).toBe(words);
    expect(rfc3339(d)).toBe(stamp);
  });

  test('a month-only date lasts to the month’s last day, and orders by its first', () => {
    expect(lastDay(parseDate('2024-02')!).text).toBe('2024-02-29');
    expect(compareDates(parseDate('2024-02')!, parseDate('2024-02-01')!)).toBe(0);
    expect(compareDates(parseDate('2024-01-31')!, parseDate('2024-02')!)).toBeLessThan(0);
  });
});

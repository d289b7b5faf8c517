import { describe, expect, test } from 'vitest';
import { excerptParts, searchResultWords, SHOWN_RESULTS } from '../src/lib/search-words.ts';

describe('searchResultWords', () => {
  test.each([
    [0, 'Inga träffar för ”buss”. Pröva ett annat ord, eller använd listorna nedan.'],
    [1, '1 träff för ”buss”.'],
    [7, '7 träffar för ”buss”.'],
    [SHOWN_RESULTS + 14, `${SHOWN_RESULTS + 14} träffar för ”buss”. De ${SHOWN_RESULTS} första visas.`],
  ])('%i results', (n, words) => expect(searchResultWords(n, ' buss ')).toBe(words));
});

describe('excerptParts: an excerpt is shown as text, with only the found words marked', () => {
  test('marked words are parts of their own', () => {
    expect(excerptParts('närvaro i <mark>skolan</mark> och')).toEqual([
      { text: 'närvaro i ', mark: false },
      { text: 'skolan', mark: true },
      { text: ' och', mark: false },
    ]);
  });

  test('markup other than <mark> never becomes markup, and entities are read as the characters they stand for', () => {
    const parts = excerptParts('a &lt;script&gt; &amp; <b>b</b> <mark>c&amp;d</mark>');
    expect(parts.map((p) => p.text).join('')).toBe('a <script> & b c&d');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['c&d']);
  });
});

import { afterEach, describe, expect, test, vi } from 'vitest';
import { atomFeed, feedEntries } from '../../src/lib/export/atom.ts';
import { sampleContext, SITE } from '../helpers/sample-project.ts';

/**
 * A small XML well-formedness check (Node has no DOMParser): the declaration first, tags nest and
 * close in order, one root, attributes quoted and unique, and `&` and `<` only as markup or
 * entity/character references. Returns the elements as a tree for structure checks.
 */
interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

const decode = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );

function parseXml(xml: string): El {
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
  const body = xml.slice(xml.indexOf('?>') + 2);
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const stack: El[] = [];
  let root: El | null = null;
  let pos = 0;
  while (pos < body.length) {
    token.lastIndex = pos;
    const m = token.exec(body);
    if (!m) throw new Error(`not well-formed at ${JSON.stringify(body.slice(pos, pos + 40))}`);
    pos = token.lastIndex;
    const [, close, name, attrText, selfClose, text] = m;
    if (text !== undefined) {
      if (/&(?!(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) throw new Error(`bare & in ${JSON.stringify(text)}`);
      if (stack.length === 0) {
        if (text.trim() !== '') throw new Error('text outside the root');
      } else stack[stack.length - 1]!.text += decode(text);
      continue;
    }
    if (close) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (attrText ?? '').matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*"([^"]*)"/g)) {
      if (a[1]! in attrs) throw new Error(`attribute ${a[1]} twice`);
      if (/&(?!(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(a[2]!)) throw new Error(`bare & in attribute ${a[1]}`);
      attrs[a[1]!] = decode(a[2]!);
    }
    const el: El = { name: name!, attrs, children: [], text: '' };
    if (stack.length) stack[stack.length - 1]!.children.push(el);
    else if (root) throw new Error('two roots');
    else root = el;
    if (!selfClose) stack.push(el);
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1]!.name}> never closed`);
  if (!root) throw new Error('no root');
  return root;
}

const children = (el: El, name: string) => el.children.filter((c) => c.name === name);
const only = (el: El, name: string) => {
  const all = children(el, name);
  expect(all, `${el.name}/${name}`).toHaveLength(1);
  return all[0]!;
};
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

afterEach(() => {
  vi.useRealTimers();
});

describe('atomFeed', () => {
  const ctx = sampleContext();
  const xml = atomFeed(ctx);
  const feed = parseXml(xml);

  test('is a well-formed Atom 1.0 feed with id, title, updated, author and self link', () => {
    expect(feed.name).toBe('feed');
    expect(feed.attrs).toEqual({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'sv' });
    expect(only(feed, 'id').text).toBe(`${SITE}/feed.xml`);
    expect(only(feed, 'title').text).toBe('Öppen måluppföljning – Vaggeryds kommun');
    expect(only(feed, 'updated').text).toMatch(RFC3339);
    expect(only(only(feed, 'author'), 'name').text).toBe('Vaggeryds kommun');
    expect(children(feed, 'link').find((l) => l.attrs.rel === 'self')?.attrs.href).toBe(`${SITE}/feed.xml`);
  });

  test('every entry has exactly one id, title, updated and an absolute alternate link', () => {
    const entries = children(feed, 'entry');
    expect(entries).toHaveLength(4);
    const ids = new Set<string>();
    for (const e of entries) {
      const id = only(e, 'id').text;
      expect(id).toMatch(/^(https:\/\/|tag:[a-z0-9.-]+,\d{4}-\d{2}-\d{2}:)/);
      expect(ids.has(id)).toBe(false);
      ids.add(id);
      expect(only(e, 'title').text).not.toBe('');
      expect(only(e, 'updated').text).toMatch(RFC3339);
      expect(only(e, 'summary').text).not.toBe('');
      const alternate = children(e, 'link').filter((l) => (l.attrs.rel ?? 'alternate') === 'alternate');
      expect(alternate).toHaveLength(1);
      for (const l of children(e, 'link')) expect(l.attrs.href).toMatch(/^https:\/\//);
    }
  });

  test('lists follow-ups by publication date and data updates by last change, newest first; the feed is as new as its newest entry', () => {
    const entries = children(feed, 'entry').map((e) => ({ title: only(e, 'title').text, updated: only(e, 'updated').text, id: only(e, 'id').text }));
    expect(entries).toEqual([
      { title: 'Nya uppgifter: Andel elever i åk 9 som är behöriga till ett yrkesprogram', updated: '2024-03-02T00:00:00Z', id: 'tag:uppfoljning.example.se,2024-03-02:indikatorer/N15428' },
      { title: 'Nya uppgifter: Utsläpp av växthusgaser per invånare (exempel)', updated: '2024-01-10T00:00:00Z', id: 'tag:uppfoljning.example.se,2024-01-10:indikatorer/EX1' },
      { title: 'Tertial 2 2023 (exempel)', updated: '2023-09-01T00:00:00Z', id: `${SITE}/uppfoljning/2023-t2/` },
      { title: 'Tertial 1 2023', updated: '2023-05-15T00:00:00Z', id: `${SITE}/uppfoljning/2023-t1/` },
    ]);
    expect(only(feed, 'updated').text).toBe('2024-03-02T00:00:00Z');
  });

  test('an indicator whose last change is unknown, or without data, has no entry', () => {
    expect(xml).not.toContain('NODATA');
    const none = sampleContext({}, { N15428: null, EX1: null, NODATA: '2024-05-05' });
    expect(feedEntries(none).map((e) => e.category)).toEqual(['uppfoljning', 'uppfoljning']);
  });

  test('escapes text and summarises the latest value in Swedish', () => {
    expect(xml).toContain('målen följs upp &amp; kommenteras.');
    expect(xml).toContain('Senaste värde: −3,5 procent (tertial 3 2022).');
  });

  test('is deterministic: the clock and the order of the input do not matter', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01T12:00:00Z'));
    const later = atomFeed(ctx);
    vi.setSystemTime(new Date('1999-06-01T00:00:00Z'));
    const earlier = atomFeed(ctx);
    expect(later).toBe(xml);
    expect(earlier).toBe(xml);
    const shuffled = sampleContext();
    shuffled.project.indicators.reverse();
    shuffled.project.followUps.reverse();
    expect(atomFeed(shuffled)).toBe(xml);
  });

  test('a feed without entries is still valid and dated by the build', () => {
    const empty = sampleContext({}, {});
    empty.project.followUps = [];
    const f = parseXml(atomFeed(empty));
    expect(children(f, 'entry')).toEqual([]);
    expect(only(f, 'updated').text).toBe('2024-06-01T00:00:00Z');
  });
});

describe('the well-formedness check itself', () => {
  test.each([
    ['<feed><a></feed>', /closes/],
    ['<feed>a & b</feed>', /bare &/],
    ['<feed><a x="1" x="2"/></feed>', /twice/],
    ['<feed></feed><feed></feed>', /two roots/],
    ['<feed><a>', /never closed/],
  ])('rejects %s', (body, message) => expect(() => parseXml(`<?xml version="1.0" encoding="utf-8"?>\n${body}`)).toThrow(message));
});


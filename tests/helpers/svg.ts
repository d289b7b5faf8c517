/**
 * Reading the SVG the charts write, for tests: a small tokenizer, a pretty-printer for reviewable
 * file snapshots, a flat list of elements with their attributes, and a well-formedness check.
 * Enough for the markup the charts write (no comments, CDATA or single-quoted attributes).
 */
import { expect } from 'vitest';

type Token =
  | { type: 'decl'; raw: string }
  | { type: 'open'; raw: string; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; raw: string; name: string }
  | { type: 'text'; raw: string };

const TOKEN = /<\?xml[^?]*\?>|<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/y;

/** Splits markup into declarations, tags and text; throws where it is not well-formed enough to read. */
export function tokenize(xml: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  while (pos < xml.length) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(xml);
    if (!m) throw new Error(`not well-formed at ${pos}: ${xml.slice(pos, pos + 60)}`);
    pos = TOKEN.lastIndex;
    const [raw, closing, name, attrs, selfClosing, text] = m;
    if (text !== undefined) out.push({ type: 'text', raw });
    else if (name === undefined) out.push({ type: 'decl', raw });
    else if (closing) out.push({ type: 'close', raw, name });
    else {
      const parsed = Object.fromEntries([...(attrs ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
      out.push({ type: 'open', raw, name, attrs: parsed, selfClosing: selfClosing === '/' });
    }
  }
  return out;
}

/**
 * One element per line, indented by depth; an element that holds only text stays on one line.
 * For file snapshots that a diff can review: the charts themselves are written on one line.
 */
export function prettySvg(svg: string): string {
  const tokens = tokenize(svg).filter((t) => t.type !== 'text' || t.raw.trim() !== '');
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const indent = '  '.repeat(depth);
    const [next, after] = [tokens[i + 1], tokens[i + 2]];
    if (t.type === 'open' && !t.selfClosing && next?.type === 'text' && after?.type === 'close') {
      lines.push(indent + t.raw + next.raw + after.raw);
      i += 2;
    } else if (t.type === 'open' && !t.selfClosing) {
      lines.push(indent + t.raw);
      depth++;
    } else if (t.type === 'close') {
      depth--;
      lines.push('  '.repeat(depth) + t.raw);
    } else lines.push(indent + t.raw);
  }
  return `${lines.join('\n')}\n`;
}

export interface Element {
  name: string;
  attrs: Record<string, string>;
  /** The text directly inside the element, entities left as written. */
  text: string;
}

/** Every element in document order, nested ones included. */
export function elements(svg: string): Element[] {
  const out: Element[] = [];
  const open: Element[] = [];
  for (const t of tokenize(svg)) {
    if (t.type === 'open') {
      const e = { name: t.name, attrs: t.attrs, text: '' };
      out.push(e);
      if (!t.selfClosing) open.push(e);
    } else if (t.type === 'close') open.pop();
    else if (t.type === 'text' && open.length > 0) open[open.length - 1]!.text += t.raw;
  }
  return out;
}

/** Elements whose class list has `cls`. */
export function byClass(svg: string, cls: string): Element[] {
  return elements(svg).filter((e) => (e.attrs.class ?? '').split(' ').includes(cls));
}

/**
 * A small well-formedness check: tags balance, every `&` starts an entity, no `<` or `"` loose in
 * text or attribute values. Enough to catch missing escaping.
 */
export function checkWellFormed(xml: string): void {
  expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
  const stack: string[] = [];
  for (const t of tokenize(xml)) {
    if (t.type === 'text') expect(t.raw).not.toContain('>');
    else if (t.type === 'close') expect(stack.pop()).toBe(t.name);
    else if (t.type === 'open' && !t.selfClosing) stack.push(t.name);
  }
  expect(stack).toEqual([]);
}

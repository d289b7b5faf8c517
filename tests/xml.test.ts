import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { xmlAttr, xmlText } from '../src/lib/xml.ts';

// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&#9;': '\t', '&#10;': '\n', '&#13;': '\r', '&amp;': '&' };
const unescape = (s: string) => s.replace(/&(lt|gt|quot|apos|#9|#10|#13|amp);/g, (e) => ENTITIES[e]!);
// Text made mostly of the characters that matter, so every branch is tried often.
const text = fc.string({ unit: fc.constantFrom('a', 'ö', ' ', '&', '<', '>', '"', "'", '\t', '\n', '\r', '\u0001', '\uFFFE', '&amp;', 'x') });

describe('XML escaping', () => {
  test('text reads back as written, less the characters XML cannot hold, with no markup left', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = xmlText(s);
        expect(unescape(out)).toBe(s.replace(INVALID, ''));
        expect(out).not.toMatch(/[<>]|&(?!(lt|gt|amp);)/);
      }),
    );
  });

  test('an attribute value reads back as written and holds no quote, tab or line break', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = xmlAttr(s);
        expect(unescape(out)).toBe(s.replace(INVALID, ''));
        expect(out).not.toMatch(/[<>"'\t\n\r]|&(?!(lt|gt|amp|quot|apos|#9|#10|#13);)/);
      }),
    );
  });

  test('text with nothing to escape comes back unchanged', () => {
    expect(xmlAttr('Andel elever i åk 9 (procent), 2024')).toBe('Andel elever i åk 9 (procent), 2024');
  });
});

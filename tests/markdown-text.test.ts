import { describe, expect, test } from 'vitest';
import { firstParagraph } from '../src/lib/markdown-text.ts';

describe('firstParagraph', () => {
  test('skips headings and strips Markdown', () => {
    expect(firstParagraph('## Definition\n\nAndel **elever** som har [betyg](https://x.se) i `ämnet`.\n\nMer.')).toBe('Andel elever som har betyg i ämnet.');
  });
  test('returns null for an empty body', () => expect(firstParagraph('\n\n## Bara rubrik\n')).toBeNull());
});

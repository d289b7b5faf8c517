/** What `npm run dev` shows in the browser about the files' problems (src/site/dev-problems.ts). */
import { describe, expect, test } from 'vitest';
import type { Problem } from '../src/lib/problems.ts';
import { devNotice, devProblemsPage } from '../src/site/dev-problems.ts';

const error: Problem = { file: 'data/indicators/x.csv', line: 5, column: 2, field: 'value', code: 'csv.value', message: 'Värdet "<b>12</b>" är inget tal.', hint: 'skriv bara talet, 12.' };
const warning: Problem = { file: 'data/indicators/y.csv', line: 3, code: 'data.jump', message: 'Värdet skiljer sig mycket.', hint: 'kontrollera värdet.', severity: 'warning' };

describe('the notice on every page', () => {
  test('is nothing when nothing is wrong', () => {
    expect(devNotice({ problems: [], warnings: [], fileCount: 21 })).toBe('');
  });

  test('names the counts, then each problem with its place, message and fix, errors first, with staff text escaped', () => {
    const html = devNotice({ problems: [error], warnings: [warning], fileCount: 21 });
    expect(html).toContain('<h2 id="forhandsvisning-fel">Innehållet har fel: 1 fel och 1 varning i 2 filer.</h2>');
    expect(html).toContain('<ol><li><strong>data/indicators/x.csv:5:2 (rad 5, kolumn 2, "value")</strong><br>Värdet "&lt;b&gt;12&lt;/b&gt;" är inget tal.<br>Så rättar du: skriv bara talet, 12.</li><li><strong>data/indicators/y.csv:3 (rad 3)</strong><br>Värdet skiljer sig mycket.<br>Gör så här: kontrollera värdet.</li></ol>');
    expect(html).toContain('Sidan visar den senaste versionen utan fel.');
  });

  test('with warnings only, says that they do not stop publishing', () => {
    const html = devNotice({ problems: [], warnings: [warning], fileCount: 21 });
    expect(html).toContain('Innehållet har varningar: Inga fel, 1 varning i 21 filer.');
    expect(html).toContain('Varningar stoppar inte publiceringen');
  });
});

test('the page shown while there is no version without mistakes is Swedish, reloads itself, and does not promise an earlier version', () => {
  const html = devProblemsPage({ problems: [error], warnings: [], fileCount: 21 });
  expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
  expect(html).toContain('<script type="module" src="/@vite/client"></script>');
  expect(html).toContain('<h1>Förhandsvisningen kan inte visas</h1>');
  expect(html).not.toContain('senaste versionen utan fel');
});

/**
 * Content safety: scripts, event handlers, embedded pages, javascript: and data: links and
 * pictures from other sites in what staff write are located Swedish problems; ordinary text,
 * links (http, https, mailto, site paths) and pictures on the site are not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../src/lib/problems.ts';
import { loadProject } from '../src/lib/project/index.ts';
import { bodyProblems, linkProblem, schemeOf, textFindings } from '../src/lib/project/safety.ts';
import { VALID_FIXTURE, fixtureFiles } from './helpers/fixture.ts';

const FILE = 'content/indicators/utslapp.md';
const original = (path: string) => readFileSync(join(VALID_FIXTURE, path), 'utf8');
/** The fixture indicator with a body; the body starts on line 20 of the file. */
const withBody = (body: string) => ({ [FILE]: `${original(FILE)}${body}` });
const BODY_LINE = original(FILE).split('\n').length;
const problemsOf = (files: Record<string, string>) => loadProject(fixtureFiles(files)).problems;

describe('a Markdown body', () => {
  test.each([
    ['a script element', 'Text.\n\n<script>alert(1)</script>\n', 'content.script', 3],
    ['a script in any case, inside SVG', 'Text.\n\n<svg><ScRiPt>alert(1)</ScRiPt></svg>\n', 'content.script', 3],
    ['an inline event handler', 'Se <img src="/karta.png" onerror="alert(1)"> här.\n', 'content.handler', 1],
    ['an event handler on its own line of a multi-line tag', '<div\n  class="x"\n  onmouseover="alert(1)">\nText\n</div>\n', 'content.handler', 3],
    ['an iframe', 'Karta:\n\n<iframe src="https://karta.example/"></iframe>\n', 'content.embed', 3],
    ['an object', '<object data="/film.swf"></object>\n', 'content.embed', 1],
    ['a meta refresh to another site', '<meta http-equiv="refresh" content="0; url=https://annan.example/">\n', 'content.page-element', 1],
    ['a base element', '<base href="https://annan.example/">\n', 'content.page-element', 1],
    ['a style element', '<style>body { display: none }</style>\n', 'content.style', 1],
    ['a style attribute', '<p style="color: red">Viktigt</p>\n', 'content.style', 1],
    ['a javascript: link', 'Klicka [här](javascript:alert(1)).\n', 'content.link', 1],
    ['a javascript: link hidden with an entity', 'Klicka [här](jav&#x61;script:alert(1)).\n', 'content.link', 1],
    ['a javascript: link in raw HTML, split by a tab', '<a href="java\tscript:alert(1)">här</a>\n', 'content.link', 1],
    ['a data: link', 'Se [tabellen](data:text/html;base64,PHNjcmlwdD4=).\n', 'content.link', 1],
    ['a data: link in a reference definition', 'Se [tabellen][t].\n\n[t]: data:text/html,hej\n', 'content.link', 3],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">här</a>\n', 'content.link', 1],
    ['a file: link', 'Se [filen](file:///C:/rapport.pdf).\n', 'content.link', 1],
    ['an address without https:', 'Se [sidan](//annan.example/sida).\n', 'content.link', 1],
    ['a picture from another site', '![Karta](https://annan.example/karta.png)\n', 'content.image', 1],
    ['a picture as a data: address', '![Punkt](data:image/png;base64,iVBORw0KGgo=)\n', 'content.image', 1],
    ['a picture in raw HTML from another site', '<img src="https://annan.example/spåra.gif" alt="">\n', 'content.image', 1],
  ])('%s is a located problem', (_, body, code, line) => {
    const problems = problemsOf(withBody(body));
    expect(problems.map((p) => [p.file, p.line, p.code])).toEqual([[FILE, BODY_LINE + line - 1, code]]);
    expect(problems[0]!.message).toMatch(/[åäö]|Texten|Länken|Bilden/);
    expect(problems[0]!.hint).toBeTruthy();
  });

  test('a script is reported as a staff member reads it', () => {
    expect(problemsOf(withBody('Text.\n\n<script>alert(1)</script>\n')).map(formatProblem)).toEqual([
      `✗ ${FILE}:${BODY_LINE + 2} (rad ${BODY_LINE + 2})\n` +
        '  Texten har ett skript (<script>), som inte får finnas i en text på webbplatsen.\n' +
        '  Så rättar du: ta bort <script>. En text på webbplatsen kan ha rubriker, stycken, listor, tabeller, länkar och bilder, men inga skript eller inställningar för sidan.',
    ]);
  });

  test('a javascript: link is reported as a staff member reads it', () => {
    expect(problemsOf(withBody('Klicka [här](javascript:alert(1)).\n')).map((p) => [p.message, p.hint])).toEqual([
      [
        'Länken går till "javascript:alert(1)", som inte är en webbadress: javascript:-länkar är inte tillåtna.',
        'länkar får gå till webbadresser (https://…), e-post (mailto:…) eller sidor på webbplatsen (till exempel /mal/1/).',
      ],
    ]);
  });

  test('several problems in one body are all reported, each on its line', () => {
    const problems = problemsOf(withBody('<script>x</script>\n\n[a](javascript:x)\n\n<iframe src="/x"></iframe>\n'));
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [BODY_LINE, 'content.script'],
      [BODY_LINE + 2, 'content.link'],
      [BODY_LINE + 4, 'content.embed'],
    ]);
  });

  test('ordinary Markdown, links and site pictures are fine', () => {
    const body = [
      '## Om indikatorn',
      '',
      'Källa: [Kolada](https://www.kolada.se/), <https://www.scb.se/> och www.vaggeryd.se.',
      'Frågor till <kommun@vaggeryd.se> eller [e-post](mailto:kommun@vaggeryd.se).',
      'Läs [metoden](/metod/), [mål 1](../mal/1/#delmal) och [nedan](#noter).',
      '',
      '![Karta över kommunen](/bilder/karta.png)',
      '',
      '| år | värde |',
      '|---|---|',
      '| 2020 | <abbr title="ungefär">ca</abbr> 5 |',
      '',
      'Elever <18 år, a < b och "javascript: ett språk" som text, `<script>` som kod.',
      '',
      '```html',
      '<script>alert(1)</script>',
      '```',
      '',
      'Kontakt: ring 0393-780 00.<br>',
    ].join('\n');
    expect(problemsOf(withBody(body))).toEqual([]);
  });

  test('a body in another kind of file is checked too', () => {
    const path = 'content/follow-ups/2023-t2.md';
    expect(problemsOf({ [path]: `${original(path)}\n<script>x</script>\n` }).map((p) => [p.file, p.code])).toEqual([[path, 'content.script']]);
  });

  test('bodyProblems counts lines from the body’s first line in the file', () => {
    expect(bodyProblems('a\n\n[x](javascript:x)\n', 'f.md', 10).map((p) => p.line)).toEqual([12]);
  });
});

describe('front-matter fields and notes in data files', () => {
  test.each([
    ['title', 'title: Utsläpp<script>alert(1)</script>', 'content.script'],
    ['definition', 'definition: "Se <iframe src=https://x.example/></iframe>"', 'content.embed'],
    ['source.name', '  name: <img src=x onerror=alert(1)>', 'content.handler'],
    ['target.basis', '  basis: "javascript:alert(1)"', 'content.link'],
  ])('markup that runs or embeds something in %s is a problem at its field', (field, line, code) => {
    const key = line.trim().split(':')[0]!;
    const text = original(FILE).replace(new RegExp(`^\\s*${key}:.*$`, 'm'), line);
    // Only the content-safety problems: a source name that is no longer "Exempeldata (tänkt källa: …)" is a problem of its own.
    const problems = problemsOf({ [FILE]: text }).filter((p) => p.code.startsWith('content.'));
    expect(problems.map((p) => [p.line, p.field, p.code])).toEqual([[text.split('\n').indexOf(line) + 1, field, code]]);
  });

  test('an address field takes http and https only', () => {
    const text = original(FILE).replace('url: https://kalla.example/utslapp', 'url: javascript:alert(1)');
    expect(problemsOf({ [FILE]: text }).map((p) => [p.field, p.code, p.message])).toEqual([['source.url', 'field.invalid', 'Skriv en hel webbadress som börjar med https://.']]);
    expect(problemsOf({ 'content/settings.yaml': original('content/settings.yaml').replace(/^homepage: .*$/m, 'homepage: data:text/html,hej') }).map((p) => p.field)).toEqual(['homepage']);
  });

  test('a note in a data file with a script is a problem at its line', () => {
    const problems = problemsOf({ 'data/indicators/utslapp.csv': 'period,value,note\n2020,1,vanlig anmärkning\n2021,2,"<script>alert(1)</script>"\n' });
    expect(problems.map((p) => [p.line, p.field, p.code])).toEqual([[3, 'note', 'content.script']]);
  });

  test('ordinary text with angle brackets and colons is fine', () => {
    for (const text of ['Elever <18 år', 'a<b och c>d', 'Källa: SCB, data: 2020', 'Mål: 5 < 7', 'Data: se tabellen'])
      expect(textFindings(text), text).toEqual([]);
  });
});

describe('addresses', () => {
  test.each([
    ['javascript:alert(1)', 'javascript'],
    [' JavaScript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['\u0001javascript:alert(1)', 'javascript'],
    ['https://x.example', 'https'],
    ['mailto:a@b.se', 'mailto'],
    ['/mal/1/', null],
    ['#noter', null],
    ['../mal/', null],
    ['mal:1', 'mal'],
  ])('the scheme of %j is %j', (url, scheme) => expect(schemeOf(url)).toBe(scheme));

  test.each(['https://x.example/', 'http://x.example/', 'mailto:a@b.se', '/data/', '#a', 'metod/', '?q=1'])('%s may be a link', (url) => expect(linkProblem(url)).toBeNull());
  test.each(['javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'tel:+4639378000', '//evil.example/'])('%s may not', (url) => expect(linkProblem(url)).not.toBeNull());
});

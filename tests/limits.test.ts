/**
 * Large and hostile input: files over the documented limits are refused with the limit named
 * (and a huge file is never read whole), ids that could leave their folder or confuse a terminal
 * are refused, and a YAML alias bomb stops at once.
 */
import { rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readIndicatorCsv } from '../src/lib/csv.ts';
import { parseMarkdownFile } from '../src/lib/frontmatter.ts';
import { LIMITS } from '../src/lib/limits.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { loadProject, readProjectFiles } from '../src/lib/project/index.ts';
import { indicatorSchema } from '../src/lib/schemas/indicator.ts';
import { fixtureFiles, fixtureWith } from './helpers/fixture.ts';

const temp: string[] = [];
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});
const problemsOf = (files: Record<string, string | Uint8Array | null>) => loadProject(fixtureFiles(files)).problems;
const DATA = 'data/indicators/utslapp.csv';

describe('file size', () => {
  test('a 50 MB data file on disk is read only up to the limit and refused, naming the limit', () => {
    const dir = fixtureWith();
    temp.push(dir);
    // A sparse file: 50 MB long, no disk space or time spent writing it.
    writeFileSync(join(dir, DATA), 'period,value\n2020,1\n');
    truncateSync(join(dir, DATA), 50 * 1024 * 1024);
    const files = readProjectFiles(dir);
    expect(files.get(DATA)!.length).toBe(LIMITS.fileBytes + 1);
    const { project, problems } = loadProject(files);
    expect(project).toBeNull();
    expect(problems.map((p) => [p.file, p.code])).toEqual([[DATA, 'file.too-large']]);
    expect(problems[0]!.message).toContain('2 MB');
  });

  test('a Markdown file over the limit is refused too, and a file at the limit is read', () => {
    const text = fixtureFiles().get('content/indicators/utslapp.md')!;
    const padded = (size: number) => {
      const bytes = new Uint8Array(size).fill(0x20);
      bytes.set(text);
      bytes[size - 1] = 0x0a;
      return bytes;
    };
    expect(problemsOf({ 'content/indicators/utslapp.md': padded(LIMITS.fileBytes + 1) }).map((p) => p.code)).toEqual(['file.too-large']);
    expect(problemsOf({ 'content/indicators/utslapp.md': padded(LIMITS.fileBytes) })).toEqual([]);
  });
});

describe('rows and row length in a data file', () => {
  const rows = (n: number) => 'period,value\n' + '2020,1\n'.repeat(n);

  test('a 200,000-row file is refused before it is parsed, with one message naming the limit', () => {
    const { problems, series } = readIndicatorCsv(rows(200_000), DATA, 'utslapp');
    expect(problems.map(formatProblem)).toEqual([
      `✗ ${DATA}:1 (rad 1)\n  Filen har fler än 10 000 rader med värden och läses inte: 10 000 rader är gränsen för en datafil.\n  Så rättar du: en indikator har sällan mer än några hundra värden. Kontrollera att filen bara har indikatorns värden, eller dela upp den på flera indikatorer.`,
    ]);
    expect(series.observations).toEqual([]);
  });

  test('the limit counts rows of values: the header and blank lines are not counted', () => {
    const atLimit = readIndicatorCsv(rows(LIMITS.csvRows).replace(/\n/g, '\n\n'), DATA, 'utslapp');
    expect(atLimit.problems.map((p) => p.code)).not.toContain('csv.too-many-rows');
    expect(readIndicatorCsv(rows(LIMITS.csvRows + 1), DATA, 'utslapp').problems.map((p) => p.code)).toEqual(['csv.too-many-rows']);
  });

  test('a row longer than the limit is reported on its line and left out; the other rows are read', () => {
    const { problems, series } = readIndicatorCsv(`period,value,note\n2020,1,kort\n2021,2,${'x'.repeat(LIMITS.csvRowLength)}\n2022,3,\n`, DATA, 'utslapp');
    expect(problems.map((p) => [p.line, p.code])).toEqual([[3, 'csv.row-too-long']]);
    expect(problems[0]!.message).toBe('Raden är 2 007 tecken lång: gränsen är 2 000 tecken per rad.');
    expect(series.observations.map((o) => o.period.key)).toEqual(['2020', '2022']);
  });
});

describe('ids that could leave their folder, or that a terminal or address would misread', () => {
  test.each([
    ['content/decisions/ks..2021.md', 'ks..2021.md'],
    ['content/subgoals/skola\\..\\miljo.md', 'skola\\..\\miljo.md'],
    ['content/follow-ups/2023-t2\u0007.md', '2023-t2\\x07.md'],
    ['content/child-rights/artikel 3.md', 'artikel 3.md'],
    ['data/indicators/utslapp..csv', 'utslapp..csv'],
    ['data/indicators/utslapp\u001b[31m.csv', 'utslapp\\x1b[31m.csv'],
    ['content/indicators/miljö.md', 'miljö.md'],
  ])('%j is refused with its name shown safely, and not read further', (path, shown) => {
    const problems = problemsOf({ [path]: 'vad som helst' });
    const own = problems.filter((p) => p.file === path);
    expect(own.map((p) => p.code)).toEqual(['file.name']);
    expect(own[0]!.message).toBe(`Filnamnet "${shown}" har tecken som inte får finnas i ett id.`);
    expect(own[0]!.message).not.toMatch(/[\u0000-\u001f]/);
  });

  test('the hint suggests a name that is allowed', () => {
    const [problem] = problemsOf({ 'content/subgoals/miljö och natur.md': 'x' });
    expect(problem?.hint).toBe('använd bara bokstäverna a–z och A–Z (utan å, ä och ö), siffror, - och _: döp till exempel om filen till miljo-och-natur.md.');
  });

  test('a path through a sub-folder is not a file of the folder, and a reference with .. names nothing', () => {
    expect(problemsOf({ 'content/indicators/../../x.md': 'x' })).toEqual([]);
    const problems = problemsOf({ 'content/follow-ups/2023-t2.md': readFollowUp().replace('- id: N15428', '- id: ../../data/indicators/N15428') });
    expect(problems.map((p) => p.code)).toEqual(['ref.indicator']);
  });
});

function readFollowUp(): string {
  return new TextDecoder().decode(fixtureFiles().get('content/follow-ups/2023-t2.md'));
}

describe('YAML alias bombs and deep nesting', () => {
  /** The "billion laughs": nine levels of nine aliases each, 9^9 values when expanded. */
  const laughs = () => {
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) lines.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9).fill(`*${'abcdefghij'[i - 1]}`).join(', ')}]`);
    return `---\n${lines.join('\n')}\n---\n`;
  };

  test('a billion-laughs front matter is refused with a located message, not expanded', () => {
    expect(parseMarkdownFile(laughs(), 'content/indicators/x.md', indicatorSchema).problems).toEqual([
      {
        file: 'content/indicators/x.md',
        line: 2,
        code: 'yaml.aliases',
        message: 'Fälten använder alias (*namn) för många gånger: gränsen är 100.',
        hint: 'skriv ut värdena i stället för att hänvisa till dem med & och *.',
      },
    ]);
  });

  test('a few aliases are fine for the parser (and then checked like any value)', () => {
    const { problems } = parseMarkdownFile('---\ntitle: &t Ett namn\narea: *t\n---\n', 'content/indicators/x.md', indicatorSchema);
    expect(problems.map((p) => p.code)).not.toContain('yaml.aliases');
  });

  test('an alias with nothing to refer to, as text that begins with *, is a located mistake of its own', () => {
    const { problems } = parseMarkdownFile('---\ntitle: *Viktigt*\n---\n', 'content/indicators/x.md', indicatorSchema);
    expect(problems.map((p) => [p.line, p.code])).toEqual([[2, 'yaml.alias']]);
    expect(problems[0]!.hint).toBe('sätt texten inom citattecken, till exempel title: "*Viktigt* om skolan".');
  });

  test('deeply nested lists are refused as a YAML mistake', () => {
    const { problems } = parseMarkdownFile(`---\ntitle: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`, 'content/indicators/x.md', indicatorSchema);
    expect(problems.map((p) => [p.line, p.code, p.message])).toEqual([[2, 'yaml.syntax', 'Fälten är för djupt inkapslade (listor i listor i listor …) för att läsas.']]);
  });

  test('the whole project reports the bomb in its file and loads nothing', () => {
    const { project, problems } = loadProject(fixtureFiles({ 'content/settings.yaml': laughs().replace(/---\n/g, '') }));
    expect(project).toBeNull();
    expect(problems.map((p) => [p.file, p.code])).toEqual([['content/settings.yaml', 'yaml.aliases']]);
  });
});

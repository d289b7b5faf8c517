/**
 * Whole builds of fixture projects: the valid one produces every page and file a resident or
 * journalist uses; each broken one stops with located Swedish messages and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as RDF from '@rdfjs/types';
import Papa from 'papaparse';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureWith } from './helpers/fixture.ts';

const ROOT = join(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', '.bin', 'astro');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const temp: string[] = [];
const tempDir = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `om-${name}-`));
  temp.push(d);
  return d;
};

/** Builds a project folder; the fixture copy is outside git, so no "last changed" dates appear. */
function build(contentRoot: string) {
  const out = join(tempDir('out'), 'dist');
  const result = spawnSync(ASTRO, ['build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_ROOT: contentRoot, OUT_DIR: out, CACHE_DIR: tempDir('cache'), SOURCE_DATE_EPOCH: '1768435200', SITE_URL: 'https://test.example', TZ: 'Europe/Stockholm' },
  });
  return { out, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function check(contentRoot: string) {
  return spawnSync(NODE, [join(ROOT, 'scripts', 'check.ts'), contentRoot], { cwd: ROOT, encoding: 'utf8' });
}

afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

describe('building the valid fixture', () => {
  let out = '';
  beforeAll(() => {
    const result = build(fixtureWith());
    if (result.status !== 0) throw new Error(`the build failed:\n${result.stderr}\n${result.stdout}`);
    out = result.out;
  });
  const file = (path: string) => readFileSync(join(out, path), 'utf8');

  test.each([
    'index.html',
    'mal/1/index.html',
    'mal/2/index.html',
    'mal/3/index.html',
    'mal/4/index.html',
    'indikatorer/index.html',
    'indikatorer/N15428/index.html',
    'indikatorer/utslapp/index.html',
    'indikatorer/trygghet/index.html',
    'barnkonventionen/index.html',
    'barnkonventionen/artikel-3/index.html',
    'uppfoljning/index.html',
    'uppfoljning/2023-t2/index.html',
    'beslut/index.html',
    'metod/index.html',
    'data/index.html',
    'tillganglighet/index.html',
    'program/index.html',
    '404.html',
    'data/indikatorer/N15428.csv',
    'data/indikatorer/N15428.json',
    'data/indikatorer/N15428.svg',
    'data/indikatorer/N15428.png',
    'data/excel/indikatorer/N15428.csv',
    'data/indikatorer/trygghet.json',
    'data/indikatorer.csv',
    'data/excel/indikatorer.csv',
    'data/datapackage.json',
    'datasets/dcat',
    'feed.xml',
  ])('builds %s', (path) => expect(existsSync(join(out, path))).toBe(true));

  test('an indicator without data gets a page and JSON but no CSV or chart files', () => {
    expect(readdirSync(join(out, 'data/indikatorer')).filter((f) => f.startsWith('trygghet.'))).toEqual(['trygghet.json']);
    expect(file('indikatorer/trygghet/index.html')).toContain('Underlag saknas');
  });

  test('every page is in Swedish and has the accessibility statement link', () => {
    for (const page of ['index.html', 'mal/2/index.html', 'indikatorer/N15428/index.html', 'metod/index.html']) {
      expect(file(page)).toMatch(/^<!DOCTYPE html><html lang="sv"/i);
      expect(file(page)).toContain('href="/tillganglighet/"');
    }
  });

  test('example data is labelled on the pages that show it, and only there', () => {
    expect(file('indikatorer/utslapp/index.html')).toContain('Exempeldata – inte officiell statistik');
    expect(file('indikatorer/N15428/index.html')).not.toContain('Exempeldata – inte officiell statistik');
    expect(file('index.html')).toContain('Exempeldata – inte officiell statistik');
  });

  test('the JSON export carries the assessment and keeps missing values as null', () => {
    const json = JSON.parse(file('data/indikatorer/N15428.json'));
    // 80.5, 81.2, 82.0: +0.75 a year on a level of 81.2 is 0.9 % a year, under the 1 % threshold.
    expect(json.assessment).toMatchObject({ status: 'stable', label: 'Oförändrat', count: 3 });
    expect(json.observations.filter((o: { value: unknown }) => o.value === null)).toHaveLength(2);
  });

  test('the built catalogue parses as RDF with absolute IRIs for every dataset and distribution', async () => {
    const quads = await new Promise<RDF.Quad[]>((resolve, reject) => {
      const out: RDF.Quad[] = [];
      const parser = new RdfXmlParser();
      parser.on('data', (q: RDF.Quad) => out.push(q));
      parser.on('error', reject);
      parser.on('end', () => resolve(out));
      parser.end(file('datasets/dcat'));
    });
    const ofType = (t: string) => quads.filter((q) => q.predicate.value.endsWith('#type') && q.object.value === `http://www.w3.org/ns/dcat#${t}`).map((q) => q.subject);
    expect(ofType('Catalog')).toHaveLength(1);
    // Two indicators with data, and the long table.
    expect(ofType('Dataset')).toHaveLength(3);
    for (const s of [...ofType('Catalog'), ...ofType('Dataset'), ...ofType('Distribution')]) {
      expect(s.termType).toBe('NamedNode');
      expect(s.value).toMatch(/^https:\/\/test\.example\//);
    }
  });

  test('the long CSV parses back to every observation of the fixture, missing still missing', () => {
    const rows = Papa.parse<Record<string, string>>(file('data/indikatorer.csv'), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(5 + 9);
    expect(rows.filter((r) => r.indicator === 'N15428' && r.value === '').map((r) => r.gender)).toEqual(['K', 'M']);
    expect(rows.find((r) => r.indicator === 'utslapp' && r.period === '2021')).toMatchObject({ value: '', note: 'ingen mätning', example: 'true' });
  });

  // One page of each type, with dates frozen and the inlined stylesheet left out of the snapshot.
  test.each([
    ['start', 'index.html'],
    ['goal', 'mal/2/index.html'],
    ['indicator', 'indikatorer/N15428/index.html'],
    ['indicator-index', 'indikatorer/index.html'],
    ['child-rights', 'barnkonventionen/artikel-3/index.html'],
    ['follow-up', 'uppfoljning/2023-t2/index.html'],
    ['decisions', 'beslut/index.html'],
    ['method', 'metod/index.html'],
    ['data', 'data/index.html'],
    ['accessibility', 'tillganglighet/index.html'],
  ])('the %s page matches its snapshot', async (name, path) => {
    const html = file(path)
      .replace(/<style>[\s\S]*?<\/style>/g, '<style>…</style>')
      .replace(/></g, '>\n<');
    await expect(html).toMatchFileSnapshot(`./__snapshots__/build/${name}.html`);
  });
});

describe.each([
  {
    name: 'a misspelled sub-goal and a value with a percent sign',
    files: {
      'content/indicators/N15428.md': readFileSync(join(ROOT, 'tests/fixtures/valid/content/indicators/N15428.md'), 'utf8').replace('subgoal: skola', 'subgoal: skolan'),
      'data/indicators/utslapp.csv': 'period,value\n2020,12 %\n2021,abc\n',
    },
    expected: [
      'content/indicators/N15428.md:4 (rad 4, fält subgoal)',
      'Delmålet "skolan" finns inte. Menade du "skola"?',
      'data/indicators/utslapp.csv:2:2 (rad 2, kolumn 2, "value")',
      'Värdet "12 %" är inget tal: det har ett procenttecken.',
      'data/indicators/utslapp.csv:3:2 (rad 3, kolumn 2, "value")',
      '3 fel i 2 filer.',
    ],
  },
  {
    name: 'an empty data file',
    files: { 'data/indicators/utslapp.csv': '' },
    expected: ['data/indicators/utslapp.csv:1 (rad 1)', 'Filen är tom.', '1 fel i 1 fil.'],
  },
  {
    name: 'a data file without metadata',
    files: { 'data/indicators/N15482.csv': 'period,value\n2020,1\n' },
    expected: ['data/indicators/N15482.csv', 'Menade du "N15428"?', '1 fel i 1 fil.'],
  },
])('a project with $name', ({ files, expected }) => {
  let dir = '';
  beforeAll(() => {
    dir = fixtureWith(files);
  });

  test('fails the build with every located message and publishes nothing', () => {
    const result = build(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Bygget stoppades: innehållet har fel. Inget publiceras.');
    for (const line of expected) expect(result.stderr).toContain(line);
    expect(result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    expect(existsSync(result.out)).toBe(false);
  });

  test('fails npm run check with the same messages', () => {
    const result = check(dir);
    expect(result.status).toBe(1);
    for (const line of expected) expect(result.stderr).toContain(line);
  });
});

describe('building from a git checkout', () => {
  let out = '';
  beforeAll(() => {
    // A full git history dates each data file by its last commit.
    const dir = fixtureWith();
    const git = (...args: string[]) =>
      spawnSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GIT_AUTHOR_DATE: '2025-03-04T10:00:00Z', GIT_COMMITTER_DATE: '2025-03-04T10:00:00Z' },
      });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'fixture');
    const result = build(dir);
    if (result.status !== 0) throw new Error(`the build failed:\n${result.stderr}`);
    out = result.out;
  });

  test('an indicator page says when its data last changed, from git log', () => {
    const html = readFileSync(join(out, 'indikatorer/utslapp/index.html'), 'utf8');
    expect(html).toContain('Data senast ändrad');
    expect(html).toContain('<time datetime="2025-03-04">4 mars 2025</time>');
  });

  test('the JSON export carries the same date', () => {
    expect(JSON.parse(readFileSync(join(out, 'data/indikatorer/utslapp.json'), 'utf8')).lastModified).toBe('2025-03-04');
  });
});

test('npm run check on the valid fixture ends with the one-line summary', () => {
  const result = check(fixtureWith());
  expect(result.status).toBe(0);
  expect(result.stdout.trim()).toBe('Inga fel i 18 filer.');
});

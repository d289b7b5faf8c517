/**
 * Whole builds of fixture projects: the valid one produces every page and file a resident or
 * journalist uses; each broken one stops with located Swedish messages and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as RDF from '@rdfjs/types';
import Papa from 'papaparse';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadProject, readProjectFiles } from '../src/lib/project/index.ts';
import { reconcileWritten } from '../src/site/integration.ts';
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
function build(contentRoot: string, env: Record<string, string> = {}) {
  const out = join(tempDir('out'), 'dist');
  const result = spawnSync(ASTRO, ['build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_ROOT: contentRoot, OUT_DIR: out, CACHE_DIR: tempDir('cache'), SOURCE_DATE_EPOCH: '1768435200', SITE_URL: 'https://test.example', TZ: 'Europe/Stockholm', ...env },
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
  let project = '';
  beforeAll(() => {
    project = fixtureWith();
    const result = build(project);
    if (result.status !== 0) throw new Error(`the build failed:\n${result.stderr}\n${result.stdout}`);
    out = result.out;
  });
  const file = (path: string) => readFileSync(join(out, path), 'utf8');

  test('what the build wrote reconciles with the data files, and a written file with a row missing does not', () => {
    const loaded = loadProject(readProjectFiles(project)).project!;
    expect(reconcileWritten(out, project, loaded)).toEqual([]);
    const damaged = join(tempDir('damaged'), 'dist');
    cpSync(out, damaged, { recursive: true });
    const csv = join(damaged, 'data/indikatorer/utslapp.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(/\r\n[^\r]*\r\n$/, '\r\n'));
    expect(reconcileWritten(damaged, project, loaded).map((p) => [p.file, p.code])).toEqual([['data/indicators/utslapp.csv', 'reconcile.missing']]);
  });

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
    'uppfoljning/2023-extra-enkat/index.html',
    'handlingsplan/index.html',
    'handlingsplan/mal-1/index.html',
    'handlingsplan/mal-4/index.html',
    'handlingsplan/cykelvagar/index.html',
    'handlingsplan/laxhjalp/index.html',
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
    'data/aktiviteter.csv',
    'data/aktiviteter-logg.csv',
    'data/excel/aktiviteter.csv',
    'data/excel/aktiviteter-logg.csv',
    'data/aktiviteter.json',
    'data/bedomningar.csv',
    'data/excel/bedomningar.csv',
    'data/bedomningar.json',
    'data/jamforelser.csv',
    'data/excel/jamforelser.csv',
    'data/datapackage.json',
    'datasets/dcat',
    'feed.xml',
  ])('builds %s', (path) => expect(existsSync(join(out, path))).toBe(true));

  test('the search index is written in Swedish, from the pages’ main content, without the search page itself', () => {
    const entry = JSON.parse(file('pagefind/pagefind-entry.json'));
    expect(Object.keys(entry.languages)).toEqual(['sv']);
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    expect(file('index.html')).toContain('<main id="innehall" class="wrap" tabindex="-1" data-pagefind-body>');
    expect(file('sok/index.html')).not.toContain('data-pagefind-body');
    expect(file('404.html')).not.toContain('data-pagefind-body');
    // No inline script anywhere: a strict Content Security Policy allows only the site's own files.
    for (const page of ['index.html', 'sok/index.html', 'indikatorer/N15428/index.html']) expect(file(page)).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  test('the static lists by goal and by status hold exactly their indicators', () => {
    expect(file('indikatorer/mal/1/index.html')).toContain('href="/indikatorer/utslapp/"');
    expect(file('indikatorer/mal/2/index.html')).not.toContain('href="/indikatorer/utslapp/"');
    expect(file('indikatorer/index.html')).toContain('href="/indikatorer/status/oforandrat/"');
  });

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

  test('/metod/ gives who links indicators to reference values as the proposal says it, not as fact', () => {
    // No source says who does it today; the 2022 memo only proposes that experts do.
    expect(file('metod/index.html')).not.toContain('sakkunniga i förvaltningarna kopplar');
    expect(file('metod/index.html')).toContain('Enligt förslaget till uppdaterad ambitionsnivå (2022) ska bara ett urval av indikatorer, de som är av särskilt politiskt intresse, få ett målvärde, och sakkunniga i förvaltningarna koppla de andra till nationella, regionala och lokala mål; vem som gör det i dag saknas i underlaget.');
  });

  test('example data is labelled on the pages that show it, and only there', () => {
    expect(file('indikatorer/utslapp/index.html')).toContain('Exempeldata – inte officiell statistik');
    // Real values, but a comment from the example follow-up 2023-t2.
    // The notice's heading is "Exempeldata": it must say first that the values themselves are real.
    expect(file('indikatorer/N15428/index.html')).toContain('Värdena för indikatorn är verkliga. Kommentarerna från uppföljningarna på sidan är exempel');
    expect(file('indikatorer/trygghet/index.html')).not.toContain('Exempeldata – inte officiell statistik');
    expect(file('index.html')).toContain('Exempeldata – inte officiell statistik');
  });

  test('who sets targets and who links reference values is said as the 2022 proposal, never as decided', () => {
    // The memo only proposes that few indicators get a political target and that "sakkunniga" link
    // the others to national, regional and local goals; no source says this was decided.
    const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.html'));
    const sentences = pages.flatMap((p) =>
      file(p)
        .replace(/<[^>]+>/g, ' ')
        .split(/(?<=[.!?])\s+/)
        .filter((s) => /sakkunnig|bara ett urval av indikatorer/i.test(s))
        .map((s) => `${p}: ${s.replace(/\s+/g, ' ').trim()}`),
    );
    expect(sentences.some((s) => s.startsWith('metod/index.html'))).toBe(true);
    for (const s of sentences) expect(s).toMatch(/förslag/i);
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
    // Two indicators with data, the long table, the assessments, the action plan and the comparison table.
    expect(ofType('Dataset')).toHaveLength(6);
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

  test('an activity whose log has fallen behind by the build date is shown as not followed up, on every page that lists it', () => {
    // Built 15 January 2026; läxhjälp was last followed up in September 2025.
    for (const page of ['handlingsplan/index.html', 'handlingsplan/mal-2/index.html', 'handlingsplan/laxhjalp/index.html', 'mal/2/index.html']) {
      expect(file(page)).toMatch(/data-activity-status="not-followed-up"[^>]*>.*Ej uppföljd/);
    }
    expect(file('handlingsplan/laxhjalp/index.html')).toContain('Den senaste månadsuppföljningen gäller september 2025');
    expect(file('handlingsplan/cykelvagar/index.html')).toMatch(/data-activity-status="delayed"/);
    expect(JSON.parse(file('data/aktiviteter.json')).activities.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([
      ['cykelvagar', 'delayed'],
      ['laxhjalp', 'not-followed-up'],
    ]);
  });

  test('the per-goal lists filter without JavaScript: each holds only its goal’s activities', () => {
    expect(file('handlingsplan/mal-1/index.html')).toContain('href="/handlingsplan/cykelvagar/"');
    expect(file('handlingsplan/mal-1/index.html')).not.toContain('href="/handlingsplan/laxhjalp/"');
    expect(file('handlingsplan/mal-4/index.html')).toContain('Handlingsplanen har inga aktiviteter för målet ännu.');
    expect(file('handlingsplan/mal-2/index.html')).toMatch(/<a href="\/handlingsplan\/mal-2\/" aria-current="page">/);
  });

  test('the extra follow-up is in the archive, on its goal’s page and in the feed, and the latest follow-up is still the tertial', () => {
    expect(file('uppfoljning/index.html')).toContain('href="/uppfoljning/2023-extra-enkat/"');
    expect(file('mal/1/index.html')).toContain('href="/uppfoljning/2023-extra-enkat/"');
    expect(file('mal/2/index.html')).not.toContain('href="/uppfoljning/2023-extra-enkat/"');
    expect(file('feed.xml')).toContain('<title>Extra uppföljning: Klimatenkäten 2023 (exempel)</title>');
    expect(file('index.html')).toContain('Kommunens bedömning, tertial 2 2023');
  });

  test('the action plan’s CSV files parse back to the fixture’s log', () => {
    const rows = Papa.parse<Record<string, string>>(file('data/aktiviteter-logg.csv'), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.activity, r.month, r.status])).toEqual([
      ['cykelvagar', '2025-06', 'in-progress'],
      ['cykelvagar', '2025-07', 'in-progress'],
      ['cykelvagar', '2025-12', 'delayed'],
      ['laxhjalp', '2025-01', 'not-started'],
      ['laxhjalp', '2025-02', 'in-progress'],
      ['laxhjalp', '2025-09', 'in-progress'],
    ]);
    const excel = Papa.parse<Record<string, string>>(file('data/excel/aktiviteter.csv').replace(/^\uFEFF/, ''), { header: true, delimiter: ';', skipEmptyLines: true }).data;
    expect(excel.map((r) => [r.activity, r.status, r.example])).toEqual([
      ['cykelvagar', 'delayed', 'false'],
      ['laxhjalp', 'not-followed-up', 'true'],
    ]);
  });

  test('/data/bedomningar.csv round-trips with what the follow-up pages show', () => {
    const rows = Papa.parse<Record<string, string>>(file('data/bedomningar.csv'), { header: true, skipEmptyLines: true }).data;
    const statusOf = (html: string, basis: 'judged' | 'computed') => new RegExp(`data-basis="${basis}".*?data-status="([^"]+)"`).exec(html)?.[1] ?? '';
    const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    const followUps = [...new Set(rows.map((r) => r.followUp))];
    expect(followUps).toEqual(['2023-t2']);
    for (const id of followUps) {
      const page = file(`uppfoljning/${id}/index.html`);
      // Each goal's section: the judged status, its comment, and the computed status.
      const sections = page.split('<section class="subgoal" aria-labelledby="mal-').slice(1);
      const goals = rows.filter((r) => r.followUp === id && r.level === 'goal');
      expect(sections).toHaveLength(goals.length);
      for (const section of sections) {
        const row = goals.find((r) => section.startsWith(`${r.goal}"`))!;
        expect([statusOf(section, 'judged'), statusOf(section, 'computed')]).toEqual([row.judged, row.computed]);
        if (row.comment) expect(text(section)).toContain(row.comment);
      }
      // Each indicator the follow-up comments on: its comment, and the judged and computed status.
      const list = (page.split('<h2>Kommentarer om enskilda indikatorer</h2>')[1] ?? '').split('</ul>')[0] ?? '';
      const items = list.split('<li>').slice(1);
      const commented = rows.filter((r) => r.followUp === id && r.level === 'indicator' && r.comment !== '');
      expect(items.map((li) => /href="\/indikatorer\/([^/]+)\/"/.exec(li)?.[1])).toEqual(commented.map((r) => r.indicator));
      for (const [i, li] of items.entries()) {
        const row = commented[i]!;
        expect([statusOf(li, 'judged'), statusOf(li, 'computed')]).toEqual([row.judged, row.computed]);
        expect(text(li)).toContain(row.comment);
      }
    }
  });

  test('an indicator with comparison values shows them in its chart, its summary, a table and its downloads', () => {
    const html = file('indikatorer/N15428/index.html');
    expect(html).toContain('Jämförelse år 2023: Testkommun 82,0\u00a0%, Riket 80,9\u00a0%, Testlänet 82,4\u00a0%.');
    expect(html).toContain('chart-line--comparison');
    expect(html).toContain('<caption>Testkommun jämfört med Riket, Testlänet, totalt</caption>');
    expect(html).toContain('Källa: Kolada');
    const rows = Papa.parse<Record<string, string>>(file('data/jamforelser.csv'), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(8);
    expect(rows.find((r) => r.period === '2022' && r.area === '0006')).toMatchObject({ indicator: 'N15428', area_name: 'Testlänet', value: '', source: 'Kolada', example: 'false' });
    expect(JSON.parse(file('data/indikatorer/N15428.json')).comparisons.areas).toEqual([
      { id: '0000', name: 'Riket' },
      { id: '0006', name: 'Testlänet' },
    ]);
    expect(file('data/excel/jamforelser.csv').startsWith('\uFEFFindicator;title;unit;period;area;area_name;gender;value;source;example\r\n')).toBe(true);
  });

  test('an indicator without comparison values has no comparison section, and its chart no comparison lines', () => {
    const html = file('indikatorer/utslapp/index.html').replace(/<style>[\s\S]*?<\/style>/g, '');
    expect(html).not.toContain('Jämförelse med andra områden');
    expect(html).not.toContain('chart-line--comparison');
  });

  describe('Content-Security-Policy', () => {
    const pages = () => readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const directive = (policy: string, name: string) => new RegExp(`(?:^|;)\\s*${name}\\s([^;]*)`).exec(policy)?.[1]?.trim().split(/\s+/) ?? null;

    test('every page has the policy in a meta tag: same-origin only, no unsafe-inline, no eval', () => {
      expect(pages().length).toBeGreaterThanOrEqual(19);
      for (const page of pages()) {
        const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(file(page))?.[1];
        expect(policy, page).toBeDefined();
        expect(directive(policy!, 'default-src'), page).toEqual(["'self'"]);
        expect(directive(policy!, 'object-src'), page).toEqual(["'none'"]);
        expect(directive(policy!, 'script-src')?.[0], page).toBe("'self'");
        expect(directive(policy!, 'style-src')?.[0], page).toBe("'self'");
        // 'wasm-unsafe-eval' lets the search compile WebAssembly; nothing may allow inline code or eval.
        expect(policy, page).not.toMatch(/'unsafe-(inline|eval|hashes)'|\*|https?:|data:/);
      }
    });

    test('every inline stylesheet and script is allowed by its hash, and nothing has a style or on… attribute', () => {
      for (const page of pages()) {
        const html = file(page);
        const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)![1]!;
        for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) expect(directive(policy, 'style-src'), page).toContain(sha256(body!));
        for (const [, body] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) expect(directive(policy, 'script-src'), page).toContain(sha256(body!));
        expect(html.match(/<[a-z][^>]*\s(style|on[a-z]+)=/gi), page).toBeNull();
      }
    });

    test('_headers gives every path the same policy with every page’s hashes, frame-ancestors and the usual security headers', () => {
      const headers = file('_headers');
      expect(headers.split('\n')[0]).toBe('/*');
      const policy = /Content-Security-Policy: (.*)/.exec(headers)![1]!;
      for (const page of pages()) {
        const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(file(page))![1]!;
        for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) expect(policy).toContain(hash);
      }
      expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
      expect(policy).not.toMatch(/'unsafe-(inline|eval|hashes)'/);
      for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin', 'X-Frame-Options: DENY']) expect(headers).toContain(header);
    });
  });

  // One page of each type, with dates frozen, the inlined stylesheet left out of the snapshot, the
  // policy's hashes (which change with every change to the stylesheet) left out too, and the
  // content hash in a script's file name renumbered (a change to a script is not a change to the page).
  test.each([
    ['start', 'index.html'],
    ['goal', 'mal/2/index.html'],
    ['indicator', 'indikatorer/N15428/index.html'],
    ['indicator-index', 'indikatorer/index.html'],
    ['child-rights', 'barnkonventionen/artikel-3/index.html'],
    ['child-rights-index', 'barnkonventionen/index.html'],
    ['indicators-by-status', 'indikatorer/status/oforandrat/index.html'],
    ['search', 'sok/index.html'],
    ['follow-up', 'uppfoljning/2023-t2/index.html'],
    ['extra-follow-up', 'uppfoljning/2023-extra-enkat/index.html'],
    ['action-plan', 'handlingsplan/index.html'],
    ['action-plan-goal', 'handlingsplan/mal-2/index.html'],
    ['activity', 'handlingsplan/cykelvagar/index.html'],
    ['decisions', 'beslut/index.html'],
    ['method', 'metod/index.html'],
    ['data', 'data/index.html'],
    ['accessibility', 'tillganglighet/index.html'],
  ])('the %s page matches its snapshot', async (name, path) => {
    const html = file(path)
      .replace(/<style>[\s\S]*?<\/style>/g, '<style>…</style>')
      .replace(/'sha256-[^']+'/g, "'sha256-…'")
      .replace(/(src="\/_astro\/[^"]+?)\.[\w-]+\.js"/g, '$1.[hash].js"')
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
      'content/activities/cykelvagar.md': readFileSync(join(ROOT, 'tests/fixtures/valid/content/activities/cykelvagar.md'), 'utf8').replace('  - month: 2025-12', '  - month: 2027-03'),
    },
    expected: [
      'content/indicators/N15428.md:4 (rad 4, fält subgoal)',
      'Delmålet "skolan" finns inte. Menade du "skola"?',
      'data/indicators/utslapp.csv:2:2 (rad 2, kolumn 2, "value")',
      'Värdet "12 %" är inget tal: det har ett procenttecken.',
      'data/indicators/utslapp.csv:3:2 (rad 3, kolumn 2, "value")',
      'content/activities/cykelvagar.md:16 (rad 16, fält log.2.month)',
      'Månaden 2027-03 har inte börjat än',
      '4 fel i 3 filer.',
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
  expect(result.stdout.trim().split('\n').at(-1)).toBe('Inga fel i 22 filer.');
});

describe('a production build (SITE_MODE=production)', () => {
  test("of today's content fails, listing every example file, and writes nothing", () => {
    const examples = ['content/indicators', 'content/follow-ups', 'content/decisions', 'content/activities'].flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .map((f) => `${dir}/${f}`)
        .filter((f) => /^example: true$/m.test(readFileSync(join(ROOT, f), 'utf8'))),
    );
    const result = build(ROOT, { SITE_MODE: 'production', SOURCE_DATE_EPOCH: '1798416000' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Bygget stoppades: innehållet har fel. Inget publiceras.');
    const located = [...result.stderr.matchAll(/^✗ (\S+):\d+ \(rad \d+, fält example\)$/gm)].map((m) => m[1]);
    expect(located.sort()).toEqual(examples.sort());
    expect(existsSync(result.out)).toBe(false);
  });

  describe('of a fixture with only real content', () => {
    let result: ReturnType<typeof build>;
    const FOLLOW_UP = readFileSync(join(ROOT, 'tests/fixtures/valid/content/follow-ups/2023-t2.md'), 'utf8');
    beforeAll(() => {
      const dir = fixtureWith({
        'content/indicators/utslapp.md': readFileSync(join(ROOT, 'tests/fixtures/valid/content/indicators/utslapp.md'), 'utf8').replace('example: true\n', '').replace('Exempeldata (tänkt källa: Testkälla)', 'Testkälla'),
        'content/follow-ups/2023-t2.md': FOLLOW_UP.replace('example: true\n', ''),
        'content/follow-ups/2023-extra-enkat.md': null,
        'content/activities/laxhjalp.md': null,
        // Published after the build date (2026-01-15): a draft.
        'content/follow-ups/2026-t1.md': FOLLOW_UP.replace('example: true\n', '').replace('year: 2023', 'year: 2026').replace('kind: tertial-2', 'kind: tertial-1').replace('published: 2023-10-01', 'published: 2026-05-28'),
        // A jump: a warning, which never stops a build.
        'data/indicators/utslapp.csv': readFileSync(join(ROOT, 'tests/fixtures/valid/data/indicators/utslapp.csv'), 'utf8') + '2024,0.41,\n',
      });
      result = build(dir, { SITE_MODE: 'production' });
    });

    test('passes, printing its warning and its draft', () => {
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('Varning: Värdet för 2024 (0,41) skiljer sig mycket');
      expect(result.stdout).toContain('Inga fel, 1 varning i 21 filer.');
      expect(result.stdout).toContain('Utkast: content/follow-ups/2026-t1.md (rad 4, published: 2026-05-28)');
    });

    test('shows no example label anywhere', () => {
      for (const page of ['index.html', 'indikatorer/utslapp/index.html', 'uppfoljning/index.html']) expect(readFileSync(join(result.out, page), 'utf8')).not.toContain('Exempeldata');
    });

    test('publishes the draft nowhere: no page, no feed entry, no download, no link', () => {
      expect(existsSync(join(result.out, 'uppfoljning/2026-t1'))).toBe(false);
      const mentions = readdirSync(result.out, { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile() && /\.(html|xml|json|csv)$|dcat$/.test(f.name))
        .map((f) => join(f.parentPath, f.name))
        .filter((f) => /2026-t1|Tertial 1 2026/.test(readFileSync(f, 'utf8')));
      expect(mentions).toEqual([]);
      expect(readFileSync(join(result.out, 'feed.xml'), 'utf8')).toContain('Tertial 2 2023');
    });
  });
});

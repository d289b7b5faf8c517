/**
 * `npm run check` as staff and CI run it: the report's parts collected apart from their words,
 * the data files compared with git (the last commit, or a ref for a pull request), and production
 * mode on the shipped content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkFailed, formatCheckReport, runCheck } from '../src/lib/check.ts';
import { parseDate } from '../src/lib/date.ts';
import { readCommittedProject, readProjectFiles } from '../src/lib/project/index.ts';
import { VALID_FIXTURE, fixtureFiles, fixtureWith } from './helpers/fixture.ts';

const ROOT = join(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const OPTIONS = { buildDate: parseDate('2026-01-15')! };
const TONNES = 'data/indicators/utslapp.csv';
const original = (path: string) => readFileSync(join(VALID_FIXTURE, path), 'utf8');
const temp: string[] = [];
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

function check(args: string[], env: Record<string, string> = {}) {
  const { SITE_URL: _, SITE_MODE: __, ...inherited } = process.env;
  return spawnSync(NODE, [join(ROOT, 'scripts', 'check.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...inherited, SOURCE_DATE_EPOCH: '1768435200', ...env } });
}

function git(dir: string, ...args: string[]) {
  const r = spawnSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

/** A git repository with the valid fixture committed in a sub-folder, as a project may live in a larger repository. */
function committedFixture(): string {
  const repo = mkdtempSync(join(tmpdir(), 'om-git-'));
  temp.push(repo);
  cpSync(VALID_FIXTURE, join(repo, 'site'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'fixture');
  return join(repo, 'site');
}

describe('the report', () => {
  test('collects drafts, warnings and the comparison, and words them with the summary line last', () => {
    const files = fixtureFiles({
      [TONNES]: original(TONNES) + '2024,0.41,\n',
      'content/follow-ups/2026-t1.md': original('content/follow-ups/2023-t2.md').replace('year: 2023', 'year: 2026').replace('kind: tertial-2', 'kind: tertial-1').replace('published: 2023-10-01', 'published: 2026-05-28'),
    });
    const report = runCheck(files, OPTIONS, { status: 'compared', ref: null, before: fixtureFiles() });
    expect(report.problems.map((p) => [p.code, p.severity])).toEqual([['data.jump', 'warning']]);
    expect(report.drafts.map((d) => d.file)).toEqual(['content/follow-ups/2026-t1.md']);
    expect(report.history).toEqual({ status: 'compared', ref: null, changes: [] });
    expect(checkFailed(report)).toBe(false);
    const lines = formatCheckReport(report).split('\n');
    expect(lines).toContain('Utkast: content/follow-ups/2026-t1.md (rad 4, published: 2026-05-28) visas inte på webbplatsen, i flödet eller i nedladdningarna förrän 28 maj 2026.');
    expect(lines).toContain('Datafilerna är jämförda med senaste commit.');
    expect(lines.at(-1)).toBe('Inga fel, 1 varning i 23 filer.');
  });

  test('an emptied file fails the check', () => {
    const report = runCheck(fixtureFiles({ [TONNES]: 'period,value\n' }), OPTIONS, { status: 'compared', ref: 'origin/main', before: fixtureFiles() });
    expect(report.problems.map((p) => p.code)).toEqual(['data-loss.emptied']);
    expect(checkFailed(report)).toBe(true);
    expect(formatCheckReport(report)).toContain('Datafilerna är jämförda med origin/main.');
  });
});

describe('the earlier version from git', () => {
  test('is the committed bytes of a changed, added or deleted file, and the same bytes as now for the rest', () => {
    const site = committedFixture();
    writeFileSync(join(site, TONNES), original(TONNES) + '2024,4.0,\n');
    writeFileSync(join(site, 'data/indicators/ny.csv'), 'period,value\n2024,1\n');
    rmSync(join(site, 'data/indicators/N15428.csv'));
    const now = readProjectFiles(site);
    const before = readCommittedProject(site, 'HEAD', now).files!;
    const text = (b: Uint8Array | undefined) => (b ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(b) : null);
    expect(text(before.get(TONNES))).toBe(original(TONNES));
    expect(before.has('data/indicators/ny.csv')).toBe(false);
    expect(text(before.get('data/indicators/N15428.csv'))).toBe(original('data/indicators/N15428.csv'));
    // Unchanged files are taken as they are, and equal every file git has.
    expect(before.get('content/goals/1.md')).toBe(now.get('content/goals/1.md'));
    expect([...before].map(([p, b]) => [p, text(b)])).toEqual([...readCommittedProject(site, 'HEAD').files!].map(([p, b]) => [p, text(b)]));
  });
});

describe('npm run check', () => {
  test('outside git it says in one line that the data files are not compared', () => {
    const result = check([fixtureWith()]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual(['Datafilerna jämförs inte med tidigare versioner: mappen är ingen git-checkout.', '', 'Inga fel i 22 filer.']);
  });

  test('in a git checkout it compares with the last commit: an emptied file fails, a changed value is listed', () => {
    const dir = committedFixture();
    writeFileSync(join(dir, TONNES), 'period,value,note\n');
    writeFileSync(join(dir, 'data/indicators/N15428.csv'), original('data/indicators/N15428.csv').replace('2022;T;81,2;', '2022;T;18,2;'));
    const result = check([dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`✗ ${TONNES}:1 (rad 1)\n  Filen har inga rader längre, men hade 5 rader i senaste commit`);
    expect(result.stderr).toContain('⚠ data/indicators/N15428.csv:5 (rad 5)\n  Varning: Ett tidigare värde är ändrat jämfört med senaste commit: 2022: 81,2 → 18,2.');
    expect(result.stderr).toContain('Datafilerna är jämförda med senaste commit.');
    expect(result.stderr.trim().split('\n').at(-1)).toBe('1 fel och 1 varning i 2 filer.');
  });

  test('--against compares with another ref, as a pull-request check does', () => {
    const dir = committedFixture();
    git(dir, 'checkout', '-q', '-b', 'change');
    writeFileSync(join(dir, TONNES), 'period,value,note\n2022,4.4,\n2023,4.1,\n');
    git(dir, 'commit', '-q', '-am', 'drop old rows');
    expect(check([dir]).status).toBe(0);
    const result = check(['--against', 'main', dir]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('3 rader borttagna jämfört med main: 2019, 2020, 2021.');
    expect(result.stdout).toContain('Datafilerna är jämförda med main.');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('Inga fel, 1 varning i 22 filer.');
  });

  test('--format github prints annotations with paths from the repository root, and writes the job summary', () => {
    const dir = committedFixture();
    git(dir, 'checkout', '-q', '-b', 'change');
    writeFileSync(join(dir, TONNES), original(TONNES).replace('2022,4.4,', '2022,12 %,'));
    const summary = join(dir, '..', 'summary.md');
    writeFileSync(summary, '');
    const result = check(['--format', 'github', '--against', 'main', dir], { GITHUB_STEP_SUMMARY: summary });
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')).toContain(
      '::error file=site/data/indicators/utslapp.csv,line=5,col=2,title=Fel%3A rad 5%2C kolumn 2%2C "value"::Värdet "12 %25" är inget tal: det har ett procenttecken.%0ASå rättar du: skriv bara talet, 12. Enheten (procent) står i indikatorns metadatafil.',
    );
    expect(result.stdout.trim().split('\n').at(-1)).toBe('1 fel i 1 fil.');
    const md = readFileSync(summary, 'utf8');
    expect(md.split('\n')[0]).toBe('## Kontroll av innehållet: 1 fel i 1 fil.');
    expect(md).toContain('1. **data/indicators/utslapp.csv**, rad 5, kolumn 2, "value"');
    expect(md).toContain('Datafilerna är jämförda med main.');
  });

  test('--format json gives the report for programs, with what changes on the site against the whole committed project', () => {
    const dir = committedFixture();
    writeFileSync(join(dir, TONNES), original(TONNES) + '2024,6.0,\n2025,7.0,\n');
    const result = check(['--format', 'json', dir]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      ok: true,
      summary: 'Inga fel, 1 varning i 22 filer.',
      counts: { errors: 0, warnings: 1, files: 22, filesWithProblems: 1 },
      problems: [{ severity: 'warning', code: 'data.jump', file: TONNES, line: 7, column: 2, field: 'value' }],
      drafts: [],
      history: { status: 'compared', ref: 'HEAD' },
      preview: { status: 'shown', values: [{ id: 'utslapp', indicator: 'kept', added: [{ period: '2024', gender: 'T', value: 6, line: 7 }, { period: '2025', gender: 'T', value: 7, line: 8 }], changed: [], removed: [] }] },
    });
    expect(report.preview.assessments.map((a: { level: string; before: { label: string }; after: { label: string } }) => `${a.level}: ${a.before.label} → ${a.after.label}`)).toEqual([
      'goal: Uppfylls → Uppfylls inte',
      'subgoal: Uppfylls → Uppfylls inte',
      'indicator: I fas → Fel riktning',
    ]);
  });

  test('a ref git does not know, or an unknown option, stops with how to run it', () => {
    const unknown = check(['--against', 'origin/mian', committedFixture()]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Git känner inte till "origin/mian"');
    const option = check(['--agianst', 'main']);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('Så kör du: npm run check -- [--against <git-ref>] [--format text|github|json] [<mapp>]');
    const format = check(['--format', 'xml']);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('Formatet "xml" finns inte: skriv --format text, github eller json.');
  });

  test('SITE_MODE=production on the shipped content lists every example file at its example line', () => {
    const examples = ['content/indicators', 'content/follow-ups', 'content/decisions', 'content/activities'].flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .map((f) => `${dir}/${f}`)
        .filter((f) => /^example: true$/m.test(readFileSync(join(ROOT, f), 'utf8'))),
    );
    expect(examples.length).toBeGreaterThan(20);
    const result = check([ROOT], { SITE_MODE: 'production', SITE_URL: 'https://maluppfoljning.example', SOURCE_DATE_EPOCH: '1798416000' });
    expect(result.status).toBe(1);
    const located = [...result.stderr.matchAll(/^✗ (\S+):\d+ \(rad \d+, fält example\)$/gm)].map((m) => m[1]);
    expect(located.sort()).toEqual(examples.sort());
    expect(result.stderr).toContain('contactEmail');
  });
});

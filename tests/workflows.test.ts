/**
 * The GitHub Actions workflows, checked here since they cannot run on this machine: valid YAML,
 * only official actions, every npm script and file they call exists, no expression pasted into a
 * shell script, and the pull-request check's own command run as the workflow runs it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, '.github', 'workflows');
const SCRIPTS: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
}

function read(file: string): Workflow {
  const doc = parseDocument(readFileSync(join(DIR, file), 'utf8'), { uniqueKeys: true });
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('\n')}`);
  return doc.toJS() as Workflow;
}

const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

describe.each(files)('%s', (file) => {
  test('is valid YAML with a name, triggers and jobs whose steps each use an action or run a command', () => {
    const w = read(file);
    expect(typeof w.name).toBe('string');
    expect(Object.keys(w.on).length).toBeGreaterThan(0);
    for (const s of steps(w)) expect(Boolean(s.uses) !== Boolean(s.run)).toBe(true);
  });

  test('uses only GitHub’s official actions, each at a major version', () => {
    for (const s of steps(read(file)).filter((s) => s.uses)) expect(s.uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
  });

  test('calls only npm scripts and files that exist', () => {
    for (const s of steps(read(file)).filter((s) => s.run)) {
      for (const m of s.run!.matchAll(/\bnpm run(?: --silent| -s)? ([\w:.-]+)/g)) expect(SCRIPTS, `npm run ${m[1]}`).toHaveProperty([m[1]!]);
      if (/\bnpm test\b/.test(s.run!)) expect(SCRIPTS).toHaveProperty(['test']);
      for (const m of s.run!.matchAll(/\bnode (\S+\.ts)\b/g)) expect(existsSync(join(ROOT, m[1]!)), m[1]).toBe(true);
    }
  });

  test('never pastes an expression into a shell script: values reach it as environment variables', () => {
    for (const s of steps(read(file)).filter((s) => s.run)) expect(s.run).not.toContain('${{');
  });
});

describe('the pull-request check', () => {
  const w = read('kontroll.yml');
  const all = steps(w);

  test('runs on pull requests from a full clone, with only read access', () => {
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    expect(w.permissions).toEqual({ contents: 'read' });
    expect(all.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
  });

  test('checks the content against the pull request’s base with annotations, then runs the tests and the build', () => {
    const runs = all.flatMap((s) => s.run ?? []);
    const check = all.find((s) => s.run?.includes('check'))!;
    expect(check.run).toBe('npm run --silent check -- --format github --against "$BASE"');
    expect(check.env).toMatchObject({ BASE: 'origin/${{ github.base_ref }}', SITE_MODE: '${{ vars.SITE_MODE }}', SITE_URL: '${{ vars.SITE_URL }}' });
    expect(runs.indexOf(check.run!)).toBeLessThan(runs.indexOf('npm test'));
    expect(runs).toContain('npm run build');
  });

  test('its check command, run as the workflow runs it, writes the annotations and the job summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'om-workflow-'));
    try {
      const summary = join(dir, 'summary.md');
      const check = all.find((s) => s.run?.includes('check'))!;
      const { SITE_URL: _, SITE_MODE: __, ...env } = process.env;
      const result = spawnSync('bash', ['-e', '-c', check.run!], {
        cwd: ROOT,
        encoding: 'utf8',
        // As GitHub sets them: the base as a ref, unset repository variables as empty strings.
        env: { ...env, BASE: 'HEAD', SITE_MODE: '', SITE_URL: '', GITHUB_STEP_SUMMARY: summary, SOURCE_DATE_EPOCH: '1798416000' },
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^Inga fel(, \d+ varningar?)? i \d+ filer\.$/);
      expect(readFileSync(summary, 'utf8')).toMatch(/^## Kontroll av innehållet: Inga fel/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the deploy', () => {
  const w = read('publicera.yml');
  const all = steps(w);
  const uses = all.flatMap((s) => s.uses?.replace(/@.*/, '') ?? []);

  test('runs on the main branch (and daily, and by hand) from a full clone', () => {
    expect(w.on).toMatchObject({ push: { branches: ['main'] } });
    expect(Object.keys(w.on)).toEqual(expect.arrayContaining(['schedule', 'workflow_dispatch']));
    expect(all.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
  });

  test('builds with the site’s address and mode from repository variables, and deploys dist/ with the Pages actions', () => {
    const build = all.find((s) => s.run === 'npm run build')!;
    expect(build.env).toEqual({ SITE_MODE: '${{ vars.SITE_MODE }}', SITE_URL: '${{ vars.SITE_URL }}', CACHE_DIR: '.cache/astro' });
    expect(uses).toEqual(['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/cache', 'actions/upload-pages-artifact', 'actions/deploy-pages']);
    expect(all.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
    expect(w.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    // The chart PNGs are kept between deploys in the folder the build is told to use.
    const cache = all.find((s) => s.uses?.startsWith('actions/cache@'))!;
    expect(cache.with).toMatchObject({ path: build.env!.CACHE_DIR, 'restore-keys': 'astro-cache-' });
    expect(w.jobs.deploy?.needs).toBe('build');
    expect(w.jobs.deploy?.environment?.name).toBe('github-pages');
  });
});

/**
 * `npm run import:kolada` as staff and the weekly workflow run it: a separate process against a
 * local Kolada on 127.0.0.1 with recorded answers, on a copy of the valid fixture. A run that
 * stops exits non-zero with a Swedish message and no stack trace, and leaves every file as it was.
 * (The command line's own checks are tested in tests/kolada/options.test.ts, without a process.)
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { fixtureWith as copyFixture } from './helpers/fixture.ts';
import { koladaServer, N15428_ROUTES, type Answer } from './helpers/kolada-server.ts';

const ROOT = join(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const DATA = '/v3/data/kpi/N15428/municipality/0999,0000,0006';

const copies: string[] = [];
const fixtureWith = (files: Parameters<typeof copyFixture>[0] = {}) => {
  const dir = copyFixture(files);
  copies.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** Every file under a folder, by relative path. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full), readFileSync(full, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

const exec = (args: string[], env: Record<string, string> = {}) =>
  promisify(execFile)(NODE, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KOLADA_RETRY_DELAY_MS: '1', ...env } }).then(
    (r) => ({ status: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ status: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

/** Runs the import on a fresh copy of the fixture (with `files` changed) against a local Kolada answering `routes`. */
async function run(routes: Record<string, Answer | Answer[]>, args: string[], files: Parameters<typeof fixtureWith>[0] = {}, env: Record<string, string> = {}) {
  const server = await koladaServer(routes);
  try {
    const dir = fixtureWith(files);
    const before = snapshot(dir);
    const importer = (extra: string[]) => exec([join(ROOT, 'scripts', 'import-kolada.ts'), '--root', dir, ...(env.KOLADA_API_URL === '' ? [] : ['--api-url', server.url]), ...extra], env.KOLADA_API_URL === '' ? { KOLADA_API_URL: server.url } : env);
    const result = await importer(args);
    const after = snapshot(dir);
    // The same import again, against the same answers: there is nothing new the second time.
    const again = env.AGAIN ? { ...(await importer(args)), after: snapshot(dir) } : null;
    return { ...result, dir, before, after, again, file: (path: string) => readFileSync(join(dir, path), 'utf8'), requests: server.requests };
  } finally {
    await server.close();
  }
}

describe('a successful import', () => {
  test('merges the values into the data and comparison files, prints the summary, the project still checks, and a second run changes nothing', async () => {
    const r = await run(N15428_ROUTES, ['--kpi', 'N15428'], {}, { AGAIN: '1' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('data/indicators/N15428.csv: 3 nya värden, 2 ändrade, 0 borttagna.');
    expect(r.stdout).toContain('    ändrat: 2023 K .. → 84,9');
    expect(r.stdout).toContain('data/comparisons/N15428.csv: 1 nytt värde, 0 ändrade, 0 borttagna.');
    expect(r.stdout).toContain('Totalt: 4 nya värden, 2 ändrade, 0 borttagna, i 2 filer.');
    // The staff's Excel form stays: byte-order mark, semicolons, decimal commas, CRLF and the note.
    expect(r.file('data/indicators/N15428.csv')).toBe(
      '\uFEFFperiod;gender;value;note\r\n2021;T;80,5;\r\n2021;K;83,0;\r\n2021;M;78,1;\r\n2022;T;81,3;\r\n2022;K;84,0;\r\n2022;M;78,5;\r\n2023;T;82,0;ny fråga\r\n2023;K;84,9;\r\n2023;M;;\r\n2024;T;83,4;\r\n2024;K;86,2;\r\n2024;M;80,7;\r\n',
    );
    expect(r.file('data/comparisons/N15428.csv').endsWith('2023,0006,T,82.4\n2024,0000,T,81.6\n')).toBe(true);
    expect([...r.after.keys()].filter((k) => r.after.get(k) !== r.before.get(k)).sort()).toEqual(['data/comparisons/N15428.csv', 'data/indicators/N15428.csv']);
    expect(await exec([join(ROOT, 'scripts', 'check.ts'), r.dir])).toMatchObject({ status: 0 });
    expect(r.again?.stdout).toContain('Totalt: 0 nya värden, 0 ändrade, 0 borttagna. Inga filer ändrades.');
    expect(r.again?.after).toEqual(r.after);
  });

  test('waits out a 429 and goes on', async () => {
    const r = await run({ ...N15428_ROUTES, [DATA]: [{ status: 429, headers: { 'retry-after': '0' } }, { file: 'data-page-1.json' }] }, ['--kpi', 'N15428']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Kolada: för många förfrågningar (HTTP 429). Försöker igen om 0 s (försök 2 av 5).');
    expect(r.stdout).toContain('Totalt: 4 nya värden');
  });

  test('--all imports every indicator whose metadata names a key figure, from the address in KOLADA_API_URL', async () => {
    const r = await run(N15428_ROUTES, ['--all'], {}, { KOLADA_API_URL: '' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Hämtar från Kolada \(http:\/\/127\.0\.0\.1:\d+\) för 0999 och Riket \(0000\), Testlänet \(0006\)\./);
    expect(r.stdout).toContain('N15428 – Elever i åk 9 som är behöriga till yrkesprogram, andel (%) (nyckeltal N15428)');
    expect(r.requests).toEqual(['/v3/kpi/N15428', DATA, `${DATA}?page=2&per_page=4`]);
  });
});

const utslappWithKpi = readFileSync(join(ROOT, 'tests/fixtures/valid/content/indicators/utslapp.md'), 'utf8').replace('  name: "Exempeldata (tänkt källa: Testkälla)"\n', '  name: "Exempeldata (tänkt källa: Testkälla)"\n  kpi: N00001\n');

describe.concurrent.each<{ name: string; routes: Record<string, Answer | Answer[]>; args?: string[]; files?: Parameters<typeof fixtureWith>[0]; message: string }>([
  { name: 'Kolada answering 500 until the import gives up', routes: { ...N15428_ROUTES, [DATA]: { status: 500 } }, message: 'Kolada gick inte att nå efter 5 försök: serverfel (HTTP 500)' },
  { name: 'an answer that is not JSON', routes: { ...N15428_ROUTES, [`${DATA}?page=2&per_page=4`]: { file: 'malformed.txt' } }, message: 'Kolada svarade med något som importen inte kan läsa' },
  { name: 'an unknown key figure', routes: { '/v3/kpi/N99999': { file: 'kpi-unknown.json' } }, args: ['--kpi', 'N99999'], message: 'Nyckeltalet N99999 finns inte i Kolada.' },
  {
    name: 'a failure on the second of two key figures (the first is not written either)',
    routes: { ...N15428_ROUTES, '/v3/kpi/N00001': { status: 503 } },
    args: ['--all'],
    files: { 'content/indicators/utslapp.md': utslappWithKpi },
    message: 'Kolada gick inte att nå efter 5 försök: serverfel (HTTP 503)',
  },
  { name: 'a data file with a mistake of its own', routes: N15428_ROUTES, files: { 'data/indicators/N15428.csv': 'period,value\n2021,80 %\n' }, message: 'data/indicators/N15428.csv har fel, så importen rör den inte' },
])('a run stopped by $name', ({ routes, args = ['--kpi', 'N15428'], files, message }) => {
  test('exits non-zero with a Swedish message, no stack trace, and every file exactly as it was', async () => {
    const r = await run(routes, args, files);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`✗ Importen stoppades: ${message}`);
    expect(r.stderr).toContain('Inga filer ändrades.');
    expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(r.after).toEqual(r.before);
  });
});

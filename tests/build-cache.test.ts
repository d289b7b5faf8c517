/**
 * Two whole builds of the valid fixture with one cache folder: the second reads every chart PNG
 * the first rendered, and publishes the same bytes. A cache must make a build faster, never
 * different.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureWith } from './helpers/fixture.ts';

const ROOT = join(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', '.bin', 'astro');
const temp = mkdtempSync(join(tmpdir(), 'om-build-cache-'));
const cache = join(temp, 'cache');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function build(name: string) {
  const out = join(temp, name);
  const result = spawnSync(ASTRO, ['build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_ROOT: fixtureWith(), OUT_DIR: out, CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1768435200', SITE_URL: 'https://test.example', TZ: 'Europe/Stockholm' },
  });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stderr}\n${result.stdout}`);
  return { out, log: result.stdout };
}

describe('chart PNGs kept between builds', () => {
  let first = { out: '', log: '' };
  let second = { out: '', log: '' };
  const pngs = (out: string) => readdirSync(join(out, 'data/indikatorer')).filter((f) => f.endsWith('.png')).sort();
  beforeAll(() => {
    first = build('first');
    // A picture left from an older build, which no chart of this one makes.
    writeFileSync(join(cache, 'png', `${'0'.repeat(64)}.png`), 'old');
    second = build('second');
  });

  test('a clean build renders each chart PNG once and keeps it', () => {
    expect(first.log).toContain('Diagrambilder (PNG): 2 ritade, 0 från cachen.');
    expect(pngs(first.out)).toEqual(['N15428.png', 'utslapp.png']);
  });

  test('the next build reads every PNG from the cache, byte for byte what the clean build rendered', () => {
    expect(second.log).toContain('Diagrambilder (PNG): 0 ritade, 2 från cachen, 1 gamla borttagna ur cachen.');
    for (const png of pngs(first.out)) expect(readFileSync(join(second.out, 'data/indikatorer', png)).equals(readFileSync(join(first.out, 'data/indikatorer', png)))).toBe(true);
  });

  test('after a build the cache holds exactly the pictures that build used', () => {
    expect(readdirSync(join(cache, 'png'))).toHaveLength(2);
  });
});

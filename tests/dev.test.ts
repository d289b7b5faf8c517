/**
 * `npm run dev` as a staff member uses it: edit a data file while the preview runs, reload, and
 * every page and download shows the edit; a mistake is reported once in the terminal and the
 * last good version stays on screen; fixing it says so in one line; a warning is printed and
 * the edit shown.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureWith } from './helpers/fixture.ts';

const ROOT = join(import.meta.dirname, '..');
const DATA = 'data/indicators/utslapp.csv';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls `check` until it holds or `ms` have passed; returns whether it held. */
async function eventually(check: () => Promise<boolean>, ms = 20_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

describe('npm run dev shows an edit everywhere without a restart', () => {
  let dev: ChildProcess;
  let dir = '';
  let base = '';
  let log = '';
  const get = async (path: string) => (await fetch(base + path)).text();
  const edit = (from: string, to: string) => {
    const file = join(dir, DATA);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(from)) throw new Error(`${DATA} has no ${from}`);
    writeFileSync(file, text.replace(from, to));
  };

  beforeAll(async () => {
    dir = fixtureWith();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dev = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: ROOT,
      // Not vitest's own environment (NODE_ENV=test, MODE, BASE_URL …), which would change the dev server.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, CONTENT_ROOT: dir, CACHE_DIR: join(dir, '.cache'), SOURCE_DATE_EPOCH: '1768435200', TZ: 'Europe/Stockholm' },
      detached: true,
    });
    dev.stdout?.on('data', (b: Buffer) => (log += b.toString()));
    dev.stderr?.on('data', (b: Buffer) => (log += b.toString()));
    dev.on('exit', (code, signal) => (log += `\n[astro dev ended: ${code ?? signal}]`));
    const up = await eventually(async () => (await fetch(`${base}/`)).ok, 60_000);
    if (!up) throw new Error(`astro dev did not start at ${base}:\n${log}`);
  }, 90_000);

  afterAll(async () => {
    // Stop astro dev and everything it started (it runs in its own process group), and let it
    // finish: a reload still writing its cache would make the folder not empty while it is removed.
    if (dev?.pid && dev.exitCode === null && dev.signalCode === null) {
      const exited = new Promise((resolve) => dev.once('exit', resolve));
      process.kill(-dev.pid, 'SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  });

  test('a changed value shows on the page, in its JSON, in the long CSV and in the catalogue', async () => {
    expect(await get('/data/indikatorer.csv')).toContain('utslapp,Utsläpp per invånare,1,miljo,Klimat,ton,2023,T,4.1,');
    expect(await get('/datasets/dcat')).toContain('2023-12-31');
    edit('2023,4.1,', '2023,3.7,\n2024,3.5,');
    const seen = await eventually(async () => (await get('/indikatorer/utslapp/')).includes('3,5\u00a0ton'));
    expect(seen).toBe(true);
    expect(JSON.parse(await get('/data/indikatorer/utslapp.json')).observations.at(-1)).toEqual({ period: '2024', gender: 'T', value: 3.5 });
    expect(await get('/data/indikatorer.csv')).toContain('utslapp,Utsläpp per invånare,1,miljo,Klimat,ton,2024,T,3.5,');
    expect(await get('/datasets/dcat')).toContain('2024-12-31');
  }, 40_000);

  test('a mistake is reported once, the last good version stays, and the fix is confirmed', async () => {
    const before = log.length;
    edit('2024,3.5,', '2024,abc,');
    expect(await eventually(async () => log.slice(before).includes('1 fel i 1 fil.'))).toBe(true);
    expect(await get('/indikatorer/utslapp/')).toContain('3,5\u00a0ton');
    edit('2024,abc,', '2024,3.4,');
    expect(await eventually(async () => log.slice(before).includes('Felen är rättade.'))).toBe(true);
    expect(log.slice(before).match(/Värdet "abc" är inget tal/g)).toHaveLength(1);
    expect(await eventually(async () => (await get('/indikatorer/utslapp/')).includes('3,4\u00a0ton'))).toBe(true);
  }, 40_000);

  test('a value that looks like a typo is warned about in the terminal, and still shown', async () => {
    const before = log.length;
    edit('2024,3.4,', '2024,3.4,\n2025,0.34,');
    expect(await eventually(async () => /Inga fel, 1 varning i \d+ filer\./.test(log.slice(before)))).toBe(true);
    expect(log.slice(before)).toContain('Varning: Värdet för 2025 (0,34) skiljer sig mycket');
    expect(await eventually(async () => (await get('/indikatorer/utslapp/')).includes('0,34\u00a0ton'))).toBe(true);
  }, 40_000);
});

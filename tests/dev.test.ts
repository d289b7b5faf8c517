/**
 * `npm run dev` as a staff member uses it: edit a data file while the preview runs, reload, and
 * every page and download shows the edit; a mistake is reported once in the terminal and at the
 * top of every page, naming the file, line and fix, while the last good version stays on screen
 * (or, when there has been none since the preview started, a page lists the problems); fixing it
 * says so in one line; a warning is printed and the edit shown; stopping npm run dev stops
 * everything it started.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, formatViolations, launchChromium, serveAxe } from './helpers/browser.ts';
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

/** The processes in a process group, as `ps` lists them. */
function processesIn(group: number): string[] {
  const ps = spawnSync('ps', ['-eo', 'pgid=,pid=,args='], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.split(/\s+/)[0] === String(group));
}

describe('npm run dev shows an edit everywhere without a restart', () => {
  let dev: ChildProcess;
  let dir = '';
  let base = '';
  let log = '';
  const page = async (path: string) => (await fetch(base + path, { headers: { accept: 'text/html' } })).text();
  let browser: Browser | null = null;
  let axe: Awaited<ReturnType<typeof serveAxe>> | null = null;
  /** axe-core's findings on a page as Chromium shows it, in light and dark, once `selector` is visible. */
  const axeFindings = async (path: string, selector: string) => {
    browser ??= await launchChromium();
    axe ??= await serveAxe();
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const tab = await browser.newPage({ colorScheme });
      // Without the preview's own script, a reload it was told of just before cannot pull the page away from axe.
      await tab.route(/\/@vite\/client$/, (r) => r.abort());
      await tab.goto(base + path);
      await tab.locator(selector).first().waitFor({ state: 'visible', timeout: 10_000 });
      found.push(formatViolations(`${path} (${colorScheme})`, await axeViolations(tab, axe.url)));
      await tab.close();
    }
    return found.filter(Boolean).join('\n');
  };
  const get = async (path: string) => (await fetch(base + path)).text();
  const edit = (from: string, to: string) => {
    const file = join(dir, DATA);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(from)) throw new Error(`${DATA} has no ${from}`);
    writeFileSync(file, text.replace(from, to));
  };

  beforeAll(async () => {
    // The preview starts with a mistake in a file, as it may when a staff member starts it.
    dir = fixtureWith();
    edit('2023,4.1,', '2023,4.1 ton,');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // As staff start it: npm runs astro through a shell, so a stop must reach past the shell.
    dev = spawn('npm', ['run', 'dev', '--', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: ROOT,
      // Not vitest's own environment (NODE_ENV=test, MODE, BASE_URL …), which would change the dev server.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, CONTENT_ROOT: dir, CACHE_DIR: join(dir, '.cache'), SOURCE_DATE_EPOCH: '1768435200', TZ: 'Europe/Stockholm' },
      detached: true,
    });
    dev.stdout?.on('data', (b: Buffer) => (log += b.toString()));
    dev.stderr?.on('data', (b: Buffer) => (log += b.toString()));
    dev.on('exit', (code, signal) => (log += `\n[npm run dev ended: ${code ?? signal}]`));
    const up = await eventually(async () => (await fetch(`${base}/`)).status > 0, 60_000);
    if (!up) throw new Error(`npm run dev did not start at ${base}:\n${log}`);
  }, 90_000);

  afterAll(async () => {
    axe?.close();
    await browser?.close();
    // Stop npm run dev and everything it started (it runs in its own process group), and let it
    // finish: a reload still writing its cache would make the folder not empty while it is removed.
    if (dev?.pid && processesIn(dev.pid).length) {
      process.kill(-dev.pid, 'SIGTERM');
      await eventually(async () => processesIn(dev.pid!).length === 0, 10_000);
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  });

  test('started with a mistake, every page lists the problems with file, line and fix, and the site comes when it is fixed', async () => {
    const before = await fetch(base + '/mal/1/', { headers: { accept: 'text/html' } });
    expect(before.status).toBe(500);
    const html = await before.text();
    expect(html).toContain('<h1>Förhandsvisningen kan inte visas</h1>');
    expect(html).toContain('<strong>data/indicators/utslapp.csv:6:2 (rad 6, kolumn 2, "value")</strong><br>Värdet "4.1 ton" är inget tal.<br>Så rättar du:');
    expect(await axeFindings('/mal/1/', '.dev-problems')).toBe('');
    // A download says the same in plain text, never a stack trace.
    expect(await get('/data/indikatorer.csv')).toContain('Värdet "4.1 ton" är inget tal.');
    edit('2023,4.1 ton,', '2023,4.1,');
    expect(await eventually(async () => (await fetch(base + '/mal/1/', { headers: { accept: 'text/html' } })).status === 200)).toBe(true);
    expect(await page('/indikatorer/utslapp/')).toContain('4,1\u00a0ton');
    expect(log).not.toMatch(/Stack trace|at getSite/);
  }, 40_000);

  test('a changed value shows on the page, in its JSON, in the long CSV and in the catalogue', async () => {
    expect(await get('/data/indikatorer.csv')).toContain('utslapp,Utsläpp per invånare,1,miljo,Klimat,ton,2023,T,4.1,');
    expect(await get('/datasets/dcat')).toContain('2023-12-31');
    edit('2023,4.1,', '2023,3.7,\n2024,3.5,');
    const seen = await eventually(async () => (await get('/indikatorer/utslapp/')).includes('3,5\u00a0ton'));
    expect(seen).toBe(true);
    expect(JSON.parse(await get('/data/indikatorer/utslapp.json')).observations.at(-1)).toEqual({ period: '2024', gender: 'T', value: 3.5 });
    // The indicator's other downloads are routes in npm run dev (a build writes them as files).
    expect(await get('/data/indikatorer/utslapp.csv')).toContain('2024,T,3.5');
    expect(await get('/data/excel/indikatorer/utslapp.csv')).toContain('2024;T;3,5');
    expect(await get('/data/indikatorer/utslapp.svg')).toContain('<svg');
    const png = await fetch(`${base}/data/indikatorer/utslapp.png`);
    expect([png.status, png.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(await get('/data/indikatorer.csv')).toContain('utslapp,Utsläpp per invånare,1,miljo,Klimat,ton,2024,T,3.5,');
    expect(await get('/datasets/dcat')).toContain('2024-12-31');
  }, 40_000);

  test('a mistake is reported once, shown at the top of every page over the last good version, and the fix is confirmed', async () => {
    const before = log.length;
    edit('2024,3.5,', '2024,abc,');
    expect(await eventually(async () => log.slice(before).includes('1 fel i 1 fil.'))).toBe(true);
    const shown = await page('/indikatorer/utslapp/');
    expect(shown).toContain('3,5\u00a0ton');
    const notice = /<section class="notice dev-problems"[\s\S]*?<\/section>/.exec(shown)?.[0] ?? '';
    expect(notice).toContain('<h2 id="forhandsvisning-fel">Innehållet har fel: 1 fel i 1 fil.</h2>');
    expect(notice).toContain('<strong>data/indicators/utslapp.csv:7:2 (rad 7, kolumn 2, "value")</strong><br>Värdet "abc" är inget tal.<br>Så rättar du: skriv ett tal');
    expect(await page('/')).toContain('<section class="notice dev-problems"');

    // The notice is part of the page for everyone: no accessibility violation, in light and dark.
    expect(await axeFindings('/indikatorer/utslapp/', 'main .dev-problems')).toBe('');

    edit('2024,abc,', '2024,3.4,');
    expect(await eventually(async () => log.slice(before).includes('Felen är rättade.'))).toBe(true);
    expect(log.slice(before).match(/Värdet "abc" är inget tal/g)).toHaveLength(1);
    expect(await eventually(async () => (await page('/indikatorer/utslapp/')).includes('3,4\u00a0ton'))).toBe(true);
    expect(await page('/indikatorer/utslapp/')).not.toContain('<section class="notice dev-problems"');
  }, 60_000);

  test('a value that looks like a typo is warned about in the terminal, and still shown', async () => {
    const before = log.length;
    edit('2024,3.4,', '2024,3.4,\n2025,0.34,');
    expect(await eventually(async () => /Inga fel, 1 varning i \d+ filer\./.test(log.slice(before)))).toBe(true);
    expect(log.slice(before)).toContain('Varning: Värdet för 2025 (0,34) skiljer sig mycket');
    expect(await eventually(async () => (await get('/indikatorer/utslapp/')).includes('0,34\u00a0ton'))).toBe(true);
  }, 40_000);

  test('stopping npm run dev stops everything it started, also when only npm is told to stop', async () => {
    const group = dev.pid!;
    expect(processesIn(group).some((p) => p.includes('astro') && p.includes('dev'))).toBe(true);
    // An editor's stop button or `kill <pid>`: the signal reaches npm, which passes it only to the shell.
    process.kill(group, 'SIGTERM');
    expect(await eventually(async () => processesIn(group).length === 0, 15_000)).toBe(true);
    expect(await fetch(base + '/').then(() => 'answers', () => 'gone')).toBe('gone');
  }, 30_000);
});

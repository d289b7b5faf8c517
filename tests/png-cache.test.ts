import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, test } from 'vitest';
import { renderStandaloneSvg, type ChartInput } from '../src/lib/chart/index.ts';
import { makePeriod } from '../src/lib/period.ts';
import { svgToPng } from '../src/lib/png.ts';
import { CHART_PNG_WIDTH, isCompletePng, pngCache, rendererKey } from '../src/site/png-cache.ts';
import { pngProcess } from '../src/site/png-process.ts';

const dirs: string[] = [];
const cacheDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'om-png-cache-'));
  dirs.push(d);
  return join(d, 'png');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A stand-in renderer: a small valid-looking PNG that says which SVG it was made from. */
function fakeRenderer() {
  const calls: string[] = [];
  const render = async (svg: string) => {
    calls.push(svg);
    const body = new TextEncoder().encode(svg);
    return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...body, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
  };
  return { calls, render };
}

/** A stand-in renderer that takes a few milliseconds, and the most renderings it had at once. */
function slowRenderer() {
  let running = 0;
  let most = 0;
  const render = async (svg: string) => {
    running++;
    most = Math.max(most, running);
    await new Promise((r) => setTimeout(r, 5));
    running--;
    return fakeRenderer().render(svg);
  };
  return { render, most: () => most };
}

const text = (b: Uint8Array) => new TextDecoder().decode(b.subarray(8, b.length - 12));

describe('isCompletePng', () => {
  test('accepts a whole PNG and refuses one cut short or something else', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(isCompletePng(png)).toBe(true);
    expect(isCompletePng(png.subarray(0, png.length - 1))).toBe(false);
    expect(isCompletePng(png.subarray(0, 20))).toBe(false);
    expect(isCompletePng(new TextEncoder().encode('<svg/>'))).toBe(false);
  });
});

describe('pngCache', () => {
  test('renders a picture started in the background once, and hands it over when asked for', async () => {
    const fake = fakeRenderer();
    const cache = pngCache({ dir: null, render: fake.render, key: 'k' });
    cache.prefetch(['<a/>', '<b/>', '<c/>'].map((s) => () => s));
    expect(text(await cache.png('<b/>'))).toBe('<b/>');
    expect(text(await cache.png('<a/>'))).toBe('<a/>');
    expect(text(await cache.png('<c/>'))).toBe('<c/>');
    expect(fake.calls.sort()).toEqual(['<a/>', '<b/>', '<c/>']);
    expect(cache.stats()).toEqual({ rendered: 3, cached: 0 });
  });

  test('a picture asked for before the background reaches it is not rendered twice', async () => {
    const fake = fakeRenderer();
    const cache = pngCache({ dir: null, render: fake.render, key: 'k', parallel: 1 });
    const asked = cache.png('<c/>');
    cache.prefetch(['<a/>', '<b/>', '<c/>'].map((s) => () => s));
    await asked;
    await cache.png('<a/>');
    await cache.png('<b/>');
    expect(fake.calls.filter((s) => s === '<c/>')).toHaveLength(1);
  });

  test('the background renders a few at a time and makes each SVG only when a renderer is free', async () => {
    const { render, most } = slowRenderer();
    const made: string[] = [];
    const cache = pngCache({ dir: null, render, key: 'k', parallel: 2 });
    const svgs = Array.from({ length: 8 }, (_, i) => `<s${i}/>`);
    cache.prefetch(svgs.map((s) => () => (made.push(s), s)));
    expect(made).toHaveLength(2);
    for (const s of svgs) await cache.png(s);
    expect(most()).toBe(2);
    expect(made).toEqual(svgs);
  });

  test('once the pages are written, the pictures still waiting render on every core', async () => {
    const { render, most } = slowRenderer();
    const cache = pngCache({ dir: null, render, key: 'k', parallel: 1, allCores: 3 });
    const first = Array.from({ length: 3 }, (_, i) => `<a${i}/>`);
    cache.prefetch(first.map((s) => () => s));
    for (const s of first) await cache.png(s);
    expect(most()).toBe(1);
    const rest = Array.from({ length: 9 }, (_, i) => `<b${i}/>`);
    cache.prefetch(rest.map((s) => () => s));
    // A page already waiting for its picture gets one of the new renderers too.
    const waiting = cache.png('<late/>');
    cache.renderOnAllCores();
    const got = await Promise.all([...rest.map((s) => cache.png(s)), waiting]);
    expect(got.map(text)).toEqual([...rest, '<late/>']);
    expect(most()).toBe(3);
  });

  test('held (a build while its pages are written), the background renders nothing, but a picture asked for renders at once', async () => {
    const fake = fakeRenderer();
    const cache = pngCache({ dir: null, render: fake.render, key: 'k', parallel: 0, allCores: 2 });
    cache.prefetch(['<a/>', '<b/>', '<c/>'].map((s) => () => s));
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.calls).toEqual([]);
    expect(text(await cache.png('<z/>'))).toBe('<z/>');
    expect(fake.calls).toEqual(['<z/>']);
    cache.renderOnAllCores();
    expect(fake.calls).toEqual(['<z/>', '<a/>', '<b/>']);
    for (const s of ['<a/>', '<b/>', '<c/>']) expect(text(await cache.png(s))).toBe(s);
    expect(fake.calls.toSorted()).toEqual(['<a/>', '<b/>', '<c/>', '<z/>']);
  });

  test('pages asking for images the background has not reached do not add renderings beyond the limit', async () => {
    const { render, most } = slowRenderer();
    const cache = pngCache({ dir: null, render, key: 'k', parallel: 2 });
    const svgs = Array.from({ length: 6 }, (_, i) => `<s${i}/>`);
    cache.prefetch(svgs.map((s) => () => s));
    const asked = await Promise.all([...svgs].reverse().map((s) => cache.png(s)));
    expect(asked.map(text)).toEqual([...svgs].reverse());
    expect(most()).toBe(2);
  });

  test('a failed rendering is reported to whoever asks for that picture, and the others still come', async () => {
    const fake = fakeRenderer();
    const render = (svg: string) => (svg === '<bad/>' ? Promise.reject(new Error('librsvg could not read it')) : fake.render(svg));
    const cache = pngCache({ dir: null, render, key: 'k', parallel: 1 });
    cache.prefetch(['<bad/>', '<good/>'].map((s) => () => s));
    await expect(cache.png('<bad/>')).rejects.toThrow('librsvg could not read it');
    expect(text(await cache.png('<good/>'))).toBe('<good/>');
  });

  test('the next build reads every picture from the cache folder and renders none', async () => {
    const dir = cacheDir();
    const first = fakeRenderer();
    const a = await pngCache({ dir, render: first.render, key: 'k' }).png('<a/>');
    const second = fakeRenderer();
    const next = pngCache({ dir, render: second.render, key: 'k' });
    const b = await next.png('<a/>');
    expect(second.calls).toEqual([]);
    expect(next.stats()).toEqual({ rendered: 0, cached: 1 });
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  test('the background renders only what the cache folder lacks, and leaves the rest to be read when asked for', async () => {
    const dir = cacheDir();
    await pngCache({ dir, render: fakeRenderer().render, key: 'k' }).png('<a/>');
    const fake = fakeRenderer();
    const cache = pngCache({ dir, render: fake.render, key: 'k' });
    cache.prefetch(['<a/>', '<b/>'].map((s) => () => s));
    expect(text(await cache.png('<a/>'))).toBe('<a/>');
    expect(text(await cache.png('<b/>'))).toBe('<b/>');
    expect(fake.calls).toEqual(['<b/>']);
    expect(cache.stats()).toEqual({ rendered: 1, cached: 1 });
    expect(cache.prune()).toBe(0);
  });

  test('a new renderer, other fonts or another SVG give another picture: rendered, never read from the cache', async () => {
    const dir = cacheDir();
    await pngCache({ dir, render: fakeRenderer().render, key: 'librsvg 2.60' }).png('<a/>');
    const fake = fakeRenderer();
    const cache = pngCache({ dir, render: fake.render, key: 'librsvg 2.61' });
    await cache.png('<a/>');
    await cache.png('<a />');
    expect(fake.calls).toEqual(['<a/>', '<a />']);
  });

  test('a cached file cut short by an interrupted build is rendered again and replaced', async () => {
    const dir = cacheDir();
    await pngCache({ dir, render: fakeRenderer().render, key: 'k' }).png('<a/>');
    const [file] = readdirSync(dir);
    const whole = readFileSync(join(dir, file!));
    writeFileSync(join(dir, file!), whole.subarray(0, whole.length - 5));
    const fake = fakeRenderer();
    expect(text(await pngCache({ dir, render: fake.render, key: 'k' }).png('<a/>'))).toBe('<a/>');
    expect(fake.calls).toEqual(['<a/>']);
    expect(readFileSync(join(dir, file!)).equals(whole)).toBe(true);
  });

  test('pruning after a build keeps the pictures it used and deletes the rest', async () => {
    const dir = cacheDir();
    const old = pngCache({ dir, render: fakeRenderer().render, key: 'k' });
    await old.png('<a/>');
    await old.png('<b/>');
    writeFileSync(join(dir, 'left-over.png.123.tmp'), 'half a file');
    const cache = pngCache({ dir, render: fakeRenderer().render, key: 'k' });
    await cache.png('<a/>');
    expect(cache.prune()).toBe(2);
    expect(readdirSync(dir)).toHaveLength(1);
    const fake = fakeRenderer();
    const after = pngCache({ dir, render: fake.render, key: 'k' });
    await after.png('<a/>');
    await after.png('<b/>');
    expect(fake.calls).toEqual(['<b/>']);
  });

  test('without a folder nothing is written, and pruning has nothing to do', async () => {
    const dir = cacheDir();
    const cache = pngCache({ dir: null, render: fakeRenderer().render, key: 'k' });
    await cache.png('<a/>');
    expect(cache.prune()).toBe(0);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('the chart PNG through the cache', () => {
  const input: ChartInput = {
    id: 'cache',
    title: 'Andel elever med gymnasieexamen inom 4 år',
    unit: 'procent',
    kind: 'year',
    series: [{ gender: 'T', points: [2020, 2021, 2022].map((y, i) => ({ period: makePeriod('year', y, 0), value: 60 + i })) }],
  };
  const svg = renderStandaloneSvg(input, { source: 'Kolada', licence: 'CC0 1.0', url: 'https://vaggeryd.example/', example: false });

  test('is byte for byte the picture svgToPng makes, whether rendered or read back from the folder', async () => {
    const direct = await svgToPng(svg, CHART_PNG_WIDTH);
    const dir = cacheDir();
    const rendered = await pngCache({ dir }).png(svg);
    const read = pngCache({ dir });
    const fromFolder = await read.png(svg);
    expect(read.stats()).toEqual({ rendered: 0, cached: 1 });
    expect(Buffer.from(rendered).equals(direct)).toBe(true);
    expect(Buffer.from(fromFolder).equals(direct)).toBe(true);
  });

  test('rendered in a child process (a build), it is the same picture; a bad SVG is refused with a reason, and a closed renderer starts again', async () => {
    const direct = await svgToPng(svg, CHART_PNG_WIDTH);
    const child = pngProcess(CHART_PNG_WIDTH);
    try {
      const [a, b] = await Promise.all([child.render(svg), child.render(svg)]);
      expect(Buffer.from(a).equals(direct)).toBe(true);
      expect(Buffer.from(b).equals(direct)).toBe(true);
      await expect(child.render('<svg')).rejects.toThrow(/^Diagrambilden kunde inte ritas: /);
      child.close();
      expect(Buffer.from(await child.render(svg)).equals(direct)).toBe(true);
    } finally {
      child.close();
    }
  }, 30_000);

  test('a renderer process that dies or is let go refuses the pictures it had with the reason, also when nothing else keeps node running', () => {
    // In a process of its own: inside the test runner something else always keeps node alive.
    const script = join(mkdtempSync(join(tmpdir(), 'om-png-process-')), 'die.mjs');
    dirs.push(dirname(script));
    writeFileSync(
      script,
      `import { pngProcess } from ${JSON.stringify(new URL('../src/site/png-process.ts', import.meta.url).href)};
const child = pngProcess(${CHART_PNG_WIDTH});
const pending = child.render(${JSON.stringify(svg)});
if (process.argv[2] === 'kill') process.kill(child.pid(), 'SIGKILL');
else child.close();
pending.then(() => console.log('rendered'), (e) => console.log(e.message));
`,
    );
    // Unanswered, node would simply end: a build would stop with exit code 0, its downloads half written.
    for (const how of ['kill', 'close']) {
      const run = spawnSync(process.execPath, [script, how], { encoding: 'utf8', timeout: 20_000 });
      expect([how, run.stdout.trim()]).toEqual([how, expect.stringMatching(/^Diagrambilderna kunde inte ritas: /)]);
    }
  });

  test("the key names the version of every library in sharp's rendering chain", () => {
    const key = JSON.parse(rendererKey());
    expect(key.libraries).toMatchObject({ rsvg: sharp.versions.rsvg, cairo: sharp.versions.cairo, pango: sharp.versions.pango, vips: sharp.versions.vips, sharp: sharp.versions.sharp });
    expect(key.width).toBe(CHART_PNG_WIDTH);
    expect(key.fonts).toMatch(/^[0-9a-f]{64}$/);
  });
});

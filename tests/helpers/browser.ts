/**
 * Shared pieces for the browser tests: building the real site once, launching Chromium,
 * running axe-core and turning its findings (and layout problems) into readable messages.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

export { launchChromium } from '../../scripts/chromium.ts';
export const ROOT = join(import.meta.dirname, '..', '..');
/**
 * The build date of the real site in these tests (2026-12-28): after every follow-up and value the
 * shipped content has, so that none is a draft or in the future, and fixed, so the build is the
 * same every day.
 */
export const REAL_SITE_EPOCH = '1798416000';
const ASTRO = join(ROOT, 'node_modules', '.bin', 'astro');

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serves axe-core as a cacheable script. Chromium then keeps its compiled code between pages,
 * which makes injecting it about five times quicker than an inline script on every page.
 */
export async function serveAxe(): Promise<{ url: string; close: () => void }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' });
    res.end(AXE_SOURCE);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/axe.min.js`, close: () => server.close() };
}

/** WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
};

/** Builds the real site (the repository's content/ and data/) into a temporary folder. */
export async function buildRealSite(): Promise<{ outDir: string; remove: () => void }> {
  const temp = mkdtempSync(join(tmpdir(), 'om-browser-'));
  const outDir = join(temp, 'dist');
  try {
    await promisify(execFile)(ASTRO, ['build'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, CONTENT_ROOT: ROOT, OUT_DIR: outDir, CACHE_DIR: join(temp, 'cache'), SOURCE_DATE_EPOCH: REAL_SITE_EPOCH },
    });
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`astro build of the real site failed:\n${e.stderr ?? ''}\n${e.stdout ?? e.message}`);
  }
  return { outDir, remove: () => rmSync(temp, { recursive: true, force: true }) };
}

/** The file the static server sends for a path, or null when it would answer 404. */
export function fileFor(outDir: string, pathname: string): string | null {
  const file = join(outDir, decodeURIComponent(pathname));
  if (!existsSync(file)) return null;
  if (!statSync(file).isDirectory()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

/** Runs axe-core on the page as it is now (injects it from axeUrl first when it is missing). */
export async function axeViolations(page: Page, axeUrl: string): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: axeUrl });
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run(document, options),
    AXE_OPTIONS as object,
  );
  return results.violations;
}

/** "rule [impact] help (url)" and one line per element with axe's own explanation (colours, ratios). */
export function formatViolations(where: string, violations: Result[]): string {
  if (violations.length === 0) return '';
  const lines = [`${where}: ${violations.length} axe violation(s)`];
  for (const v of violations) {
    lines.push(`  ${v.id} [${v.impact ?? 'unknown'}] ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes) {
      lines.push(`    - ${node.target.join(' ')}`);
      lines.push(`      ${node.html.replace(/\s+/g, ' ').slice(0, 200)}`);
      for (const line of (node.failureSummary ?? '').split('\n')) lines.push(`      ${line.trim()}`);
    }
  }
  return lines.join('\n');
}

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Elements sticking out on the right, outside a .table-wrap (where scrolling is allowed). */
  culprits: string[];
}

/** How wide the document is compared with the viewport, and which elements make it wider. */
export function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const limit = root.clientWidth + 1;
    const describe = (el: Element) =>
      el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + [...el.classList].map((c) => `.${c}`).join('');
    const culprits: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('.table-wrap')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= limit) continue;
      // Report the outermost element only, not each of its children.
      const parent = el.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > limit && !parent.closest('.table-wrap')) continue;
      const path = [];
      for (let e: Element | null = el; e && e !== document.body && path.length < 4; e = e.parentElement) path.unshift(describe(e));
      culprits.push(`${path.join(' > ')} (right edge ${Math.round(box.right)} px, text "${(el.textContent ?? '').trim().slice(0, 40)}")`);
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits: culprits.slice(0, 10) };
  });
}

/** The href values of the <a> elements in an HTML text, with &amp; decoded. */
export function hrefsIn(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?\bhref="([^"]*)"/gi)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

/** The id attributes in an HTML text (fragment targets). */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** WCAG contrast ratio of two "rgb(r, g, b)" colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, bl = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

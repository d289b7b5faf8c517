/**
 * The real site in a real browser (Chromium): accessibility by axe-core in light and dark,
 * the page skeleton without JavaScript, keyboard use, narrow screens, large text, the indicator
 * page's chart, table and downloads, links that lead somewhere, the Content-Security-Policy and
 * requests to other sites; and every page through the Nu HTML Checker.
 *
 * Builds the repository's own content once into a temporary folder, serves it with
 * scripts/serve.ts and reuses one browser: Debian's Chromium when installed, else the one in
 * @sparticuz/chromium (scripts/chromium.ts; BUNDLED_CHROMIUM=1 picks it on purpose).
 * BROWSER_TEST_DIST=dist tests an existing build instead (quicker while fixing a finding).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Project } from '../src/lib/model.ts';
import { dateOf } from '../src/lib/date.ts';
import { readProjectFiles } from '../src/lib/project/index.ts';
import { validateProject } from '../src/lib/validate.ts';
import { serveDist } from '../scripts/serve.ts';
import {
  REAL_SITE_EPOCH,
  ROOT,
  axeViolations,
  buildRealSite,
  contrastRatio,
  fileFor,
  formatViolations,
  hrefsIn,
  idsIn,
  launchChromium,
  measureOverflow,
  serveAxe,
} from './helpers/browser.ts';
import { htmlErrors } from './helpers/vnu.ts';
import { EXCLUDED } from '../src/site/search-index.ts';

/** One page of each kind, and the indicator pages with something special about them. */
const PAGES = [
  '/',
  '/mal/1/',
  '/mal/4/',
  '/indikatorer/',
  '/indikatorer/N15428/', // lines for women and men, a target
  '/indikatorer/hemtjanst-personalkontinuitet/', // tertial values
  '/indikatorer/foretag-nettoforandring/', // negative values
  '/indikatorer/gymnasieexamen-inom-fyra-ar/', // comparison lines, a comparison table
  '/indikatorer/friluftsomraden-besok/', // no data yet
  '/indikatorer/unga-fysiskt-aktiva/', // a survey every other year, a series break, a reference value
  '/indikatorer/arbetsloshet_total_16-64/', // monthly values with long gaps, an old latest value
  '/indikatorer/mal/2/', // the static list of one goal's indicators
  '/indikatorer/status/underlag-saknas/', // the static list of one status
  '/barnkonventionen/',
  '/barnkonventionen/artikel-2/',
  '/uppfoljning/',
  '/uppfoljning/2024-ar/',
  '/uppfoljning/2026-t2/', // what changed since the follow-up before
  '/sok/',
  '/uppfoljning/2025-extra-ungdomsenkat/', // an extra follow-up
  '/handlingsplan/',
  '/handlingsplan/mal-4/',
  '/handlingsplan/trygghetsvandringar/', // not followed up
  '/handlingsplan/spontanidrott-fler-platser/', // no log yet
  '/beslut/',
  '/metod/',
  '/data/',
  '/tillganglighet/',
  '/program/',
  '/404.html',
];
const CHART_PAGES = ['/indikatorer/N15428/', '/indikatorer/hemtjanst-personalkontinuitet/', '/indikatorer/foretag-nettoforandring/', '/indikatorer/gymnasieexamen-inom-fyra-ar/'];
const EXAMPLE_NOTICE = 'Exempeldata – inte officiell statistik';
const SKIP_LINK_TEXT = 'Hoppa till innehållet';

let site: { outDir: string; remove: () => void } | undefined;
let server: { url: string; close: () => void } | undefined;
let axeServer: { url: string; close: () => void } | undefined;
let browser: Browser | undefined;
/** JavaScript on (needed to inject axe and change the font size), light scheme, desktop width. */
let withJs: Page;
/** JavaScript off, as for visitors who block it; Playwright's evaluate still works here. */
let noJsContext: BrowserContext;
let noJs: Page;
let project: Project;
/** The a[href^="/"] of each page, noted whenever a page is open without JavaScript. */
const internalLinks = new Map<string, string[]>();
const noteInternalLinks = async (path: string) =>
  internalLinks.set(path, await noJs.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)));

beforeAll(async () => {
  // The project as the build publishes it, on the build's date.
  const loaded = validateProject(readProjectFiles(ROOT), { buildDate: dateOf(new Date(Number(REAL_SITE_EPOCH) * 1000)) });
  if (!loaded.project) throw new Error(`the repository's content does not load: ${JSON.stringify(loaded.problems.slice(0, 5))}`);
  project = loaded.project;
  const prebuilt = process.env.BROWSER_TEST_DIST;
  site = prebuilt ? { outDir: resolve(ROOT, prebuilt), remove: () => {} } : await buildRealSite();
  server = await serveDist(site.outDir);
  axeServer = await serveAxe();
  browser = await launchChromium();
  // axe-core is injected from another origin, which the site's Content-Security-Policy forbids
  // (rightly): this context bypasses it. The policy itself is tested in a context that does not.
  const jsContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', bypassCSP: true });
  withJs = await jsContext.newPage();
  noJsContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  noJs = await noJsContext.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  axeServer?.close();
  site?.remove();
});

const url = (path: string) => `${server!.url}${path}`;
const outDir = () => site!.outDir;

/** Whether a page shows example data, by the content: then it must say so at the top. */
function exampleByContent(path: string): boolean {
  const indicators = project.indicators;
  let m: RegExpMatchArray | null;
  const followUps = [...project.followUps, ...project.extraFollowUps];
  const activities = project.activities;
  if (path === '/')
    return indicators.some((i) => i.data.example) || followUps.some((f) => f.data.example) || project.decisions.some((d) => d.data.example) || activities.some((a) => a.data.example);
  if (path === '/indikatorer/') return indicators.some((i) => i.data.example);
  if (path === '/data/') return indicators.some((i) => i.data.example) || activities.some((a) => a.data.example);
  if ((m = path.match(/^\/indikatorer\/([^/]+)\/$/)))
    return indicators.some((i) => i.id === m![1] && i.data.example) || project.followUps.some((f) => f.data.example && f.data.indicators.some((c) => c.id === m![1]));
  if ((m = path.match(/^\/mal\/(\d)\/$/)))
    return (
      indicators.some((i) => i.data.goal === Number(m![1]) && i.data.example) ||
      activities.some((a) => a.data.goal === Number(m![1]) && a.data.example) ||
      project.extraFollowUps.some((f) => f.goals.includes(Number(m![1])) && f.data.example)
    );
  if ((m = path.match(/^\/barnkonventionen\/artikel-(\d+)\/$/))) return indicators.some((i) => i.data.childRights.includes(Number(m![1])) && i.data.example);
  if (path === '/uppfoljning/') return followUps.some((f) => f.data.example);
  if ((m = path.match(/^\/uppfoljning\/([^/]+)\/$/))) return followUps.some((f) => f.id === m![1] && f.data.example);
  if (path === '/handlingsplan/') return activities.some((a) => a.data.example);
  if ((m = path.match(/^\/handlingsplan\/mal-(\d)\/$/))) return activities.some((a) => a.data.goal === Number(m![1]) && a.data.example);
  if ((m = path.match(/^\/handlingsplan\/([^/]+)\/$/))) return activities.some((a) => a.id === m![1] && a.data.example);
  if (path === '/beslut/') return project.decisions.some((d) => d.data.example);
  return false;
}

describe('accessibility by axe-core (WCAG 2.0 and 2.1, A and AA)', () => {
  test.each(PAGES)('%s has no violations in the light or the dark colour scheme', async (path) => {
    const response = await withJs.goto(url(path));
    expect(response?.ok(), `${path} did not load`).toBe(true);
    const reports: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await withJs.emulateMedia({ colorScheme: scheme });
      expect(await withJs.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)).toBe(true);
      reports.push(formatViolations(`${path} (${scheme})`, await axeViolations(withJs, axeServer!.url)));
    }
    await withJs.emulateMedia({ colorScheme: 'light' });
    expect(reports.filter(Boolean).join('\n\n')).toBe('');
  }, 30_000);

  // axe cannot tell the background behind SVG text and leaves chart labels "to review": check them here.
  test.each(CHART_PAGES)('the chart text on %s contrasts at least 4.5:1 with its background in light and dark', async (path) => {
    await withJs.goto(url(path));
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await withJs.emulateMedia({ colorScheme: scheme });
      const texts = await withJs.evaluate(() => {
        const backgroundOf = (el: Element | null): string => {
          for (let e = el; e; e = e.parentElement) {
            const bg = getComputedStyle(e).backgroundColor;
            if (!/^rgba\(.*,\s*0\)$|^transparent$/.test(bg)) return bg;
          }
          return 'rgb(255, 255, 255)';
        };
        return [...document.querySelectorAll('figure svg[role="img"] text')]
          .filter((t) => t.getBoundingClientRect().width > 0)
          .map((t) => ({ text: t.textContent ?? '', cls: t.getAttribute('class') ?? '', fill: getComputedStyle(t).fill, background: backgroundOf(t.closest('svg')!.parentElement) }));
      });
      expect(texts.length, `no visible chart text on ${path}`).toBeGreaterThan(0);
      for (const t of texts) {
        const ratio = contrastRatio(t.fill, t.background);
        if (ratio < 4.5) problems.push(`${scheme}: <text class="${t.cls}"> "${t.text}" ${t.fill} on ${t.background}: ${ratio.toFixed(2)}:1`);
      }
    }
    await withJs.emulateMedia({ colorScheme: 'light' });
    expect([...new Set(problems)]).toEqual([]);
  });
});

describe('without JavaScript', () => {
  test.each(PAGES)('%s has lang="sv", one h1, a main landmark, a working skip link, the accessibility link and any example-data notice', async (path) => {
    const response = await noJs.goto(url(path));
    if (path !== '/404.html') expect(response?.status(), `${path} status`).toBe(200);
    await noteInternalLinks(path);
    const facts = await noJs.evaluate((noticeText) => {
      const notice = [...document.querySelectorAll('main .notice')].find((n) => n.textContent?.includes(noticeText));
      return {
        lang: document.documentElement.getAttribute('lang'),
        h1: document.querySelectorAll('h1').length,
        main: document.querySelectorAll('main, [role="main"]').length,
        footerLink: document.querySelectorAll('footer a[href="/tillganglighet/"]').length,
        notice: Boolean(notice),
        // An "Exempel" tag anywhere but in the notice itself means the page shows example data.
        exampleTags: [...document.querySelectorAll('.example-tag')].filter((t) => !t.closest('.notice')).length,
      };
    }, EXAMPLE_NOTICE);
    await noJs.keyboard.press('Tab');
    const first = await noJs.evaluate(() => {
      const el = document.activeElement;
      const href = el?.getAttribute('href') ?? '';
      const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
      return {
        tag: el?.tagName ?? '',
        text: el?.textContent?.trim() ?? '',
        href,
        targetExists: Boolean(target),
        targetIsMain: Boolean(target && target.closest('main')),
      };
    });
    const problems: string[] = [];
    if (facts.lang !== 'sv') problems.push(`<html lang> is "${facts.lang}", not "sv"`);
    if (facts.h1 !== 1) problems.push(`${facts.h1} h1 elements, not exactly one`);
    if (facts.main !== 1) problems.push(`${facts.main} main landmarks, not exactly one`);
    if (first.tag !== 'A' || first.text !== SKIP_LINK_TEXT) problems.push(`the first Tab focuses <${first.tag.toLowerCase()}> "${first.text}", not the skip link "${SKIP_LINK_TEXT}"`);
    else if (!first.targetExists) problems.push(`the skip link points to ${first.href}, which is not on the page`);
    else if (!first.targetIsMain) problems.push(`the skip link points to ${first.href}, which is outside <main>`);
    if (facts.footerLink === 0) problems.push('no link to /tillganglighet/ in the footer');
    const example = facts.exampleTags > 0 || exampleByContent(path);
    if (example && !facts.notice) problems.push(`shows example data but not the notice "${EXAMPLE_NOTICE}"`);
    expect(problems).toEqual([]);
  });

  test('an address that does not exist answers 404 with the site’s own page', async () => {
    const response = await noJs.goto(url('/finns-inte/'));
    expect(response?.status()).toBe(404);
    expect(await noJs.locator('html').getAttribute('lang')).toBe('sv');
    expect(await noJs.locator('h1').count()).toBe(1);
    expect(await noJs.locator('footer a[href="/tillganglighet/"]').count()).toBeGreaterThan(0);
  });
});

describe('labels: what is example, what the site wrote itself, and what the method is', () => {
  /** Pages that show assessments, example indicators and the site's own texts. */
  const LABEL_PAGES = [...PAGES.filter((p) => p !== '/metod/' && p !== '/404.html'), '/mal/', '/mal/2/', '/mal/3/', '/uppfoljning/2026-t2/', '/indikatorer/kontaktcenter-svar-direkt/'];

  test('every computed status says what it was computed by, and every judged one from an example follow-up says Exempel beside it', async () => {
    expect(project.settings.method.status).toBe('proposed');
    // The shipped follow-ups are all examples, so every judged status must carry the label.
    expect(project.followUps.every((f) => f.data.example)).toBe(true);
    const problems: string[] = [];
    for (const path of LABEL_PAGES) {
      await noJs.goto(url(path));
      problems.push(
        ...(await noJs.evaluate((path) => {
          const out: string[] = [];
          // An action-plan activity's status is reported in its monthly log, neither computed nor judged.
          for (const badge of document.querySelectorAll('main .status:not([data-activity-status])')) {
            const wrap = badge.closest('.status-wrap') as HTMLElement | null;
            const basis = wrap?.dataset.basis;
            const words = badge.textContent?.trim();
            if (basis === 'computed') {
              // The label: the kind line above the badge, its table column's header, or its dt.
              const cell = badge.closest('td');
              const header = cell ? cell.closest('table')?.querySelectorAll('thead th')[[...cell.parentElement!.children].indexOf(cell)]?.textContent : '';
              const dt = badge.closest('dd')?.previousElementSibling?.textContent ?? '';
              const label = `${wrap?.querySelector('.status-kind')?.textContent ?? ''} ${header ?? ''} ${dt}`;
              if (!label.includes('förslag till gemensam bedömningsprincip')) out.push(`${path}: the computed "${words}" does not say it follows a proposal`);
            } else if (basis === 'judged') {
              // Beside it, in its row, in its table's caption, or in its column's header.
              const cell = badge.closest('td');
              const column = cell ? cell.closest('table')?.querySelectorAll('thead th')[[...cell.parentElement!.children].indexOf(cell)] : null;
              const tagged =
                wrap?.querySelector('.example-tag') || badge.closest('tr')?.querySelector('.example-tag') || badge.closest('table')?.querySelector('caption .example-tag') || column?.querySelector('.example-tag');
              if (!tagged) out.push(`${path}: the judged "${words}" from an example follow-up has no Exempel beside it`);
            } else out.push(`${path}: the status "${words}" says neither whether it is computed nor judged`);
          }
          return out;
        }, path)),
      );
    }
    expect(problems).toEqual([]);
  });

  test('every listed indicator carries Exempel when it is example data, and Webbplatsens urval when the site chose it', async () => {
    const example = new Set(project.indicators.filter((i) => i.data.example).map((i) => i.id));
    const chosen = new Set(project.indicators.filter((i) => !i.data.example && !i.data.ambitionLevel).map((i) => i.id));
    expect(chosen.size).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const path of LABEL_PAGES) {
      await noJs.goto(url(path));
      const links = await noJs.evaluate(() =>
        [...document.querySelectorAll('main a[href^="/indikatorer/"]')].flatMap((a) => {
          const id = /^\/indikatorer\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1];
          const item = a.closest('li, tr, h2, h3, h4, p');
          // Only lists of indicators: an item that names the indicator by its title.
          if (!id || !item || a.closest('.prose')) return [];
          return [{ id, example: Boolean(item.querySelector('.example-tag')), site: item.querySelector('.site-tag')?.textContent ?? '' }];
        }),
      );
      for (const l of links) {
        if (example.has(l.id) && !l.example) problems.push(`${path}: the example indicator ${l.id} has no Exempel beside it`);
        // Where indicators are listed as the goals' measures, a real one the site chose says so.
        if (chosen.has(l.id) && l.site !== 'Webbplatsens urval' && /^\/(mal\/\d|indikatorer\/$|barnkonventionen\/artikel)/.test(path)) problems.push(`${path}: the indicator ${l.id} is the site's selection but not labelled so`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("the goal, sub-goal and programme texts that are the site's own say so, and no page claims the clarification", async () => {
    for (const g of project.goals) {
      await noJs.goto(url(`/mal/${g.data.number}/`));
      const heading = await noJs.locator('#fortydligande').textContent();
      const notes = await noJs.locator('main .site-note').allTextContents();
      if (g.data.siteSummary) {
        expect(heading).toBe('Om målet');
        expect(notes[0]).toMatch(/^Webbplatsens sammanfattning .*saknas i underlaget\.$/);
      } else expect(heading).toBe('Politiskt förtydligande');
      const subgoals = project.subgoals.filter((s) => s.data.goal === g.data.number && s.data.siteSummary).length;
      expect(notes.filter((n) => n.includes('mätområdena är webbplatsens egna'))).toHaveLength(subgoals);
    }
    await noJs.goto(url('/program/'));
    expect(await noJs.locator('main .site-note').count()).toBe(project.programme.data.siteSummary ? 1 : 0);
  });

  test("an example indicator's responsible committee carries Exempel, and its source names only the intended one", async () => {
    for (const ind of project.indicators.filter((i) => i.data.example && i.data.responsible)) {
      await noJs.goto(url(`/indikatorer/${ind.id}/`));
      const facts = await noJs.evaluate(() => {
        const dd = (name: string) => [...document.querySelectorAll('main dl.meta dt')].find((dt) => dt.textContent === name)?.nextElementSibling;
        return { responsible: Boolean(dd('Ansvarig')?.querySelector('.example-tag')), source: dd('Källa')?.textContent ?? '' };
      });
      expect(facts.responsible, ind.id).toBe(true);
      expect(facts.source, ind.id).toMatch(/^Exempeldata – inte officiell statistik\. Avsedd källa: /);
      expect(facts.source, ind.id).not.toMatch(/Källa: Kolada/);
    }
  });
});

describe('keyboard', () => {
  test('on the start page the first Tab shows the skip link and Enter moves focus to the content', async () => {
    await noJs.goto(url('/'));
    await noJs.keyboard.press('Tab');
    const link = noJs.locator(':focus');
    expect(await link.textContent()).toBe(SKIP_LINK_TEXT);
    expect(await link.getAttribute('href')).toBe('#innehall');
    // Shown on screen while focused (it is moved off-screen otherwise).
    const box = await link.boundingBox();
    expect(box, 'the focused skip link has no box').not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    await noJs.keyboard.press('Enter');
    await noJs.waitForFunction(() => location.hash === '#innehall');
    const after = await noJs.evaluate(() => ({
      focusedId: document.activeElement?.id ?? '',
      mainTop: document.getElementById('innehall')?.getBoundingClientRect().top ?? NaN,
    }));
    expect(after.focusedId).toBe('innehall');
    expect(after.mainTop).toBeGreaterThanOrEqual(-1);
    expect(after.mainTop).toBeLessThan(900);
    // The next Tab continues inside the content, not in the header menu.
    await noJs.keyboard.press('Tab');
    expect(await noJs.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });

  test('every focus stop on /indikatorer/N15428/ shows a visible focus indicator and is on screen', async () => {
    await noJs.goto(url('/indikatorer/N15428/'));
    const stops: string[] = [];
    const problems: string[] = [];
    for (let i = 0; i < 80; i++) {
      await noJs.keyboard.press('Tab');
      const s = await noJs.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          name: `<${el.tagName.toLowerCase()}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}${el.className ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
          shadow: style.boxShadow !== 'none',
          onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
        };
      });
      if (!s) break;
      if (s.name === stops[0]) break; // wrapped around to the first stop
      stops.push(s.name);
      if (!s.outline && !s.shadow) problems.push(`no focus indicator on ${s.name}`);
      if (!s.onScreen) problems.push(`focus is off screen on ${s.name}`);
    }
    expect(stops.length, 'fewer focus stops than the menu, breadcrumbs and content should give').toBeGreaterThanOrEqual(15);
    expect(problems).toEqual([]);
  });
});

describe('narrow screens', () => {
  test.each([320, 375])('no page scrolls sideways at %i px (tables may scroll in their own box)', async (width) => {
    await noJs.setViewportSize({ width, height: 800 });
    const problems: string[] = [];
    try {
      for (const path of PAGES) {
        await noJs.goto(url(path));
        const o = await measureOverflow(noJs);
        if (o.scrollWidth > o.clientWidth + 1)
          problems.push(`${path}: ${o.scrollWidth} px wide in ${o.clientWidth} px\n    ${o.culprits.join('\n    ')}`);
      }
    } finally {
      await noJs.setViewportSize({ width: 1280, height: 900 });
    }
    expect(problems.join('\n')).toBe('');
  }, 60_000);
});

describe('large text', () => {
  test('with the text size doubled the start page, and every page above, does not scroll sideways at 1280 px', async () => {
    const problems: string[] = [];
    for (const path of PAGES) {
      await withJs.goto(url(path));
      await withJs.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      // Doubled compared with the browser default of 16 px.
      expect(await withJs.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('32px');
      const o = await measureOverflow(withJs);
      if (o.scrollWidth > o.clientWidth + 1) problems.push(`${path}: ${o.scrollWidth} px wide in ${o.clientWidth} px\n    ${o.culprits.join('\n    ')}`);
    }
    expect(problems.join('\n')).toBe('');
  }, 30_000);
});

describe('the indicator page /indikatorer/N15428/', () => {
  test('the chart is an image with a title and a description that the caption repeats', async () => {
    await noJs.goto(url('/indikatorer/N15428/'));
    const charts = await noJs.evaluate(() =>
      [...document.querySelectorAll('figure svg[role="img"]')].map((svg) => {
        const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
        return {
          visible: svg.getBoundingClientRect().width > 0,
          title: svg.querySelector(':scope > title')?.textContent?.trim() ?? '',
          desc: svg.querySelector(':scope > desc')?.textContent?.trim().replace(/\s+/g, ' ') ?? '',
          labelledByFound: ids.length > 0 && ids.every((id) => svg.querySelector(`[id="${id}"]`)),
          caption: svg.closest('figure')?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ') ?? '',
        };
      }),
    );
    expect(charts.filter((c) => c.visible)).toHaveLength(1);
    for (const c of charts) {
      expect(c.title).not.toBe('');
      expect(c.desc).not.toBe('');
      expect(c.labelledByFound, 'aria-labelledby points to elements that are not in the chart').toBe(true);
      expect(c.caption).toContain(c.desc);
    }
  });

  test('the table has one row per period in the data and columns for women and men', async () => {
    await noJs.goto(url('/indikatorer/N15428/'));
    const csv = await (await fetch(url('/data/indikatorer/N15428.csv'))).text();
    const rows = csv.trim().split(/\r?\n/).slice(1).map((line) => line.split(','));
    const periods = [...new Set(rows.map((r) => r[0]))].sort();
    const genders = new Set(rows.map((r) => r[1]));
    expect(periods.length).toBeGreaterThan(1);
    expect(genders).toEqual(new Set(['T', 'K', 'M']));
    const table = noJs.locator('.table-wrap table').first();
    const rowHeads = (await table.locator('tbody tr > th[scope="row"]').allTextContents()).map((t) => t.trim());
    expect(await table.locator('tbody tr').count()).toBe(periods.length);
    expect([...rowHeads].sort()).toEqual(periods);
    const columns = (await table.locator('thead th').allTextContents()).map((t) => t.trim());
    expect(columns).toEqual(expect.arrayContaining(['Period', 'Totalt', 'Kvinnor', 'Män']));
  });

  test('the download links for CSV, Excel, JSON, SVG and PNG give the files with the right types', async () => {
    await noJs.goto(url('/indikatorer/N15428/'));
    const links = await noJs.locator('a[href^="/data/"]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() })));
    const find = (what: string, test: (l: { href: string; text: string }) => boolean) => {
      const link = links.find(test);
      expect(link, `no ${what} download link among ${JSON.stringify(links)}`).toBeDefined();
      return link!.href;
    };
    const get = async (href: string) => {
      const response = await fetch(url(href));
      return { status: response.status, type: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) };
    };
    const csv = await get(find('CSV', (l) => /\.csv$/.test(l.href) && !l.href.includes('/excel/')));
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.body.toString('utf8')).toMatch(/^period,gender,value,note,example\r?\n\d{4}/);

    const excel = await get(find('Excel', (l) => /excel/i.test(l.href + l.text) && /\.csv$/.test(l.href)));
    expect(excel.status).toBe(200);
    expect(excel.type).toMatch(/^text\/csv/);
    expect([...excel.body.subarray(0, 3)], 'the Excel CSV starts with a byte order mark').toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.body.toString('utf8')).toMatch(/^\uFEFFperiod;gender;value;note;example\r\n\d{4};T;\d+(,\d+)?;/);

    const json = await get(find('JSON', (l) => /\.json$/.test(l.href)));
    expect(json.status).toBe(200);
    expect(json.type).toMatch(/^application\/json/);
    expect(JSON.parse(json.body.toString('utf8'))).toMatchObject({ id: 'N15428' });

    const svg = await get(find('SVG', (l) => /\.svg$/.test(l.href)));
    expect(svg.status).toBe(200);
    expect(svg.type).toMatch(/^image\/svg\+xml/);
    expect(svg.body.length).toBeGreaterThan(2_000);
    expect(svg.body.toString('utf8')).toMatch(/<svg[^>]*role="img"[\s\S]*<title[^>]*>[^<]+<\/title>[\s\S]*<\/svg>\s*$/);

    const png = await get(find('PNG', (l) => /\.png$/.test(l.href)));
    expect(png.status).toBe(200);
    expect(png.type).toBe('image/png');
    expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.body.length).toBeGreaterThan(10_000);
    expect(png.body.readUInt32BE(16), 'PNG width').toBeGreaterThanOrEqual(600);
    expect(png.body.readUInt32BE(20), 'PNG height').toBeGreaterThanOrEqual(300);
  });
});

describe('HTML validity', () => {
  test('every built page passes the Nu HTML Checker with no errors', async () => {
    const pages = readdirSync(outDir(), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(60);
    const errors = await htmlErrors(pages.map((f) => join(outDir(), f)));
    expect(errors.map((e) => `${e.url.replace(`file:${outDir()}/`, '/')}:${e.lastLine ?? '?'}: ${e.message}${e.extract ? ` [${e.extract.trim()}]` : ''}`)).toEqual([]);
  }, 180_000);
});

describe('Content-Security-Policy and requests to other sites', () => {
  /** JavaScript on and the policy enforced, as in a visitor's browser. */
  let strict: BrowserContext;
  beforeAll(async () => {
    strict = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await strict?.close();
  });

  /** Every request a page makes and every error it reports, in light, dark and print. */
  async function visit(path: string) {
    const page = await strict.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    const response = await page.goto(url(path), { waitUntil: 'load' });
    for (const media of [{ colorScheme: 'dark' as const }, { media: 'print' as const }]) {
      await page.emulateMedia(media);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    return { page, requests, errors, meta, header: response?.headers()['content-security-policy'] ?? null };
  }

  test.each(PAGES)('%s makes no request to another site and breaks no rule of its policy', async (path) => {
    const { page, requests, errors, meta, header } = await visit(path);
    await page.close();
    expect(meta, 'the page has no Content-Security-Policy meta tag').toBeTruthy();
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "script-src 'self'", "style-src 'self'"]) expect(meta).toContain(directive);
    expect(meta).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(header, 'the server did not send the policy from _headers').toContain("frame-ancestors 'none'");
    expect(requests.filter((r) => new URL(r).origin !== server!.url)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a script or a style attribute that got into a page would not run or apply', async () => {
    const { page, errors } = await visit('/');
    const outcome = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "ran"';
      document.body.append(script);
      const p = document.createElement('p');
      p.setAttribute('style', 'color: rgb(1, 2, 3)');
      document.body.append(p);
      return { ran: document.documentElement.dataset.injected ?? null, colour: getComputedStyle(p).color };
    });
    await page.close();
    expect(outcome.ran).toBeNull();
    expect(outcome.colour).not.toBe('rgb(1, 2, 3)');
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
  });
});

describe('links', () => {
  test('every internal link on the pages above points to a file in the build', async () => {
    const broken: string[] = [];
    for (const path of PAGES) {
      if (!internalLinks.has(path)) {
        await noJs.goto(url(path));
        await noteInternalLinks(path);
      }
      for (const href of new Set(internalLinks.get(path))) {
        const target = new URL(href, 'http://x').pathname;
        if (!fileFor(outDir(), target)) broken.push(`${path} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('crawling from the start page finds no page that answers 404 and no missing #fragment', async () => {
    const LIMIT = 400;
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    const htmlOf = new Map<string, string>();
    const linkedFrom = new Map<string, string>();
    const broken: string[] = [];
    const fragments: { from: string; path: string; id: string }[] = [];
    while (queue.length > 0 && htmlOf.size < LIMIT) {
      const path = queue.shift()!;
      const response = await fetch(url(path));
      const body = await response.text();
      if (response.status !== 200) {
        broken.push(`${path} answers ${response.status} (linked from ${linkedFrom.get(path) ?? 'nowhere'})`);
        continue;
      }
      if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
      htmlOf.set(path, body);
      for (const href of hrefsIn(body)) {
        if (/^(mailto:|https?:|\/\/)/i.test(href)) continue;
        const target = new URL(href, url(path));
        if (target.origin !== server!.url) continue;
        if (target.hash.length > 1) fragments.push({ from: path, path: target.pathname, id: decodeURIComponent(target.hash.slice(1)) });
        if (!seen.has(target.pathname)) {
          seen.add(target.pathname);
          linkedFrom.set(target.pathname, path);
          queue.push(target.pathname);
        }
      }
    }
    expect(htmlOf.size, 'the crawl reached too few pages').toBeGreaterThanOrEqual(PAGES.length - 1);
    for (const f of fragments) {
      const html = htmlOf.get(f.path) ?? (fileFor(outDir(), f.path)?.endsWith('.html') ? readFileSync(fileFor(outDir(), f.path)!, 'utf8') : undefined);
      if (html !== undefined && !idsIn(html).has(f.id)) broken.push(`${f.from} → ${f.path}#${f.id}: no element with that id`);
    }
    expect([...new Set(broken)]).toEqual([]);
  }, 60_000);
});

describe('the answer first', () => {
  /** The label of each goal's judged assessment in the latest follow-up, and of the one before, from the content. */
  const judgedLabels = () => {
    const labels = { fulfilled: 'Uppfylls', 'partly-fulfilled': 'Uppfylls delvis', 'not-fulfilled': 'Uppfylls inte', 'insufficient-data': 'Underlag saknas' } as const;
    const [before, latest] = project.followUps.slice(-2);
    return project.goals.map((g) => ({
      n: g.data.number,
      name: g.data.shortName,
      now: labels[latest!.data.goals.find((x) => x.goal === g.data.number)!.assessment!],
      then: labels[before!.data.goals.find((x) => x.goal === g.data.number)!.assessment!],
      before: before!.label.toLowerCase(),
    }));
  };

  test.each([
    ['without JavaScript', () => noJs],
    ['with JavaScript', () => withJs],
  ])('on a 375 × 667 phone %s, the start page shows the four goals, their judged status and its move without scrolling', async (_name, pageOf) => {
    const page = pageOf();
    await page.setViewportSize({ width: 375, height: 667 });
    try {
      await page.goto(url('/'));
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll('main table.goal-status tbody tr')].map((tr) => {
          const box = (el: Element | null | undefined) => {
            const r = el?.getBoundingClientRect();
            return r && r.width > 0 ? { top: r.top, bottom: r.bottom } : null;
          };
          const judged = tr.querySelector('[data-basis="judged"] .status');
          const computed = tr.querySelector('[data-basis="computed"] .status');
          const move = tr.querySelector('.move');
          return {
            name: tr.querySelector('th a')?.textContent?.trim() ?? '',
            judged: judged?.textContent?.trim() ?? '',
            move: move?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
            boxes: [box(tr.querySelector('th a')), box(judged), box(computed), box(move)],
          };
        }),
      );
      const expected = judgedLabels();
      expect(rows.map((r) => r.name)).toEqual(expected.map((g) => `${g.n}. ${g.name}`));
      expect(rows.map((r) => r.judged)).toEqual(expected.map((g) => g.now));
      for (const [i, r] of rows.entries()) {
        const g = expected[i]!;
        // The move in words: the same, or better or worse with the status it had then.
        expect(r.move).toMatch(g.now === g.then ? new RegExp(`Samma som i ${g.before}$`) : new RegExp(`(Bättre|Sämre|Ändrad).* ${g.before} \\(då: ${g.then}\\)$`));
        for (const b of r.boxes) {
          expect(b, `${r.name}: something is not shown`).not.toBeNull();
          expect(b!.top, r.name).toBeGreaterThanOrEqual(0);
          expect(b!.bottom, `${r.name} ends at ${Math.round(b!.bottom)} px, below the first screen`).toBeLessThanOrEqual(667);
        }
      }
      // The shipped follow-ups have goal 3 fall from Uppfylls to Uppfylls delvis in tertial 2 2026.
      expect(rows[2]!.move).toBe('↓ Sämre än i tertial 1 2026 (då: Uppfylls)');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  test.each(['/mal/1/', '/mal/3/', '/indikatorer/N15428/', '/indikatorer/gymnasieexamen-inom-fyra-ar/', '/handlingsplan/', '/barnkonventionen/artikel-3/'])(
    'on a 375 × 667 phone without JavaScript, %s shows its first status without scrolling, under a one-line example notice',
    async (path) => {
      await noJs.setViewportSize({ width: 375, height: 667 });
      try {
        await noJs.goto(url(path));
        const facts = await noJs.evaluate(() => {
          const status = document.querySelector('main .status')?.getBoundingClientRect();
          const notice = document.querySelector('main .notice');
          const explanation = document.getElementById('om-exempeldata');
          return {
            statusBottom: status?.bottom ?? Infinity,
            noticeHeight: notice?.getBoundingClientRect().height ?? 0,
            noticeLink: notice?.querySelector('a')?.getAttribute('href') ?? null,
            // The explanation comes after everything else the page shows.
            explanationLast: Boolean(explanation && explanation.closest('main')?.lastElementChild?.contains(explanation)),
          };
        });
        expect(facts.statusBottom, `the first status ends at ${Math.round(facts.statusBottom)} px`).toBeLessThanOrEqual(667);
        expect(facts.noticeHeight).toBeLessThan(60);
        expect(facts.noticeLink).toBe('#om-exempeldata');
        expect(facts.explanationLast).toBe(true);
      } finally {
        await noJs.setViewportSize({ width: 1280, height: 900 });
      }
    },
  );

  test('on a phone the menu is one button that opens without JavaScript; on a wide screen the menu is shown in full', async () => {
    await noJs.setViewportSize({ width: 375, height: 667 });
    try {
      await noJs.goto(url('/'));
      expect(await noJs.locator('.nav-wide').isVisible()).toBe(false);
      const summary = noJs.locator('.nav-menu > summary');
      expect(await summary.textContent()).toBe('Meny');
      expect(await noJs.locator('.nav-panel a[href="/indikatorer/"]').isVisible()).toBe(false);
      await summary.focus();
      await noJs.keyboard.press('Enter');
      expect(await noJs.locator('.nav-panel a[href="/indikatorer/"]').isVisible()).toBe(true);
    } finally {
      await noJs.setViewportSize({ width: 1280, height: 900 });
    }
    await noJs.goto(url('/'));
    expect(await noJs.locator('.nav-menu').isVisible()).toBe(false);
    expect(await noJs.locator('.nav-wide a[href="/indikatorer/"]').isVisible()).toBe(true);
  });
});

describe('children: each article leads with how its indicators fare', () => {
  test.each([2, 3, 6, 12])('artikel %i: the roll-up of its indicators, with the counts, comes before the goals, and lists exactly those indicators', async (article) => {
    const tagged = project.indicators.filter((i) => i.data.childRights.includes(article)).map((i) => i.id);
    expect(tagged.length).toBeGreaterThan(0);
    await noJs.goto(url(`/barnkonventionen/artikel-${article}/`));
    const facts = await noJs.evaluate(() => {
      const main = document.querySelector('main')!;
      const firstH2 = main.querySelector('h2');
      const section = firstH2?.closest('section');
      const goalsHeading = [...main.querySelectorAll('h2')].find((h) => h.textContent?.startsWith('Mål som artikeln'));
      return {
        firstH2: firstH2?.textContent ?? '',
        status: section?.querySelector('[data-basis="computed"] .status')?.textContent?.trim() ?? '',
        counts: section?.querySelector('.article-rollup p')?.textContent ?? '',
        before: Boolean(goalsHeading && section && section.compareDocumentPosition(goalsHeading) & Node.DOCUMENT_POSITION_FOLLOWING),
        listed: [...main.querySelectorAll('#indikatorer + .indicator-list > li h3 a')].map((a) => /\/indikatorer\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1]),
      };
    });
    expect(facts.firstH2).toBe('Så går det för barnen');
    expect(facts.status).not.toBe('');
    const n = tagged.length;
    expect(facts.counts).toMatch(n === 1 ? /^(Den enda indikatorn|Indikatorn) / : n === 2 ? /^(Av 2 indikatorer|Båda indikatorerna) / : new RegExp(`^(Av|Alla) ${n} indikatorer`));
    expect(facts.before).toBe(true);
    expect(facts.listed.sort()).toEqual([...tagged].sort());
  });

  test('the start page and /barnkonventionen/ show every article’s roll-up, and the table fits a 320 px screen without scrolling', async () => {
    await noJs.goto(url('/'));
    const start = await noJs.evaluate(() => [...document.querySelectorAll('.article-list > li')].map((li) => ({ h: li.querySelector('h3')?.textContent ?? '', rollup: Boolean(li.querySelector('[data-basis="computed"] .status')), counts: li.querySelector('.article-rollup p')?.textContent ?? '' })));
    expect(start.map((a) => /^Artikel (\d+)/.exec(a.h)?.[1])).toEqual(project.childRights.map((c) => String(c.data.article)));
    for (const a of start) {
      expect(a.rollup, a.h).toBe(true);
      expect(a.counts, a.h).toMatch(/indikator/i);
    }
    await noJs.setViewportSize({ width: 320, height: 700 });
    try {
      await noJs.goto(url('/barnkonventionen/'));
      const table = await noJs.evaluate(() => {
        const wrap = document.querySelector('main .table-wrap')!;
        return { scroll: wrap.scrollWidth, client: wrap.clientWidth, rollups: document.querySelectorAll('main tbody .article-rollup').length };
      });
      expect(table.scroll, 'the table must fit, not scroll sideways').toBeLessThanOrEqual(table.client + 1);
      expect(table.rollups).toBe(project.childRights.length);
    } finally {
      await noJs.setViewportSize({ width: 1280, height: 900 });
    }
  });
});

describe('lists and search', () => {
  test('without JavaScript /indikatorer/ narrows to one goal or one status through plain links, and each list holds exactly those', async () => {
    await noJs.goto(url('/indikatorer/'));
    const links = await noJs.locator('main .filter-nav a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() })));
    expect(links.filter((l) => /^\/indikatorer\/mal\/\d\/$/.test(l.href))).toHaveLength(project.goals.length);
    const byStatus = links.filter((l) => l.href.startsWith('/indikatorer/status/'));
    expect(byStatus.length).toBeGreaterThan(2);
    let total = 0;
    for (const l of byStatus) {
      await noJs.goto(url(l.href));
      const label = l.text.replace(/ \(\d+\)$/, '');
      const rows = await noJs.evaluate(() =>
        [...document.querySelectorAll('main tbody tr')].map((tr) => {
          const judged = tr.querySelector('[data-basis="judged"] .status')?.textContent?.trim();
          const computed = tr.querySelector('[data-basis="computed"] .status')?.textContent?.trim();
          return judged ?? computed ?? '';
        }),
      );
      // The status a list is about is each row's own: the judged one when there is one, else the computed.
      expect(rows.every((r) => r === label), `${l.href}: ${JSON.stringify(rows)}`).toBe(true);
      expect(rows).toHaveLength(Number(/\((\d+)\)$/.exec(l.text)?.[1]));
      total += rows.length;
    }
    expect(total).toBe(project.indicators.length);
    await noJs.goto(url('/indikatorer/mal/2/'));
    expect(await noJs.locator('main tbody tr').count()).toBe(project.indicators.filter((i) => i.data.goal === 2).length);
  });

  test('without JavaScript no search box promises a search that cannot run, and /sok/ offers the lists', async () => {
    await noJs.goto(url('/'));
    expect(await noJs.locator('form[data-search-form]').evaluateAll((fs) => fs.filter((f) => (f as HTMLElement).offsetParent !== null).length)).toBe(0);
    await noJs.goto(url('/sok/'));
    expect(await noJs.locator('form[data-search-page]').isVisible()).toBe(false);
    expect(await noJs.locator('[data-search-nojs]').isVisible()).toBe(true);
    expect(await noJs.locator('main a[href^="/indikatorer/status/"]').count()).toBeGreaterThan(0);
  });

  test('with JavaScript, under a strict Content Security Policy, the header search finds pages in Swedish, and the results have no axe violations', async () => {
    // The policy as a header on every response, the worker's too: only this site's scripts, and
    // WebAssembly for Pagefind's search ('wasm-unsafe-eval' allows compiling WebAssembly, no eval of script).
    const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'";
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    try {
      await page.goto(url('/mal/3/'));
      const box = page.locator('#sok-sidhuvud');
      expect(await box.isVisible()).toBe(true);
      await box.fill('skolor');
      await box.press('Enter');
      await page.waitForURL(/\/sok\/\?q=skolor$/);
      await page.locator('[data-search-results] li').first().waitFor({ timeout: 15_000 });
      const status = await page.locator('[data-search-status]').textContent();
      expect(status).toMatch(/^\d+ träff(ar)? för ”skolor”\./);
      const hits = await page.locator('[data-search-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      // Swedish stemming: "skolor" finds the pages about "skolan".
      expect(hits).toContain('/indikatorer/elever-trygga-i-skolan/');
      expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-search-nojs]').isVisible()).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    // axe is injected as a script of another origin, which the policy above rightly refuses: check the results without it.
    await withJs.goto(url('/sok/?q=skolor'));
    await withJs.locator('[data-search-results] li').first().waitFor({ timeout: 15_000 });
    expect(formatViolations('/sok/?q=skolor', await axeViolations(withJs, axeServer!.url))).toBe('');
  }, 40_000);

  test('the search index leaves out the numbers of the value tables and the drawn charts, not the notes, captions or summaries', async () => {
    await withJs.goto(url('/indikatorer/biblioteksbesok/'));
    const seen = await withJs.evaluate((excluded) => {
      const inExcluded = (el: Element) => excluded.some((sel) => el.closest(sel) !== null || el.matches(sel));
      const all = (sel: string) => [...document.querySelectorAll(sel)];
      const valueCells = all('td[data-period]');
      return {
        valueCells: valueCells.length,
        valueCellsLeftOut: valueCells.filter(inExcluded).length,
        periodsLeftOut: all('table.values tbody th[scope="row"]').every(inExcluded),
        chartsLeftOut: all('figure svg').length > 0 && all('figure svg').every(inExcluded),
        keptText: [...all('table.values td:not(.num)'), ...all('table.values caption'), ...all('figcaption'), ...all('h1')]
          .filter((el) => !inExcluded(el))
          .map((el) => el.textContent ?? '')
          .join(' '),
      };
    }, EXCLUDED);
    expect(seen.valueCells).toBeGreaterThan(10);
    expect(seen.valueCellsLeftOut).toBe(seen.valueCells);
    expect(seen.periodsLeftOut).toBe(true);
    expect(seen.chartsLeftOut).toBe(true);
    // The note on a value, the table's caption and the chart's summary in words stay searchable.
    expect(seen.keptText).toContain('besöksräknaren fungerade inte');
    expect(seen.keptText).toContain('Värden för');
    expect(seen.keptText).toMatch(/senaste/i);
  });
});

describe('old values, reference values and sources', () => {
  test('an old latest value is marked in words wherever it is listed', async () => {
    const stale = project.indicators.find((i) => i.id === 'kommunens_fordon_fossilfria_andel')!;
    expect(stale.series?.observations.at(-1)?.period.key).toBe('2019');
    for (const path of ['/indikatorer/', `/mal/${stale.data.goal}/`, `/indikatorer/${stale.id}/`]) {
      await noJs.goto(url(path));
      const text = await noJs.evaluate((id) => {
        const link = [...document.querySelectorAll(`main a[href="/indikatorer/${id}/"]`)].find((a) => a.closest('tr, li'));
        return (link?.closest('tr, li') ?? document.querySelector('main #bedomning')?.closest('section'))?.textContent?.replace(/\s+/g, ' ') ?? '';
      }, stale.id);
      expect(text, path).toContain('Senaste uppgift 2019, mer än 3 år gammal');
    }
  });

  test('a reference value is named and drawn apart from a political target, and says what it rests on', async () => {
    await noJs.goto(url('/indikatorer/unga-fysiskt-aktiva/'));
    const ref = await noJs.evaluate(() => ({
      dt: [...document.querySelectorAll('main dl.meta dt')].map((d) => d.textContent),
      label: document.querySelector('.chart-wide .chart-target-label')?.textContent ?? '',
      line: document.querySelector('.chart-wide .chart-target')?.getAttribute('class') ?? '',
      caption: document.querySelector('figcaption')?.textContent ?? '',
    }));
    expect(ref.dt).toContain('Referensvärde');
    expect(ref.label).toMatch(/^Referensvärde /);
    expect(ref.line).toContain('chart-target--reference');
    expect(ref.caption).toMatch(/Referensvärdet är 35\s%\sår 2030 \(grund: /);
    expect(ref.caption).toContain('Serieavbrott år 2021: ny enkätfråga från 2021.');
    await noJs.goto(url('/indikatorer/N15428/'));
    const target = await noJs.evaluate(() => ({ label: document.querySelector('.chart-wide .chart-target-label')?.textContent ?? '', caption: document.querySelector('figcaption')?.textContent ?? '' }));
    expect(target.label).toMatch(/^Målvärde /);
    expect(target.caption).toMatch(/Målvärdet är 90\s%\sår 2026, ett exempel som inte är beslutat av politikerna\./);
  });

  test('a downloaded chart and a citation name the original producer first, and never say Källa twice', async () => {
    const svg = await (await fetch(url('/data/indikatorer/arbetsloshet_total_16-64.svg'))).text();
    expect(svg).toContain('Källa: Arbetsförmedlingen via Newsworthy och skillingaryd.nu, bearbetning Vaggeryds kommun');
    expect(svg).not.toMatch(/Källa:[^<]*Källa:/);
    await noJs.goto(url('/indikatorer/arbetsloshet_total_16-64/'));
    expect(await noJs.locator('main .citation').textContent()).toMatch(/^Arbetsförmedlingen via Newsworthy och skillingaryd\.nu, bearbetning Vaggeryds kommun \(\d{4}\)\. /);
  });
});

/**
 * Takes screenshots of built pages in Chromium, for looking at the site as a user would.
 * Usage: node scripts/screenshots.ts <outDir> <path> [<path> …]
 * Serves dist/ itself; widths 375 and 1280, light and dark, JavaScript off.
 * Set SHOT_SCHEME=dark or SHOT_WIDTHS=375 to narrow it down.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.ts';
import { serveDist } from './serve.ts';

const [outDir = '/tmp/shots', ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const widths = (process.env.SHOT_WIDTHS ?? '375,1280').split(',').map(Number);
const schemes = (process.env.SHOT_SCHEME ?? 'light').split(',') as ('light' | 'dark')[];
const server = await serveDist('dist');
const browser = await launchChromium();
try {
  for (const scheme of schemes)
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, javaScriptEnabled: false });
      for (const p of paths.length ? paths : ['/']) {
        await page.goto(server.url + p);
        const name = `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'start'}-${width}-${scheme}.png`;
        if (process.env.SHOT_SPLIT) {
          // Phone-length pages shrink to nothing when viewed whole: cut them into screen-sized parts.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const step = Number(process.env.SHOT_SPLIT) || 1400;
          for (let y = 0, i = 1; y < height; y += step, i++) {
            const part = name.replace('.png', `-${i}.png`);
            await page.screenshot({ path: join(outDir, part), fullPage: true, clip: { x: 0, y, width, height: Math.min(step, height - y) } });
            console.log(join(outDir, part));
          }
        } else {
          await page.screenshot({ path: join(outDir, name), fullPage: true });
          console.log(join(outDir, name));
        }
      }
      await page.close();
    }
} finally {
  await browser.close();
  server.close();
}

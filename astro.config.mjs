// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { charts } from './src/site/charts-integration.ts';
import { validation } from './src/site/integration.ts';

/**
 * CONTENT_ROOT: the folder that holds content/ and data/ (default: this folder). Tests build
 * fixture projects by pointing it elsewhere.
 * SITE_URL: the public address of the site, used for absolute links in the data catalogue,
 * the feed and citations. Set it when publishing; the default is a placeholder.
 * OUT_DIR and CACHE_DIR: where the build goes (default dist/) and Astro's cache (default
 * node_modules/.astro/; it also keeps the chart PNGs between builds, in png/), so that tests can
 * build fixture projects side by side without touching dist/.
 */
const contentRoot = process.env.CONTENT_ROOT ?? '.';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://oppen-maluppfoljning.example',
  ...(process.env.OUT_DIR && { outDir: process.env.OUT_DIR }),
  ...(process.env.CACHE_DIR && { cacheDir: process.env.CACHE_DIR }),
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), validation({ contentRoot }), charts()],
  devToolbar: { enabled: false },
});

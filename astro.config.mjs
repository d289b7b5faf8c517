// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { charts } from './src/site/charts-integration.ts';
import { indicatorDownloads } from './src/site/indicator-downloads.ts';
import { validation } from './src/site/integration.ts';
import { CSP_DIRECTIVES } from './src/site/security.ts';
import { searchIndex } from './src/site/search-index.ts';

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
  integrations: [mdx(), validation({ contentRoot }), indicatorDownloads(), searchIndex(), charts()],
  devToolbar: { enabled: false },
  // A Content-Security-Policy meta tag on every page, with the hashes of its inline styles and
  // scripts; the policy is described in src/site/security.ts. 'wasm-unsafe-eval' lets Pagefind's
  // search compile its WebAssembly (it allows no eval of script); under the header policy in
  // _headers, which also covers the search's worker, search would fail without it.
  security: { csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] } } },
  // Scripts always go in files of their own, never inline, so a Content Security Policy without
  // 'unsafe-inline' allows them (Astro would otherwise inline a small script into the page).
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
});

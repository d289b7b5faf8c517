/**
 * The charts of a build, made off the main thread: as soon as the validation integration has
 * loaded the project, every indicator's charts are made in a worker thread while Astro syncs
 * content, bundles and renders pages, and the missing PNGs are rendered in a child process on every
 * core once the pages are written (chart-file.ts, png-process.ts). The PNGs
 * are kept in `<cacheDir>/png/` for the next build (png-cache.ts); after a build the folder keeps
 * only what that build used, and one line says how many pictures were rendered and how many read.
 *
 * It must come after the validation integration in astro.config.mjs, which loads the project.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { configureChartPngs, endPngRendering, prepareCharts } from './chart-file.ts';
import type { PngCache } from './png-cache.ts';
import { loaded } from './store.ts';

export function charts(): AstroIntegration {
  let pngs: PngCache | null = null;
  return {
    name: 'oppen-maluppfoljning:charts',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        pngs = configureChartPngs(fileURLToPath(new URL('png/', config.cacheDir)), { build: command === 'build' });
        // A build with problems has stopped already; there is nothing to draw before it does.
        if (command === 'build' && loaded().site) void prepareCharts();
      },
      'astro:build:done': ({ logger }) => {
        endPngRendering();
        if (!pngs) return;
        const { rendered, cached } = pngs.stats();
        const removed = pngs.prune();
        logger.info(`Diagrambilder (PNG): ${rendered} ritade, ${cached} från cachen${removed ? `, ${removed} gamla borttagna ur cachen` : ''}.`);
      },
    },
  };
}

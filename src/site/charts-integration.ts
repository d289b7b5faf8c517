/**
 * The charts of a build, made off the main thread: as soon as the validation integration has
 * loaded the project, every indicator's charts are made in a worker thread and rendered to PNG on
 * the other CPU cores while Astro syncs content, bundles and renders pages (chart-file.ts). The PNGs
 * are kept in `<cacheDir>/png/` for the next build (png-cache.ts); after a build the folder keeps
 * only what that build used, and one line says how many pictures were rendered and how many read.
 *
 * It must come after the validation integration in astro.config.mjs, which loads the project.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { configureChartPngs, prepareCharts } from './chart-file.ts';
import type { PngCache } from './png-cache.ts';
import { loaded } from './store.ts';

export function charts(): AstroIntegration {
  let pngs: PngCache | null = null;
  return {
    name: 'oppen-maluppfoljning:charts',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        pngs = configureChartPngs(fileURLToPath(new URL('png/', config.cacheDir)));
        // A build with problems has stopped already; there is nothing to draw before it does.
        if (command === 'build' && loaded().site) void prepareCharts();
      },
      'astro:build:done': ({ logger }) => {
        if (!pngs) return;
        const { rendered, cached } = pngs.stats();
        const removed = pngs.prune();
        logger.info(`Diagrambilder (PNG): ${rendered} ritade, ${cached} från cachen${removed ? `, ${removed} gamla borttagna ur cachen` : ''}.`);
      },
    },
  };
}

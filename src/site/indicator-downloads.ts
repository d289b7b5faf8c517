/**
 * Each indicator's downloads: its values as CSV and as Excel CSV, as JSON, and its chart as SVG
 * and PNG. One table says how each is made; `npm run dev` serves them as routes (the route files
 * under src/pages/data/ are one line each), and a build writes them straight into the output
 * folder, with the same bytes.
 *
 * Why not routes in a build: for a thousand indicators they are 5,000 of the site's 7,300 files,
 * and Astro spends about a millisecond on every file it routes, whatever it holds. Written here,
 * the same files take a fraction of that (`npm run bench`; README, "Build speed"). They are
 * written when Astro has written the pages (`astro:build:generated`), before anything reads the
 * site back: the reconciliation checks them on disk like every other file.
 */
import { mkdirSync, writeFile } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRoute, AstroIntegration, GetStaticPaths } from 'astro';
import { hasData } from '../lib/export/context.ts';
import { indicatorCsv, indicatorExcelCsv } from '../lib/export/csv.ts';
import { indicatorJson } from '../lib/export/json.ts';
import type { IndicatorView } from '../lib/overview.ts';
import { DOWNLOAD } from '../lib/paths.ts';
import { chartFile, chartPng, endPngRendering, renderPngsOnAllCores } from './chart-file.ts';
import { CSV, respond, withIndicator } from './endpoints.ts';
import { releaseMemory } from './memory.ts';
import { getSite, isDevServer } from './store.ts';

export interface IndicatorDownload {
  /** The file's path on the site, for an indicator id. */
  path: (id: string) => string;
  /** Its media type, for the dev server. */
  type: string;
  /** Whether every indicator gets the file, or only those with values. */
  everyIndicator: boolean;
  make: (v: IndicatorView) => string | Uint8Array | Promise<Uint8Array>;
}

export const INDICATOR_DOWNLOADS = {
  csv: { path: DOWNLOAD.indicatorCsv, type: CSV, everyIndicator: false, make: (v) => indicatorCsv(v.indicator) },
  excelCsv: { path: DOWNLOAD.indicatorExcelCsv, type: CSV, everyIndicator: false, make: (v) => indicatorExcelCsv(v.indicator) },
  json: {
    path: DOWNLOAD.indicatorJson,
    type: 'application/json',
    everyIndicator: true,
    make: (v) => JSON.stringify(indicatorJson(v.indicator, v.assessment, getSite().exports), null, 2) + '\n',
  },
  svg: { path: DOWNLOAD.indicatorSvg, type: 'image/svg+xml', everyIndicator: false, make: chartFile },
  png: { path: DOWNLOAD.indicatorPng, type: 'image/png', everyIndicator: false, make: chartPng },
} satisfies Record<string, IndicatorDownload>;

/** The indicators that get `d`. */
const viewsFor = (d: IndicatorDownload) => getSite().overview.indicators.filter((v) => d.everyIndicator || hasData(v.indicator));

/**
 * The route of a download, for `npm run dev`. In a build it has no paths: the files are written by
 * the integration below instead.
 */
export function indicatorDownloadRoute(d: IndicatorDownload): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: () => (isDevServer() ? viewsFor(d).map((v) => ({ params: { id: v.indicator.id } })) : []),
    GET: ({ params }) => withIndicator(params.id, async (v) => respond(await d.make(v), d.type)),
  };
}

/** How many files are being written at once: making the next file overlaps writing the last ones. */
const WRITING_AT_ONCE = 16;

/** Writes every indicator's downloads under `outDir`; returns how many files it wrote. */
export async function writeIndicatorDownloads(outDir: string): Promise<number> {
  const writing = new Set<Promise<void>>();
  let failed: unknown = null;
  let written = 0;
  try {
    for (const d of Object.values(INDICATOR_DOWNLOADS) as IndicatorDownload[]) {
      const views = viewsFor(d);
      if (views.length) mkdirSync(dirname(join(outDir, d.path(views[0]!.indicator.id))), { recursive: true });
      for (const v of views) {
        if (failed) throw failed;
        if (writing.size >= WRITING_AT_ONCE) await Promise.race(writing);
        const file = join(outDir, d.path(v.indicator.id));
        const body = await d.make(v);
        // The callback form: its work is done on libuv's threads, with less on this one than
        // fs/promises. A failed write is kept (never an unhandled rejection) and stops the loop.
        const done: Promise<void> = new Promise<void>((resolve, reject) => writeFile(file, body, (error) => (error ? reject(error) : resolve())))
          .catch((error: unknown) => {
            failed ??= error;
          })
          .finally(() => writing.delete(done));
        writing.add(done);
        written++;
      }
    }
  } finally {
    await Promise.all(writing);
  }
  if (failed) throw failed;
  return written;
}

export function indicatorDownloads(): AstroIntegration {
  return {
    name: 'oppen-maluppfoljning:indicator-downloads',
    hooks: {
      'astro:build:generated': async ({ dir, logger }) => {
        // The pages are written: their garbage goes (memory.ts), and from here this thread only
        // makes files and waits for pictures, which may render on every core.
        releaseMemory();
        renderPngsOnAllCores();
        try {
          logger.info(`Nedladdningar per indikator: ${await writeIndicatorDownloads(fileURLToPath(dir))} filer skrivna.`);
        } finally {
          // Every picture is written (or the build stops): the process that rendered them ends.
          endPngRendering();
        }
      },
    },
  };
}

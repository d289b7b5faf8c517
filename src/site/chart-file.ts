/**
 * An indicator's charts: the page's inline chart, and the downloadable chart with title, source and
 * licence drawn in, as an SVG file and as a PNG. Each is made once per load of the project and
 * shared (the SVG file, the PNG and the background rendering use the same SVG).
 *
 * In a build, `prepareCharts` makes all of them in a worker thread while the main thread loads the
 * content collections, bundles and renders the first routes, and queues each missing PNG as its
 * SVG arrives; the PNGs render in a child process once the pages are written (configureChartPngs).
 * Anything not made there yet (or in `npm run dev`) is made here when asked for,
 * by the same functions (chart-markup.ts), so the result is the same either way.
 *
 * Why on `globalThis`: the charts integration (charts-integration.ts) starts this from the
 * config's module graph, and the pages use another module graph of the same process (see store.ts).
 */
import { Worker } from 'node:worker_threads';
import { renderStandaloneSvg, type ChartInput, type StandaloneMeta } from '../lib/chart/index.ts';
import { sourceCredit } from '../lib/citation.ts';
import { hasData } from '../lib/export/context.ts';
import type { IndicatorView } from '../lib/overview.ts';
import { absoluteUrl, PAGE } from '../lib/paths.ts';
import { inlineChartMarkup, type ChartJob, type ChartResult, type InlineCharts } from './chart-markup.ts';
import { CHART_PNG_WIDTH, pngCache, type PngCache } from './png-cache.ts';
import { pngProcess, type PngProcess } from './png-process.ts';
import { getSite } from './store.ts';

interface State {
  /** Standalone SVG files by view: a view belongs to one load, so a reload makes them again. */
  svgs: WeakMap<IndicatorView, string>;
  /** The page's chart variants by chart input: made by the worker and not yet asked for, or null once taken. */
  inline: WeakMap<ChartInput, InlineCharts | null>;
  pngs: PngCache | null;
  /** A build's PNG renderer in a child process (png-process.ts), or null: rendered in this process. */
  renderer: PngProcess | null;
}

const KEY = Symbol.for('oppen-maluppfoljning.chart-files');
const state: State = ((globalThis as Record<symbol, unknown>)[KEY] as State | undefined) ??
  ((globalThis as Record<symbol, unknown>)[KEY] = { svgs: new WeakMap(), inline: new WeakMap(), pngs: null, renderer: null } satisfies State) as State;

/** How many indicators' charts the worker makes per message: the first PNGs can start early. */
const BATCH = 50;

function standaloneMeta(v: IndicatorView): StandaloneMeta {
  const { project, site } = getSite().exports;
  return {
    source: sourceCredit(v.indicator, project.settings.organisation),
    licence: project.settings.licence.name,
    url: absoluteUrl(site, PAGE.indicator(v.indicator.id)),
    example: v.indicator.data.example,
  };
}

/** The chart file made afresh on this thread (chartFile gives the one made once per load). */
export function standaloneChart(v: IndicatorView): string {
  return renderStandaloneSvg(v.chart, standaloneMeta(v));
}

export function chartFile(v: IndicatorView): string {
  let svg = state.svgs.get(v);
  if (svg === undefined) state.svgs.set(v, (svg = standaloneChart(v)));
  return svg;
}

/** The page's chart variants; each page asks once, so what the worker made is let go then. */
export function inlineCharts(input: ChartInput): InlineCharts {
  const charts = state.inline.get(input);
  state.inline.set(input, null);
  return charts ?? inlineChartMarkup(input);
}

/**
 * Keeps chart PNGs in `dir` between builds (see png-cache.ts); null keeps them in memory only.
 * For a build (`build: true`) the pictures render in a child process, and none before the pages are
 * written (renderPngsOnAllCores): while Astro renders pages the main process is at its largest,
 * and what rendering leaves behind in a process stays there (png-process.ts).
 */
export function configureChartPngs(dir: string | null, { build = false } = {}): PngCache {
  state.renderer?.close();
  // The child runs a .ts file: a Node that cannot strip types itself renders in this process.
  state.renderer = build && process.features.typescript ? pngProcess(CHART_PNG_WIDTH) : null;
  return (state.pngs = pngCache({ dir, ...(state.renderer && { render: state.renderer.render, parallel: 0 }) }));
}

/** After the downloads: the child process that rendered the pictures ends, and its memory with it. */
export function endPngRendering(): void {
  state.renderer?.close();
}

const pngs = () => (state.pngs ??= pngCache({ dir: null }));

/** Once the pages are written: the PNGs still to render may use every core (png-cache.ts). */
export const renderPngsOnAllCores = (): void => pngs().renderOnAllCores();

export function chartPng(v: IndicatorView): Promise<Uint8Array> {
  return pngs().png(chartFile(v));
}

/**
 * For a build, which asks for every chart: makes them in a worker thread and queues the PNGs as
 * the SVGs arrive. If the worker cannot run, the PNGs are still queued, and the charts are
 * made on this thread as they are needed. Resolves, for tests, to how many indicators' charts the
 * worker made; the build does not wait for it.
 */
export function prepareCharts(): Promise<number> {
  const views = getSite().overview.indicators.filter((v) => hasData(v.indicator));
  const byId = new Map(views.map((v) => [v.indicator.id, v]));
  const prefetched = new Set<IndicatorView>();
  const prefetch = (vs: IndicatorView[]) => {
    const fresh = vs.filter((v) => !prefetched.has(v));
    for (const v of fresh) prefetched.add(v);
    pngs().prefetch(fresh.map((v) => () => chartFile(v)));
  };
  let worker: Worker;
  try {
    // A small heap: the worker holds one batch at a time, and memory a thread once takes is not
    // given back while the build runs (unlimited, it grew by about 200 MB and raised the peak).
    worker = new Worker(new URL('./chart-worker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 } });
  } catch {
    prefetch(views);
    return Promise.resolve(0);
  }
  // The build never waits for the worker: it is let go when done, or when the build ends first.
  worker.unref();
  return new Promise((resolve) => {
    let unanswered = 0;
    let made = 0;
    const finish = () => {
      prefetch(views);
      void worker.terminate();
      resolve(made);
    };
    worker.on('message', (results: ChartResult[]) => {
      const done: IndicatorView[] = [];
      for (const r of results) {
        const v = byId.get(r.id);
        if (!v) continue;
        // A page that got here first made the same markup already.
        if (!state.svgs.has(v)) state.svgs.set(v, r.standalone);
        if (!state.inline.has(v.chart)) state.inline.set(v.chart, r.inline);
        done.push(v);
      }
      made += done.length;
      prefetch(done);
      if (--unanswered === 0) finish();
    });
    // Whatever the worker did not make is made on this thread when it is asked for.
    worker.on('error', finish);
    for (let i = 0; i < views.length; i += BATCH) {
      worker.postMessage(views.slice(i, i + BATCH).map((v): ChartJob => ({ id: v.indicator.id, input: v.chart, meta: standaloneMeta(v) })));
      unanswered++;
    }
    if (unanswered === 0) finish();
  });
}

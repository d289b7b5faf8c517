/**
 * The downloadable chart of an indicator: a standalone SVG with title, source and licence drawn
 * in, and the same as a PNG. Each is made once per load of the project: the SVG file, the PNG and
 * the background rendering share them.
 *
 * Why on `globalThis`: the validation integration starts rendering the PNGs before Astro renders
 * any page, from the config's module graph, and the pages use another module graph of the same
 * process (see store.ts).
 */
import { attribution } from '../lib/citation.ts';
import { renderStandaloneSvg } from '../lib/chart/index.ts';
import { hasData } from '../lib/export/context.ts';
import type { IndicatorView } from '../lib/overview.ts';
import { absoluteUrl, PAGE } from '../lib/paths.ts';
import { pngCache, type PngCache } from './png-cache.ts';
import { getSite } from './store.ts';

interface State {
  /** SVG files by view: a view belongs to one load, so a reload makes them again. */
  svgs: WeakMap<IndicatorView, string>;
  pngs: PngCache | null;
}

const KEY = Symbol.for('oppen-maluppfoljning.chart-files');
const state: State = ((globalThis as Record<symbol, unknown>)[KEY] as State | undefined) ??
  ((globalThis as Record<symbol, unknown>)[KEY] = { svgs: new WeakMap(), pngs: null } satisfies State) as State;

export function chartFile(v: IndicatorView): string {
  let svg = state.svgs.get(v);
  if (svg === undefined) {
    const { project, site } = getSite().exports;
    svg = renderStandaloneSvg(v.chart, {
      source: `${attribution(v.indicator)} Publicerat av ${project.settings.organisation}.`,
      licence: project.settings.licence.name,
      url: absoluteUrl(site, PAGE.indicator(v.indicator.id)),
      example: v.indicator.data.example,
    });
    state.svgs.set(v, svg);
  }
  return svg;
}

/** Keeps chart PNGs in `dir` between builds (see png-cache.ts); null keeps them in memory only. */
export function configureChartPngs(dir: string | null): PngCache {
  return (state.pngs = pngCache({ dir }));
}

const pngs = () => (state.pngs ??= pngCache({ dir: null }));

export function chartPng(v: IndicatorView): Promise<Uint8Array> {
  return pngs().png(chartFile(v));
}

/** Starts rendering every indicator's chart PNG in the background (a build asks for them all). */
export function prefetchChartPngs(): void {
  const views = getSite().overview.indicators.filter((v) => hasData(v.indicator));
  pngs().prefetch(views.map((v) => () => chartFile(v)));
}

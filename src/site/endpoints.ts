/** Shared pieces of the download endpoints: which indicators get files, and typed responses. */
import { hasData } from '../lib/export.ts';
import { getOverview } from './site.ts';

/** Indicators with rows in their data file: only they get CSV, SVG and PNG downloads. */
export function pathsForIndicatorsWithData() {
  return getOverview()
    .indicators.filter((v) => hasData(v.indicator))
    .map((v) => ({ params: { id: v.indicator.id } }));
}

export function pathsForAllIndicators() {
  return getOverview().indicators.map((v) => ({ params: { id: v.indicator.id } }));
}

export const respond = (body: string | Uint8Array, type: string) => new Response(body as BodyInit, { headers: { 'Content-Type': type } });
export const CSV = 'text/csv; charset=utf-8';

/** The downloadable chart of an indicator: a standalone SVG with title, source and licence drawn in. */
import { attribution } from '../lib/citation.ts';
import { renderStandaloneSvg } from '../lib/chart/index.ts';
import type { IndicatorView } from '../lib/overview.ts';
import { getOverview } from './site.ts';

export function chartFile(v: IndicatorView, site: URL | undefined): string {
  const { settings } = getOverview().project;
  return renderStandaloneSvg(v.chart, {
    source: `${attribution(v.indicator)} Publicerat av ${settings.organisation}.`,
    licence: settings.licence.name,
    url: new URL(`/indikatorer/${v.indicator.id}/`, site).href,
    example: v.indicator.data.example,
  });
}

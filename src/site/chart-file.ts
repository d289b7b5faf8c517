/** The downloadable chart of an indicator: a standalone SVG with title, source and licence drawn in. */
import { sourceCredit } from '../lib/citation.ts';
import { renderStandaloneSvg } from '../lib/chart/index.ts';
import type { IndicatorView } from '../lib/overview.ts';
import { absoluteUrl, PAGE } from '../lib/paths.ts';
import { getSite } from './store.ts';

export function chartFile(v: IndicatorView): string {
  const { project, site } = getSite().exports;
  return renderStandaloneSvg(v.chart, {
    source: sourceCredit(v.indicator, project.settings.organisation),
    licence: project.settings.licence.name,
    url: absoluteUrl(site, PAGE.indicator(v.indicator.id)),
    example: v.indicator.data.example,
  });
}

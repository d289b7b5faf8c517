import type { APIRoute } from 'astro';
import { indicatorJson } from '../../../lib/export.ts';
import { pathsForAllIndicators, respond } from '../../../site/endpoints.ts';
import { exportContext, getOverview } from '../../../site/site.ts';

export const getStaticPaths = pathsForAllIndicators;
export const GET: APIRoute = ({ params, site }) => {
  const v = getOverview().byId.get(params.id!)!;
  return respond(JSON.stringify(indicatorJson(v.indicator, v.assessment, exportContext(site)), null, 2) + '\n', 'application/json');
};

import type { APIRoute } from 'astro';
import { indicatorJson } from '../../../lib/export/json.ts';
import { pathsForAllIndicators, respond, withIndicator } from '../../../site/endpoints.ts';
import { getSite } from '../../../site/store.ts';

export const getStaticPaths = pathsForAllIndicators;
export const GET: APIRoute = ({ params }) =>
  withIndicator(params.id, (v) => respond(JSON.stringify(indicatorJson(v.indicator, v.assessment, getSite().exports), null, 2) + '\n', 'application/json'));

import type { APIRoute } from 'astro';
import { indicatorCsv } from '../../../lib/export.ts';
import { CSV, pathsForIndicatorsWithData, respond } from '../../../site/endpoints.ts';
import { getOverview } from '../../../site/site.ts';

export const getStaticPaths = pathsForIndicatorsWithData;
export const GET: APIRoute = ({ params }) => respond(indicatorCsv(getOverview().byId.get(params.id!)!.indicator), CSV);

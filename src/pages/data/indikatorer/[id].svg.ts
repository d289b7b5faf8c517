import type { APIRoute } from 'astro';
import { pathsForIndicatorsWithData, respond } from '../../../site/endpoints.ts';
import { chartFile } from '../../../site/chart-file.ts';
import { getOverview } from '../../../site/site.ts';

export const getStaticPaths = pathsForIndicatorsWithData;
export const GET: APIRoute = ({ params, site }) => respond(chartFile(getOverview().byId.get(params.id!)!, site), 'image/svg+xml');

import type { APIRoute } from 'astro';
import { svgToPng } from '../../../lib/png.ts';
import { pathsForIndicatorsWithData, respond } from '../../../site/endpoints.ts';
import { chartFile } from '../../../site/chart-file.ts';
import { getOverview } from '../../../site/site.ts';

export const getStaticPaths = pathsForIndicatorsWithData;
export const GET: APIRoute = async ({ params, site }) => respond(new Uint8Array(await svgToPng(chartFile(getOverview().byId.get(params.id!)!, site))), 'image/png');

import type { APIRoute } from 'astro';
import { indicatorExcelCsv } from '../../../../lib/export.ts';
import { CSV, pathsForIndicatorsWithData, respond } from '../../../../site/endpoints.ts';
import { getOverview } from '../../../../site/site.ts';

export const getStaticPaths = pathsForIndicatorsWithData;
export const GET: APIRoute = ({ params }) => respond(indicatorExcelCsv(getOverview().byId.get(params.id!)!.indicator), CSV);

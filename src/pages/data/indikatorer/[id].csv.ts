import type { APIRoute } from 'astro';
import { indicatorCsv } from '../../../lib/export/csv.ts';
import { CSV, pathsForIndicatorsWithData, respond, withIndicator } from '../../../site/endpoints.ts';

export const getStaticPaths = pathsForIndicatorsWithData;
export const GET: APIRoute = ({ params }) => withIndicator(params.id, (v) => respond(indicatorCsv(v.indicator), CSV));

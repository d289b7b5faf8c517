import type { APIRoute } from 'astro';
import { CSV, csvFile, pathsForIndicatorsWithData, respond, withIndicator } from '../../../site/endpoints.ts';

export const getStaticPaths = pathsForIndicatorsWithData;
export const GET: APIRoute = ({ params }) => withIndicator(params.id, (v) => respond(csvFile.indicator(v.indicator), CSV));

import type { APIRoute } from 'astro';
import { chartFile } from '../../../site/chart-file.ts';
import { pathsForIndicatorsWithData, respond, withIndicator } from '../../../site/endpoints.ts';

export const getStaticPaths = pathsForIndicatorsWithData;
export const GET: APIRoute = ({ params }) => withIndicator(params.id, (v) => respond(chartFile(v), 'image/svg+xml'));

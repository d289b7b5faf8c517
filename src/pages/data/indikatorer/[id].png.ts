import type { APIRoute } from 'astro';
import { chartPng } from '../../../site/chart-file.ts';
import { pathsForIndicatorsWithData, respond, withIndicator } from '../../../site/endpoints.ts';

export const getStaticPaths = pathsForIndicatorsWithData;
export const GET: APIRoute = ({ params }) => withIndicator(params.id, async (v) => respond(new Uint8Array(await chartPng(v)), 'image/png'));

import type { APIRoute } from 'astro';
import { allIndicatorsCsv } from '../../lib/export.ts';
import { CSV, respond } from '../../site/endpoints.ts';
import { getOverview } from '../../site/site.ts';

export const GET: APIRoute = () => respond(allIndicatorsCsv(getOverview().project), CSV);

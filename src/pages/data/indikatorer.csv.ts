import type { APIRoute } from 'astro';
import { allIndicatorsCsv } from '../../lib/export/csv.ts';
import { CSV, respond } from '../../site/endpoints.ts';
import { getSite } from '../../site/store.ts';

export const GET: APIRoute = () => respond(allIndicatorsCsv(getSite().exports.project), CSV);

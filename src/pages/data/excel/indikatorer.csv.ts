import type { APIRoute } from 'astro';
import { allIndicatorsExcelCsv } from '../../../lib/export.ts';
import { CSV, respond } from '../../../site/endpoints.ts';
import { getOverview } from '../../../site/site.ts';

export const GET: APIRoute = () => respond(allIndicatorsExcelCsv(getOverview().project), CSV);

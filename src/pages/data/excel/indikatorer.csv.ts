import type { APIRoute } from 'astro';
import { CSV, csvFile, respond } from '../../../site/endpoints.ts';
import { getSite } from '../../../site/store.ts';

export const GET: APIRoute = () => respond(csvFile.allExcel(getSite().exports.project), CSV);

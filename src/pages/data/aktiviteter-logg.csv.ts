import type { APIRoute } from 'astro';
import { activityLogCsv } from '../../lib/export/activities.ts';
import { CSV, respond } from '../../site/endpoints.ts';
import { getSite } from '../../site/store.ts';

export const GET: APIRoute = () => respond(activityLogCsv(getSite().exports.project), CSV);

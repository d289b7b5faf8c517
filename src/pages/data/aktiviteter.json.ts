import type { APIRoute } from 'astro';
import { activitiesJson } from '../../lib/export/activities.ts';
import { respond } from '../../site/endpoints.ts';
import { getSite } from '../../site/store.ts';

export const GET: APIRoute = () => respond(JSON.stringify(activitiesJson(getSite().exports), null, 2) + '\n', 'application/json');

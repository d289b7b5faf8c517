import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/export/datapackage.ts';
import { respond } from '../../site/endpoints.ts';
import { getSite } from '../../site/store.ts';

export const GET: APIRoute = () => respond(JSON.stringify(dataPackage(getSite().exports), null, 2) + '\n', 'application/json');

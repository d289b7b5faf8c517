import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/export.ts';
import { respond } from '../../site/endpoints.ts';
import { exportContext } from '../../site/site.ts';

export const GET: APIRoute = ({ site }) => respond(JSON.stringify(dataPackage(exportContext(site)), null, 2) + '\n', 'application/json');

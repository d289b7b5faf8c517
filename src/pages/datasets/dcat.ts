import type { APIRoute } from 'astro';
import { dcatCatalog } from '../../lib/dcat.ts';
import { respond } from '../../site/endpoints.ts';
import { exportContext } from '../../site/site.ts';

export const GET: APIRoute = ({ site }) => respond(dcatCatalog(exportContext(site)), 'application/rdf+xml');

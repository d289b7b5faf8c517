import type { APIRoute } from 'astro';
import { dcatCatalog } from '../../lib/export/dcat.ts';
import { respond } from '../../site/endpoints.ts';
import { getSite } from '../../site/store.ts';

export const GET: APIRoute = () => respond(dcatCatalog(getSite().exports), 'application/rdf+xml');

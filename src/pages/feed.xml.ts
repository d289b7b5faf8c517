import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/atom.ts';
import { respond } from '../site/endpoints.ts';
import { exportContext } from '../site/site.ts';

export const GET: APIRoute = ({ site }) => respond(atomFeed(exportContext(site)), 'application/atom+xml');

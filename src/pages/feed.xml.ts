import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/export/atom.ts';
import { respond } from '../site/endpoints.ts';
import { getSite } from '../site/store.ts';

export const GET: APIRoute = () => respond(atomFeed(getSite().exports), 'application/atom+xml');

import type { APIRoute } from 'astro';
import { assessmentsCsv } from '../../lib/export/assessments.ts';
import { CSV, respond } from '../../site/endpoints.ts';
import { getSite } from '../../site/store.ts';

export const GET: APIRoute = () => {
  const { overview, exports } = getSite();
  return respond(assessmentsCsv(overview, exports.site), CSV);
};

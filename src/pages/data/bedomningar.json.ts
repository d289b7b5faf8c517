import type { APIRoute } from 'astro';
import { assessmentsJson } from '../../lib/export/assessments.ts';
import { respond } from '../../site/endpoints.ts';
import { getSite } from '../../site/store.ts';

export const GET: APIRoute = () => {
  const { overview, exports } = getSite();
  return respond(JSON.stringify(assessmentsJson(overview, exports.site), null, 2) + '\n', 'application/json');
};

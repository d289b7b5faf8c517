import type { APIRoute } from 'astro';
import { assessmentsExcelCsv } from '../../../lib/export/assessments.ts';
import { CSV, respond } from '../../../site/endpoints.ts';
import { getSite } from '../../../site/store.ts';

export const GET: APIRoute = () => {
  const { overview, exports } = getSite();
  return respond(assessmentsExcelCsv(overview, exports.site), CSV);
};

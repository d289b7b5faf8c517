/**
 * `npm run check`: validates every file in content/ and data/ without building pages, and tells
 * a staff member in Swedish what is wrong, where, and how to fix it. Exits 1 on any problem.
 * It runs the same validation as the build (`validateProject`), data catalogue included; the
 * site's address is checked too when SITE_URL is set, and the build's day (SOURCE_DATE_EPOCH or
 * today) is the same the build would use.
 *
 * Usage: npm run check [-- <project folder>]
 */
import { resolve } from 'node:path';
import { formatReport } from '../src/lib/problems.ts';
import { readProjectFiles } from '../src/lib/project/index.ts';
import { validateProject } from '../src/lib/validate.ts';
import { buildDate } from '../src/site/store.ts';

const root = resolve(process.argv[2] ?? '.');
const { problems, fileCount } = validateProject(readProjectFiles(root), process.env.SITE_URL || undefined, { buildDate: buildDate() });
const report = formatReport(problems, fileCount);
if (problems.length) {
  console.error(report);
  process.exitCode = 1;
} else {
  console.log(report);
}

/**
 * `npm run check`: validates every file in content/ and data/ without building pages, and tells
 * a staff member in Swedish what is wrong, where, and how to fix it. Exits 1 on any problem.
 *
 * Usage: npm run check [-- <project folder>]
 */
import { resolve } from 'node:path';
import { loadProject } from '../src/lib/project.ts';
import { formatReport } from '../src/lib/problems.ts';

const root = resolve(process.argv[2] ?? '.');
const { problems, fileCount } = loadProject(root);
const report = formatReport(problems, fileCount);
if (problems.length) {
  console.error(report);
  process.exitCode = 1;
} else {
  console.log(report);
}

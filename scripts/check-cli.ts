/**
 * `npm run check`: validates every file in content/ and data/ without building pages, and tells
 * a staff member in Swedish what is wrong, where, and how to fix it. It runs the same validation
 * as the build (`validateProject`: files, data catalogue, plausibility, production mode), lists
 * drafts, and in a git checkout compares the data files with the last commit (or `--against`
 * another ref, for a pull request) so that no value disappears or changes unnoticed. Exits 1 on
 * any error; warnings are printed and counted but never fail the check. The comparison also says
 * what the change does to the site: values added or changed, and assessments that change.
 *
 * Usage: npm run check [-- [--against <git ref>] [--format text|github|json] [<project folder>]]
 * `--format github` (the pull-request check): every problem as a GitHub annotation on its file and
 * line, and the whole report as Markdown appended to the file GITHUB_STEP_SUMMARY names, when set.
 * `--format json`: the report for programs (docs/data-contract.md).
 * Environment: SOURCE_DATE_EPOCH (the build date; default today), SITE_URL, SITE_MODE=production.
 */
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkFailed, checkReportJson, formatCheckReport, runCheck, type History } from '../src/lib/check.ts';
import { githubCommands, jobSummary } from '../src/lib/github.ts';
import { readCommittedProject, readProjectFiles, repositoryPrefix } from '../src/lib/project/index.ts';
import { buildDate } from '../src/site/store.ts';

function usage(message: string): never {
  console.error(`${message}\nSå kör du: npm run check -- [--against <git-ref>] [--format text|github|json] [<mapp>]`);
  process.exit(2);
}

const FORMATS = ['text', 'github', 'json'] as const;

const args = (() => {
  try {
    return parseArgs({ options: { against: { type: 'string' }, format: { type: 'string', default: 'text' } }, allowPositionals: true });
  } catch (e) {
    return usage(`Okänt val: ${(e as Error).message}`);
  }
})();
if (args.positionals.length > 1) usage(`Bara en mapp kan kontrolleras åt gången, inte ${args.positionals.join(' och ')}.`);
const format = FORMATS.find((f) => f === args.values.format) ?? usage(`Formatet "${args.values.format}" finns inte: skriv --format text, github eller json.`);
const root = resolve(args.positionals[0] ?? '.');
const ref = args.values.against ?? null;

const files = readProjectFiles(root);
const committed = readCommittedProject(root, ref ?? 'HEAD', files);
if (committed.missing === 'unknown-ref') usage(`Git känner inte till "${ref}": skriv en gren, en tagg eller en commit, till exempel --against origin/main.`);
if (ref !== null && committed.missing) usage(`Kan inte jämföra med "${ref}": ${root} är ingen git-checkout.`);
const history: History = committed.files ? { status: 'compared', ref, before: committed.files } : { status: 'skipped', reason: committed.missing === 'no-git' ? 'no-git' : 'no-commit' };

const report = runCheck(files, { buildDate: buildDate(), site: process.env.SITE_URL || undefined, siteMode: process.env.SITE_MODE }, history);
if (checkFailed(report)) process.exitCode = 1;
if (format === 'json') console.log(JSON.stringify(checkReportJson(report), null, 2));
else if (format === 'github') {
  // Workflow commands are read from the job's output, so they go to stdout whatever the outcome.
  console.log(githubCommands(report, repositoryPrefix(root)).join('\n'));
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) appendFileSync(summaryFile, jobSummary(report));
} else if (checkFailed(report)) console.error(formatCheckReport(report));
else console.log(formatCheckReport(report));

/**
 * `npm run check`: validates every file in content/ and data/ without building pages, and tells
 * a staff member in Swedish what is wrong, where, and how to fix it. It runs the same validation
 * as the build (`validateProject`: files, data catalogue, plausibility, production mode), lists
 * drafts, and in a git checkout compares the data files with the last commit (or `--against`
 * another ref, for a pull request) so that no value disappears or changes unnoticed. Exits 1 on
 * any error; warnings are printed and counted but never fail the check.
 *
 * Usage: npm run check [-- [--against <git ref>] [<project folder>]]
 * Environment: SOURCE_DATE_EPOCH (the build date; default today), SITE_URL, SITE_MODE=production.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkFailed, formatCheckReport, runCheck, type History } from '../src/lib/check.ts';
import { readCommittedFiles, readProjectFiles } from '../src/lib/project/index.ts';
import { buildDate } from '../src/site/store.ts';

function usage(message: string): never {
  console.error(`${message}\nSå kör du: npm run check -- [--against <git-ref>] [<mapp>]`);
  process.exit(2);
}

const args = (() => {
  try {
    return parseArgs({ options: { against: { type: 'string' } }, allowPositionals: true });
  } catch (e) {
    return usage(`Okänt val: ${(e as Error).message}`);
  }
})();
if (args.positionals.length > 1) usage(`Bara en mapp kan kontrolleras åt gången, inte ${args.positionals.join(' och ')}.`);
const root = resolve(args.positionals[0] ?? '.');
const ref = args.values.against ?? null;

const committed = readCommittedFiles(root, ref ?? 'HEAD');
if (committed.missing === 'unknown-ref') usage(`Git känner inte till "${ref}": skriv en gren, en tagg eller en commit, till exempel --against origin/main.`);
if (ref !== null && committed.missing) usage(`Kan inte jämföra med "${ref}": ${root} är ingen git-checkout.`);
const history: History = committed.files ? { status: 'compared', ref, before: committed.files } : { status: 'skipped', reason: committed.missing === 'no-git' ? 'no-git' : 'no-commit' };

const report = runCheck(readProjectFiles(root), { buildDate: buildDate(), site: process.env.SITE_URL || undefined, siteMode: process.env.SITE_MODE }, history);
if (checkFailed(report)) {
  console.error(formatCheckReport(report));
  process.exitCode = 1;
} else {
  console.log(formatCheckReport(report));
}

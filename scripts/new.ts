/**
 * `npm run ny:indikator -- <id>` and `npm run ny:uppfoljning -- <2027-t1|2027-t2|2027-ar|2027-extra-namn>`:
 * creates the files to start from (`src/lib/templates.ts`) and says what to fill in. Never writes
 * over a file that exists: if any of the files is there, none is written.
 *
 * Usage: node scripts/new.ts indikator|uppfoljning <id> [<project folder>]
 * Environment: SOURCE_DATE_EPOCH (the day the method's assessment is computed for; default today), SITE_URL, SITE_MODE.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatReport } from '../src/lib/problems.ts';
import { readProjectFiles } from '../src/lib/project/index.ts';
import { followUpTemplate, indicatorTemplate, templatePaths } from '../src/lib/templates.ts';
import { validateProject } from '../src/lib/validate.ts';
import { buildDate } from '../src/site/store.ts';

const COMMANDS = { indikator: 'npm run ny:indikator -- <id>', uppfoljning: 'npm run ny:uppfoljning -- <2027-t1 | 2027-t2 | 2027-ar | 2027-extra-namn>' } as const;

function stop(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const [what, id, folder, ...rest] = process.argv.slice(2);
if (what !== 'indikator' && what !== 'uppfoljning') stop(`Okänd mall "${what ?? ''}". Så kör du: ${COMMANDS.indikator} eller ${COMMANDS.uppfoljning}`, 2);
if (!id || id.startsWith('-') || rest.length) stop(`Så kör du: ${COMMANDS[what]}`, 2);
const root = resolve(folder ?? '.');

const where = templatePaths(what, id);
if (where.error !== undefined) stop(where.error, 2);
const existing = where.paths.filter((path) => existsSync(join(root, path)));
if (existing.length) stop(`${existing.join(' och ')} finns redan och skrivs inte över. Öppna filen och ändra i den, eller välj ett annat id.`);

const day = buildDate();
const validation = validateProject(readProjectFiles(root), { buildDate: day, site: process.env.SITE_URL || undefined, siteMode: process.env.SITE_MODE });
if (what === 'uppfoljning' && !validation.project)
  stop(`${formatReport([...validation.problems, ...validation.warnings], validation.fileCount)}\n\nRätta felen först: mallen för en uppföljning räknar fram metodens bedömning av varje mål ur filerna.`);
const result = what === 'indikator' ? indicatorTemplate(id, validation.project) : followUpTemplate(id, validation.project!, day);
if (result.error !== undefined) stop(result.error, 2);

for (const f of result.files) {
  mkdirSync(dirname(join(root, f.path)), { recursive: true });
  writeFileSync(join(root, f.path), f.text, { flag: 'wx' });
}
const made = result.files.map((f) => f.path).join(' och ');
console.log(
  what === 'indikator'
    ? `Skapade ${made}.\nFyll i fälten i metadatafilen och lägg till en rad per värde i datafilen (period,gender,value,note). npm run check säger vad som saknas.`
    : `Skapade ${made}.\nFyll i published och, för varje mål, assessment och comment. Metodens bedömning står efter # vid varje mål. npm run check säger vad som saknas.`,
);

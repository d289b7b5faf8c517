/**
 * `npm run check`'s report as a GitHub pull-request check shows it (`--format github`): each
 * problem as a workflow command (`::error file=…,line=…,col=…,title=…::message`), which GitHub
 * turns into an annotation on that line of the pull request's changed files, and the whole report
 * as the job summary, short Swedish Markdown with the counts first, the problems, and what the
 * change does to the site. The words are the terminal report's (`problems.ts`, `check.ts`); only
 * the markup differs.
 */
import { comparedWith, draftLine, historyLine, previewSections, type CheckReport } from './check.ts';
import { hintLine, isError, isWarning, sortProblems, summaryLine, type Problem } from './problems.ts';
import { isProjectPath } from './project/layout.ts';
import { previewIsEmpty } from './preview.ts';

/** A workflow command's message: `%`, CR and LF escaped, as GitHub's runner reads them back. */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A workflow command's property value (file, title): also `:` and `,`, which separate properties. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=a.csv,line=5::Värdet …` from a command, its properties and its message. */
export function workflowCommand(command: 'error' | 'warning' | 'notice', properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** "rad 5, kolumn 3 ("value")", "rad 4, fält subgoal", "" when the problem is about the whole file. */
function placeWords(p: Problem): string {
  const parts: string[] = [];
  if (p.line !== undefined) parts.push(`rad ${p.line}`);
  if (p.column !== undefined) parts.push(`kolumn ${p.column}`);
  if (p.field) parts.push(p.column !== undefined ? `"${p.field}"` : `fält ${p.field}`);
  return parts.join(', ');
}

/**
 * One problem as an annotation. `pathPrefix` is the project folder's path inside the repository
 * (`''` at the root, `site/` in a sub-folder), since GitHub places annotations by the path from the
 * repository's root. A problem that is not about a file (SITE_URL, SITE_MODE) has no place.
 */
export function annotation(p: Problem, pathPrefix = ''): string {
  const inFile = isProjectPath(p.file);
  const where = inFile ? placeWords(p) : p.file;
  const title = `${isError(p) ? 'Fel' : 'Varning'}${where ? `: ${where}` : ''}`;
  const message = [p.message, hintLine(p)].filter(Boolean).join('\n');
  return workflowCommand(
    isError(p) ? 'error' : 'warning',
    inFile ? { file: pathPrefix + p.file, line: p.line, col: p.line !== undefined ? p.column : undefined, title } : { title },
    message,
  );
}

/**
 * Problems in file order, those in the files the change touched first: GitHub shows only the
 * first ten annotations of each kind beside the lines, and a warning about an old file must not
 * push one about the edited file out of sight.
 */
function changedFirst(problems: readonly Problem[], changed: readonly string[] | null): Problem[] {
  const touched = new Set(changed ?? []);
  const sorted = sortProblems(problems);
  return [...sorted.filter((p) => touched.has(p.file)), ...sorted.filter((p) => !touched.has(p.file))];
}

/**
 * Every workflow command of the report, errors first (errors are what stop publishing), then
 * warnings, each with the changed files' first; then drafts as notices, then the comparison and
 * the summary line as plain log lines.
 */
export function githubCommands(report: CheckReport, pathPrefix = ''): string[] {
  const errors = changedFirst(report.problems.filter(isError), report.changedFiles);
  const warnings = changedFirst(report.problems.filter(isWarning), report.changedFiles);
  return [
    ...[...errors, ...warnings].map((p) => annotation(p, pathPrefix)),
    ...report.drafts.map((d) => workflowCommand('notice', { file: pathPrefix + d.file, line: d.line, title: 'Utkast' }, draftLine(d))),
    historyLine(report.history),
    summaryLine(report.problems, report.fileCount),
  ];
}

/** Text in Markdown with every character that could start markup escaped, on one line. */
export function markdownText(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/[\\`*_{}[\]<>()#+!|~&]/g, (c) => `\\${c}`);
}

/** At most this many problems of each kind are listed in the summary; the rest are counted. */
export const SUMMARY_LIMIT = 200;

/** GitHub shows at most this many annotations of each kind beside the lines of one step. */
const ANNOTATIONS_SHOWN = 10;

function problemItem(p: Problem, n: number): string {
  const where = isProjectPath(p.file) ? [`**${markdownText(p.file)}**`, placeWords(p)].filter(Boolean).join(', ') : `**${markdownText(p.file)}**`;
  const lines = [`${n}. ${where}`, `    ${markdownText(p.message)}`];
  if (p.hint) lines.push(`    ${markdownText(hintLine(p))}`);
  // Two spaces end a line inside a list item without starting a paragraph.
  return lines.join('  \n');
}

function problemItems(problems: readonly Problem[]): string[] {
  const listed = sortProblems(problems).slice(0, SUMMARY_LIMIT);
  const rest = problems.length - listed.length;
  return [listed.map((p, i) => problemItem(p, i + 1)).join('\n'), ...(rest > 0 ? [`… och ${rest} till. Kör \`npm run check\` för att se alla.`] : [])];
}

function problemList(heading: string, problems: readonly Problem[]): string[] {
  return problems.length ? [`### ${heading} (${problems.length})`, ...problemItems(problems)] : [];
}

/**
 * Warnings, those in the files the change touched first; the rest (an old value in a file nobody
 * edited) folded away under a line that counts them, so the reviewer reads what this change is about.
 */
function warningList(warnings: readonly Problem[], changed: readonly string[] | null): string[] {
  if (changed === null) return problemList('Varningar', warnings);
  const touched = new Set(changed);
  const own = warnings.filter((p) => touched.has(p.file));
  const other = warnings.filter((p) => !touched.has(p.file));
  return [
    ...problemList('Varningar i filer som ändringen rör', own),
    ...(other.length
      ? [`<details><summary>${other.length} ${other.length === 1 ? 'varning' : 'varningar'} i filer som ändringen inte rör</summary>`, ...problemItems(other), '</details>']
      : []),
  ];
}

/** What the job summary says first, under the counts: can the change be published? */
function verdict(report: CheckReport): string {
  const errors = report.problems.filter(isError).length;
  const warnings = report.problems.length - errors;
  if (errors > 0)
    return '**Ändringen kan inte publiceras förrän felen är rättade.** Rätta dem i samma gren (i webbläsaren: öppna filen, klicka på pennan och spara med "Commit changes"); kontrollen körs igen efter varje ändring.';
  if (warnings > 0) return 'Inga fel: ändringen kan publiceras när den är godkänd. Läs varningarna först: de pekar ut något som kanske är fel.';
  return 'Inga fel: ändringen kan publiceras när den är godkänd.';
}

function previewPart(report: CheckReport): string[] {
  const heading = '### Så ändras webbplatsen';
  if (report.preview.status === 'none') {
    if (report.preview.reason === 'errors') return [heading, 'Här visas vad ändringen gör med värden och bedömningar när felen är rättade.'];
    if (report.preview.reason === 'earlier-errors') return [heading, 'Den tidigare versionen har själv fel, så det finns inget att jämföra med.'];
    return [];
  }
  if (report.history.status !== 'compared') return [];
  const since = markdownText(comparedWith(report.history.ref));
  if (previewIsEmpty(report.preview.changes)) return [heading, `Inga värden och inga bedömningar ändras ${since}.`];
  return [
    heading,
    `Det här visar webbplatsen annorlunda ${since}, med metodens bedömningar räknade på båda versionerna:`,
    ...previewSections(report.preview.changes).flatMap((s) => [`**${s.heading}**`, s.items.map((i) => `- ${markdownText(i)}`).join('\n')]),
  ];
}

/**
 * The job summary (`$GITHUB_STEP_SUMMARY`): the counts first, whether the change can be published,
 * every error and warning (the annotations beside the lines show only some), drafts, what the
 * change does to the site, and what it was compared with.
 */
export function jobSummary(report: CheckReport): string {
  const errors = report.problems.filter(isError);
  const warnings = report.problems.filter(isWarning);
  const hidden = errors.length > ANNOTATIONS_SHOWN || warnings.length > ANNOTATIONS_SHOWN;
  const parts = [
    `## Kontroll av innehållet: ${summaryLine(report.problems, report.fileCount)}`,
    verdict(report),
    ...problemList('Fel', errors),
    ...warningList(warnings, report.changedFiles),
    ...(hidden ? [`Vid raderna i "Files changed" visar GitHub högst ${ANNOTATIONS_SHOWN} fel och ${ANNOTATIONS_SHOWN} varningar; alla står här.`] : []),
    ...(report.drafts.length ? ['### Utkast', report.drafts.map((d) => `- ${markdownText(draftLine(d))}`).join('\n')] : []),
    ...previewPart(report),
    `<sub>${markdownText(historyLine(report.history))}</sub>`,
  ];
  return parts.join('\n\n') + '\n';
}

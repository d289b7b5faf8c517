/**
 * What `npm run dev` shows in the browser when a content or data file has a mistake (never a
 * build: a build stops instead): a notice at the top of every page, naming each problem's file,
 * line and fix, over the last version without mistakes; or, when the files have had mistakes
 * since the preview started, a page of its own with the same list. Both say that the page reloads
 * when a file is saved. The words are the terminal's (`problems.ts`).
 */
import { isError, isWarning, locationOf, sortProblems, summaryLine, type Problem } from '../lib/problems.ts';
import { xmlText } from '../lib/xml.ts';

export interface DevProblems {
  problems: readonly Problem[];
  warnings: readonly Problem[];
  fileCount: number;
}

const HEADING_ID = 'forhandsvisning-fel';

function item(p: Problem): string {
  const hint = p.hint ? `<br>${isWarning(p) ? 'Gör så här' : 'Så rättar du'}: ${xmlText(p.hint)}` : '';
  return `<li><strong>${xmlText(locationOf(p))}</strong><br>${xmlText(p.message)}${hint}</li>`;
}

/** The problems as an ordered list: errors first, each kind in file order. */
export function problemListHtml(all: readonly Problem[]): string {
  const ordered = [...sortProblems(all.filter(isError)), ...sortProblems(all.filter(isWarning))];
  return `<ol>${ordered.map(item).join('')}</ol>`;
}

/** The problems under a heading with their counts, and `intro` between them. */
function problemsSection({ problems, warnings, fileCount }: DevProblems, intro: string): string {
  const all = [...problems, ...warnings];
  return (
    `<section class="notice dev-problems" aria-labelledby="${HEADING_ID}">` +
    `<h2 id="${HEADING_ID}">${xmlText(`${problems.length ? 'Innehållet har fel' : 'Innehållet har varningar'}: ${summaryLine(all, fileCount)}`)}</h2>` +
    (intro ? `<p>${intro}</p>` : '') +
    problemListHtml(all) +
    '</section>'
  );
}

/** The notice at the top of every page, or '' when nothing is wrong. */
export function devNotice(d: DevProblems): string {
  if (d.problems.length + d.warnings.length === 0) return '';
  const what = d.problems.length
    ? 'Så länge felen finns kan ingenting publiceras. Sidan visar den senaste versionen utan fel.'
    : 'Varningar stoppar inte publiceringen, men de pekar ut något som kanske är fel.';
  return problemsSection(d, `${what} Rutan syns bara i förhandsvisningen (npm run dev). Sidan laddas om när du sparar en fil.`);
}

/**
 * A whole page with the problems, for when there is no version without mistakes to show. The Vite
 * client reloads it when a file is saved, as it does every page of the preview.
 */
export function devProblemsPage(d: DevProblems): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Innehållet har fel – förhandsvisning</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:46rem;margin:2rem auto;padding:0 1rem}li{margin:0 0 1rem}</style>
<script type="module" src="/@vite/client"></script>
</head>
<body>
<main>
<h1>Förhandsvisningen kan inte visas</h1>
<p>Filerna har fel sedan förhandsvisningen startade, så det finns ingen version utan fel att visa. Rätta felen nedan och spara filen: sidan laddas om av sig själv.</p>
${problemsSection(d, '')}
</main>
</body>
</html>
`;
}

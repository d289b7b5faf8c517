/**
 * `npm run check`'s results and their words, apart: `runCheck` collects everything (errors,
 * warnings, drafts, the comparison of the data files with git) into a `CheckReport`, and
 * `formatCheckReport` words it for the terminal. Another output (JSON, GitHub annotations) words
 * the same report differently. Reading the files and git is the caller's (`scripts/check.ts`).
 */
import { compareDataFiles, dataLossProblems, type DataFileChange } from './data-loss.ts';
import { dateWords } from './date.ts';
import { formatProblems, isError, summaryLine, type Problem } from './problems.ts';
import type { ProjectFiles } from './project/index.ts';
import type { Draft } from './publication.ts';
import { validateProject, type ValidationOptions } from './validate.ts';

/** What the data files are compared with: an earlier version of them, or why there is none. */
export type History = { status: 'compared'; ref: string | null; before: ProjectFiles } | { status: 'skipped'; reason: 'no-git' | 'no-commit' };

export interface CheckReport {
  /** Errors and warnings (`severity: 'warning'`), of the files and of the comparison with git. */
  problems: Problem[];
  /** Content dated after the build date: valid, not published yet. */
  drafts: Draft[];
  fileCount: number;
  /** What the data files were compared with (`ref` null for the last commit) and what changed, or why they were not. */
  history: { status: 'compared'; ref: string | null; changes: DataFileChange[] } | { status: 'skipped'; reason: 'no-git' | 'no-commit' };
}

/** Everything `npm run check` finds, with the same validation as the build. */
export function runCheck(files: ProjectFiles, options: ValidationOptions, history: History): CheckReport {
  const validation = validateProject(files, options);
  const problems = [...validation.problems, ...validation.warnings];
  if (history.status === 'skipped') return { problems, drafts: validation.drafts, fileCount: validation.fileCount, history };
  const changes = compareDataFiles(history.before, files);
  return {
    problems: [...problems, ...dataLossProblems(changes, history.ref)],
    drafts: validation.drafts,
    fileCount: validation.fileCount,
    history: { status: 'compared', ref: history.ref, changes },
  };
}

/** True when anything must be fixed before publishing; warnings never count. */
export const checkFailed = (report: CheckReport): boolean => report.problems.some(isError);

/** "Utkast: content/follow-ups/2027-t1.md (rad 4, published: 2027-06-01) visas inte på webbplatsen, i flödet eller i nedladdningarna förrän 1 juni 2027." */
export function draftLine(d: Draft): string {
  return `Utkast: ${d.file} (rad ${d.line}, ${d.field}: ${d.date.text}) visas inte på webbplatsen, i flödet eller i nedladdningarna förrän ${dateWords(d.date)}.`;
}

/** One line on what the data files were compared with, or why they were not. */
export function historyLine(history: CheckReport['history']): string {
  if (history.status === 'compared') return `Datafilerna är jämförda med ${history.ref ?? 'senaste commit'}.`;
  return history.reason === 'no-git'
    ? 'Datafilerna jämförs inte med tidigare versioner: mappen är ingen git-checkout.'
    : 'Datafilerna jämförs inte med tidigare versioner: det finns ingen commit ännu.';
}

/** The report a staff member reads: errors, warnings, drafts, the comparison, and the summary line last. */
export function formatCheckReport(report: CheckReport): string {
  const body = formatProblems(report.problems);
  const notes = [...report.drafts.map(draftLine), historyLine(report.history)].join('\n');
  return [body, notes, summaryLine(report.problems, report.fileCount)].filter(Boolean).join('\n\n');
}

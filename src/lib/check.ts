/**
 * `npm run check`'s results and their words, apart: `runCheck` collects everything (errors,
 * warnings, drafts, the comparison of the data files with git, what the change does to the site)
 * into a `CheckReport`, and `formatCheckReport` words it for the terminal. Other outputs word the
 * same report differently: `checkReportJson` for programs, `github.ts` for a pull request's
 * annotations and job summary. Reading the files and git is the caller's (`scripts/check-cli.ts`).
 */
import { compareDataFiles, dataLossProblems, sameBytes, type DataFileChange } from './data-loss.ts';
import { dateWords } from './date.ts';
import type { Observation } from './model.ts';
import { assessmentChangeWords, previewChange, previewIsEmpty, valueChangeWords, type SitePreview } from './preview.ts';
import { formatProblems, isError, isWarning, sortProblems, summaryLine, type Problem } from './problems.ts';
import type { ProjectFiles } from './project/index.ts';
import type { Draft } from './publication.ts';
import { validateProject, type ValidationOptions } from './validate.ts';

/**
 * What the change is compared with: an earlier version of the project's files (the data files for
 * the data-loss guard; all of them for the preview of what the site would show differently), or
 * why there is none.
 */
export type History = { status: 'compared'; ref: string | null; before: ProjectFiles } | { status: 'skipped'; reason: 'no-git' | 'no-commit' };

/**
 * What the change does to the site, or why that cannot be said: nothing to compare with, errors
 * in the change (it would not be published), or errors in the earlier version.
 */
export type Preview = { status: 'shown'; changes: SitePreview } | { status: 'none'; reason: 'not-compared' | 'errors' | 'earlier-errors' };

export interface CheckReport {
  /** Errors and warnings (`severity: 'warning'`), of the files and of the comparison with git. */
  problems: Problem[];
  /** Content dated after the build date: valid, not published yet. */
  drafts: Draft[];
  fileCount: number;
  /** What the data files were compared with (`ref` null for the last commit) and what changed, or why they were not. */
  history: { status: 'compared'; ref: string | null; changes: DataFileChange[] } | { status: 'skipped'; reason: 'no-git' | 'no-commit' };
  /** What the site would show differently than the earlier version does. */
  preview: Preview;
  /**
   * The project files added, changed or removed since the earlier version, in path order; null
   * when nothing was compared. A pull request's reviewer reads the problems in these first.
   */
  changedFiles: string[] | null;
}

/** Everything `npm run check` finds, with the same validation as the build. */
export function runCheck(files: ProjectFiles, options: ValidationOptions, history: History): CheckReport {
  const validation = validateProject(files, options);
  const problems = [...validation.problems, ...validation.warnings];
  if (history.status === 'skipped')
    return { problems, drafts: validation.drafts, fileCount: validation.fileCount, history, preview: { status: 'none', reason: 'not-compared' }, changedFiles: null };
  const changes = compareDataFiles(history.before, files);
  const changed = changedFiles(history.before, files);
  return {
    problems: [...problems, ...dataLossProblems(changes, history.ref)],
    drafts: validation.drafts,
    fileCount: validation.fileCount,
    history: { status: 'compared', ref: history.ref, changes },
    preview: preview(history.before, validation.project, options, changed),
    changedFiles: changed,
  };
}

/** The paths whose bytes differ between two versions of the files, or that only one has. */
function changedFiles(before: ProjectFiles, after: ProjectFiles): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((path) => {
    const a = before.get(path);
    const b = after.get(path);
    return !a || !b || !sameBytes(a, b);
  }).sort();
}

/** The earlier version validated the same way (same build date and mode), and the site compared. */
function preview(before: ProjectFiles, after: ReturnType<typeof validateProject>['project'], options: ValidationOptions, changed: readonly string[]): Preview {
  if (!after) return { status: 'none', reason: 'errors' };
  // No file changed: the site stays as it is (and nothing is validated or assessed twice).
  if (changed.length === 0) return { status: 'shown', changes: { values: [], assessments: [] } };
  const earlier = validateProject(before, options).project;
  if (!earlier) return { status: 'none', reason: 'earlier-errors' };
  return { status: 'shown', changes: previewChange(earlier, after, options.buildDate) };
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

/** "jämfört med senaste commit", "jämfört med origin/main". */
export const comparedWith = (ref: string | null) => `jämfört med ${ref ?? 'senaste commit'}`;

/** The preview as headed lists of sentences; empty when the change shows nothing different. */
export function previewSections(changes: SitePreview): { heading: string; items: string[] }[] {
  return [
    { heading: 'Värden som läggs till, ändras eller tas bort', items: changes.values.map(valueChangeWords) },
    { heading: 'Bedömningar som ändras', items: changes.assessments.map(assessmentChangeWords) },
  ].filter((s) => s.items.length > 0);
}

/** The report a staff member reads: errors, warnings, drafts, the comparison, what the change does, and the summary line last. */
export function formatCheckReport(report: CheckReport): string {
  const body = formatProblems(report.problems);
  const notes = [...report.drafts.map(draftLine), historyLine(report.history)].join('\n');
  const preview =
    report.preview.status === 'shown' && !previewIsEmpty(report.preview.changes) && report.history.status === 'compared'
      ? [
          `Så ändras webbplatsen ${comparedWith(report.history.ref)}:`,
          ...previewSections(report.preview.changes).flatMap((s) => [`  ${s.heading}:`, ...s.items.map((i) => `  - ${i}`)]),
        ].join('\n')
      : '';
  return [body, notes, preview, summaryLine(report.problems, report.fileCount)].filter(Boolean).join('\n\n');
}

/** An observation for programs: the period as written in the files, the value a number or null. */
const observationJson = (o: Observation) => ({ period: o.period.key, gender: o.gender, value: o.value, line: o.line });

/**
 * The report for programs (`npm run check -- --format json`): the same facts as the words, with
 * stable codes, so that no tool has to read the Swedish text. Documented in docs/data-contract.md.
 */
export function checkReportJson(report: CheckReport) {
  const errors = report.problems.filter(isError);
  const warnings = report.problems.filter(isWarning);
  return {
    ok: errors.length === 0,
    summary: summaryLine(report.problems, report.fileCount),
    counts: { errors: errors.length, warnings: warnings.length, files: report.fileCount, filesWithProblems: new Set(report.problems.map((p) => p.file)).size },
    problems: [...sortProblems(errors), ...sortProblems(warnings)].map((p) => ({
      severity: isError(p) ? ('error' as const) : ('warning' as const),
      code: p.code,
      file: p.file,
      line: p.line ?? null,
      column: p.column ?? null,
      field: p.field ?? null,
      message: p.message,
      hint: p.hint ?? null,
    })),
    drafts: report.drafts.map((d) => ({ file: d.file, line: d.line, field: d.field, published: d.date.text })),
    changedFiles: report.changedFiles,
    history: report.history.status === 'compared' ? { status: 'compared' as const, ref: report.history.ref ?? 'HEAD' } : report.history,
    preview:
      report.preview.status === 'shown'
        ? {
            status: 'shown' as const,
            values: report.preview.changes.values.map((v) => ({
              id: v.id,
              title: v.title,
              indicator: v.indicator,
              added: v.added.map(observationJson),
              changed: v.changed.map((c) => ({ before: observationJson(c.before), after: observationJson(c.after) })),
              removed: v.removed.map(observationJson),
            })),
            assessments: report.preview.changes.assessments,
          }
        : report.preview,
  };
}

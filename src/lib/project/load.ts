/**
 * A whole project from its files: each file read on its own (`parse.ts`), the files checked
 * against each other (`rules.ts`), and, when nothing is wrong, the validated `Project` that pages,
 * downloads and `npm run check` start from. One call reports every problem.
 */
import type { ComparisonRow } from '../comparison-csv.ts';
import { compareDates, type CalendarDate } from '../date.ts';
import { followUpLabel, followUpOrder, followUpPeriod, isRegularKind } from '../follow-up.ts';
import type { ComparisonSeries, Entry, ExtraFollowUp, FollowUp, Indicator, Observation, Project } from '../model.ts';
import type { Problem } from '../problems.ts';
import type { ComparisonArea, Settings } from '../schemas/settings.ts';
import type { ProjectFiles } from './files.ts';
import { parseProject, type Located, type ParsedProject } from './parse.ts';
import { RULES } from './rules.ts';

export interface LoadOptions {
  /**
   * The build's day. With it, a month in an activity's log after the build's month is reported;
   * without it (tools that only read the files) that check is skipped. Never read from the clock here.
   */
  buildDate?: CalendarDate;
}

export interface LoadResult {
  /** The validated project, or null when there is any problem. */
  project: Project | null;
  problems: Problem[];
  /** How many files were read (for the summary line). */
  fileCount: number;
  /**
   * Every file read on its own, with the line of each field, even when there are problems: the
   * checks made before publishing (`validate.ts`) locate their problems with it (the settings'
   * too, null only when the settings file itself has problems, so that the data catalogue's
   * checks are reported in the same run and at their line).
   */
  parsed: ParsedProject;
}

const strip = <T,>({ lineOf: _, ...e }: Located<T>): Entry<T> => e;

/** A comparison file's rows as one series per area, in the order the settings list the areas. */
function comparisonSeries(rows: readonly ComparisonRow[], areas: readonly ComparisonArea[]): ComparisonSeries[] {
  return areas.flatMap((area) => {
    const observations = rows.filter((r) => r.area === area.id).map(({ area: _, ...o }): Observation => o);
    return observations.length ? [{ area, observations }] : [];
  });
}

/** Orders the parts of a project as the site lists them; pure, no checks. */
function assemble(p: ParsedProject, settings: Settings): Omit<Project, 'settings' | 'programme' | 'accessibility'> {
  const subgoals = [...p.subgoals].sort((a, b) => a.data.goal - b.data.goal || a.data.order - b.data.order);
  const series = new Map(p.data.map((d) => [d.id, d]));
  const comparisons = new Map(p.comparisons.map((c) => [c.id, c]));
  const subgoalOrder = (id: string) => subgoals.findIndex((s) => s.id === id);
  const indicators = p.indicators
    .map((e): Indicator => {
      const d = series.get(e.id);
      const c = comparisons.get(e.id);
      return { ...strip(e), series: d?.series ?? null, dataFile: d?.file ?? null, comparisons: c ? comparisonSeries(c.rows, settings.comparisons) : [], comparisonFile: c?.file ?? null };
    })
    .sort((a, b) => a.data.goal - b.data.goal || subgoalOrder(a.data.subgoal) - subgoalOrder(b.data.subgoal) || a.data.title.localeCompare(b.data.title, 'sv'));
  const followUps = p.followUps
    .flatMap((f) => {
      const kind = f.data.kind;
      return isRegularKind(kind) ? [{ ...strip(f), period: followUpPeriod(f.data.year, kind), label: followUpLabel(f.data.year, kind) } satisfies FollowUp] : [];
    })
    .sort((a, b) => followUpOrder(a.data) - followUpOrder(b.data));
  const goalOfIndicator = new Map(p.indicators.map((i) => [i.id, i.data.goal]));
  const extraFollowUps = p.followUps
    .filter((f) => f.data.kind === 'extra')
    .map((f): ExtraFollowUp => ({
      ...strip(f),
      // The rules require a title for an extra follow-up.
      label: f.data.title ?? f.id,
      goals: [...new Set([...f.data.goals.map((g) => g.goal), ...f.data.indicators.flatMap((i) => goalOfIndicator.get(i.id) ?? [])])].sort((a, b) => a - b),
    }))
    .sort((a, b) => compareDates(a.data.published, b.data.published) || a.id.localeCompare(b.id));
  const activities = p.activities.map(strip).sort((a, b) => a.data.goal - b.data.goal || a.data.title.localeCompare(b.data.title, 'sv') || a.id.localeCompare(b.id));
  return {
    goals: [...p.goals].sort((a, b) => a.data.number - b.data.number).map(strip),
    subgoals: subgoals.map(strip),
    decisions: [...p.decisions].sort((a, b) => compareDates(a.data.date, b.data.date)).map(strip),
    childRights: [...p.childRights].sort((a, b) => a.data.article - b.data.article).map(strip),
    followUps,
    extraFollowUps,
    indicators,
    activities,
  };
}

/** Reads, validates and cross-checks a project held in memory (see `readProjectFiles` for the disk). */
export function loadProject(files: ProjectFiles, options: LoadOptions = {}): LoadResult {
  const { parsed, problems } = parseProject(files);
  for (const rule of RULES) problems.push(...rule(parsed, { buildDate: options.buildDate ?? null }));
  const { settings, programme, accessibility } = parsed;
  return {
    project: problems.length === 0 && settings && programme && accessibility ? { settings: settings.data, programme: strip(programme), accessibility: strip(accessibility), ...assemble(parsed, settings.data) } : null,
    problems,
    fileCount: parsed.fileCount,
    parsed,
  };
}

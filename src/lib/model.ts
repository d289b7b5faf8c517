/**
 * The shapes the rest of the code works with once files are read and validated. Front-matter
 * shapes are derived from the zod schemas in `schemas/`; these are the data shapes around them.
 */
import { periodLabel, type Period, type PeriodKind } from './period.ts';
import type { ActivityMeta } from './schemas/activity.ts';
import type { AccessibilityMeta } from './schemas/accessibility.ts';
import type { ChildRightsMeta } from './schemas/child-rights.ts';
import type { DecisionMeta } from './schemas/decision.ts';
import type { FollowUpMeta } from './schemas/follow-up.ts';
import type { GoalMeta, ProgrammeMeta, SubgoalMeta } from './schemas/goal.ts';
import type { IndicatorMeta } from './schemas/indicator.ts';
import type { ComparisonArea, Settings } from './schemas/settings.ts';

/** Kolada's gender codes: T total, K women (kvinnor), M men (män). */
export type Gender = 'T' | 'K' | 'M';

export const GENDER_LABEL: Record<Gender, string> = { T: 'Totalt', K: 'Kvinnor', M: 'Män' };

/** A row of a data file as messages name it: "2024", "2024 (kvinnor)". */
export const observationLabel = (o: Observation): string => periodLabel(o.period) + (o.gender === 'T' ? '' : ` (${GENDER_LABEL[o.gender].toLowerCase()})`);

/** The gender codes in the order tables, charts and files list them: total first. */
export const GENDERS: readonly Gender[] = ['T', 'K', 'M'];

/** One row of an indicator's data file. */
export interface Observation {
  period: Period;
  gender: Gender;
  /** null when the file says `..` or leaves the cell empty: missing, never zero. */
  value: number | null;
  /**
   * The value cell as written (`15.020`, `88,1`), when read from a file: the plausibility checks
   * need what was typed, which the number alone no longer shows.
   */
  text?: string;
  /** Free text shown with the value. */
  note?: string;
  /** Line in the CSV file (1-based, header is line 1). */
  line: number;
}

/** An indicator's data file, read and checked. */
export interface Series {
  id: string;
  /** The single period kind of the file; null for a file with no rows. */
  kind: PeriodKind | null;
  /** In time order, then T, K, M. */
  observations: Observation[];
}

export type Direction = 'increase' | 'decrease';

/** The target value (målvärde) in the form the method uses. */
export interface Target {
  value: number;
  year: number;
}

/** One validated Markdown file. */
export interface Entry<T> {
  /** File name without extension: the id used in URLs and references. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: T;
  /** The Markdown text below the front matter. */
  body: string;
}

/** The same key figure for another area than the municipality, from `data/comparisons/<id>.csv`. */
export interface ComparisonSeries {
  /** The area as `content/settings.yaml` lists it: its Kolada id and its name. */
  area: ComparisonArea;
  /** In time order, then T, K, M. */
  observations: Observation[];
}

export interface Indicator extends Entry<IndicatorMeta> {
  /** The data file's contents, or null when there is no data file ("Underlag saknas"). */
  series: Series | null;
  /** Path of the data file, when there is one. */
  dataFile: string | null;
  /** The comparison areas with rows in the comparison file, in the settings' order; empty without one. */
  comparisons: ComparisonSeries[];
  /** Path of the comparison file, when there is one. */
  comparisonFile: string | null;
}

/** A regular follow-up: tertial 1, tertial 2 or the annual report, judging every goal. */
export interface FollowUp extends Entry<FollowUpMeta> {
  /** The period the follow-up reports on: tertial 1 or 2 of the year, or tertial 3 for the annual report. */
  period: Period;
  /** "Tertial 1 2024", "Tertial 2 2024", "Årsredovisning 2024". */
  label: string;
}

/**
 * An extra follow-up (`kind: extra`) of some goals or indicators during the year, for example when
 * a large survey is presented. It has no reference period and judges no goal: it never replaces
 * the latest regular follow-up.
 */
export interface ExtraFollowUp extends Entry<FollowUpMeta> {
  /** Its own title (`title`). */
  label: string;
  /** The goals it concerns: those it comments on, and those of the indicators it comments on; ascending. */
  goals: number[];
}

/** An activity of the action plan (handlingsplan), with its monthly status log. */
export type Activity = Entry<ActivityMeta>;

/** A whole validated project: everything staff wrote, cross-checked. */
export interface Project {
  settings: Settings;
  programme: Entry<ProgrammeMeta>;
  /** The accessibility statement (tillgänglighetsredogörelse). */
  accessibility: Entry<AccessibilityMeta>;
  /** Goals 1–4 in order. */
  goals: Entry<GoalMeta>[];
  /** Sub-goals by goal, then order. */
  subgoals: Entry<SubgoalMeta>[];
  /** Decisions by date. */
  decisions: Entry<DecisionMeta>[];
  /** Child-rights articles by number. */
  childRights: Entry<ChildRightsMeta>[];
  /** The regular follow-ups (tertials and annual reports), oldest first; the last one sets the reference time. */
  followUps: FollowUp[];
  /** Extra follow-ups during the year, oldest first (by publication day). */
  extraFollowUps: ExtraFollowUp[];
  /** The action plan's activities, by goal, then title. */
  activities: Activity[];
  /** Indicators by goal, sub-goal order, then title. */
  indicators: Indicator[];
}

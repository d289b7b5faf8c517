/**
 * Everything the pages show, computed once per build from the validated project: each
 * indicator's assessment, the roll-ups per measurement area, sub-goal and goal, each
 * follow-up's computed result beside its judged one, the extra follow-ups, the action plan's
 * activities with their status at the build's day, and the ambition level's evaluations.
 */
import { activityState, countStatuses, type ActivityCounts, type ActivityState } from './activity.ts';
import { assessIndicator, INDICATOR_STATUSES, referenceTime, rollUp, type IndicatorAssessment, type IndicatorStatus, type RollUp } from './assessment.ts';
import type { ChartInput } from './chart/index.ts';
import { compareDates, type CalendarDate } from './date.ts';
import { citeDecision } from './decision.ts';
import { methodBasis, type MethodBasis } from './method-status.ts';
import { GENDERS, type Activity, type Entry, type ExtraFollowUp, type FollowUp, type Indicator, type Observation, type Project } from './model.ts';
import { periodEnd } from './period.ts';
import type { ChildRightsMeta } from './schemas/child-rights.ts';
import type { DecisionMeta } from './schemas/decision.ts';
import type { JudgedAssessment } from './schemas/follow-up.ts';
import type { TargetMeta } from './schemas/indicator.ts';
import type { AreaMeta, GoalMeta, SubgoalMeta } from './schemas/goal.ts';
import { statusMove, type StatusMove } from './status.ts';

export interface IndicatorView {
  indicator: Indicator;
  assessment: IndicatorAssessment;
  chart: ChartInput;
  goal: Entry<GoalMeta>;
  subgoal: Entry<SubgoalMeta>;
  /** The decision behind a political target, when there is one. */
  targetDecision: Entry<DecisionMeta> | null;
  /** The child-rights articles the indicator is tagged with. */
  articles: Entry<ChildRightsMeta>[];
  /** What each follow-up said about the indicator, oldest first. */
  comments: { followUp: FollowUp; judged: IndicatorStatus | null; computed: IndicatorAssessment; comment: string }[];
  /**
   * The municipality's judged status in the latest regular follow-up, when that follow-up gave
   * one: then it is the indicator's status, with the computed one beside it. An older judgement is
   * not carried forward: a follow-up that leaves an indicator out has not judged it.
   */
  judged: { followUp: FollowUp; status: IndicatorStatus } | null;
}

export interface AreaView {
  area: AreaMeta;
  indicators: IndicatorView[];
  rollUp: RollUp;
}

export interface SubgoalView {
  entry: Entry<SubgoalMeta>;
  areas: AreaView[];
  indicators: IndicatorView[];
  rollUp: RollUp;
  /** The action plan's activities that serve this sub-goal, and how many have each status. */
  activities: ActivityView[];
  activityCounts: ActivityCounts;
}

/** One activity of the action plan, with what its log says at the build's day. */
export interface ActivityView extends ActivityState {
  activity: Activity;
  goal: Entry<GoalMeta>;
  /** The sub-goals it serves, in the goal page's order. */
  subgoals: Entry<SubgoalMeta>[];
}

/** An extra follow-up and what it says about the goals and indicators it concerns. */
export interface ExtraFollowUpView {
  followUp: ExtraFollowUp;
  /** Every goal it concerns, with its comment on the goal when it has one. */
  goals: { goal: Entry<GoalMeta>; comment: string | null }[];
  indicators: { view: IndicatorView; judged: IndicatorStatus | null; comment: string }[];
}

/** A decision that set or evaluated the ambition level, and the decisions that led to it. */
export interface EvaluationView {
  decision: Entry<DecisionMeta>;
  why: string;
  after: Entry<DecisionMeta>[];
}

export interface JudgedView {
  followUp: FollowUp;
  assessment: JudgedAssessment;
  comment: string;
  /** What the method gave at that follow-up, with the values known by then. */
  computed: RollUp;
}

/** How a judged assessment moved since the follow-up before. */
export interface JudgedMove<S> {
  previous: FollowUp;
  from: S;
  move: StatusMove;
}

/**
 * A goal's status as the site shows it wherever the goal appears: the municipality's judged
 * assessment at the latest regular follow-up is *the* status, the method's result stands beside it.
 */
export interface GoalStatus {
  /** The judged assessment at the latest regular follow-up; null without follow-ups. */
  judged: { followUp: FollowUp; assessment: JudgedAssessment; comment: string } | null;
  /** How the judged assessment moved since the regular follow-up before; null for the first. */
  change: JudgedMove<JudgedAssessment> | null;
  /** The method's result with every value known now, at the latest follow-up's reference time (the goal's roll-up). */
  computed: RollUp;
  /**
   * What the method gave at the latest follow-up with the values known then. It differs from
   * `computed` only when values for later periods have come in since; the pages then say so.
   */
  computedAtFollowUp: RollUp | null;
}

export interface GoalView {
  entry: Entry<GoalMeta>;
  /** The judged status, its change and the computed one beside it. */
  status: GoalStatus;
  subgoals: SubgoalView[];
  indicators: IndicatorView[];
  rollUp: RollUp;
  childRights: { entry: Entry<ChildRightsMeta>; especially: boolean }[];
  decisions: Entry<DecisionMeta>[];
  /** Judged assessments across follow-ups, oldest first. */
  history: JudgedView[];
  /** Extra follow-ups that concern the goal, oldest first. They judge nothing and never enter `history`. */
  extraFollowUps: ExtraFollowUpView[];
  /** The action plan's activities for the goal, and how many have each status. */
  activities: ActivityView[];
  activityCounts: ActivityCounts;
}

/** What changed at a regular follow-up since the regular follow-up before it. */
export interface FollowUpChanges {
  /** Every goal judged in both, with how its judged assessment moved (also `same`). */
  goals: { goal: Entry<GoalMeta>; from: JudgedAssessment; to: JudgedAssessment; move: StatusMove }[];
  /** The indicators whose computed status (with the values known at each follow-up) is not the same. */
  indicators: { view: IndicatorView; from: IndicatorStatus; to: IndicatorStatus; move: StatusMove }[];
}

export interface FollowUpView {
  followUp: FollowUp;
  referenceTime: number;
  /** The regular follow-up before this one, and what changed since it; null and empty for the first. */
  previous: FollowUp | null;
  changes: FollowUpChanges;
  goals: { goal: Entry<GoalMeta>; judged: { assessment: JudgedAssessment; comment: string } | null; computed: RollUp }[];
  /** The indicators the follow-up comments on, with what it judged and what the method gave. */
  indicators: { view: IndicatorView; computed: IndicatorAssessment; judged: IndicatorStatus | null; comment: string }[];
  /** What the method gave for every indicator at the follow-up, in the project's order. */
  computed: { view: IndicatorView; computed: IndicatorAssessment }[];
}

/** One child-rights article and what is linked to it. */
export interface ArticleView {
  entry: Entry<ChildRightsMeta>;
  /** The goals the article is linked to, and whether the link is stressed ("särskilt"). */
  goals: { goal: GoalView; especially: boolean }[];
  /** The indicators tagged with the article (`childRights`). */
  indicators: IndicatorView[];
  /** The method's roll-up over those indicators: how children fare, as far as they are measured. */
  rollUp: RollUp;
  /** The sub-goals of the linked goals that have such indicators. */
  subgoals: SubgoalView[];
}

export interface Overview {
  project: Project;
  /** The build's day: activities' "ej uppföljd" is counted from it. */
  buildDate: CalendarDate;
  /** t_ref for the current state: the latest follow-up's period, else the latest data period. */
  referenceTime: number;
  /**
   * The latest *regular* follow-up (tertial or annual report): the one that sets the reference
   * time and the goals' current judged status. An extra follow-up never takes its place, however
   * recent it is.
   */
  latestFollowUp: FollowUp | null;
  indicators: IndicatorView[];
  byId: ReadonlyMap<string, IndicatorView>;
  /** The indicators by the status the lists show (`shownStatus`), only statuses some indicator has, in the statuses' order. */
  byStatus: ReadonlyMap<IndicatorStatus, IndicatorView[]>;
  goals: GoalView[];
  childRights: ArticleView[];
  followUps: FollowUpView[];
  /** Extra follow-ups, oldest first. */
  extraFollowUps: ExtraFollowUpView[];
  /** The action plan's activities, by goal, then title. */
  activities: ActivityView[];
  activityById: ReadonlyMap<string, ActivityView>;
  activityCounts: ActivityCounts;
  /** Decisions that set or evaluated the ambition level, newest first. */
  evaluations: EvaluationView[];
  /** True while any example data or example follow-up is shown. */
  hasExample: boolean;
  /** Whether the method is proposed or adopted, in the words every computed assessment carries. */
  method: MethodBasis;
}


/**
 * The chart's input for an indicator: one series per gender present, the method's projection, and
 * the comparison areas' totals, with `ownLabel` (the organisation) naming the municipality's line.
 */
export function chartInput(ind: Indicator, a: IndicatorAssessment, ownLabel?: string, targetDecision?: Entry<DecisionMeta> | null): ChartInput {
  const obs = ind.series?.observations ?? [];
  const series = GENDERS.filter((g) => g === 'T' || obs.some((o) => o.gender === g)).map((gender) => ({
    gender,
    points: obs.filter((o) => o.gender === gender).map((o) => ({ period: o.period, value: o.value, ...(o.note && { note: o.note }) })),
  }));
  const t = ind.data.target;
  // The projection and the target marker stand at T*, the end of the target year, as the method reckons.
  const targetTime = a.targetPeriod?.time;
  const projection =
    a.projection !== null && a.fittedLatest !== null && a.latest && a.target
      ? { fromTime: a.latest.period.time, fromValue: a.fittedLatest, toTime: targetTime ?? a.target.year, toValue: a.projection }
      : null;
  return {
    id: ind.id,
    title: ind.data.title,
    unit: ind.data.unit,
    kind: ind.series?.kind ?? 'year',
    series,
    target: t ? { value: t.value, year: t.year, ...(targetTime !== undefined && { time: targetTime }), kind: t.kind, basis: targetBasis(t, targetDecision ?? null) } : null,
    projection,
    ...(ind.comparisons.length > 0 && {
      comparisons: ind.comparisons.map((c) => ({
        id: c.area.id,
        name: c.area.name,
        points: c.observations.filter((o) => o.gender === 'T').map((o) => ({ period: o.period, value: o.value })),
      })),
      ...(ownLabel && { ownLabel }),
    }),
  };
}

/** What changed from the follow-up `before` to `after`: the goals' judged assessments and the indicators' computed statuses. */
function changesSince(before: FollowUpView, after: FollowUpView): FollowUpChanges {
  const goals = after.goals.flatMap((g) => {
    const was = before.goals.find((x) => x.goal === g.goal)?.judged;
    return was && g.judged ? [{ goal: g.goal, from: was.assessment, to: g.judged.assessment, move: statusMove(was.assessment, g.judged.assessment) }] : [];
  });
  const then = new Map(before.computed.map((c) => [c.view, c.computed.status]));
  const indicators = after.computed.flatMap((c) => {
    const from = then.get(c.view);
    return from !== undefined && from !== c.computed.status ? [{ view: c.view, from, to: c.computed.status, move: statusMove(from, c.computed.status) }] : [];
  });
  return { goals, indicators };
}

/** Goal `n`'s status: judged at the latest follow-up, its move since the one before, and the method's results. */
function goalStatus(n: number, computed: RollUp, latest: FollowUpView | undefined, before: FollowUpView | undefined): GoalStatus {
  const at = latest?.goals.find((g) => g.goal.data.number === n);
  const was = before?.goals.find((g) => g.goal.data.number === n)?.judged;
  const judged = latest && at?.judged ? { followUp: latest.followUp, assessment: at.judged.assessment, comment: at.judged.comment } : null;
  return {
    judged,
    change: judged && was && before ? { previous: before.followUp, from: was.assessment, move: statusMove(was.assessment, judged.assessment) } : null,
    computed,
    computedAtFollowUp: at?.computed ?? null,
  };
}

/**
 * What a target rests on, completing "Målvärdet är 90 % år 2026, …": the decision of a political
 * one (an example decision is said to be one), the basis of a reference value.
 */
export function targetBasis(t: TargetMeta, decision: Entry<DecisionMeta> | null): string {
  if (t.kind === 'reference') return `grund: ${t.basis ?? 'uppgiften saknas i underlaget'}`;
  if (!decision) return 'beslutet saknas i underlaget';
  if (decision.data.example) return 'ett exempel som inte är beslutat av politikerna';
  if (decision.data.status === 'proposed') return `föreslaget i ${citeDecision(decision.data)}; beslutet saknas i underlaget`;
  return `beslutat i ${citeDecision(decision.data)}`;
}

function assess(ind: Indicator, observations: readonly Observation[], tRef: number): IndicatorAssessment {
  const t = ind.data.target;
  return assessIndicator({ observations, direction: ind.data.direction, target: t ? { value: t.value, year: t.year } : null }, tRef);
}

/** The values known at a follow-up: those whose period had ended by the end of its period. */
export function knownAt(observations: readonly Observation[], f: Pick<FollowUp, 'period'>): Observation[] {
  const end = periodEnd(f.period);
  return observations.filter((o) => periodEnd(o.period) <= end + 1e-9);
}

/**
 * What the method gives for each indicator at a follow-up (by id), with the values known by the
 * end of its period and the period as the reference time: what the follow-up's page shows as
 * computed beside the judged assessment.
 */
export function assessAt(project: Project, f: Pick<FollowUp, 'period'>): Map<string, IndicatorAssessment> {
  return new Map(project.indicators.map((i) => [i.id, assess(i, knownAt(i.series?.observations ?? [], f), f.period.time)]));
}

/** A goal's roll-up of its indicators' assessments (`assessments` by indicator id): what its pages and follow-ups show as computed. */
export function goalRollUp(project: Project, goal: number, assessments: ReadonlyMap<string, IndicatorAssessment>): RollUp {
  return rollUp(project.indicators.filter((i) => i.data.goal === goal).flatMap((i) => assessments.get(i.id)?.status ?? []));
}

/** An entry the validation guarantees; its absence means the project was not validated. */
function known<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The project was not validated: ${what} is missing.`);
  return value;
}

/**
 * Every view of the validated project. `buildDate` is the build's day (SOURCE_DATE_EPOCH or today,
 * decided by the caller): it says which activities have fallen behind with their log, and is the
 * reference year when there are neither follow-ups nor values.
 */
export function buildOverview(project: Project, buildDate: CalendarDate): Overview {
  // Only regular follow-ups are in `project.followUps`: an extra follow-up cannot become the latest.
  const followUps = project.followUps;
  const latestFollowUp = followUps.at(-1) ?? null;
  const allTimes = project.indicators.flatMap((i) => i.series?.observations.map((o) => o.period.time) ?? []);
  const tRef = referenceTime(latestFollowUp ? [latestFollowUp.period.time] : [], allTimes) ?? buildDate.year;

  const goalOf = new Map(project.goals.map((g) => [g.data.number, g]));
  const subgoalOf = new Map(project.subgoals.map((s) => [s.id, s]));
  const decisionOf = new Map(project.decisions.map((d) => [d.id, d]));
  const indicators = project.indicators.map((indicator): IndicatorView => {
    const m = indicator.data;
    const assessment = assess(indicator, indicator.series?.observations ?? [], tRef);
    const targetDecision = m.target?.decision ? known(decisionOf.get(m.target.decision), `beslut ${m.target.decision}`) : null;
    return {
      indicator,
      assessment,
      chart: chartInput(indicator, assessment, project.settings.organisation, targetDecision),
      goal: known(goalOf.get(m.goal), `mål ${m.goal}`),
      subgoal: known(subgoalOf.get(m.subgoal), `delmål ${m.subgoal}`),
      targetDecision,
      articles: project.childRights.filter((c) => m.childRights.includes(c.data.article)),
      comments: [],
      judged: null,
    };
  });
  const byId = new Map(indicators.map((v) => [v.indicator.id, v]));
  const statuses = (vs: readonly IndicatorView[]) => rollUp(vs.map((v) => v.assessment.status));

  // What the method gave at each follow-up, with the values known then.
  const followUpViews = followUps.map((f): FollowUpView => {
    const at = assessAt(project, f);
    return {
      followUp: f,
      referenceTime: f.period.time,
      previous: null,
      changes: { goals: [], indicators: [] },
      goals: project.goals.map((goal) => {
        const judged = f.data.goals.find((g) => g.goal === goal.data.number);
        // A regular follow-up judges every goal it lists (the rules say so).
        return { goal, judged: judged?.assessment ? { assessment: judged.assessment, comment: judged.comment } : null, computed: goalRollUp(project, goal.data.number, at) };
      }),
      // Every id was checked against the indicators when the project was loaded.
      indicators: f.data.indicators.flatMap((c) => {
        const view = byId.get(c.id);
        const computed = at.get(c.id);
        return view && computed ? [{ view, computed, judged: c.assessment ?? null, comment: c.comment }] : [];
      }),
      computed: indicators.flatMap((view) => {
        const computed = at.get(view.indicator.id);
        return computed ? [{ view, computed }] : [];
      }),
    };
  });

  for (const fv of followUpViews)
    for (const c of fv.indicators) c.view.comments.push({ followUp: fv.followUp, judged: c.judged, computed: c.computed, comment: c.comment });
  followUpViews.forEach((fv, i) => {
    const before = followUpViews[i - 1];
    if (!before) return;
    fv.previous = before.followUp;
    fv.changes = changesSince(before, fv);
  });
  const latestView = followUpViews.at(-1);
  for (const c of latestView?.indicators ?? []) if (c.judged) c.view.judged = { followUp: latestView!.followUp, status: c.judged };

  const extraFollowUps = project.extraFollowUps.map(
    (f): ExtraFollowUpView => ({
      followUp: f,
      goals: f.goals.map((n) => ({ goal: known(goalOf.get(n), `mål ${n}`), comment: f.data.goals.find((g) => g.goal === n)?.comment ?? null })),
      indicators: f.data.indicators.flatMap((c) => {
        const view = byId.get(c.id);
        return view ? [{ view, judged: c.assessment ?? null, comment: c.comment }] : [];
      }),
    }),
  );

  const activities = project.activities.map((activity): ActivityView => {
    const m = activity.data;
    return {
      activity,
      goal: known(goalOf.get(m.goal), `mål ${m.goal}`),
      subgoals: project.subgoals.filter((s) => m.subgoals.includes(s.id)),
      ...activityState(m, buildDate),
    };
  });

  const goals = project.goals.map((entry): GoalView => {
    const n = entry.data.number;
    const subgoals = project.subgoals
      .filter((s) => s.data.goal === n)
      .map((s): SubgoalView => {
        const own = indicators.filter((v) => v.indicator.data.subgoal === s.id);
        const areas = s.data.areas.map((area) => {
          const inArea = own.filter((v) => v.indicator.data.area === area.name);
          return { area, indicators: inArea, rollUp: statuses(inArea) };
        });
        const serving = activities.filter((a) => a.activity.data.subgoals.includes(s.id));
        return { entry: s, areas, indicators: own, rollUp: statuses(own), activities: serving, activityCounts: countStatuses(serving) };
      });
    const own = indicators.filter((v) => v.indicator.data.goal === n);
    const ownActivities = activities.filter((a) => a.activity.data.goal === n);
    const rollUpNow = statuses(own);
    return {
      entry,
      status: goalStatus(n, rollUpNow, latestView, followUpViews.at(-2)),
      subgoals,
      indicators: own,
      rollUp: rollUpNow,
      extraFollowUps: extraFollowUps.filter((x) => x.followUp.goals.includes(n)),
      activities: ownActivities,
      activityCounts: countStatuses(ownActivities),
      childRights: project.childRights.flatMap((c) => c.data.goals.filter((g) => g.goal === n).map((g) => ({ entry: c, especially: g.especially }))),
      decisions: project.decisions.filter(
        (d) => entry.data.decisions.includes(d.id) || d.data.changes.some((c) => c.goal === n) || subgoals.some((s) => s.entry.data.decisions.includes(d.id)),
      ),
      history: followUpViews.flatMap((fv) => {
        const g = fv.goals.find((x) => x.goal.data.number === n);
        return g?.judged ? [{ followUp: fv.followUp, assessment: g.judged.assessment, comment: g.judged.comment, computed: g.computed }] : [];
      }),
    };
  });

  const hasExample =
    project.indicators.some((i) => i.data.example) ||
    followUps.some((f) => f.data.example) ||
    project.extraFollowUps.some((f) => f.data.example) ||
    project.decisions.some((d) => d.data.example) ||
    project.activities.some((a) => a.data.example);
  const childRights = project.childRights.map((entry): ArticleView => {
    const n = entry.data.article;
    const tagged = (v: IndicatorView) => v.indicator.data.childRights.includes(n);
    const linked = entry.data.goals.flatMap((g) => goals.filter((x) => x.entry.data.number === g.goal).map((goal) => ({ goal, especially: g.especially })));
    const own = indicators.filter(tagged);
    return { entry, goals: linked, indicators: own, rollUp: statuses(own), subgoals: linked.flatMap((g) => g.goal.subgoals.filter((s) => s.indicators.some(tagged))) };
  });
  const evaluations = project.decisions
    .flatMap((decision): EvaluationView[] => {
      const e = decision.data.evaluation;
      return e ? [{ decision, why: e.why, after: e.after.map((id) => known(decisionOf.get(id), `beslut ${id}`)) }] : [];
    })
    .sort((a, b) => compareDates(b.decision.data.date, a.decision.data.date));
  return {
    project,
    buildDate,
    referenceTime: tRef,
    latestFollowUp,
    indicators,
    byId,
    byStatus: new Map(INDICATOR_STATUSES.map((st) => [st, indicators.filter((v) => shownStatus(v) === st)] as const).filter(([, vs]) => vs.length > 0)),
    goals,
    childRights,
    followUps: followUpViews,
    extraFollowUps,
    activities,
    activityById: new Map(activities.map((a) => [a.activity.id, a])),
    activityCounts: countStatuses(activities),
    evaluations,
    hasExample,
    method: methodBasis(project.settings.method, project.decisions),
  };
}

/** An indicator's status as the site shows it: the judged one from the latest follow-up, else the method's. */
export const shownStatus = (v: IndicatorView): IndicatorStatus => v.judged?.status ?? v.assessment.status;

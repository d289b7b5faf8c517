/**
 * Everything the pages show, computed once per build from the validated project: each
 * indicator's assessment, the roll-ups per measurement area, sub-goal and goal, and each
 * follow-up's computed result beside its judged one.
 */
import { assessIndicator, referenceTime, rollUp, type IndicatorAssessment, type IndicatorStatus, type RollUp } from './assessment.ts';
import type { ChartInput } from './chart/index.ts';
import { GENDERS, type Entry, type FollowUp, type Indicator, type Observation, type Project } from './model.ts';
import { periodEnd } from './period.ts';
import type { ChildRightsMeta } from './schemas/child-rights.ts';
import type { DecisionMeta } from './schemas/decision.ts';
import type { JudgedAssessment } from './schemas/follow-up.ts';
import type { AreaMeta, GoalMeta, SubgoalMeta } from './schemas/goal.ts';

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
}

export interface JudgedView {
  followUp: FollowUp;
  assessment: JudgedAssessment;
  comment: string;
  /** What the method gave at that follow-up, with the values known by then. */
  computed: RollUp;
}

export interface GoalView {
  entry: Entry<GoalMeta>;
  subgoals: SubgoalView[];
  indicators: IndicatorView[];
  rollUp: RollUp;
  childRights: { entry: Entry<ChildRightsMeta>; especially: boolean }[];
  decisions: Entry<DecisionMeta>[];
  /** Judged assessments across follow-ups, oldest first. */
  history: JudgedView[];
}

export interface FollowUpView {
  followUp: FollowUp;
  referenceTime: number;
  goals: { goal: Entry<GoalMeta>; judged: { assessment: JudgedAssessment; comment: string } | null; computed: RollUp }[];
  indicators: { view: IndicatorView; computed: IndicatorAssessment; judged: IndicatorStatus | null; comment: string }[];
}

/** One child-rights article and what is linked to it. */
export interface ArticleView {
  entry: Entry<ChildRightsMeta>;
  /** The goals the article is linked to, and whether the link is stressed ("särskilt"). */
  goals: { goal: GoalView; especially: boolean }[];
  /** The indicators tagged with the article (`childRights`). */
  indicators: IndicatorView[];
  /** The sub-goals of the linked goals that have such indicators. */
  subgoals: SubgoalView[];
}

export interface Overview {
  project: Project;
  /** t_ref for the current state: the latest follow-up's period, else the latest data period. */
  referenceTime: number;
  latestFollowUp: FollowUp | null;
  indicators: IndicatorView[];
  byId: ReadonlyMap<string, IndicatorView>;
  goals: GoalView[];
  childRights: ArticleView[];
  followUps: FollowUpView[];
  /** True while any example data or example follow-up is shown. */
  hasExample: boolean;
}


/**
 * The chart's input for an indicator: one series per gender present, the method's projection, and
 * the comparison areas' totals, with `ownLabel` (the organisation) naming the municipality's line.
 */
export function chartInput(ind: Indicator, a: IndicatorAssessment, ownLabel?: string): ChartInput {
  const obs = ind.series?.observations ?? [];
  const series = GENDERS.filter((g) => g === 'T' || obs.some((o) => o.gender === g)).map((gender) => ({
    gender,
    points: obs.filter((o) => o.gender === gender).map((o) => ({ period: o.period, value: o.value })),
  }));
  const projection =
    a.projection !== null && a.fittedLatest !== null && a.latest && a.target
      ? { fromTime: a.latest.period.time, fromValue: a.fittedLatest, toTime: a.target.year, toValue: a.projection }
      : null;
  return {
    id: ind.id,
    title: ind.data.title,
    unit: ind.data.unit,
    kind: ind.series?.kind ?? 'year',
    series,
    target: ind.data.target ? { value: ind.data.target.value, year: ind.data.target.year } : null,
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

function assess(ind: Indicator, observations: readonly Observation[], tRef: number): IndicatorAssessment {
  const t = ind.data.target;
  return assessIndicator({ observations, direction: ind.data.direction, target: t ? { value: t.value, year: t.year } : null }, tRef);
}

/** The values known at a follow-up: those whose period had ended by the end of its period. */
export function knownAt(observations: readonly Observation[], f: FollowUp): Observation[] {
  const end = periodEnd(f.period);
  return observations.filter((o) => periodEnd(o.period) <= end + 1e-9);
}

/** An entry the validation guarantees; its absence means the project was not validated. */
function known<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The project was not validated: ${what} is missing.`);
  return value;
}

export function buildOverview(project: Project): Overview {
  const followUps = project.followUps;
  const latestFollowUp = followUps.at(-1) ?? null;
  const allTimes = project.indicators.flatMap((i) => i.series?.observations.map((o) => o.period.time) ?? []);
  const tRef = referenceTime(latestFollowUp ? [latestFollowUp.period.time] : [], allTimes) ?? new Date().getFullYear();

  const goalOf = new Map(project.goals.map((g) => [g.data.number, g]));
  const subgoalOf = new Map(project.subgoals.map((s) => [s.id, s]));
  const decisionOf = new Map(project.decisions.map((d) => [d.id, d]));
  const indicators = project.indicators.map((indicator): IndicatorView => {
    const m = indicator.data;
    const assessment = assess(indicator, indicator.series?.observations ?? [], tRef);
    return {
      indicator,
      assessment,
      chart: chartInput(indicator, assessment, project.settings.organisation),
      goal: known(goalOf.get(m.goal), `mål ${m.goal}`),
      subgoal: known(subgoalOf.get(m.subgoal), `delmål ${m.subgoal}`),
      targetDecision: m.target?.decision ? known(decisionOf.get(m.target.decision), `beslut ${m.target.decision}`) : null,
      articles: project.childRights.filter((c) => m.childRights.includes(c.data.article)),
      comments: [],
    };
  });
  const byId = new Map(indicators.map((v) => [v.indicator.id, v]));
  const statuses = (vs: readonly IndicatorView[]) => rollUp(vs.map((v) => v.assessment.status));

  // What the method gave at each follow-up, with the values known then.
  const followUpViews = followUps.map((f): FollowUpView => {
    const at = new Map(project.indicators.map((i) => [i.id, assess(i, knownAt(i.series?.observations ?? [], f), f.period.time)]));
    return {
      followUp: f,
      referenceTime: f.period.time,
      goals: project.goals.map((goal) => {
        const judged = f.data.goals.find((g) => g.goal === goal.data.number);
        const ids = project.indicators.filter((i) => i.data.goal === goal.data.number).map((i) => i.id);
        return { goal, judged: judged ? { assessment: judged.assessment, comment: judged.comment } : null, computed: rollUp(ids.flatMap((id) => at.get(id)?.status ?? [])) };
      }),
      // Every id was checked against the indicators when the project was loaded.
      indicators: f.data.indicators.flatMap((c) => {
        const view = byId.get(c.id);
        const computed = at.get(c.id);
        return view && computed ? [{ view, computed, judged: c.assessment ?? null, comment: c.comment }] : [];
      }),
    };
  });

  for (const fv of followUpViews)
    for (const c of fv.indicators) c.view.comments.push({ followUp: fv.followUp, judged: c.judged, computed: c.computed, comment: c.comment });

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
        return { entry: s, areas, indicators: own, rollUp: statuses(own) };
      });
    const own = indicators.filter((v) => v.indicator.data.goal === n);
    return {
      entry,
      subgoals,
      indicators: own,
      rollUp: statuses(own),
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

  const hasExample = project.indicators.some((i) => i.data.example) || followUps.some((f) => f.data.example) || project.decisions.some((d) => d.data.example);
  const childRights = project.childRights.map((entry): ArticleView => {
    const n = entry.data.article;
    const tagged = (v: IndicatorView) => v.indicator.data.childRights.includes(n);
    const linked = entry.data.goals.flatMap((g) => goals.filter((x) => x.entry.data.number === g.goal).map((goal) => ({ goal, especially: g.especially })));
    return { entry, goals: linked, indicators: indicators.filter(tagged), subgoals: linked.flatMap((g) => g.goal.subgoals.filter((s) => s.indicators.some(tagged))) };
  });
  return { project, referenceTime: tRef, latestFollowUp, indicators, byId, goals, childRights, followUps: followUpViews, hasExample };
}

/**
 * What a change does to the site, in words, so that the person who approves a pull request sees
 * the consequence and not only the diff: the values added, changed or removed per indicator, and
 * every goal, sub-goal and indicator whose computed assessment changes (before → after). A pure
 * function of two validated projects (the base, e.g. the pull request's target branch, and the
 * change), each assessed with `buildOverview` at the same build date.
 */
import type { CalendarDate } from './date.ts';
import { valueChanges } from './data-loss.ts';
import { formatValue, listAtMost } from './format.ts';
import { observationLabel as rowLabel, type Observation, type Project } from './model.ts';
import { buildOverview, type Overview } from './overview.ts';

/** What happened to one indicator's values. */
export interface ValueChanges {
  id: string;
  title: string;
  unit: string;
  /** `new`: the indicator did not exist before; `removed`: it no longer exists. */
  indicator: 'new' | 'removed' | 'kept';
  /** Rows with a period and gender the base did not have. */
  added: Observation[];
  /** Rows whose value differs (a number that became another number or missing, or the reverse). */
  changed: { before: Observation; after: Observation }[];
  /** Rows of the base with no row for the same period and gender now. */
  removed: Observation[];
}

/** A computed assessment before and after; null where the goal, sub-goal or indicator does not exist. */
export interface AssessmentChange {
  level: 'goal' | 'subgoal' | 'indicator';
  id: string;
  /** The goal's short name, the sub-goal's title, the indicator's title. */
  name: string;
  before: { status: string; label: string } | null;
  after: { status: string; label: string } | null;
}

export interface SitePreview {
  /** Indicators whose values changed, in the site's order (removed indicators last). */
  values: ValueChanges[];
  /** Goals first, then sub-goals, then indicators, each in the site's order. */
  assessments: AssessmentChange[];
}

/** One entry per goal, sub-goal and indicator of an overview, in the site's order. */
function assessed(o: Overview): Map<string, Omit<AssessmentChange, 'before' | 'after'> & { status: string; label: string }> {
  const out = new Map<string, Omit<AssessmentChange, 'before' | 'after'> & { status: string; label: string }>();
  for (const g of o.goals)
    out.set(`goal|${g.entry.data.number}`, { level: 'goal', id: String(g.entry.data.number), name: g.entry.data.shortName, status: g.rollUp.status, label: g.rollUp.label });
  for (const g of o.goals)
    for (const s of g.subgoals) out.set(`subgoal|${s.entry.id}`, { level: 'subgoal', id: s.entry.id, name: s.entry.data.title, status: s.rollUp.status, label: s.rollUp.label });
  for (const v of o.indicators)
    out.set(`indicator|${v.indicator.id}`, { level: 'indicator', id: v.indicator.id, name: v.indicator.data.title, status: v.assessment.status, label: v.assessment.label });
  return out;
}

const LEVELS = ['goal', 'subgoal', 'indicator'] as const;

/** What the site would show differently if `after` replaced `before`, both assessed at `buildDate`. */
export function previewChange(before: Project, after: Project, buildDate: CalendarDate): SitePreview {
  const old = buildOverview(before, buildDate);
  const now = buildOverview(after, buildDate);

  const oldIndicators = new Map(before.indicators.map((i) => [i.id, i]));
  const newIds = new Set(after.indicators.map((i) => i.id));
  const values: ValueChanges[] = [
    ...after.indicators.map((i): ValueChanges => {
      const b = oldIndicators.get(i.id);
      const changes = valueChanges(b?.series?.observations ?? [], i.series?.observations ?? []);
      return { id: i.id, title: i.data.title, unit: i.data.unit, indicator: b ? 'kept' : 'new', ...changes };
    }),
    ...before.indicators
      .filter((i) => !newIds.has(i.id))
      .map((i): ValueChanges => ({ id: i.id, title: i.data.title, unit: i.data.unit, indicator: 'removed', added: [], changed: [], removed: i.series?.observations ?? [] })),
  ].filter((v) => v.added.length || v.changed.length || v.removed.length);

  const a = assessed(old);
  const b = assessed(now);
  const keys = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))];
  const assessments = keys
    .flatMap((k): AssessmentChange[] => {
      const was = a.get(k);
      const is = b.get(k);
      if (was && is && was.status === is.status) return [];
      const { level, id, name } = (is ?? was)!;
      return [{ level, id, name, before: was ? { status: was.status, label: was.label } : null, after: is ? { status: is.status, label: is.label } : null }];
    })
    .sort((x, y) => LEVELS.indexOf(x.level) - LEVELS.indexOf(y.level));
  return { values, assessments };
}

/** At most this many rows are named per indicator and kind of change; the rest are counted. */
const LISTED = 8;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const list = (items: string[]) => listAtMost(items, LISTED, '; ');

/** A value with its unit as the site shows it, or "uppgift saknas". */
const valueText = (v: number | null, unit: string) => (v === null ? 'uppgift saknas' : formatValue(v, unit));

/**
 * One sentence per indicator: "Utsläpp per invånare (utslapp): 1 nytt värde: 2024: 3,5 ton. 1
 * ändrat värde: 2023: 4,1 ton → 3,7 ton."
 */
export function valueChangeWords(v: ValueChanges): string {
  const parts: string[] = [];
  if (v.added.length) parts.push(`${count(v.added.length, 'nytt värde', 'nya värden')}: ${list(v.added.map((o) => `${rowLabel(o)}: ${valueText(o.value, v.unit)}`))}.`);
  if (v.changed.length)
    parts.push(`${count(v.changed.length, 'ändrat värde', 'ändrade värden')}: ${list(v.changed.map(({ before, after }) => `${rowLabel(before)}: ${valueText(before.value, v.unit)} → ${valueText(after.value, v.unit)}`))}.`);
  if (v.removed.length) parts.push(`${count(v.removed.length, 'borttaget värde', 'borttagna värden')}: ${list(v.removed.map(rowLabel))}.`);
  const what = v.indicator === 'new' ? ' – ny indikator' : v.indicator === 'removed' ? ' – indikatorn tas bort' : '';
  return `${v.title} (${v.id})${what}: ${parts.join(' ')}`;
}

const NAMED: Record<AssessmentChange['level'], (c: AssessmentChange) => string> = {
  goal: (c) => `Mål ${c.id} (${c.name})`,
  subgoal: (c) => `Delmålet ${c.name}`,
  indicator: (c) => `Indikatorn ${c.name} (${c.id})`,
};

/**
 * "Mål 1 (Hållbar samhällsutveckling): Uppfylls delvis → Uppfylls.", "Delmålet Miljö: Uppfylls →
 * Uppfylls inte.", "Indikatorn Utsläpp per invånare (utslapp): ny, För långsamt."
 */
export function assessmentChangeWords(c: AssessmentChange): string {
  const name = NAMED[c.level](c);
  if (!c.before) return `${name}: ny, ${c.after!.label}.`;
  if (!c.after) return `${name}: tas bort (var ${c.before.label}).`;
  return `${name}: ${c.before.label} → ${c.after.label}.`;
}

/** True when the change shows nothing different on the site's indicators and assessments. */
export const previewIsEmpty = (p: SitePreview) => p.values.length === 0 && p.assessments.length === 0;

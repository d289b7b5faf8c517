/**
 * The common assessment principle of METHOD.md (`/work/shared/METHOD.md`), as pure functions.
 *
 * One indicator: a robust Theil–Sen line through the values of the last six years of the headline
 * series gives a relative annual change r and, with a target, a projection to the target year.
 * Several indicators: a mean score over the indicators that could be assessed.
 *
 * Every parameter lives in `METHOD`; the `/metod/` page renders from it, so the page and the code
 * cannot drift apart. Nothing here knows about Astro or the DOM.
 */
import type { Direction, Observation, Target } from './model.ts';
import { formatChange, formatNumber, formatSigned, UNIT_SPACE } from './format.ts';
import { parsePeriod, periodLabel, timeLabel, type PeriodKind } from './period.ts';

/** Every parameter of METHOD.md, in one place; /metod/ renders from these. */
export const METHOD = {
  /** Step 3: the indicator is stale when t_ref − t_L is more than this many years. */
  staleYears: 3,
  /** Step 4: the window holds the values with t > t_L − windowYears. */
  windowYears: 6,
  /** Step 5: at least this many values in the window … */
  minValues: 3,
  /** … spanning at least this many years. */
  minSpanYears: 2,
  /** |r| at or above this (0.01 = 1 % per year) counts as a change. */
  changeThreshold: 0.01,
  /** Roll-up scores; `insufficient-data` is not scored. */
  scores: { met: 2, 'on-track': 2, improving: 2, 'too-slow': 1, stable: 1, 'wrong-direction': 0, worsening: 0, missed: 0 },
  /** Mean score at or above this → `fulfilled`. */
  fulfilledMin: 1.5,
  /** Mean score at or above this (and below `fulfilledMin`) → `partly-fulfilled`. */
  partlyMin: 0.75,
} as const;

export type IndicatorStatus =
  | 'met'
  | 'on-track'
  | 'too-slow'
  | 'wrong-direction'
  | 'missed'
  | 'improving'
  | 'stable'
  | 'worsening'
  | 'insufficient-data';

export type RollUpStatus = 'fulfilled' | 'partly-fulfilled' | 'not-fulfilled' | 'insufficient-data';

/** The statuses that get a score (all but `insufficient-data`). */
export type ScoredStatus = keyof typeof METHOD.scores;

export const INDICATOR_STATUSES: readonly IndicatorStatus[] = [
  'met',
  'on-track',
  'too-slow',
  'wrong-direction',
  'missed',
  'improving',
  'stable',
  'worsening',
  'insufficient-data',
];

export const ROLLUP_STATUSES: readonly RollUpStatus[] = ['fulfilled', 'partly-fulfilled', 'not-fulfilled', 'insufficient-data'];

export const INDICATOR_STATUS_LABEL: Record<IndicatorStatus, string> = {
  met: 'Uppnått',
  'on-track': 'I fas',
  'too-slow': 'För långsamt',
  'wrong-direction': 'Fel riktning',
  missed: 'Ej uppnått',
  improving: 'Förbättras',
  stable: 'Oförändrat',
  worsening: 'Försämras',
  'insufficient-data': 'Underlag saknas',
};

export const ROLLUP_STATUS_LABEL: Record<RollUpStatus, string> = {
  fulfilled: 'Uppfylls',
  'partly-fulfilled': 'Uppfylls delvis',
  'not-fulfilled': 'Uppfylls inte',
  'insufficient-data': 'Underlag saknas',
};

/** The score of a status, or null for `insufficient-data` (not scored). */
export function statusScore(status: IndicatorStatus): number | null {
  return status === 'insufficient-data' ? null : METHOD.scores[status];
}

// ---------------------------------------------------------------------------------------------
// Floating point.
//
// Times are years with fractions (METHOD step 1): 2023-T2 is 2023 + 1/3, 2023-04 is 2023 + 3/12.
// Those fractions are not exact in binary: 2048-T2 − 2045-T2 comes out as 3 + 2e-13 (the fraction
// rounds differently on either side of 2048), and a time shifted by adding whole years (t + 3) may
// differ in the last bit from the period's own time, so a rule such as "t_ref − t_L > 3" or
// "t > t_L − 6" could flip on the last bit. So every time
// is first turned into *ticks* of a month (t · 12) and snapped to the nearest whole tick when it is
// within TIME_EPSILON years of it. A year, a tertial (4 ticks) and a month (1 tick) are then whole
// numbers, every difference of times is an exact integer, and shifting all times by whole years
// changes no comparison. The same TIME_EPSILON is kept as a margin in every time comparison, so
// times that are not on the month grid (none in our data) still compare as intended.
// Why 1e-9 years: the rounding error of a time near 2000 is about 1e-13 years, and the smallest
// real difference between two periods is a month (≈ 0.083 years); 1e-9 lies safely between.
//
// Computed values (the projection P and the relative change r) get a relative margin of
// VALUE_EPSILON in their comparisons, so that a series that hits the target or the ±1 % threshold
// exactly in exact arithmetic is not pushed to the other side by rounding. Data values (v_L against
// V*) are compared exactly: both are read from decimal text, nothing is computed.
// ---------------------------------------------------------------------------------------------

const TIME_EPSILON = 1e-9;
const TICKS_PER_YEAR = 12;
const TICK_EPSILON = TIME_EPSILON * TICKS_PER_YEAR;
const VALUE_EPSILON = 1e-9;

/** A time in years as months (ticks), snapped to a whole month when it is one. */
function toTicks(time: number): number {
  const x = time * TICKS_PER_YEAR;
  const whole = Math.round(x);
  return Math.abs(x - whole) <= TICK_EPSILON ? whole : x;
}

/** x ≥ threshold, allowing for rounding in a computed x. */
function atLeast(x: number, threshold: number): boolean {
  return x >= threshold - VALUE_EPSILON * Math.max(1, Math.abs(threshold));
}

/** d·(P − V*) ≥ 0 for a computed P (passed as d·P, d·V*), allowing for rounding relative to their size. */
function reaches(dp: number, dv: number): boolean {
  return dp - dv >= -VALUE_EPSILON * Math.max(1, Math.abs(dp), Math.abs(dv));
}

/** x ≤ threshold, allowing for rounding in a computed x. */
function atMost(x: number, threshold: number): boolean {
  return x <= threshold + VALUE_EPSILON * Math.max(1, Math.abs(threshold));
}

// ---------------------------------------------------------------------------------------------
// Theil–Sen
// ---------------------------------------------------------------------------------------------

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  // Callers never pass an empty list; the fallbacks only satisfy noUncheckedIndexedAccess.
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

/**
 * METHOD step 6: the Theil–Sen line through points (t, v).
 * `slope` b is the median of (v_j − v_i)/(t_j − t_i) over all pairs i < j with t_i ≠ t_j;
 * `intercept` a is the median of (v_i − b·t_i), so the fitted value at t is a + b·t.
 * Returns null when fewer than two distinct times are given.
 */
export function theilSen(points: readonly { t: number; v: number }[]): { slope: number; intercept: number } | null {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const p = points[i];
      const q = points[j];
      if (!p || !q || Math.abs(q.t - p.t) <= TIME_EPSILON) continue;
      slopes.push((q.v - p.v) / (q.t - p.t));
    }
  }
  if (slopes.length === 0) return null;
  const slope = median(slopes);
  const intercept = median(points.map((p) => p.v - slope * p.t));
  return { slope, intercept };
}

// ---------------------------------------------------------------------------------------------
// One indicator
// ---------------------------------------------------------------------------------------------

export interface AssessmentInput {
  observations: readonly Observation[];
  direction: Direction;
  target?: Target | null;
}

export type InsufficientReason = 'no-values' | 'stale' | 'too-few-values' | 'too-short-span';

export interface IndicatorAssessment {
  status: IndicatorStatus;
  label: string;
  /** Why, when insufficient-data: 'no-values' | 'stale' | 'too-few-values' | 'too-short-span' */
  reason: InsufficientReason | null;
  /** The latest non-missing value of the headline series (t_L, v_L). */
  latest: { period: string; time: number; value: number } | null;
  /** Times and period keys of the first and last value in the window (METHOD step 4). */
  window: { from: number; to: number; fromPeriod: string; toPeriod: string } | null;
  /** Values in the window. */
  count: number;
  /** Theil–Sen b, per year; null when the window is not enough for a trend. */
  slope: number | null;
  /** r = d·b/s (METHOD step 7); ±Infinity when s = 0 and b ≠ 0; null without a trend. */
  relativeChange: number | null;
  /** ŷ_L, the fitted value at t_L; null without a trend. */
  fittedLatest: number | null;
  /** P = ŷ_L + b·(Y* − t_L); only when the target rules got as far as computing it. */
  projection: number | null;
  target: Target | null;
  /** t_ref, the time the indicator is assessed at. */
  referenceTime: number;
  /** True when t_ref − t_L > METHOD.staleYears (the status is then insufficient-data). */
  stale: boolean;
}

interface Point {
  obs: Observation;
  value: number;
  ticks: number;
}

/**
 * Assesses one indicator at reference time t_ref (see `referenceTime`), following METHOD.md.
 *
 * Only the headline series is used: observations with gender 'T'. Missing values (null, or a
 * non-finite number) are left out. If the series holds two values for the same time, the later
 * row is taken as the latest value; Theil–Sen skips pairs with equal times.
 *
 * Order of the rules:
 * 1. no values → insufficient-data ('no-values');
 * 2. stale (t_ref − t_L > 3) → insufficient-data ('stale'). METHOD lists staleness as step 3,
 *    before the target rules, so a stale indicator is insufficient-data even when its old value
 *    met the target or its target year has passed: an old value says nothing about today;
 * 3. with a target: met (one value is enough), then missed (t_L ≥ Y*), then not enough for a
 *    trend, then on-track (projection), wrong-direction (r ≤ −0.01), else too-slow;
 *    without a target: not enough for a trend, improving, worsening, else stable.
 *
 * The trend (b, r, ŷ_L) is published whenever the window is enough for one, whatever the status,
 * so that every assessment shows its inputs; the projection only when the target rules used it.
 */
export function assessIndicator(input: AssessmentInput, referenceTime: number): IndicatorAssessment {
  const d = input.direction === 'decrease' ? -1 : 1;
  const target = input.target && Number.isFinite(input.target.value) && Number.isFinite(input.target.year) ? input.target : null;

  const points: Point[] = input.observations
    .filter((o) => o.gender === 'T' && o.value !== null && Number.isFinite(o.value))
    .map((o) => ({ obs: o, value: o.value as number, ticks: toTicks(o.time) }))
    // Stable sort: rows with the same time keep file order, so the last row is the latest.
    .sort((a, b) => a.ticks - b.ticks);

  const base: IndicatorAssessment = {
    status: 'insufficient-data',
    label: INDICATOR_STATUS_LABEL['insufficient-data'],
    reason: null,
    latest: null,
    window: null,
    count: 0,
    slope: null,
    relativeChange: null,
    fittedLatest: null,
    projection: null,
    target,
    referenceTime,
    stale: false,
  };
  const finish = (status: IndicatorStatus, extra: Partial<IndicatorAssessment> = {}): IndicatorAssessment => ({
    ...base,
    ...extra,
    status,
    label: INDICATOR_STATUS_LABEL[status],
  });

  // Step 2: the latest value.
  const last = points[points.length - 1];
  if (!last) return finish('insufficient-data', { reason: 'no-values' });
  const tL = last.ticks;
  const vL = last.value;
  base.latest = { period: last.obs.period, time: last.obs.time, value: vL };

  // Step 4: the window, t > t_L − 6.
  const windowStart = tL - METHOD.windowYears * TICKS_PER_YEAR;
  const inWindow = points.filter((p) => p.ticks - windowStart > TICK_EPSILON);
  const first = inWindow[0] ?? last;
  base.window = { from: first.obs.time, to: last.obs.time, fromPeriod: first.obs.period, toPeriod: last.obs.period };
  base.count = inWindow.length;

  // Step 5: enough for a trend.
  const spanTicks = tL - first.ticks;
  const insufficientReason: InsufficientReason | null =
    inWindow.length < METHOD.minValues
      ? 'too-few-values'
      : spanTicks < METHOD.minSpanYears * TICKS_PER_YEAR - TICK_EPSILON
        ? 'too-short-span'
        : null;

  // Steps 6–7: slope, fitted latest and relative change. Times are taken relative to t_L (exact
  // whole months divided by 12), so the intercept is ŷ_L itself: median(v_i − b·(t_i − t_L)) equals
  // median(v_i − b·t_i) + b·t_L exactly in arithmetic, without subtracting numbers near 2000·b.
  let b: number | null = null;
  let r: number | null = null;
  if (insufficientReason === null) {
    const fit = theilSen(inWindow.map((p) => ({ t: (p.ticks - tL) / TICKS_PER_YEAR, v: p.value })));
    if (fit) {
      b = fit.slope;
      const s = median(inWindow.map((p) => Math.abs(p.value)));
      // b = 0 gives r = 0 whatever s is (and never −0, so negating the series keeps r identical).
      r = b === 0 ? 0 : s === 0 ? (d * b > 0 ? Infinity : -Infinity) : (d * b) / s;
      base.slope = b;
      base.relativeChange = r;
      base.fittedLatest = fit.intercept;
    }
  }
  const trend = b !== null && r !== null && base.fittedLatest !== null;

  // Step 3: stale data, before any target rule (see the doc comment above).
  if (toTicks(referenceTime) - tL > METHOD.staleYears * TICKS_PER_YEAR + TICK_EPSILON) {
    return finish('insufficient-data', { reason: 'stale', stale: true });
  }

  if (target) {
    if (d * (vL - target.value) >= 0) return finish('met');
    if (tL >= target.year * TICKS_PER_YEAR - TICK_EPSILON) return finish('missed');
    if (!trend) return finish('insufficient-data', { reason: insufficientReason ?? 'too-few-values' });
    const yearsLeft = (target.year * TICKS_PER_YEAR - tL) / TICKS_PER_YEAR;
    const projection = (base.fittedLatest as number) + (b as number) * yearsLeft;
    if (reaches(d * projection, d * target.value)) return finish('on-track', { projection });
    if (atMost(r as number, -METHOD.changeThreshold)) return finish('wrong-direction', { projection });
    return finish('too-slow', { projection });
  }

  if (!trend) return finish('insufficient-data', { reason: insufficientReason ?? 'too-few-values' });
  if (atLeast(r as number, METHOD.changeThreshold)) return finish('improving');
  if (atMost(r as number, -METHOD.changeThreshold)) return finish('worsening');
  return finish('stable');
}

// ---------------------------------------------------------------------------------------------
// Reference time
// ---------------------------------------------------------------------------------------------

/** t_ref: the latest follow-up's time if any, else the latest period time among all observations; null if neither. */
export function referenceTime(followUpTimes: readonly number[], observationTimes: readonly number[]): number | null {
  const latest = (xs: readonly number[]): number | null => {
    let best: number | null = null;
    for (const x of xs) if (Number.isFinite(x) && (best === null || x > best)) best = x;
    return best;
  };
  return latest(followUpTimes) ?? latest(observationTimes);
}

// ---------------------------------------------------------------------------------------------
// Measurement area, sub-goal and goal
// ---------------------------------------------------------------------------------------------

export interface RollUp {
  status: RollUpStatus;
  label: string;
  /** Indicators in the group. */
  n: number;
  /** Indicators with a score (k). */
  scored: number;
  /** Mean score m over the scored indicators; null when none is scored. Given whenever k > 0,
   * also when k < n/2 makes the status insufficient-data. */
  mean: number | null;
  counts: Record<IndicatorStatus, number>;
}

/**
 * METHOD.md roll-up over n indicator statuses with k scored:
 * k = 0 or k < n/2 → insufficient-data; mean ≥ 1.5 fulfilled; ≥ 0.75 partly; else not-fulfilled.
 */
export function rollUp(statuses: readonly IndicatorStatus[]): RollUp {
  const counts = Object.fromEntries(INDICATOR_STATUSES.map((s) => [s, 0])) as Record<IndicatorStatus, number>;
  let scored = 0;
  let sum = 0;
  for (const s of statuses) {
    counts[s] += 1;
    const score = statusScore(s);
    if (score !== null) {
      scored += 1;
      sum += score;
    }
  }
  const n = statuses.length;
  const mean = scored > 0 ? sum / scored : null;
  let status: RollUpStatus;
  if (mean === null || scored < n / 2) status = 'insufficient-data';
  // Compared as sum ≥ threshold·k: exact for whole scores, so m = 1.5 or 0.75 is never lost to rounding.
  else if (sum >= METHOD.fulfilledMin * scored) status = 'fulfilled';
  else if (sum >= METHOD.partlyMin * scored) status = 'partly-fulfilled';
  else status = 'not-fulfilled';
  return { status, label: ROLLUP_STATUS_LABEL[status], n, scored, mean, counts };
}

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

/** "1 värde", "6 värden". */
function values(n: number): string {
  return n === 1 ? '1 värde' : `${n} värden`;
}

/** The change threshold as words: "1 %". */
function thresholdWords(): string {
  return `${formatNumber(METHOD.changeThreshold * 100)}${UNIT_SPACE}%`;
}

/**
 * A relative change per year (0.012 → "+1,2 %") to one decimal, trailing zero dropped ("+2 %").
 * A change that is not zero but rounds to it is "under 0,1 %". With `belowThreshold` (the method
 * counted |r| as under METHOD.changeThreshold), a value that would round up to the threshold is
 * cut to two decimals instead ("+0,99 %"), so the words never show "+1 %" beside "under 1 %".
 */
function relativeWords(rel: number, belowThreshold: boolean): string {
  const p = rel * 100;
  if (p === 0) return `0${UNIT_SPACE}%`;
  if (Math.abs(p) < 0.05) return `under ${formatNumber(0.1)}${UNIT_SPACE}%`;
  const limit = METHOD.changeThreshold * 100;
  const rounded = Math.round(Math.abs(p) * 10) / 10;
  const text = belowThreshold && rounded >= limit ? formatSigned(Math.trunc(p * 100) / 100, 2) : formatSigned(p, 1);
  return `${text}${UNIT_SPACE}%`;
}

/** Words for a period key, e.g. "tertial 2 2023"; falls back to the time and kind. */
function periodWords(key: string, time: number, kind: PeriodKind): string {
  const p = parsePeriod(key);
  return p ? periodLabel(p) : timeLabel(time, kind);
}

/** "2019–2024", "tertial 1 2022 – tertial 3 2023", or one period when the window has one. */
function windowWords(w: NonNullable<IndicatorAssessment['window']>, kind: PeriodKind): string {
  const from = periodWords(w.fromPeriod, w.from, kind);
  const to = periodWords(w.toPeriod, w.to, kind);
  if (from === to) return from;
  // Closed en dash between plain years, spaced when the labels are several words (Swedish usage).
  return /^\d+$/.test(from) && /^\d+$/.test(to) ? `${from}–${to}` : `${from} – ${to}`;
}

export interface DescribeOptions {
  /**
   * The slope b, per year, in the indicator's own unit and with its sign, e.g.
   * `(b) => formatChange(b, unit)` → "+0,4 procentenheter". Without it, a plain signed number ("+0,4").
   */
  formatChange?: (perYear: number) => string;
  /** Words for the latest follow-up, e.g. "tertial 2 2026"; without it the year of the reference time is named. */
  referenceLabel?: string;
}

/**
 * Plain Swedish sentences describing the inputs of an assessment, e.g.
 * "Trenden är +0,4 procentenheter per år (+0,5 % per år) under 2020–2025, 6 värden. Prognos 2026: 88,5 %, målvärde 90 %."
 *
 * The trend is given first as the slope b in the indicator's own unit (`options.formatChange`),
 * then as the values' own relative change b/s in percent per year. Their sign says whether the
 * values go up (+) or down (−); whether that is good is said by the status label. (`relativeChange`
 * itself is r = d·b/s, signed by improvement.) When s = 0 the change cannot be given in percent,
 * and the words say "uppåt/nedåt från nivån 0" instead. When a change was counted as too small to
 * matter (stable, or too slow while falling a little), the sentence names the threshold, so that
 * "Oförändrat" beside a non-zero trend does not look like a contradiction.
 */
export function describeAssessment(
  a: IndicatorAssessment,
  formatValue: (v: number) => string,
  kind: PeriodKind,
  options: DescribeOptions = {},
): string {
  const latestWords = a.latest ? `${formatValue(a.latest.value)} (${periodWords(a.latest.period, a.latest.time, kind)})` : '';

  if (a.status === 'insufficient-data') {
    switch (a.reason) {
      case 'no-values':
      case null:
        return 'Inga värden ännu.';
      case 'stale': {
        const label = options.referenceLabel?.trim();
        const reference = label
          ? `den senaste uppföljningen (${label})`
          : `uppföljningsperioden ${Math.floor(a.referenceTime + TIME_EPSILON)}`;
        return (
          `Senaste värdet är från ${a.latest ? periodWords(a.latest.period, a.latest.time, kind) : 'okänd tid'}. ` +
          `Det är mer än ${METHOD.staleYears} år äldre än ${reference} och räcker inte för en bedömning.`
        );
      }
      case 'too-few-values':
        return `Bara ${values(a.count)} under de senaste ${METHOD.windowYears} åren; minst ${METHOD.minValues} behövs.`;
      case 'too-short-span':
        return (
          `De ${a.count} värdena (${a.window ? windowWords(a.window, kind) : ''}) täcker mindre än ` +
          `${METHOD.minSpanYears} år; minst ${METHOD.minSpanYears} år behövs för en trend.`
        );
    }
  }

  if (a.status === 'met' && a.target) {
    return `Senaste värdet ${latestWords} når målvärdet ${formatValue(a.target.value)}.`;
  }
  if (a.status === 'missed' && a.target) {
    return (
      `Målåret ${a.target.year} har kommit utan att målvärdet ${formatValue(a.target.value)} har nåtts: ` +
      `senaste värdet är ${latestWords}.`
    );
  }

  const where = [a.window ? `under ${windowWords(a.window, kind)}` : '', values(a.count)].filter((x) => x !== '').join(', ');
  let text: string;
  const b = a.slope;
  const r = a.relativeChange;
  if (b === null || r === null) {
    text = `${where.charAt(0).toLocaleUpperCase('sv')}${where.slice(1)}`;
  } else if (b === 0) {
    text = `Ingen trend uppåt eller nedåt ${where}`;
  } else {
    const change = options.formatChange ?? ((perYear: number) => formatChange(perYear, ''));
    // Below the threshold: the status did not count the change (stable, or too slow while falling).
    const belowThreshold = a.status === 'stable' || a.status === 'too-slow';
    // b/s, the values' own relative change: r = d·b/s, so |r| with the sign of b.
    const rel = Math.abs(r) * Math.sign(b);
    const relWords = Number.isFinite(rel)
      ? `${relativeWords(rel, belowThreshold)} per år`
      : `${b > 0 ? 'uppåt' : 'nedåt'} från nivån 0`;
    text = `Trenden är ${change(b)} per år (${relWords}) ${where}`;
    if (a.status === 'stable') text += `; en förändring under ${thresholdWords()} per år räknas som oförändrad`;
    if (a.status === 'too-slow' && r < 0) text += `; en försämring under ${thresholdWords()} per år räknas inte som fel riktning`;
  }
  text += '.';
  if (a.projection !== null && a.target) {
    text += ` Prognos ${a.target.year}: ${formatValue(a.projection)}, målvärde ${formatValue(a.target.value)}.`;
  }
  return text;
}

/** A group of statuses in `describeCounts`: a finite verb and what follows it, for one or many. */
type Phrase = (count: number) => { verb: string; rest: string };

/**
 * The phrase for the statuses that score 2, fitted to those present: one status names itself,
 * two are joined with "eller", all three become "har nått målvärdet eller går åt rätt håll".
 */
function goodPhrase(met: boolean, onTrack: boolean, improving: boolean): { verb: string; rest: string } {
  if (met && onTrack && improving) return { verb: 'har', rest: 'nått målvärdet eller går åt rätt håll' };
  if (met && onTrack) return { verb: 'har', rest: 'nått målvärdet eller är i fas' };
  if (met && improving) return { verb: 'har', rest: 'nått målvärdet eller förbättras' };
  if (met) return { verb: 'har', rest: 'nått målvärdet' };
  if (onTrack && improving) return { verb: 'är', rest: 'i fas eller förbättras' };
  if (onTrack) return { verb: 'är', rest: 'i fas' };
  return { verb: 'förbättras', rest: '' };
}

/**
 * The counts beside a roll-up, as one Swedish sentence with a full stop, e.g.
 * "Av 10 indikatorer har 2 nått målvärdet eller går åt rätt håll, 3 går för långsamt mot målet,
 * 1 är oförändrad, 1 nådde inte målvärdet i tid och 3 saknar underlag."
 *
 * Each group that occurs is named once, with its count, in a fixed order: met/on-track/improving
 * (one phrase fitted to the statuses present), too slow, stable, wrong direction, worsening,
 * missed, insufficient data. Groups are joined with commas and "och" before the last. Each group
 * is a verb phrase, so "<count> <phrase>" is a clause for one or many (Swedish verbs do not change
 * with number; the one adjective, "oförändrad/oförändrade", does). The first clause follows the
 * fronted "Av N indikatorer", so its verb comes before the count ("har 2 nått målvärdet").
 * When one group holds every indicator: "Den enda indikatorn …", "Båda indikatorerna …",
 * "Alla N indikatorer …"; with no indicators: "Inga indikatorer ännu."
 */
export function describeCounts(r: RollUp): string {
  if (r.n === 0) return 'Inga indikatorer ännu.';
  const c = r.counts;
  const fixed =
    (verb: string, rest: string): Phrase =>
    () => ({ verb, rest });
  const all: { count: number; phrase: Phrase }[] = [
    {
      count: c.met + c['on-track'] + c.improving,
      phrase: () => goodPhrase(c.met > 0, c['on-track'] > 0, c.improving > 0),
    },
    { count: c['too-slow'], phrase: fixed('går', 'för långsamt mot målet') },
    { count: c.stable, phrase: (n) => ({ verb: 'är', rest: n === 1 ? 'oförändrad' : 'oförändrade' }) },
    { count: c['wrong-direction'], phrase: fixed('går', 'åt fel håll') },
    { count: c.worsening, phrase: fixed('försämras', '') },
    { count: c.missed, phrase: fixed('nådde', 'inte målvärdet i tid') },
    { count: c['insufficient-data'], phrase: fixed('saknar', 'underlag') },
  ];
  const groups = all.filter((g) => g.count > 0);

  const words = (...xs: string[]): string => xs.filter((x) => x !== '').join(' ');
  const only = groups.length === 1 ? groups[0] : undefined;
  if (only) {
    const { verb, rest } = only.phrase(r.n);
    if (r.n === 1) return c['insufficient-data'] === 1 ? 'Indikatorn saknar underlag.' : `${words('Den enda indikatorn', verb, rest)}.`;
    return `${words(r.n === 2 ? 'Båda indikatorerna' : `Alla ${r.n} indikatorer`, verb, rest)}.`;
  }

  // "Av 10 indikatorer: 2 …, 3 … och 1 …" keeps every group in the same word order; a fronted
  // "Av 10 indikatorer har 2 …" would need the verb first, which reads badly with two verbs.
  const clauses = groups.map((g) => {
    const { verb, rest } = g.phrase(g.count);
    return words(String(g.count), verb, rest);
  });
  const last = clauses.pop() ?? '';
  return `Av ${r.n} indikatorer: ${clauses.join(', ')} och ${last}.`;
}

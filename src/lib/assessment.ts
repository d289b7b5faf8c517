/**
 * The common assessment principle (docs/method.md), as pure functions.
 *
 * One indicator: a robust Theil–Sen line through the values of the last six years of the headline
 * series gives a relative annual change r and, with a target, a projection to the end of the
 * target year (T*).
 * Several indicators: a mean score over the indicators that could be assessed.
 *
 * Every parameter lives in `METHOD`; the `/metod/` page renders from it, so the page and the code
 * cannot drift apart. Nothing here knows about Astro or the DOM.
 */
import type { Direction, Observation, Target } from './model.ts';
import { lastPeriodOfYear, type Period } from './period.ts';

/** Every parameter of the method, in one place; /metod/ renders from these. */
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
  /**
   * ε: the relative tolerance of the two comparisons that decide a status near a limit (P against
   * V*, r against ±changeThreshold), so that rounding in the last bits never flips a status.
   */
  tolerance: 1e-9,
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
// Times are years with fractions (docs/method.md, step 1): 2023-T2 is 2023 + 1/3, 2023-04 is 2023 + 3/12.
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

export const TIME_EPSILON = 1e-9;
const TICKS_PER_YEAR = 12;
const TICK_EPSILON = TIME_EPSILON * TICKS_PER_YEAR;
const VALUE_EPSILON = METHOD.tolerance;

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
 * docs/method.md, step 6: the Theil–Sen line through points (t, v).
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
  latest: { period: Period; value: number } | null;
  /** The periods of the first and last value in the window (step 4). */
  window: { from: Period; to: Period } | null;
  /** Values in the window. */
  count: number;
  /** Theil–Sen b, per year; null when the window is not enough for a trend. */
  slope: number | null;
  /** r = d·b/s (docs/method.md, step 7); ±Infinity when s = 0 and b ≠ 0; null without a trend. */
  relativeChange: number | null;
  /** ŷ_L, the fitted value at t_L; null without a trend. */
  fittedLatest: number | null;
  /** P = ŷ_L + b·(T* − t_L); only when the target rules got as far as computing it. */
  projection: number | null;
  target: Target | null;
  /**
   * T*: the target year's last period in the series' own kind (2026, 2026-T3, 2026-12), the time
   * by which the target is to be reached. Null without a target or without values (no kind).
   */
  targetPeriod: Period | null;
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
 * Assesses one indicator at reference time t_ref (see `referenceTime`), following the method.
 *
 * Only the headline series is used: observations with gender 'T'. Missing values (null, or a
 * non-finite number) are left out. If the series holds two values for the same time, the later
 * row is taken as the latest value; Theil–Sen skips pairs with equal times.
 *
 * Order of the rules:
 * 1. no values → insufficient-data ('no-values');
 * 2. stale (t_ref − t_L > 3) → insufficient-data ('stale'). docs/method.md lists staleness as step 3,
 *    before the target rules, so a stale indicator is insufficient-data even when its old value
 *    met the target or its target year has passed: an old value says nothing about today;
 * 3. with a target: met (one value is enough), then missed (t_L ≥ T*), then not enough for a
 *    trend, then on-track (projection to T*), wrong-direction (r ≤ −0.01), else too-slow;
 *    without a target: not enough for a trend, improving, worsening, else stable.
 *
 * The target year Y* means the end of Y*: T* is the last period of Y* in the series' own kind
 * (Y*, Y* + 2/3 for tertials, Y* + 11/12 for months), so a value from the start of the target year
 * neither misses the target nor leaves the rest of the year out of the projection.
 *
 * The trend (b, r, ŷ_L) is published whenever the window is enough for one, whatever the status,
 * so that every assessment shows its inputs; the projection only when the target rules used it.
 */
export function assessIndicator(input: AssessmentInput, referenceTime: number): IndicatorAssessment {
  const d = input.direction === 'decrease' ? -1 : 1;
  const target = input.target && Number.isFinite(input.target.value) && Number.isFinite(input.target.year) ? input.target : null;

  const points: Point[] = input.observations
    .filter((o) => o.gender === 'T' && o.value !== null && Number.isFinite(o.value))
    .map((o) => ({ obs: o, value: o.value as number, ticks: toTicks(o.period.time) }))
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
    targetPeriod: null,
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
  base.latest = { period: last.obs.period, value: vL };
  const tStar = target ? lastPeriodOfYear(last.obs.period.kind, target.year) : null;
  base.targetPeriod = tStar;

  // Step 4: the window, t > t_L − 6.
  const windowStart = tL - METHOD.windowYears * TICKS_PER_YEAR;
  const inWindow = points.filter((p) => p.ticks - windowStart > TICK_EPSILON);
  const first = inWindow[0] ?? last;
  base.window = { from: first.obs.period, to: last.obs.period };
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

  if (target && tStar) {
    const tStarTicks = toTicks(tStar.time);
    if (d * (vL - target.value) >= 0) return finish('met');
    if (tL >= tStarTicks - TICK_EPSILON) return finish('missed');
    if (!trend) return finish('insufficient-data', { reason: insufficientReason ?? 'too-few-values' });
    const yearsLeft = (tStarTicks - tL) / TICKS_PER_YEAR;
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
 * the method roll-up over n indicator statuses with k scored:
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

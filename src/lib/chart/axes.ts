/**
 * Scales and ticks: which values and periods the axes span, and where their ticks go.
 *
 * ## Y axis
 *
 * Ranks ('placering', lower is better) use an inverted axis (plats 1 at the top) with the note
 * "Plats 1 överst". For all other units the axis includes zero, unless the values (data, target and
 * projection together) all have the same sign, are not all equal, and the smallest magnitude is more
 * than 0.8 times the largest (so with a zero baseline all variation would be squeezed into the top
 * fifth of the plot). Then the axis is `.nice()` around the values and the chart says
 * "Axeln börjar inte på noll". Negative values extend the axis below zero and a zero line is drawn.
 *
 * ## X axis
 *
 * Ticks fall on whole periods of the data's kind (never "2015,5"), with the smallest step whose
 * labels do not overlap.
 */
import { precisionFixed, scaleLinear, tickStep } from 'd3';
import type { ScaleLinear } from 'd3';
import type { PeriodKind } from '../period.ts';
import { makePeriod, PARTS_PER_YEAR, periodShortLabel } from '../period.ts';
import { isIntegerUnit, isPercent, isRank } from './input.ts';

export interface YAxis {
  scale: ScaleLinear<number, number>;
  ticks: number[];
  /** Decimals for the tick labels. */
  decimals: number;
  inverted: boolean;
  /** "Axeln börjar inte på noll" / "Plats 1 överst" / null. */
  note: string | null;
  /** Whether 0 lies inside the domain (a zero line is drawn). */
  hasZero: boolean;
}

/** Smallest magnitude / largest magnitude above which the axis does not start at zero. */
export const NON_ZERO_BASELINE_RATIO = 0.8;

/** Plats 1 at the top; the domain never goes below plats 1. */
function rankDomain(scale: ScaleLinear<number, number>, lo: number, hi: number, tickCount: number): void {
  if (lo === hi) {
    lo -= 2;
    hi += 2;
  }
  scale.domain([lo, hi]).nice(tickCount);
  const [d0, d1] = scale.domain() as [number, number];
  scale.domain([Math.max(1, d0), d1]);
}

/** Zero included unless the values lie far from it; a share never past 100 %. */
function valueDomain(scale: ScaleLinear<number, number>, lo: number, hi: number, unit: string, tickCount: number): void {
  const sameSign = (lo > 0 && hi > 0) || (lo < 0 && hi < 0);
  const ratio = sameSign ? Math.min(Math.abs(lo), Math.abs(hi)) / Math.max(Math.abs(lo), Math.abs(hi)) : 0;
  const farFromZero = sameSign && lo !== hi && ratio > NON_ZERO_BASELINE_RATIO;
  if (farFromZero) {
    const pad = (hi - lo) * 0.1;
    scale.domain([lo - pad, hi + pad]).nice(tickCount);
    const [d0, d1] = scale.domain() as [number, number];
    // Padding must not push the axis across zero.
    scale.domain([lo > 0 ? Math.max(0, d0) : d0, hi < 0 ? Math.min(0, d1) : d1]);
  } else {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
    if (lo === hi) hi = 1;
    scale.domain([lo, hi]).nice(tickCount);
  }
  // A share cannot exceed 100 %: nice() or padding must not stretch the axis past it.
  const [n0, n1] = scale.domain() as [number, number];
  if (isPercent(unit) && hi <= 100 && n1 > 100) scale.domain([n0, 100]);
}

/** The y axis for `values` (data, target and projection) drawn over `range` ([bottom, top]). */
export function yAxis(values: number[], unit: string, range: [number, number], tickCount: number): YAxis {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const rank = isRank(unit);
  const integer = isIntegerUnit(unit);
  const scale = scaleLinear();
  if (rank) rankDomain(scale, lo, hi, tickCount);
  else valueDomain(scale, lo, hi, unit, tickCount);
  const [d0, d1] = scale.domain() as [number, number];
  const note = rank ? 'Plats 1 överst' : d0 > 0 || d1 < 0 ? 'Axeln börjar inte på noll' : null;
  scale.range(rank ? [range[1], range[0]] : range);
  let ticks = scale.ticks(tickCount);
  if (integer) ticks = ticks.filter((t) => Number.isInteger(t));
  if (rank) ticks = ticks.filter((t) => t >= 1);
  if (ticks.length === 0) ticks = [d0, d1];
  const step = ticks.length > 1 ? Math.abs((ticks[1] ?? 0) - (ticks[0] ?? 0)) : tickStep(d0, d1, tickCount);
  const decimals = integer ? 0 : Math.min(6, precisionFixed(step || 1));
  return { scale, ticks, decimals, inverted: rank, note, hasZero: !rank && d0 < 0 && d1 >= 0 };
}

/** Candidate tick steps in periods, per kind, smallest first. */
const TICK_STEPS: Record<PeriodKind, number[]> = {
  year: [1, 2, 5, 10, 20, 25, 50, 100],
  tertial: [1, 3, 6, 15, 30, 60, 150, 300],
  month: [1, 3, 6, 12, 24, 36, 60, 120, 240, 600],
};

/** The widest tick label of each kind, for reserving room. */
export const X_LABEL_SAMPLE: Record<PeriodKind, string> = { year: '2000', tertial: 'T3 2000', month: 'maj 2000' };

function indexLabel(i: number, kind: PeriodKind): string {
  const n = PARTS_PER_YEAR[kind];
  const year = Math.floor(i / n);
  return periodShortLabel(makePeriod(kind, year, kind === 'year' ? 0 : i - year * n + 1));
}

export interface XTick {
  time: number;
  label: string;
}

/**
 * Ticks on whole periods of the data's kind, aligned to multiples of the step (every 2nd year on even
 * years, every 3rd month on jan/apr/jul/okt), with the smallest step whose labels do not overlap.
 * A step of whole years on months or tertials falls on each year's first period and is labelled
 * with the year alone ("2018", not "jan 2018"): the shorter label lets a narrow chart keep a tick
 * every year or two instead of two ticks in all. `yearLabelWidth` is the room such a label needs.
 */
export function xAxisTicks(kind: PeriodKind, domain: [number, number], pixelsPerYear: number, labelWidth: number, yearLabelWidth = labelWidth): XTick[] {
  const n = PARTS_PER_YEAR[kind];
  const lo = Math.ceil(domain[0] * n - 1e-9);
  const hi = Math.floor(domain[1] * n + 1e-9);
  const steps = TICK_STEPS[kind];
  const wholeYears = (step: number) => kind !== 'year' && step % n === 0;
  const chosen = steps.find((step) => (step / n) * pixelsPerYear >= (wholeYears(step) ? yearLabelWidth : labelWidth)) ?? steps[steps.length - 1] ?? 1;
  const label = (i: number) => (wholeYears(chosen) ? String(Math.floor(i / n)) : indexLabel(i, kind));
  const out: XTick[] = [];
  for (let i = Math.ceil(lo / chosen) * chosen; i <= hi; i += chosen) out.push({ time: i / n, label: label(i) });
  if (out.length === 0 && lo <= hi) out.push({ time: lo / n, label: indexLabel(lo, kind) });
  return out;
}

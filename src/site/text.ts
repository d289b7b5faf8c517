/** Small Swedish text helpers shared by pages. */
import { formatValue } from '../lib/format.ts';
import { MONTH_NAMES, parsePeriod, periodLabel } from '../lib/period.ts';
import type { IndicatorView } from '../lib/overview.ts';


/** "13 januari 2021", or "augusti 2022" when only the month is known. */
export function dateWords(date: string): string {
  const [y, m, d] = date.split('-');
  const month = MONTH_NAMES[Number(m) - 1] ?? '';
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "tertial 2 2024", "april 2023", "2023". */
export function periodWords(period: string): string {
  const p = parsePeriod(period);
  return p ? periodLabel(p) : period;
}

/** The indicator's latest value in words and unit, e.g. "74,1 %". */
export function latestText(v: IndicatorView): string | null {
  const l = v.assessment.latest;
  return l ? formatValue(l.value, v.indicator.data.unit) : null;
}

export function targetText(v: IndicatorView): string | null {
  const t = v.indicator.data.target;
  return t ? `${formatValue(t.value, v.indicator.data.unit)} år ${t.year}` : null;
}

export const DECISION_BODY: Record<string, string> = {
  KF: 'Kommunfullmäktige',
  KS: 'Kommunstyrelsen',
  KSAU: 'Kommunstyrelsens arbetsutskott',
};

export const goalHref = (n: number) => `/mal/${n}/`;
export { indicatorPagePath as indicatorHref } from '../lib/export.ts';
export const articleHref = (n: number) => `/barnkonventionen/artikel-${n}/`;
export { followUpPagePath as followUpHref } from '../lib/export.ts';

/** A plural-aware count: "1 indikator", "3 indikatorer". */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Derived numbers (trend, projection) shown with one decimal, or two significant digits below 1. */
export function roundDerived(v: number): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  return Math.abs(v) >= 1 ? Math.round(v * 10) / 10 : Number(v.toPrecision(2));
}

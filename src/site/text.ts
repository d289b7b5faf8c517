/** Small Swedish text helpers shared by pages and components. */
import { formatValue, lowerFirst } from '../lib/format.ts';
import type { IndicatorView } from '../lib/overview.ts';
import { targetWords } from '../lib/target.ts';

/** The indicator's latest value in words and unit, e.g. "74,1 %". */
export function latestText(v: IndicatorView): string | null {
  const l = v.assessment.latest;
  return l ? formatValue(l.value, v.indicator.data.unit) : null;
}

export function targetText(v: IndicatorView): string | null {
  const t = v.indicator.data.target;
  return t ? `${formatValue(t.value, v.indicator.data.unit)} år ${t.year}` : null;
}

/** "Målvärde" or "Referensvärde" for the indicator's target; "Målvärde" when it has none ("Inget målvärde"). */
export function targetLabel(v: IndicatorView): string {
  return targetWords(v.indicator.data.target?.kind).label;
}

/** A plural-aware count: "1 indikator", "3 indikatorer". */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The label of a judged assessment, one wording everywhere: "Kommunens bedömning, tertial 2 2026". */
export const judgedLabel = (f: { label: string }) => `Kommunens bedömning, ${lowerFirst(f.label)}`;

/**
 * The chart in Swedish words: the summary sentences (the chart's `<desc>` and the figure caption)
 * and the hover text of each point.
 */
import { formatValue } from '../format.ts';
import type { Gender } from '../model.ts';
import { GENDER_LABEL } from '../model.ts';
import type { Period } from '../period.ts';
import { periodLabel } from '../period.ts';
import type { ChartInput, PreparedChart, PreparedSeries, Value } from './input.ts';
import { isRank, prepareChart } from './input.ts';

/** The preposition that goes before a period: "år 2015", "under tertial 1 2023", "i april 2023". */
function preposition(p: Period): string {
  switch (p.kind) {
    case 'year':
      return 'år';
    case 'tertial':
      return 'under';
    case 'month':
      return 'i';
  }
}

/** "år 2015", "under tertial 1 2023", "i april 2023". */
function periodPhrase(p: Period): string {
  return `${preposition(p)} ${periodLabel(p)}`;
}

/** "a", "a och b", "a, b och c". */
function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

/**
 * When a value occurred: "år 2020", "år 2013 och 2016", "i mars 2023 och juni 2024"; with more
 * than three occurrences only the latest: ", senast år 2018" (the caller writes the comma form).
 */
function occurrences(periods: Period[]): string {
  const last = periods[periods.length - 1];
  if (!last) return '';
  if (periods.length > 3) return `, senast ${periodPhrase(last)}`;
  return ` ${preposition(last)} ${joinList(periods.map(periodLabel))}`;
}

/** The periods the data file marks as missing (`..` or an empty cell), oldest first, each once. */
function missingPeriods(s: PreparedSeries): Period[] {
  const seen = new Set(s.values.map((v) => v.period.key));
  const out: Period[] = [];
  for (const row of s.rows) {
    if (row.value !== null || seen.has(row.period.key)) continue;
    seen.add(row.period.key);
    out.push(row.period);
  }
  return out;
}

/**
 * Highest and lowest (for ranks best and worst), unless one is the first or the latest value,
 * which the sentence before already named.
 */
function extremesSentences(values: Value[], unit: string): string[] {
  const fmt = (v: number) => formatValue(v, unit);
  const first = values[0]!.value;
  const named = new Set([fmt(first), fmt(values[values.length - 1]!.value)]);
  const extreme = (pick: (a: number, b: number) => number) => {
    const text = fmt(values.reduce((acc, p) => pick(acc, p.value), first));
    if (named.has(text)) return null;
    const at = values.filter((p) => fmt(p.value) === text);
    return { text: `${text}${occurrences(at.map((p) => p.period))}`, once: at.length === 1 };
  };
  const high = extreme(Math.max);
  const low = extreme(Math.min);
  // For ranks plats 1 is the best placing: the lowest number is the best.
  const rank = isRank(unit);
  const [a, b] = rank ? [low, high] : [high, low];
  const [aWord, bWord] = rank ? ['Bästa placeringen', 'Sämsta placeringen'] : ['Högst', 'Lägst'];
  if (a && b && a.once && b.once) return [`${aWord} var ${a.text} och ${rank ? 'sämsta' : 'lägst'} ${b.text}.`];
  // Several periods for one of them: a sentence each, so the lists do not run together.
  return [...(a ? [`${aWord} var ${a.text}.`] : []), ...(b ? [`${bWord} var ${b.text}.`] : [])];
}

/** The first and the latest value of the main series, and its extremes. */
function valueSentences(chart: PreparedChart, unit: string): string[] {
  const main = chart.main;
  const values = main?.values ?? [];
  const first = values[0];
  const latest = values[values.length - 1];
  const fmt = (v: number) => formatValue(v, unit);
  if (!main || !first || !latest) return ['Det finns inga värden ännu.'];
  if (values.length === 1) return [`Det finns ett värde: ${fmt(first.value)} ${periodPhrase(first.period)}.`];
  // With lines for women and men, say that these values are the total.
  const byGender = main.gender === 'T' && chart.series.some((s) => s !== main && s.values.length > 0);
  if (values.length > 2 && values.every((v) => fmt(v.value) === fmt(first.value))) {
    return [`Alla värden${byGender ? ' totalt' : ''} från ${periodLabel(first.period)} till ${periodLabel(latest.period)} är ${fmt(first.value)}.`];
  }
  const ends = `${fmt(first.value)} ${periodPhrase(first.period)} och det senaste ${fmt(latest.value)} ${periodPhrase(latest.period)}.`;
  return [byGender ? `Totalt är första värdet ${ends}` : `Första värdet är ${ends}`, ...extremesSentences(values, unit)];
}

/** The latest values for women and men; their periods only when they differ from the total's. */
function genderSentence(chart: PreparedChart, unit: string): string | null {
  const latest = chart.main?.values.at(-1);
  const k = chart.series.find((s) => s.gender === 'K' && s !== chart.main)?.values.at(-1);
  const m = chart.series.find((s) => s.gender === 'M' && s !== chart.main)?.values.at(-1);
  const samePeriod = (x: Value) => latest !== undefined && x.period.key === latest.period.key;
  const allSame = (!k || samePeriod(k)) && (!m || samePeriod(m));
  const part = (x: Value) => (allSame ? formatValue(x.value, unit) : `${formatValue(x.value, unit)} ${periodPhrase(x.period)}`);
  if (k && m) return `Senaste värdet för kvinnor är ${part(k)} och för män ${part(m)}.`;
  if (k) return `Senaste värdet för kvinnor är ${part(k)}.`;
  if (m) return `Senaste värdet för män är ${part(m)}.`;
  return null;
}

function missingSentence(main: PreparedSeries | undefined): string | null {
  if (!main || main.values.length === 0) return null;
  const missing = missingPeriods(main);
  if (missing.length === 1) return `Värde saknas för ${periodLabel(missing[0]!)}.`;
  if (missing.length > 1 && missing.length <= 3) return `Värden saknas för ${joinList(missing.map(periodLabel))}.`;
  if (missing.length > 3) return `${missing.length} perioder saknar värde.`;
  return null;
}

/**
 * The Swedish sentences that summarise a chart; used as the chart's `<desc>` and as the figure
 * caption. Neutral and factual: the first and the latest value, the highest and the lowest when they
 * are other values (for ranks the best and the worst placing), the latest values for women and men,
 * the periods that lack a value, the target. Whether the development is good is the method's
 * assessment, which the page states elsewhere; a sentence comparing only two of the values would
 * often contradict it. E.g. "Första värdet är 62 % år 2015 och det senaste 71 % år 2023. Lägst var
 * 61,2 % år 2017. Målvärdet är 75 % år 2026."
 */
export function summarizeChart(input: ChartInput): string {
  let summary = summaries.get(input);
  if (summary === undefined) summaries.set(input, (summary = summarize(input)));
  return summary;
}

// An indicator's page writes its summary three times (caption, wide and narrow chart) and its
// chart file once more; a chart input is never changed once made, so the words are made once.
const summaries = new WeakMap<ChartInput, string>();

function summarize(input: ChartInput): string {
  const chart = prepareChart(input);
  const target = chart.target;
  return [
    ...valueSentences(chart, input.unit),
    genderSentence(chart, input.unit),
    missingSentence(chart.main),
    target ? `Målvärdet är ${formatValue(target.value, input.unit)} år ${target.year}.` : null,
  ]
    .filter((s) => s !== null)
    .join(' ');
}

/**
 * The hover text of one point, "Kvinnor, 2023: 71 %" ("2023: 71 %" for the total): a native tooltip
 * with no script. The chart is complete without it, and the same values are in the table beside
 * the chart for keyboard and screen-reader users.
 */
export function pointTitle(gender: Gender, v: Value, unit: string): string {
  return `${gender === 'T' ? '' : `${GENDER_LABEL[gender]}, `}${periodLabel(v.period)}: ${formatValue(v.value, unit)}`;
}

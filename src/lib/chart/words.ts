/**
 * The chart in Swedish words: the summary sentences (the chart's `<desc>` and the figure caption)
 * and the hover text of each point.
 */
import { capitalise, formatValue, listWords, seriesDecimals } from '../format.ts';
import type { Gender } from '../model.ts';
import { GENDER_LABEL } from '../model.ts';
import type { Period } from '../period.ts';
import { periodLabel, periodShortLabel } from '../period.ts';
import { targetWords } from '../target.ts';
import type { ChartInput, ChartTarget, PreparedChart, PreparedSeries, Value } from './input.ts';
import { isRank, prepareChart } from './input.ts';
import { sparklineLayout } from './sparkline.ts';

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

/**
 * When a value occurred: "år 2020", "år 2013 och 2016", "i mars 2023 och juni 2024"; with more
 * than three occurrences only the latest: ", senast år 2018" (the caller writes the comma form).
 */
function occurrences(periods: Period[]): string {
  const last = periods[periods.length - 1];
  if (!last) return '';
  if (periods.length > 3) return `, senast ${periodPhrase(last)}`;
  return ` ${preposition(last)} ${listWords(periods.map(periodLabel))}`;
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
function extremesSentences(values: Value[], unit: string, decimals: number): string[] {
  const fmt = (v: number) => formatValue(v, unit, decimals);
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
function valueSentences(chart: PreparedChart, unit: string, decimals: number): string[] {
  const main = chart.main;
  const values = main?.values ?? [];
  const first = values[0];
  const latest = values[values.length - 1];
  const fmt = (v: number) => formatValue(v, unit, decimals);
  if (!main || !first || !latest) return ['Det finns inga värden ännu.'];
  if (values.length === 1) return [`Det finns ett värde: ${fmt(first.value)} ${periodPhrase(first.period)}.`];
  // With lines for women and men, say that these values are the total.
  const byGender = main.gender === 'T' && chart.series.some((s) => s !== main && s.values.length > 0);
  if (values.length > 2 && values.every((v) => fmt(v.value) === fmt(first.value))) {
    return [`Alla värden${byGender ? ' totalt' : ''} från ${periodLabel(first.period)} till ${periodLabel(latest.period)} är ${fmt(first.value)}.`];
  }
  const ends = `${fmt(first.value)} ${periodPhrase(first.period)} och det senaste ${fmt(latest.value)} ${periodPhrase(latest.period)}.`;
  return [byGender ? `Totalt är första värdet ${ends}` : `Första värdet är ${ends}`, ...extremesSentences(values, unit, decimals)];
}

/** The latest values for women and men; their periods only when they differ from the total's. */
function genderSentence(chart: PreparedChart, unit: string, decimals: number): string | null {
  const latest = chart.main?.values.at(-1);
  const k = chart.series.find((s) => s.gender === 'K' && s !== chart.main)?.values.at(-1);
  const m = chart.series.find((s) => s.gender === 'M' && s !== chart.main)?.values.at(-1);
  const samePeriod = (x: Value) => latest !== undefined && x.period.key === latest.period.key;
  const allSame = (!k || samePeriod(k)) && (!m || samePeriod(m));
  const part = (x: Value) => (allSame ? formatValue(x.value, unit, decimals) : `${formatValue(x.value, unit, decimals)} ${periodPhrase(x.period)}`);
  if (k && m) return `Senaste värdet för kvinnor är ${part(k)} och för män ${part(m)}.`;
  if (k) return `Senaste värdet för kvinnor är ${part(k)}.`;
  if (m) return `Senaste värdet för män är ${part(m)}.`;
  return null;
}

/**
 * Where the municipality stands beside the comparison areas: the latest period in which both its
 * total and at least one area have a value, with every area that has one then. Values keep the
 * decimals they are published with, so 85,0 % and 86,2 % read alike.
 */
export function comparisonSentence(input: ChartInput): string | null {
  const chart = prepareChart(input);
  if (chart.main?.gender !== 'T') return null;
  for (const own of [...chart.main.values].reverse()) {
    const others = chart.comparisons.flatMap((c) => {
      const v = c.values.find((x) => x.period.key === own.period.key);
      return v ? [{ name: c.name, value: v.value }] : [];
    });
    if (others.length === 0) continue;
    const decimals = seriesDecimals([own.value, ...others.map((o) => o.value)]);
    const list = [{ name: chart.ownLabel, value: own.value }, ...others].map((o) => `${o.name} ${formatValue(o.value, input.unit, decimals)}`);
    return `Jämförelse ${periodPhrase(own.period)}: ${list.join(', ')}.`;
  }
  return null;
}

/** Where the main line breaks because values are missing, as periods on either side. */
function gapSentence(main: PreparedSeries | undefined): string | null {
  const gaps = main?.gaps ?? [];
  if (gaps.length === 0) return null;
  if (gaps.length > 3) return `Linjen är bruten på ${gaps.length} ställen där värden saknas.`;
  return `Linjen är bruten där värden saknas: ${listWords(gaps.map((g) => `mellan ${periodLabel(g.from.period)} och ${periodLabel(g.to.period)}`))}.`;
}

/** Each series break, with the note that marks it. */
function breakSentences(chart: PreparedChart): string[] {
  return chart.breaks.map((b) => `Serieavbrott ${periodPhrase(b.period)}: ${b.note.replace(/[.!?]$/, '')}. Värdena före och efter är inte helt jämförbara.`);
}

/**
 * The target in words, by its kind: a målvärde with its decision ("Målvärdet är 90 % år 2026,
 * beslutat i KS 2021-01-13 § 12."), a referensvärde with its basis ("Referensvärdet är 98 % år
 * 2025 (grund: …).").
 */
function targetSentence(target: ChartTarget, unit: string): string {
  const words = targetWords(target.kind);
  const head = `${capitalise(words.definite)} är ${formatValue(target.value, unit)} år ${target.year}`;
  if (!target.basis) return `${head}.`;
  return target.kind === 'reference' ? `${head} (${target.basis}).` : `${head}, ${target.basis}.`;
}

function missingSentence(main: PreparedSeries | undefined): string | null {
  if (!main || main.values.length === 0) return null;
  const missing = missingPeriods(main);
  if (missing.length === 1) return `Värde saknas för ${periodLabel(missing[0]!)}.`;
  if (missing.length > 1 && missing.length <= 3) return `Värden saknas för ${listWords(missing.map(periodLabel))}.`;
  if (missing.length > 3) return `${missing.length} perioder saknar värde.`;
  return null;
}

/**
 * The Swedish sentences that summarise a chart; used as the chart's `<desc>` and as the figure
 * caption. Neutral and factual: the first and the latest value, the highest and the lowest when they
 * are other values (for ranks the best and the worst placing), the latest values for women and men,
 * the periods that lack a value and where the line breaks for it, the series breaks, where the
 * municipality stands beside the comparison areas, the target (målvärde with its decision,
 * referensvärde with its basis). Whether the development is good is the method's
 * assessment, which the page states elsewhere; a sentence comparing only two of the values would
 * often contradict it. E.g. "Första värdet är 62,0 % år 2015 och det senaste 71,0 % år 2023. Lägst
 * var 61,2 % år 2017. Målvärdet är 75 % år 2026."
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
  // The municipality's values with the decimals the table beside the chart shows ("76,0 %", not
  // "76 %" in the words and "76,0 %" in the table and the comparison sentence).
  const decimals = seriesDecimals(chart.series.flatMap((s) => s.values.map((v) => v.value)));
  return [
    ...valueSentences(chart, input.unit, decimals),
    genderSentence(chart, input.unit, decimals),
    missingSentence(chart.main),
    gapSentence(chart.main),
    ...breakSentences(chart),
    comparisonSentence(input),
    target ? targetSentence(target, input.unit) : null,
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

/** The words written beside a sparkline: its scale and its target, or why there is no line. */
export interface SparklineWords {
  /** The values at the top and the bottom of its axis ("3", "0"), the same when the line is flat. */
  top: string;
  bottom: string;
  /** The first and the last period drawn ("2017", "feb 2023"). */
  first: string;
  last: string;
  /** "Målvärde 90 % (2026)", "Referensvärde 98 % (2025)", when a target line is drawn. */
  target: string | null;
}

/**
 * The scale of a sparkline in words, so that a line that fills its small box is never read as a
 * big change (0 to 3 exercises looks as steep as 0 to 300), and the target line's label. Null
 * when there is no line (fewer than two values): `sparklineNote` says why.
 */
export function sparklineWords(input: ChartInput): SparklineWords | null {
  const { scale, target } = sparklineLayout(input);
  if (!scale) return null;
  const values = prepareChart(input).main?.values.map((v) => v.value) ?? [];
  const decimals = seriesDecimals(values);
  const fmt = (v: number) => formatValue(v, input.unit, decimals);
  return {
    top: fmt(scale.top),
    bottom: fmt(scale.bottom),
    first: periodShortLabel(scale.first),
    last: periodShortLabel(scale.last),
    target: target ? `${targetWords(target.kind).label} ${formatValue(target.value, input.unit)} (${target.year})` : null,
  };
}

/** Why a list shows no sparkline: one value is no development, and none is nothing to draw. */
export function sparklineNote(input: ChartInput): string | null {
  const { count } = sparklineLayout(input);
  if (count === 0) return 'Inga värden ännu';
  if (count === 1) return 'Ett enda värde – ingen utveckling att visa ännu';
  return null;
}

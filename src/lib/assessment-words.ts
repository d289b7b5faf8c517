/**
 * The method's results in plain Swedish: what an indicator's assessment rests on, and the counts
 * beside a roll-up. Words only; the numbers come from `assessment.ts`.
 */
import { METHOD, ROLLUP_STATUS_LABEL, TIME_EPSILON, type IndicatorAssessment, type RollUp, type RollUpStatus } from './assessment.ts';
import { formatChange, formatNumber, formatSigned, formatValue, lowerFirst, roundDerived, UNIT_SPACE } from './format.ts';
import { periodLabel } from './period.ts';
import { statusMove, type StatusMove } from './status.ts';
import { targetWords, type TargetKind } from './target.ts';

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

/** "2019–2024", "tertial 1 2022 – tertial 3 2023", or one period when the window has one. */
function windowWords(w: NonNullable<IndicatorAssessment['window']>): string {
  const from = periodLabel(w.from);
  const to = periodLabel(w.to);
  if (from === to) return from;
  // Closed en dash between plain years, spaced when the labels are several words (Swedish usage).
  return /^\d+$/.test(from) && /^\d+$/.test(to) ? `${from}–${to}` : `${from} – ${to}`;
}

export interface DescribeOptions {
  /** The indicator's unit: values are written in it ("88,5 %"), the trend as a change in it ("+0,4 procentenheter"). */
  unit: string;
  /** Words for the latest follow-up, e.g. "tertial 2 2026"; without it the year of the reference time is named. */
  referenceLabel?: string;
  /** Whether the target is a political målvärde (the default) or a referensvärde: the words name it. */
  targetKind?: TargetKind;
}

/**
 * Plain Swedish sentences describing the inputs of an assessment, e.g.
 * "Trenden under 2020–2025 (6 värden) är +0,4 procentenheter per år, eller +0,5 % per år. Prognos 2026: 88,5 %, målvärde 90 %."
 *
 * The trend is given first as the slope b in the indicator's own unit, then as the values' own
 * relative change b/s in percent per year. Their sign says whether the values go up (+) or down
 * (−); whether that is good is said by the status label. (`relativeChange` itself is r = d·b/s,
 * signed by improvement.) When s = 0 the change cannot be given in percent, and the words say
 * "uppåt/nedåt från nivån 0" instead. Whenever the change decided the status, the sentence sets
 * it against the method's limit ("+0,99 % per år – under gränsen 1 %, räknas som oförändrat"), so
 * that "Oförändrat" beside a line that rises a little never looks like a contradiction. Values the
 * method derived (projection) are rounded for reading; see `roundDerived`.
 */
export function describeAssessment(a: IndicatorAssessment, options: DescribeOptions): string {
  const value = (v: number) => formatValue(roundDerived(v), options.unit);
  const target = targetWords(options.targetKind);
  const latestWords = a.latest ? `${value(a.latest.value)} (${periodLabel(a.latest.period)})` : '';

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
          `Senaste värdet är från ${a.latest ? periodLabel(a.latest.period) : 'okänd tid'}. ` +
          `Det är mer än ${METHOD.staleYears} år äldre än ${reference} och räcker inte för en bedömning.`
        );
      }
      case 'too-few-values':
        return `Bara ${values(a.count)} under de senaste ${METHOD.windowYears} åren; minst ${METHOD.minValues} behövs.`;
      case 'too-short-span':
        return (
          `De ${a.count} värdena (${a.window ? windowWords(a.window) : ''}) täcker mindre än ` +
          `${METHOD.minSpanYears} år; minst ${METHOD.minSpanYears} år behövs för en trend.`
        );
    }
  }

  if (a.status === 'met' && a.target) {
    return `Senaste värdet ${latestWords} når ${target.definite} ${value(a.target.value)}.`;
  }
  if (a.status === 'missed' && a.target) {
    return (
      `Målåret ${a.target.year} är slut utan att ${target.definite} ${value(a.target.value)} har nåtts: ` +
      `senaste värdet är ${latestWords}.`
    );
  }

  const where = a.window ? `under ${windowWords(a.window)} (${values(a.count)})` : `(${values(a.count)})`;
  let text: string;
  const b = a.slope;
  const r = a.relativeChange;
  if (b === null || r === null) {
    text = `Trenden ${where}`;
  } else if (b === 0) {
    text = `Ingen trend uppåt eller nedåt ${where}`;
  } else {
    // Below the threshold: the status did not count the change (stable, or too slow while falling).
    const belowThreshold = a.status === 'stable' || (a.status === 'too-slow' && r < 0);
    // b/s, the values' own relative change: r = d·b/s, so |r| with the sign of b.
    const rel = Math.abs(r) * Math.sign(b);
    text = `Trenden ${where} är ${formatChange(b, options.unit)} per år`;
    if (!Number.isFinite(rel)) text += `, ${b > 0 ? 'uppåt' : 'nedåt'} från nivån 0`;
    else {
      text += `, eller ${relativeWords(rel, belowThreshold)} per år`;
      // The change against the method's limit, so that a line that rises a little beside
      // "Oförändrat" (or falls a little beside "För långsamt") never reads as a contradiction.
      const limit = thresholdWords();
      if (a.status === 'stable') text += ` – under gränsen ${limit}, räknas som oförändrat`;
      else if (a.status === 'improving') text += ` – minst ${limit} åt rätt håll, räknas som en förbättring`;
      else if (a.status === 'worsening') text += ` – minst ${limit} åt fel håll, räknas som en försämring`;
      else if (a.status === 'wrong-direction') text += ` – minst ${limit} åt fel håll, räknas som fel riktning`;
      else if (a.status === 'too-slow' && r < 0) text += ` – under gränsen ${limit}, räknas inte som fel riktning`;
    }
  }
  text += '.';
  if (a.projection !== null && a.target) {
    // The projection is to T*, the target year's last period: "2026", "tertial 3 2026", "december 2026".
    const when = a.targetPeriod ? periodLabel(a.targetPeriod) : String(a.target.year);
    text += ` Prognos ${when}: ${value(a.projection)}, ${target.noun} ${value(a.target.value)}.`;
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

/** The plain sentence that says whether a follow-up's judged and computed assessment of a goal agree. */
export function describeDifference(judged: RollUpStatus, computed: RollUp): string {
  if (judged === computed.status) return 'Bedömningen och metodens beräkning stämmer överens.';
  if (computed.status === 'insufficient-data')
    return `Metoden kan inte bedöma målet eftersom underlaget är för litet, men kommunen bedömer att målet ${ROLLUP_STATUS_LABEL[judged].toLowerCase()}.`;
  if (judged === 'insufficient-data') return `Kommunen bedömer att underlaget inte räcker, medan metoden ger ”${computed.label.toLowerCase()}”.`;
  // Both are results here (neither is "Underlag saknas"), so the move between them is ranked.
  const better = statusMove(computed.status, judged) === 'better';
  return `Kommunen bedömer målet ${better ? 'mer positivt' : 'mer negativt'} än metoden: ”${ROLLUP_STATUS_LABEL[judged].toLowerCase()}” mot metodens ”${computed.label.toLowerCase()}”. Motiveringen förklarar varför.`;
}

/**
 * "Senaste uppgift 2019, mer än 3 år gammal": said wherever the latest value of an indicator is
 * shown when it is older than the method's limit for stale data, so that an old figure is never
 * read as this year's. Null when the latest value is recent enough (or there is none).
 */
export function staleWords(a: IndicatorAssessment): string | null {
  if (a.status !== 'insufficient-data' || a.reason !== 'stale' || !a.latest) return null;
  return `Senaste uppgift ${periodLabel(a.latest.period)}, mer än ${METHOD.staleYears} år gammal`;
}

/** The symbol beside the words of a move; never alone: `moveWords` says the same in words. */
export const MOVE_SYMBOL: Readonly<Record<StatusMove, string>> = { better: '↑', worse: '↓', same: '=', changed: '→' };

/**
 * How a judged assessment moved since the follow-up before, e.g. "Sämre än i tertial 1 2026 (då:
 * Uppfylls)", "Samma som i tertial 1 2026". `then` is the label of that follow-up ("Tertial 1
 * 2026"), `fromLabel` the status it had then.
 */
export function moveWords(move: StatusMove, then: string, fromLabel: string): string {
  const at = lowerFirst(then);
  switch (move) {
    case 'better':
      return `Bättre än i ${at} (då: ${fromLabel})`;
    case 'worse':
      return `Sämre än i ${at} (då: ${fromLabel})`;
    case 'same':
      return `Samma som i ${at}`;
    case 'changed':
      return `Ändrad sedan ${at} (då: ${fromLabel})`;
  }
}

/**
 * The plain sentence under a goal whose judged assessment (at the latest follow-up) and computed
 * one (with every value known now) differ; null when they agree. When the method gave the judged
 * result at the follow-up itself, the difference comes from values that came in afterwards, and
 * the sentence says that instead of pointing to the follow-up's reasons.
 */
export function goalDifference(judged: RollUpStatus, computed: RollUp, computedAtFollowUp: RollUp | null, followUpLabel: string): string | null {
  if (judged === computed.status) return null;
  if (computedAtFollowUp?.status === judged) {
    const at = lowerFirst(followUpLabel);
    return `Vid uppföljningen (${at}) gav beräkningen samma bedömning som kommunen. Med värden som har kommit in sedan dess ger den ”${computed.label.toLowerCase()}”.`;
  }
  return describeDifference(judged, computed);
}

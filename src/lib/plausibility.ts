/**
 * Values and periods that are well formed but cannot be, or probably are not, what was meant: the
 * typos a file format cannot catch. Errors for what cannot be true (a share over 100 %, a period
 * that has not begun, a year before 1900); warnings for what is probably, but not surely, a
 * mistake (a jump far outside the series' usual change, a count that looks like `15.020`, a
 * latest value too old for the method to assess). Pure functions of the parsed project and the
 * build date, which is passed in: nothing here reads the clock.
 */
import { intendedSourceOf } from './citation.ts';
import { assessIndicator, METHOD, referenceTime } from './assessment.ts';
import { compareDates, dateWords, type CalendarDate } from './date.ts';
import { followUpLabel, followUpOrder, followUpPeriod, isRegularKind } from './follow-up.ts';
import { exactNumber, formatNumber, unitKind } from './format.ts';
import { observationLabel as rowLabel, type Observation } from './model.ts';
import { periodDays, periodLabel, shiftPeriod, type Period } from './period.ts';
import type { Problem } from './problems.ts';
import type { DataFile, ParsedProject } from './project/parse.ts';
import type { Draft } from './publication.ts';

/** The limits of the checks, in one place; docs/data-contract.md and the README explain them. */
export const PLAUSIBILITY = {
  /** A period in a year before this is a typo (`1019` for `2019`). */
  firstYear: 1900,
  /**
   * A change between two consecutive values of a series is a jump when it is more than this many
   * times the median size of the series' other changes … For changes that vary like a normal
   * distribution, the median size is 0.67 standard deviations, so 5 times it is 3.4 standard
   * deviations: about one ordinary change in 1 300 passes it (and the level, below, spares most
   * of those).
   */
  jumpFactor: 5,
  /**
   * … and at least this share of the series' typical level (the median of its absolute values):
   * a quiet series (a share that moves a tenth of a point a year) may move a whole point without
   * a warning, while a slipped decimal point (a tenth or ten times the level), a lost thousands
   * separator or two swapped digits (84,1 → 48,1) are all larger.
   */
  jumpShareOfLevel: 0.25,
  /** The usual change is only known from at least this many other changes (five values). */
  jumpMinOtherChanges: 3,
} as const;

/** What the checks need beyond the files: the build's day and the follow-ups not yet published. */
export interface PlausibilityContext {
  buildDate: CalendarDate;
  drafts: readonly Draft[];
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * The median of `sorted` (ascending) without one element equal to `value`: the median of the
 * other changes, for each change in turn, without sorting the rest again (a series of n values
 * costs n log n, not n² log n).
 */
export function medianWithout(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  const at = (j: number) => sorted[j < lo ? j : j + 1]!;
  const n = sorted.length - 1;
  return n % 2 ? at(n >> 1) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

/** A number written the way the file writes its values: `88.1`, or `88,1` in a file with decimal commas. */
const asWritten = (v: number, decimalComma: boolean) => {
  const text = String(Number(v.toPrecision(12)));
  return decimalComma ? text.replace('.', ',') : text;
};


/**
 * The share a value over 100 (or a slipped decimal point) most likely meant: the value moved one,
 * two or three decimal places, within 0–100 and near the rest of the series; none when no move
 * lands near it.
 */
export function shiftedDecimal(value: number, others: readonly number[]): number | undefined {
  if (value <= 100) return undefined;
  const candidates = [10, 100, 1000].map((f) => Number((value / f).toPrecision(12))).filter((c) => c <= 100);
  const near = others.filter((v) => v >= 0 && v <= 100);
  if (near.length === 0) return candidates[0];
  const typical = median(near);
  const best = candidates.reduce<number | undefined>((b, c) => (b === undefined || Math.abs(c - typical) < Math.abs(b - typical) ? c : b), undefined);
  // 100,5 beside values near 99 is no slipped decimal point: 10,05 would be further off than it.
  return best !== undefined && Math.abs(best - typical) < Math.abs(value - typical) / 5 ? best : undefined;
}

/**
 * Whether a period has begun by the build date. A period that has begun may hold a value (a
 * month so far, a preliminary figure); one that begins later is a typo (2052 for 2025).
 */
const hasBegun = (p: Period, buildDate: CalendarDate) => compareDates(periodDays(p).first, buildDate) <= 0;

/** A count written like `15.020` or `15,020`: a thousands separator read as a decimal point. */
const THOUSANDS_LIKE = /^[-+]?\d{1,3}[.,]\d{3}$/;

/** A problem at a row's cell of a data file. */
type At = (o: Observation, column: 'period' | 'value', severity: 'error' | 'warning', code: string, message: string, hint: string) => Problem;

function cellOf(d: DataFile): At {
  return (o, column, severity, code, message, hint) => ({
    file: d.file,
    line: o.line,
    ...(d.columnOf(column) !== undefined && { column: d.columnOf(column) }),
    field: column,
    code,
    message,
    hint,
    ...(severity === 'warning' && { severity }),
  });
}

/** The problems of one data file's values and periods. */
function dataFileProblems(d: DataFile, unit: string | null, buildDate: CalendarDate): Problem[] {
  const problems: Problem[] = [];
  const obs = d.series.observations;
  // Rows with a more specific finding are left out of the jump check: one message per mistake.
  const explained = new Set<Observation>();
  const at = cellOf(d);
  const started = (p: Period) => hasBegun(p, buildDate);

  for (const o of obs) {
    if (o.period.year < PLAUSIBILITY.firstYear) {
      explained.add(o);
      problems.push(at(o, 'period', 'error', 'data.period-early', `Perioden ${o.period.key} är före år ${PLAUSIBILITY.firstYear}: det ser ut som ett skrivfel.`, 'rätta året.'));
    } else if (!started(o.period)) {
      explained.add(o);
      // The period after the latest one that has begun is what a new row usually means (2052 → 2025).
      const latest = obs.filter((x) => x.gender === o.gender && x.period.year >= PLAUSIBILITY.firstYear && started(x.period)).at(-1);
      const next = latest && shiftPeriod(latest.period, 1);
      const guess = next && started(next) && !obs.some((x) => x.gender === o.gender && x.period.key === next.key) ? ` Menade du ${next.key}?` : '';
      problems.push(
        at(o, 'period', 'error', 'data.period-future', `Perioden ${o.period.key} har inte börjat än (bygget görs ${dateWords(buildDate)}).${guess}`, 'rätta perioden: värden finns bara för perioder som har börjat.'),
      );
    }
  }

  const kind = unit === null ? null : unitKind(unit);
  const decimalComma = obs.some((o) => o.text?.includes(','));
  for (const o of obs) {
    if (o.value === null) continue;
    if (kind === 'procent' && (o.value < 0 || o.value > 100)) {
      explained.add(o);
      const others = obs.filter((x) => x !== o && x.gender === o.gender && x.value !== null).map((x) => x.value!);
      const guess = shiftedDecimal(o.value, others);
      problems.push(
        at(
          o,
          'value',
          'error',
          'data.percent-range',
          `Värdet ${exactNumber(o.value)} är en andel i procent men ligger inte mellan 0 och 100.${guess === undefined ? '' : ` Menade du ${asWritten(guess, decimalComma)}?`}`,
          `rätta värdet: en andel skrivs i procent, mellan 0 och 100 (${asWritten(88.1, decimalComma)} betyder 88,1 %).`,
        ),
      );
    } else if (kind === 'antal' && o.text !== undefined && THOUSANDS_LIKE.test(o.text)) {
      explained.add(o);
      const whole = o.text.replace(/[.,]/, '');
      // An error, not a warning: the value would be published a thousand times too small. A real
      // count with three decimals is written so that it cannot be read as grouping (15.02, 15.0250).
      const escape = o.text.endsWith('0')
        ? ` Är värdet verkligen ${exactNumber(o.value)}, skriv det utan nollan på slutet: ${o.text.slice(0, -1)}.`
        : ` Är värdet verkligen ${exactNumber(o.value)}, skriv det med fyra decimaler: ${o.text}0.`;
      problems.push(
        at(
          o,
          'value',
          'error',
          'data.thousands',
          `Värdet "${o.text}" ser ut att ha en tusentalsavgränsare: det läses som ${exactNumber(o.value)}, men indikatorn räknar antal.`,
          `menade du ${whole}? Skriv talet utan avgränsare.${escape}`,
        ),
      );
    }
  }

  problems.push(...jumps(d, obs.filter((o) => !explained.has(o))));
  return problems;
}

/**
 * Jumps: per series (total, women, men), each change between consecutive values against the
 * median size of the series' other changes and its typical level (see `PLAUSIBILITY`). A value
 * that jumps away and straight back is one mistake, reported once, at the value. A row with a
 * note has been looked at: its jump is not reported.
 */
function jumps(d: DataFile, rows: readonly Observation[]): Problem[] {
  const at = cellOf(d);
  const out: Problem[] = [];
  for (const gender of ['T', 'K', 'M'] as const) {
    const series = rows.filter((o) => o.gender === gender && o.value !== null) as (Observation & { value: number })[];
    const changes = series.slice(1).map((o, i) => o.value - series[i]!.value);
    if (changes.length < PLAUSIBILITY.jumpMinOtherChanges + 1) continue;
    const level = median(series.map((o) => Math.abs(o.value)));
    // The usual size of a change, from the other changes, for each change that is a jump; else null.
    const sizes = changes.map(Math.abs).sort((a, b) => a - b);
    const jump = changes.map((c, i) => {
      const usual = medianWithout(sizes, Math.abs(c));
      return Math.abs(c) > PLAUSIBILITY.jumpFactor * usual && Math.abs(c) >= PLAUSIBILITY.jumpShareOfLevel * level ? usual : null;
    });
    changes.forEach((c, i) => {
      const usual = jump[i] ?? null;
      const o = series[i + 1]!;
      const back = i > 0 && jump[i - 1] !== null && Math.sign(c) !== Math.sign(changes[i - 1]!);
      if (usual === null || back || o.note) return;
      const before = series[i]!;
      out.push(
        at(
          o,
          'value',
          'warning',
          'data.jump',
          `Värdet för ${rowLabel(o)} (${exactNumber(o.value)}) skiljer sig mycket från värdet före (${exactNumber(before.value)} för ${rowLabel(before)}): ${usual === 0 ? 'seriens värden är annars för det mesta oförändrade från en period till nästa.' : `ändringen är mer än ${PLAUSIBILITY.jumpFactor} gånger så stor som seriens vanliga ändring (${formatNumber(usual)}).`}`,
          `kontrollera värdet mot källan. Stämmer det, skriv en förklaring i kolumnen note på raden (till exempel "ny definition från ${o.period.year}"; lägg till note i rubrikraden om kolumnen saknas). Anmärkningen visas vid värdet och varningen försvinner.`,
        ),
      );
    });
  }
  return out;
}

/**
 * Indicators whose latest total value is too old for the method (docs/method.md, step 3), so the
 * site shows "Underlag saknas" for them: at the reference time the site uses, the latest published
 * follow-up, or without one the latest period of any indicator.
 */
function staleProblems(parsed: ParsedProject, drafts: readonly Draft[], usable: (o: Observation) => boolean): Problem[] {
  const draftFiles = new Set(drafts.map((x) => x.file));
  // Only regular follow-ups set the reference time: an extra one never replaces a tertial.
  const latestFollowUp = parsed.followUps
    .flatMap((f) => (isRegularKind(f.data.kind) && !draftFiles.has(f.file) ? [{ file: f.file, data: { year: f.data.year, kind: f.data.kind } }] : []))
    .sort((a, b) => followUpOrder(a.data) - followUpOrder(b.data))
    .at(-1);
  const times = parsed.data.flatMap((d) => d.series.observations.filter(usable).map((o) => o.period.time));
  const tRef = referenceTime(latestFollowUp ? [followUpPeriod(latestFollowUp.data.year, latestFollowUp.data.kind).time] : [], times);
  if (tRef === null) return [];
  const reference = latestFollowUp ? `uppföljningen ${followUpLabel(latestFollowUp.data.year, latestFollowUp.data.kind)}` : 'det senaste värdet bland alla indikatorer';
  const indicators = new Map(parsed.indicators.map((i) => [i.id, i.data]));
  return parsed.data.flatMap((d): Problem[] => {
    const meta = indicators.get(d.id);
    if (!meta) return [];
    const observations = d.series.observations.filter(usable);
    const a = assessIndicator({ observations, direction: meta.direction }, tRef);
    if (!a.stale || !a.latest) return [];
    const latest = observations.filter((o) => o.gender === 'T' && o.value !== null).at(-1)!;
    return [
      {
        file: d.file,
        line: latest.line,
        ...(d.columnOf('period') !== undefined && { column: d.columnOf('period') }),
        field: 'period',
        code: 'data.stale',
        message: `Senaste värdet är från ${periodLabel(a.latest.period)}, mer än ${METHOD.staleYears} år före ${reference}: webbplatsen visar indikatorn som "Underlag saknas".`,
        hint: `lägg in nyare värden från källan, ${intendedSourceOf(meta.source.name) ?? meta.source.name}.`,
        severity: 'warning',
      },
    ];
  });
}

/** Every plausibility problem of a project's data files, errors and warnings. */
export function plausibilityProblems(parsed: ParsedProject, context: PlausibilityContext): Problem[] {
  const units = new Map(parsed.indicators.map((i) => [i.id, i.data.unit]));
  const problems = parsed.data.flatMap((d) => dataFileProblems(d, units.get(d.id) ?? null, context.buildDate));
  // A period that cannot be (2052) must not make every other indicator look old.
  const usable = (o: Observation) => o.period.year >= PLAUSIBILITY.firstYear && hasBegun(o.period, context.buildDate);
  return [...problems, ...staleProblems(parsed, context.drafts, usable)];
}

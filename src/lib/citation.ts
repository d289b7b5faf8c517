/**
 * How to cite an indicator, and the source line shown under its chart and table.
 *
 * Kolada's terms (docs/data-contract.md): free use, cite "Källa: Kolada"; data you have processed must not be
 * attributed to Kolada. Example data is never attributed to anyone: it says that it is example
 * data and which source it is meant to come from.
 */
import type { CalendarDate } from './date.ts';
import { EXAMPLE_LABEL, SITE_NAME, type ExportContext } from './export/context.ts';
import type { Indicator } from './model.ts';
import { absoluteUrl, PAGE } from './paths.ts';

const isKolada = (name: string) => name.trim().toLowerCase() === 'kolada';

/**
 * True when the values are Kolada's own, unprocessed: the source is Kolada and names the key
 * figure (`source.kpi`), i.e. the file holds that key figure as Kolada publishes it. A Kolada
 * source without a key figure is taken to be something computed from Kolada figures.
 */
export function isUnprocessedKolada(ind: Indicator): boolean {
  return isKolada(ind.data.source.name) && ind.data.source.kpi !== undefined && !ind.data.example;
}

/**
 * The source example data is meant to come from, when its name has the example form
 * "Exempeldata (tänkt källa: SCB)" → "SCB"; null for any other name. Example data must name its
 * source this way (checked in `project/rules.ts`), so that invented values are never attributed
 * to a real producer.
 */
export const intendedSourceOf = (name: string): string | null => /^\s*exempeldata\s*\((?:tänkt|avsedd) källa:\s*(.+)\)\s*$/i.exec(name)?.[1]?.trim() ?? null;
const intendedSource = (name: string) => intendedSourceOf(name) ?? name;

/**
 * The source line:
 * - example data: "Exempeldata – inte officiell statistik. Avsedd källa: Kolada (N15428)."
 * - Kolada's own figures: "Källa: Kolada"
 * - figures computed from Kolada's: "Källa: bearbetning av uppgifter från Kolada" (never "Källa: Kolada")
 * - anything else: "Källa: <name>"
 */
export function attribution(ind: Indicator): string {
  const { name, kpi } = ind.data.source;
  if (ind.data.example) return `${EXAMPLE_LABEL}. Avsedd källa: ${intendedSource(name)}${kpi ? ` (${kpi})` : ''}.`;
  if (isKolada(name)) return isUnprocessedKolada(ind) ? 'Källa: Kolada' : 'Källa: bearbetning av uppgifter från Kolada';
  return `Källa: ${name}`;
}

/** Whether the source is the organisation itself ("Miljöredovisning 2019, Vaggeryds kommun"): then nobody else processed it. */
const isOwn = (name: string, organisation: string) => name.toLocaleLowerCase('sv').includes(organisation.toLocaleLowerCase('sv'));

/**
 * The source line of a downloaded chart (SVG, PNG), which the organisation drew from someone
 * else's figures: the original producer first, as Swedish statistics are credited, then who
 * processed them – "Källa: Arbetsförmedlingen via Newsworthy och skillingaryd.nu, bearbetning
 * Vaggeryds kommun", "Källa: Kolada, bearbetning Vaggeryds kommun". The organisation's own
 * figures are credited to their source alone. Example data names only the source it is meant to
 * come from ("Avsedd källa: Kolada (N15428)"); the chart says "Exempeldata" on a line of its own.
 */
export function sourceCredit(ind: Indicator, organisation: string): string {
  const { name, kpi } = ind.data.source;
  if (ind.data.example) return `Avsedd källa: ${intendedSource(name)}${kpi ? ` (${kpi})` : ''}`;
  const producer = isKolada(name) ? 'Kolada' : name.trim();
  return isOwn(producer, organisation) ? `Källa: ${producer}` : `Källa: ${producer}, bearbetning ${organisation}`;
}

/**
 * The source of an indicator's comparison values, for the `source` column of the comparison table:
 * "Kolada" for Kolada's own figures, "Exempeldata" for example data (never a real source), else
 * the indicator's source as written.
 */
export function comparisonSource(ind: Indicator): string {
  if (ind.data.example) return 'Exempeldata';
  return isUnprocessedKolada(ind) ? 'Kolada' : ind.data.source.name;
}

/** "… ." without doubling the full stop after a title that ends in punctuation. */
const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/**
 * A ready citation in Swedish, in the usual author (year). title [type]. publisher. URL (accessed) form:
 * `Arbetsförmedlingen via Newsworthy och skillingaryd.nu, bearbetning Vaggeryds kommun (2026). Arbetslöshet 16–64 år [Datamängd]. Öppen måluppföljning. https://…/indikatorer/arbetsloshet_total_16-64/ (hämtad 2026-11-27).`
 *
 * The author is the original producer of the figures, then the organisation that processed them,
 * so that nobody's figures are credited to the municipality; the organisation alone for its own
 * figures and for example data (which no real producer made). The year is that of the last
 * change of the indicator's data when known, else of the build. `retrieved` is the access date
 * the reader's copy is from; the page passes the build date, a script may pass today's date.
 */
export function citation(ind: Indicator, ctx: ExportContext, retrieved: CalendarDate): string {
  const year = (ctx.lastModified.get(ind.id) ?? ctx.buildDate).year;
  const url = absoluteUrl(ctx.site, PAGE.indicator(ind.id));
  const { organisation } = ctx.project.settings;
  const producer = isKolada(ind.data.source.name) ? 'Kolada' : ind.data.source.name.trim();
  const author = ind.data.example || isOwn(producer, organisation) ? organisation : `${producer}, bearbetning ${organisation}`;
  const text = `${author} (${year}). ${ind.data.title} [Datamängd]. ${sentence(SITE_NAME)} ${url} (hämtad ${retrieved.text}).`;
  return ind.data.example ? `${text} ${EXAMPLE_LABEL}.` : text;
}

/**
 * The assessments as open data: every follow-up's judged and computed assessments, per goal and
 * per indicator, with the comments and the example flag, so that a journalist can chart them over
 * time.
 * - `/data/bedomningar.json`: nested, one entry per follow-up (`assessmentsJson`);
 * - `/data/bedomningar.csv` and `/data/excel/bedomningar.csv`: the same as one long table, one row
 *   per follow-up and goal, then per follow-up and indicator (`assessmentRows`, flattened from the
 *   JSON so the two can never disagree).
 *
 * Pure functions of the overview (which computed every assessment once) and the site's address.
 * The follow-up pages show the same goals and the commented indicators; the table adds the
 * computed assessment of every other indicator at each follow-up.
 */
import type { IndicatorAssessment, RollUp } from '../assessment.ts';
import type { Overview } from '../overview.ts';
import { absoluteUrl, PAGE } from '../paths.ts';
import { statusLabel, type AnyStatus } from '../status.ts';
import { madeOnce } from './context.ts';
import { EXCEL, STANDARD, writeTable, type Cell } from './csv.ts';
import { methodJson } from './json.ts';

const status = (s: AnyStatus) => ({ status: s, label: statusLabel(s) });

const rollUpJson = (r: RollUp) => ({ ...status(r.status), indicators: r.n, scored: r.scored, mean: r.mean, counts: { ...r.counts } });

const indicatorComputedJson = (a: IndicatorAssessment) => ({ ...status(a.status), reason: a.reason });

/** `/data/bedomningar.json`. The endpoint writes it with `JSON.stringify(value, null, 2)`. */
export function assessmentsJson(o: Overview, site: string) {
  return madeOnce(o, `bedomningar.json ${site}`, () => makeAssessmentsJson(o, site));
}

function makeAssessmentsJson(o: Overview, site: string) {
  const licence = o.project.settings.licence;
  return {
    title: 'Bedömningar av målen vid varje uppföljning',
    organisation: o.project.settings.organisation,
    licence: { name: licence.name, url: licence.url },
    url: absoluteUrl(site, PAGE.followUps),
    method: methodJson(o.method),
    followUps: o.followUps.map((fv) => {
      const f = fv.followUp;
      return {
        id: f.id,
        label: f.label,
        year: f.data.year,
        kind: f.data.kind,
        published: f.data.published.text,
        example: f.data.example,
        url: absoluteUrl(site, PAGE.followUp(f.id)),
        /** The method's reference time t_ref for this follow-up, and its period. */
        referencePeriod: f.period.key,
        referenceTime: fv.referenceTime,
        goals: fv.goals.map((g) => {
          const n = g.goal.data.number;
          return {
            goal: n,
            title: g.goal.data.shortName,
            judged: g.judged ? status(g.judged.assessment) : null,
            comment: g.judged?.comment ?? null,
            computed: rollUpJson(g.computed),
            // The judged one is example when the follow-up is; the computed one when any of its indicators is.
            example: f.data.example || o.indicators.some((v) => v.indicator.data.goal === n && v.indicator.data.example),
          };
        }),
        indicators: fv.computed.map(({ view, computed }) => {
          const said = fv.indicators.find((c) => c.view === view);
          return {
            id: view.indicator.id,
            title: view.indicator.data.title,
            goal: view.indicator.data.goal,
            judged: said?.judged ? status(said.judged) : null,
            comment: said?.comment ?? null,
            computed: indicatorComputedJson(computed),
            example: f.data.example || view.indicator.data.example,
          };
        }),
      };
    }),
  };
}

export type AssessmentsJson = ReturnType<typeof assessmentsJson>;

/** Columns of the assessments table (both variants). */
export const ASSESSMENT_CSV_COLUMNS = [
  'followUp',
  'followUpLabel',
  'year',
  'kind',
  'published',
  'level',
  'goal',
  'indicator',
  'title',
  'judged',
  'judgedLabel',
  'computed',
  'computedLabel',
  'indicatorCount',
  'scoredCount',
  'comment',
  'method',
  'example',
] as const;

/** The table's rows: per follow-up (oldest first), its goals 1–4, then every indicator. */
export function assessmentRows(data: AssessmentsJson): Cell[][] {
  return data.followUps.flatMap((f) => {
    const head = [f.id, f.label, f.year, f.kind, f.published];
    return [
      ...f.goals.map((g): Cell[] => [...head, 'goal', g.goal, null, g.title, g.judged?.status, g.judged?.label, g.computed.status, g.computed.label, g.computed.indicators, g.computed.scored, g.comment, data.method.status, g.example]),
      ...f.indicators.map((i): Cell[] => [...head, 'indicator', i.goal, i.id, i.title, i.judged?.status, i.judged?.label, i.computed.status, i.computed.label, null, null, i.comment, data.method.status, i.example]),
    ];
  });
}

/** `/data/bedomningar.csv`: RFC 4180, UTF-8 without BOM, `,`, CRLF. */
export function assessmentsCsv(o: Overview, site: string): string {
  return madeOnce(o, `bedomningar.csv ${site}`, () => writeTable(ASSESSMENT_CSV_COLUMNS, assessmentRows(assessmentsJson(o, site)), STANDARD));
}

/** `/data/excel/bedomningar.csv`: for Excel in a Swedish locale: UTF-8 with BOM, `;`, CRLF. */
export function assessmentsExcelCsv(o: Overview, site: string): string {
  return madeOnce(o, `excel/bedomningar.csv ${site}`, () => writeTable(ASSESSMENT_CSV_COLUMNS, assessmentRows(assessmentsJson(o, site)), EXCEL));
}

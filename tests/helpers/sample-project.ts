/**
 * A small project built in code for the export tests: three indicators and two follow-ups;
 * `withActionPlan` adds an extra follow-up and three activities of the action plan.
 *
 * - `N15428`: Kolada key figure, tertials, T/K/M rows (given out of order), missing values,
 *   notes with å, ä, ö, a comma, a quote and a line break, notes beginning with "=SUM(1)" and "-",
 *   negative, tiny and large numbers.
 *   Compared with Riket (0000, totals and women) and Jönköpings län (0006, with a missing value).
 * - `EX1`: example data (yearly), intended source Kolada N00001, with example comparison values.
 * - `NODATA`: metadata without a data file ("Underlag saknas").
 * - Activities (`withActionPlan`; the build date is 2024-06-01): `laddplatser` followed up, with a comment that has a
 *   comma, quotes, a line break and one that begins with "="; `laxhjalp` an example whose log has
 *   fallen behind, changing status twice; `ny-plan` not started, with an empty log.
 */
import type { IndicatorAssessment } from '../../src/lib/assessment.ts';
import { parseDate, type CalendarDate } from '../../src/lib/date.ts';
import type { ExportContext } from '../../src/lib/export/context.ts';
import type { ActivityStatus } from '../../src/lib/activity.ts';
import { GENDERS, type Activity, type ComparisonSeries, type ExtraFollowUp, type FollowUp, type Gender, type Indicator, type Observation, type Project } from '../../src/lib/model.ts';
import { makePeriod, parsePeriod } from '../../src/lib/period.ts';
import type { Settings } from '../../src/lib/schemas/settings.ts';

export const SITE = 'https://uppfoljning.example.se';

/** A date as staff write it, read as the schema reads it. */
export function day(text: string): CalendarDate {
  const d = parseDate(text);
  if (!d) throw new Error(`bad date ${text}`);
  return d;
}

export function period(text: string) {
  const p = parsePeriod(text);
  if (!p) throw new Error(`bad period ${text}`);
  return p;
}

let line = 1;
function obs(text: string, gender: Gender, value: number | null, note?: string): Observation {
  const p = period(text);
  return { period: p, gender, value, ...(note !== undefined && { note }), line: ++line };
}

export const N15428_OBSERVATIONS: Observation[] = [
  obs('2022-T2', 'M', 61.5),
  obs('2022-T1', 'T', 70.25, 'ny enkätfråga från 2021; svar från åk 9 i Skillingaryd och Hok'),
  obs('2022-T1', 'K', null, 'värdet saknas – för få svarande (Kolada visar ..)'),
  obs('2022-T1', 'M', 68),
  obs('2022-T2', 'T', 74.1, '=SUM(1)'),
  obs('2022-T2', 'K', 86.9, '-ändrad definition'),
  obs('2022-T3', 'T', -3.5, 'negativt, "citat", med komma, och\nny rad'),
  obs('2022-T3', 'K', 0.0000001),
  obs('2022-T3', 'M', 1234567.891),
  obs('2023-T1', 'T', null),
  obs('2023-T1', 'K', 0.1 + 0.2, '@kolada: "Öppna jämförelser"'),
  obs('2023-T1', 'M', 1e21, '+1 jämfört med förra året'),
];

export const EX1_OBSERVATIONS: Observation[] = [obs('2021', 'T', 12), obs('2022', 'T', 13.5), obs('2023', 'T', null, 'uppgift saknas'), obs('2024', 'T', 15)];

export const RIKET = { id: '0000', name: 'Riket' };
export const LANET = { id: '0006', name: 'Jönköpings län' };

export const N15428_COMPARISONS: ComparisonSeries[] = [
  { area: RIKET, observations: [obs('2022-T1', 'T', 71.5), obs('2022-T1', 'K', 74), obs('2022-T2', 'T', 72.25), obs('2022-T3', 'T', 73)] },
  { area: LANET, observations: [obs('2022-T1', 'T', 70), obs('2022-T2', 'T', null), obs('2022-T3', 'T', 74.5)] },
];

export const EX1_COMPARISONS: ComparisonSeries[] = [{ area: RIKET, observations: [obs('2022', 'T', 11), obs('2024', 'T', 12.5)] }];

const baseSettings: Settings = {
  organisation: 'Vaggeryds kommun',
  homepage: 'https://www.vaggeryd.se',
  contactUrl: 'https://www.vaggeryd.se/kontakt',
  repository: 'https://github.com/vaggeryd/oppen-maluppfoljning',
  method: { status: 'proposed' },
  licence: { name: 'CC0 1.0 Universell', url: 'http://creativecommons.org/publicdomain/zero/1.0/' },
  municipalityCode: '0665',
  comparisons: [RIKET, LANET],
};

function indicator(id: string, data: Partial<Indicator['data']>, body: string, observations: Observation[] | null, kind: 'year' | 'tertial' | null, comparisons: ComparisonSeries[] = []): Indicator {
  return {
    id,
    file: `content/indicators/${id}.md`,
    data: {
      title: 'Titel',
      goal: 2,
      subgoal: 'larande-och-utbildning',
      area: 'Behörighet till gymnasiet',
      unit: 'procent',
      direction: 'increase',
      source: { name: 'Kolada' },
      childRights: [],
      example: false,
      ...data,
    },
    body,
    // As the reader leaves them: in time order, then T, K, M.
    series: observations ? { id, kind, observations: [...observations].sort((a, b) => a.period.time - b.period.time || GENDERS.indexOf(a.gender) - GENDERS.indexOf(b.gender)) } : null,
    dataFile: observations ? `data/indicators/${id}.csv` : null,
    comparisons,
    comparisonFile: comparisons.length ? `data/comparisons/${id}.csv` : null,
  };
}

function followUp(id: string, year: number, kind: 'tertial-1' | 'tertial-2', published: string, example: boolean, label: string): FollowUp {
  return {
    id,
    file: `content/follow-ups/${id}.md`,
    data: { year, kind, published: day(published), goals: [], indicators: [], example },
    body: `Sammanfattning av ${label.toLowerCase()}: målen följs upp & kommenteras.\n\nMer text.`,
    period: makePeriod('tertial', year, kind === 'tertial-1' ? 1 : 2),
    label,
  };
}

function activity(id: string, data: Partial<Activity['data']>, log: [string, ActivityStatus, string][]): Activity {
  return {
    id,
    file: `content/activities/${id}.md`,
    data: {
      title: 'Aktivitet',
      description: 'Vad som görs och varför.',
      goal: 1,
      subgoals: [],
      responsible: 'Kommunstyrelsen',
      start: day('2024-01'),
      plannedEnd: day('2025-12'),
      example: false,
      ...data,
      log: log.map(([month, status, comment]) => ({ month: day(month), status, comment })),
    },
    body: '',
  };
}

export const SAMPLE_ACTIVITIES: Activity[] = [
  activity('laddplatser', { title: 'Plan för laddplatser', subgoals: ['miljo-och-naturresurser'], start: day('2024-01-15') }, [
    ['2024-01', 'not-started', 'Arbetsgruppen, "ladd", bildas'],
    ['2024-02', 'in-progress', '=HYPERLINK("x") och\nen ny rad'],
    ['2024-05', 'in-progress', 'Förslag klart.'],
  ]),
  activity('laxhjalp', { title: 'Läxhjälp; på biblioteken', goal: 2, subgoals: ['larande-och-utbildning'], responsible: 'Barn- och utbildningsnämnden', example: true }, [
    ['2023-10', 'in-progress', 'Öppnat.'],
    ['2023-11', 'delayed', 'Färre volontärer.'],
    ['2024-01', 'delayed', 'Fortfarande få.'],
  ]),
  activity('ny-plan', { title: 'Ny plan', start: day('2024-09'), plannedEnd: day('2025-03') }, []),
];

const extraFollowUp: ExtraFollowUp = {
  id: '2023-extra-enkat',
  file: 'content/follow-ups/2023-extra-enkat.md',
  data: { year: 2023, kind: 'extra', published: day('2023-11-20'), title: 'Enkäten 2023', goals: [{ goal: 2, comment: 'Fler elever svarar.' }], indicators: [], example: false },
  body: 'Enkäten är klar.',
  label: 'Enkäten 2023',
  goals: [2],
};

export function sampleProject(settings: Partial<Settings> = {}): Project {
  return {
    settings: { ...baseSettings, ...settings },
    programme: { id: 'programme', file: 'content/programme.md', data: { title: 'Strategiskt program', adoptedBy: 'kf-2020-10', summary: 'Programmet för hållbar utveckling.', siteSummary: false }, body: '' },
    accessibility: {
      id: 'accessibility',
      file: 'content/accessibility.md',
      data: { compliance: 'delvis förenlig', assessed: day('2024-05-01'), updated: day('2024-05-01'), method: 'Egen granskning av webbplatsen.', issues: [] },
      body: '',
    },
    goals: [1, 2, 3, 4].map((n) => ({
      id: String(n),
      file: `content/goals/${n}.md`,
      data: { number: n, shortName: ['Hållbar samhällsutveckling', 'Näringsliv, utbildning och sysselsättning', 'Folkhälsa, kultur och fritid', 'Attraktivitet'][n - 1]!, statement: `Mål ${n} …`, decisions: [], siteSummary: false },
      body: '',
    })),
    subgoals: [
      { id: 'larande-och-utbildning', file: 'content/subgoals/larande-och-utbildning.md', data: { title: 'Lärande och utbildning', goal: 2, order: 2, decisions: [], areas: [{ name: 'Behörighet till gymnasiet' }], siteSummary: false }, body: '' },
      { id: 'miljo-och-naturresurser', file: 'content/subgoals/miljo-och-naturresurser.md', data: { title: 'Miljö och naturresurser', goal: 1, order: 1, decisions: [], areas: [{ name: 'Klimat & transporter' }], siteSummary: false }, body: '' },
    ],
    decisions: [],
    childRights: [],
    followUps: [followUp('2023-t1', 2023, 'tertial-1', '2023-05-15', false, 'Tertial 1 2023'), followUp('2023-t2', 2023, 'tertial-2', '2023-09', true, 'Tertial 2 2023')],
    extraFollowUps: [],
    activities: [],
    indicators: [
      indicator(
        'N15428',
        {
          title: 'Andel elever i åk 9 som är behöriga till ett yrkesprogram',
          definition: 'Andel elever i årskurs 9 som är behöriga till ett yrkesprogram, i procent av alla elever som gått ut åk 9 & fått betyg <ej "nationellt">.',
          source: { name: 'Kolada', kpi: 'N15428', url: 'https://www.kolada.se/verktyg/fri-sokning/?kpis=N15428' }, target: { value: 90, year: 2026, kind: 'reference', basis: 'Nationellt mål <alla> & "fler"' }, responsible: 'Barn- och utbildningsnämnden', childRights: [28, 29] },
        'Kommentar: värdena är hämtade från [Kolada](https://www.kolada.se).',
        N15428_OBSERVATIONS,
        'tertial',
        N15428_COMPARISONS,
      ),
      indicator('EX1', { title: 'Utsläpp av växthusgaser per invånare', goal: 1, subgoal: 'miljo-och-naturresurser', area: 'Klimat & transporter', unit: 'ton', direction: 'decrease', source: { name: 'Kolada', kpi: 'N00001' }, example: true }, 'Värdena är exempeldata – inte officiell statistik.\n\n## Kommentar\n\n- punkt', EX1_OBSERVATIONS, 'year', EX1_COMPARISONS),
      indicator('NODATA', { title: 'Antal övningar för krisledningen', goal: 1, subgoal: 'miljo-och-naturresurser', area: 'Klimat & transporter', unit: 'antal', source: { name: 'Räddningstjänsten' } }, 'Antal övningar per år.', null, null),
    ],
  };
}

export function assessment(over: Partial<IndicatorAssessment> = {}): IndicatorAssessment {
  return {
    status: 'insufficient-data',
    label: 'Underlag saknas',
    reason: 'no-values',
    latest: null,
    window: null,
    count: 0,
    slope: null,
    relativeChange: null,
    fittedLatest: null,
    projection: null,
    target: null,
    targetPeriod: null,
    referenceTime: 2024,
    stale: false,
    ...over,
  };
}

export function sampleContext(settings: Partial<Settings> = {}, lastModified: Record<string, string | null> = { N15428: '2024-03-02', EX1: '2024-01-10', NODATA: null }): ExportContext {
  const project = sampleProject(settings);
  return {
    project,
    site: SITE,
    assessments: new Map<string, IndicatorAssessment>([
      [
        'N15428',
        assessment({
          status: 'improving',
          label: 'Förbättras',
          reason: null,
          latest: { period: period('2022-T3'), value: -3.5 },
          window: { from: period('2022-T1'), to: period('2022-T3') },
          count: 3,
          slope: 2.5,
          relativeChange: Infinity,
          fittedLatest: 71.2,
          projection: 88.4,
          target: { value: 90, year: 2026 },
          targetPeriod: period('2026-T3'),
          referenceTime: 2023,
        }),
      ],
      ['EX1', assessment({ status: 'stable', label: 'Oförändrat', reason: null, latest: { period: period('2024'), value: 15 }, count: 3, slope: -0.1, relativeChange: -0.005, fittedLatest: 15 })],
      ['NODATA', assessment()],
    ]),
    lastModified: new Map(Object.entries(lastModified).map(([id, d]) => [id, d === null ? null : day(d)])),
    buildDate: day('2024-06-01'),
  };
}

/** The context with the action plan's activities and an extra follow-up added. */
export function withActionPlan(ctx: ExportContext): ExportContext {
  return { ...ctx, project: { ...ctx.project, activities: SAMPLE_ACTIVITIES, extraFollowUps: [extraFollowUp] } };
}

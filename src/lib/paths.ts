/**
 * Every URL path of the site, in one place: the pages residents and journalists link to, and the
 * downloads scripts read. These are public interfaces (docs/data-contract.md): keep them stable.
 */
import type { IndicatorStatus } from './assessment.ts';

/** Pages. */
export const PAGE = {
  home: '/',
  goals: '/mal/',
  goal: (n: number) => `/mal/${n}/`,
  /** A sub-goal's section on its goal's page. */
  subgoal: (goal: number, id: string) => `/mal/${goal}/#delmal-${id}`,
  indicators: '/indikatorer/',
  indicator: (id: string) => `/indikatorer/${id}/`,
  childRights: '/barnkonventionen/',
  article: (n: number) => `/barnkonventionen/artikel-${n}/`,
  followUps: '/uppfoljning/',
  /** One follow-up, `2023-t1`. */
  followUp: (id: string) => `/uppfoljning/${id}/`,
  method: '/metod/',
  data: '/data/',
  decisions: '/beslut/',
  /** The ambition level's evaluations, a section of the decisions page. */
  evaluations: '/beslut/#utvardering',
  /** The action plan: every activity; one list per goal; one activity. */
  actionPlan: '/handlingsplan/',
  actionPlanGoal: (n: number) => `/handlingsplan/mal-${n}/`,
  activity: (id: string) => `/handlingsplan/${id}/`,
  programme: '/program/',
  /** Search (Pagefind); the words in `?q=`. */
  search: '/sok/',
  /** The indicators of one goal, and those with one status: static lists that need no script. */
  indicatorsByGoal: (n: number) => `/indikatorer/mal/${n}/`,
  indicatorsByStatus: (slug: string) => `/indikatorer/status/${slug}/`,
  accessibility: '/tillganglighet/',
} as const;

/**
 * The status part of `PAGE.indicatorsByStatus`: the Swedish label in plain letters, so the
 * address reads as the status it lists ("/indikatorer/status/for-langsamt/").
 */
export const INDICATOR_STATUS_SLUG: Readonly<Record<IndicatorStatus, string>> = {
  met: 'uppnatt',
  'on-track': 'i-fas',
  'too-slow': 'for-langsamt',
  'wrong-direction': 'fel-riktning',
  missed: 'ej-uppnatt',
  improving: 'forbattras',
  stable: 'oforandrat',
  worsening: 'forsamras',
  'insufficient-data': 'underlag-saknas',
};

/** Downloads. */
export const DOWNLOAD = {
  indicatorCsv: (id: string) => `/data/indikatorer/${id}.csv`,
  indicatorExcelCsv: (id: string) => `/data/excel/indikatorer/${id}.csv`,
  indicatorJson: (id: string) => `/data/indikatorer/${id}.json`,
  indicatorSvg: (id: string) => `/data/indikatorer/${id}.svg`,
  indicatorPng: (id: string) => `/data/indikatorer/${id}.png`,
  allCsv: '/data/indikatorer.csv',
  allExcelCsv: '/data/excel/indikatorer.csv',
  /** The action plan: one row per activity, and one row per month of every activity's log. */
  activitiesCsv: '/data/aktiviteter.csv',
  activitiesExcelCsv: '/data/excel/aktiviteter.csv',
  activityLogCsv: '/data/aktiviteter-logg.csv',
  activityLogExcelCsv: '/data/excel/aktiviteter-logg.csv',
  activitiesJson: '/data/aktiviteter.json',
  /** Every follow-up's judged and computed assessments, per goal and per indicator. */
  assessmentsCsv: '/data/bedomningar.csv',
  assessmentsExcelCsv: '/data/excel/bedomningar.csv',
  assessmentsJson: '/data/bedomningar.json',
  /** Every comparison area's values for every indicator, one long table. */
  comparisonsCsv: '/data/jamforelser.csv',
  comparisonsExcelCsv: '/data/excel/jamforelser.csv',
  dataPackage: '/data/datapackage.json',
  dcat: '/datasets/dcat',
  feed: '/feed.xml',
} as const;

/** `site` + `path`, tolerating a trailing slash on `site`. */
export function absoluteUrl(site: string, path: string): string {
  return site.replace(/\/+$/, '') + path;
}

/**
 * The action plan (handlingsplan) as open data, pure functions from the project to file contents:
 * - `/data/aktiviteter.csv`: one row per activity, with its status at the build's day;
 * - `/data/aktiviteter-logg.csv`: one row per month of every activity's log;
 * - `/data/excel/…`: the same two tables for Excel in a Swedish locale;
 * - `/data/aktiviteter.json`: every activity with its whole log.
 *
 * The status at the build's day comes from `activityState`, the same function the pages use, so a
 * download never disagrees with the page it was built with.
 */
import { ACTIVITY_STATUS, activityState, NOT_FOLLOWED_UP_RULE, SHOWN_ACTIVITY_STATUSES } from '../activity.ts';
import type { Activity, Project } from '../model.ts';
import { absoluteUrl, DOWNLOAD, PAGE } from '../paths.ts';
import { EXAMPLE_LABEL, madeOnce, type ExportContext } from './context.ts';
import { EXCEL, STANDARD, writeTable, type Cell, type Dialect } from './csv.ts';

/** Columns of the activity tables (both variants). */
export const ACTIVITY_CSV_COLUMNS = ['activity', 'title', 'description', 'goal', 'subgoals', 'responsible', 'start', 'plannedEnd', 'status', 'statusLabel', 'latestMonth', 'latestStatus', 'example'] as const;
/** Columns of the log tables (both variants). */
export const ACTIVITY_LOG_CSV_COLUMNS = ['activity', 'month', 'status', 'statusLabel', 'comment', 'example'] as const;

function activityRows(ctx: ExportContext): Cell[][] {
  return ctx.project.activities.map((a) => {
    const m = a.data;
    const state = activityState(m, ctx.buildDate);
    return [a.id, m.title, m.description, m.goal, m.subgoals.join(' '), m.responsible, m.start.text, m.plannedEnd.text, state.status, ACTIVITY_STATUS[state.status].label, state.latest?.month.text ?? null, state.latest?.status ?? null, m.example];
  });
}

const logRows = (project: Project): Cell[][] =>
  project.activities.flatMap((a) => a.data.log.map((e): Cell[] => [a.id, e.month.text, e.status, ACTIVITY_STATUS[e.status].label, e.comment, a.data.example]));

const activities = (ctx: ExportContext, d: Dialect) => madeOnce(ctx, `aktiviteter.csv ${d.delimiter}`, () => writeTable(ACTIVITY_CSV_COLUMNS, activityRows(ctx), d));
const log = (project: Project, d: Dialect) => madeOnce(project, `aktiviteter-logg.csv ${d.delimiter}`, () => writeTable(ACTIVITY_LOG_CSV_COLUMNS, logRows(project), d));

/** `/data/aktiviteter.csv`: RFC 4180, UTF-8 without BOM, `,`, CRLF. */
export const activitiesCsv = (ctx: ExportContext) => activities(ctx, STANDARD);
/** `/data/excel/aktiviteter.csv`: for Excel in a Swedish locale: UTF-8 with BOM, `;`, CRLF. */
export const activitiesExcelCsv = (ctx: ExportContext) => activities(ctx, EXCEL);
/** `/data/aktiviteter-logg.csv`: every month of every log, oldest first per activity. */
export const activityLogCsv = (project: Project) => log(project, STANDARD);
/** `/data/excel/aktiviteter-logg.csv`: the log for Excel in a Swedish locale. */
export const activityLogExcelCsv = (project: Project) => log(project, EXCEL);

function activityJson(a: Activity, ctx: ExportContext) {
  const m = a.data;
  const state = activityState(m, ctx.buildDate);
  const entry = (e: (typeof m.log)[number]) => ({ month: e.month.text, status: e.status, statusLabel: ACTIVITY_STATUS[e.status].label, comment: e.comment });
  return {
    id: a.id,
    title: m.title,
    description: m.description,
    goal: m.goal,
    subgoals: [...m.subgoals],
    responsible: m.responsible,
    start: m.start.text,
    plannedEnd: m.plannedEnd.text,
    status: state.status,
    statusLabel: ACTIVITY_STATUS[state.status].label,
    latest: state.latest ? entry(state.latest) : null,
    example: m.example,
    ...(m.example && { exampleNote: `${EXAMPLE_LABEL}: ett exempel på en aktivitet, inte en verklig aktivitet i handlingsplanen.` }),
    url: absoluteUrl(ctx.site, PAGE.activity(a.id)),
    log: m.log.map(entry),
  };
}

/** `/data/aktiviteter.json`. The endpoint writes it with `JSON.stringify(value, null, 2)`. */
export function activitiesJson(ctx: ExportContext) {
  return madeOnce(ctx, 'aktiviteter.json', () => makeActivitiesJson(ctx));
}

function makeActivitiesJson(ctx: ExportContext) {
  const s = ctx.project.settings;
  return {
    title: `Handlingsplanens aktiviteter – ${s.organisation}`,
    buildDate: ctx.buildDate.text,
    statusRule: NOT_FOLLOWED_UP_RULE,
    statuses: SHOWN_ACTIVITY_STATUSES.map((code) => ({ code, label: ACTIVITY_STATUS[code].label })),
    licence: { name: s.licence.name, url: s.licence.url },
    url: absoluteUrl(ctx.site, PAGE.actionPlan),
    downloads: {
      csv: absoluteUrl(ctx.site, DOWNLOAD.activitiesCsv),
      excelCsv: absoluteUrl(ctx.site, DOWNLOAD.activitiesExcelCsv),
      logCsv: absoluteUrl(ctx.site, DOWNLOAD.activityLogCsv),
      logExcelCsv: absoluteUrl(ctx.site, DOWNLOAD.activityLogExcelCsv),
    },
    activities: ctx.project.activities.map((a) => activityJson(a, ctx)),
  };
}

export type ActivitiesJson = ReturnType<typeof activitiesJson>;

/**
 * `/data/datapackage.json`: a Frictionless (Tabular) Data Package v1 describing the CSV files, with
 * a Table Schema per file (its field descriptions are also shown on `/data/`).
 */
import { ACTIVITY_STATUS, ACTIVITY_STATUSES, SHOWN_ACTIVITY_STATUSES } from '../activity.ts';
import { INDICATOR_STATUSES, ROLLUP_STATUSES } from '../assessment.ts';
import { FOLLOW_UP_KIND, FOLLOW_UP_KINDS } from '../follow-up.ts';
import { PROPOSED_METHOD_NAME } from '../method-status.ts';
import { GENDERS } from '../model.ts';
import { absoluteUrl, DOWNLOAD, PAGE } from '../paths.ts';
import { EXAMPLE_LABEL, indicatorsWithComparisons, indicatorsWithData, madeOnce, SITE_NAME, type ExportContext } from './context.ts';
import { EXCEL, STANDARD, type Dialect } from './csv.ts';

/** The `example` column of a table: `description` says what true means there. */
const exampleField = (description: string): TableSchemaField => ({ name: 'example', type: 'boolean', description, trueValues: ['true'], falseValues: ['false'], constraints: { required: true } });

/** "true när värdena är exempeldata (…), annars false." */
const EXAMPLE_VALUES = `true när värdena är exempeldata (${EXAMPLE_LABEL.toLowerCase()}), annars false.`;

/** Open Definition licence ids for the licences Swedish guidance names; other licences go by URL only. */
const LICENCE_IDS: Record<string, string> = {
  'http://creativecommons.org/publicdomain/zero/1.0/': 'CC0-1.0',
  'http://creativecommons.org/licenses/by/4.0/': 'CC-BY-4.0',
  'http://creativecommons.org/publicdomain/mark/1.0/': 'PDM-1.0',
};

export interface TableSchemaField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  title?: string;
  description: string;
  decimalChar?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; enum?: (string | number)[]; pattern?: string; minimum?: number; maximum?: number };
}

export interface TableSchema {
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

export interface DataResource {
  name: string;
  path: string;
  profile: 'tabular-data-resource';
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  dialect: { delimiter: string; lineTerminator: string; quoteChar: string; doubleQuote: boolean; header: boolean };
  schema: TableSchema;
}

const PERIOD_PATTERN = '\\d{4}(-T[1-3]|-(0[1-9]|1[0-2]))?';
const GUARD_NOTE = 'Text som börjar med =, +, -, @, tabb eller vagnretur har fått en inledande apostrof (\') så att kalkylprogram inte läser den som en formel.';

function fields(kind: 'indicator' | 'all', decimalChar: '.' | ','): TableSchemaField[] {
  const period: TableSchemaField = {
    name: 'period',
    type: 'string',
    description: 'Perioden värdet gäller: år (2023), tertial (2023-T1 … 2023-T3) eller månad (2023-01 … 2023-12). En indikator har bara en sorts period.',
    constraints: { required: true, pattern: PERIOD_PATTERN },
  };
  const gender: TableSchemaField = {
    name: 'gender',
    type: 'string',
    description: 'Kön, med Koladas koder: T totalt, K kvinnor, M män.',
    constraints: { required: true, enum: [...GENDERS] },
  };
  const value: TableSchemaField = {
    name: 'value',
    type: 'number',
    description: `Värdet i indikatorns enhet${decimalChar === ',' ? ', med decimalkomma' : ', med decimalpunkt'}, utan tusentalsavgränsare. Tom cell betyder att värdet saknas (aldrig noll).`,
    ...(decimalChar === ',' && { decimalChar: ',' }),
  };
  const note: TableSchemaField = { name: 'note', type: 'string', description: `Anmärkning till värdet, om det finns någon. ${GUARD_NOTE}` };
  const example = exampleField(EXAMPLE_VALUES);
  if (kind === 'indicator') return [period, gender, value, note, example];
  return [
    { name: 'indicator', type: 'string', description: 'Indikatorns id, samma som i adressen /indikatorer/<id>/ och i filnamnet data/indikatorer/<id>.csv.', constraints: { required: true, pattern: '[A-Za-z0-9_-]+' } },
    { name: 'title', type: 'string', description: `Indikatorns namn. ${GUARD_NOTE}`, constraints: { required: true } },
    { name: 'goal', type: 'integer', description: 'Fullmäktigemålets nummer, 1–4.', constraints: { required: true, enum: [1, 2, 3, 4] } },
    { name: 'subgoal', type: 'string', description: 'Delmålets id (se webbplatsens sida för målet).', constraints: { required: true } },
    { name: 'area', type: 'string', description: `Mätområdet som indikatorn hör till. ${GUARD_NOTE}`, constraints: { required: true } },
    { name: 'unit', type: 'string', description: 'Enheten som värdena anges i, till exempel procent, antal eller placering.', constraints: { required: true } },
    period,
    gender,
    value,
    note,
    example,
  ];
}

/** The Table Schema of `/data/bedomningar.csv` (both variants: no column holds a decimal number). */
export function assessmentFields(): TableSchemaField[] {
  const codes = [...new Set([...ROLLUP_STATUSES, ...INDICATOR_STATUSES])];
  return [
    { name: 'followUp', type: 'string', description: 'Uppföljningens id, samma som i adressen /uppfoljning/<id>/: året och t1 (tertial 1), t2 (tertial 2) eller ar (årsredovisning).', constraints: { required: true, pattern: `\\d{4}-(${FOLLOW_UP_KINDS.map((k) => FOLLOW_UP_KIND[k].slug).join('|')})` } },
    { name: 'followUpLabel', type: 'string', description: 'Uppföljningens namn, till exempel Tertial 2 2024.', constraints: { required: true } },
    { name: 'year', type: 'integer', description: 'Året som följs upp.', constraints: { required: true } },
    { name: 'kind', type: 'string', description: 'Slags uppföljning: tertial-1 (läget per april), tertial-2 (per augusti) eller arsredovisning (hela året).', constraints: { required: true, enum: [...FOLLOW_UP_KINDS] } },
    { name: 'published', type: 'string', description: 'Dagen uppföljningen publicerades, ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM när bara månaden anges. För en exempeluppföljning är det ett exempeldatum.', constraints: { required: true, pattern: '\\d{4}-\\d{2}(-\\d{2})?' } },
    { name: 'level', type: 'string', description: 'goal på en rad om ett mål, indicator på en rad om en indikator.', constraints: { required: true, enum: ['goal', 'indicator'] } },
    { name: 'goal', type: 'integer', description: 'Fullmäktigemålets nummer, 1–4 (på en rad om en indikator: målet den hör till).', constraints: { required: true, enum: [1, 2, 3, 4] } },
    { name: 'indicator', type: 'string', description: 'Indikatorns id på en rad om en indikator, samma som i adressen /indikatorer/<id>/; tom på en rad om ett mål.' },
    { name: 'title', type: 'string', description: `Målets kortnamn eller indikatorns namn. ${GUARD_NOTE}`, constraints: { required: true } },
    { name: 'judged', type: 'string', description: 'Kommunens bedömning i uppföljningen, som kod (se /metod/); tom när uppföljningen inte bedömer målet eller indikatorn.', constraints: { enum: codes } },
    { name: 'judgedLabel', type: 'string', description: 'Kommunens bedömning i ord, till exempel Uppfylls delvis.' },
    { name: 'computed', type: 'string', description: 'Den beräknade bedömningen med de värden som fanns vid uppföljningen, som kod (se /metod/).', constraints: { required: true, enum: codes } },
    { name: 'computedLabel', type: 'string', description: 'Den beräknade bedömningen i ord.', constraints: { required: true } },
    { name: 'indicatorCount', type: 'integer', description: 'På en rad om ett mål: hur många indikatorer den beräknade bedömningen bygger på; tom på en rad om en indikator.' },
    { name: 'scoredCount', type: 'integer', description: 'På en rad om ett mål: hur många av indikatorerna som kunde bedömas (inte Underlag saknas); tom på en rad om en indikator.' },
    { name: 'comment', type: 'string', description: `Kommunens motivering eller kommentar i uppföljningen, om det finns någon. ${GUARD_NOTE}` },
    { name: 'method', type: 'string', description: `Bedömningsmetodens ställning: proposed (${PROPOSED_METHOD_NAME}) eller adopted (antagen genom ett beslut, se /metod/).`, constraints: { required: true, enum: ['proposed', 'adopted'] } },
    exampleField('true när uppföljningen är ett exempel eller den beräknade bedömningen bygger på exempeldata, annars false.'),
  ];
}

const MONTH_PATTERN = '\\d{4}-(0[1-9]|1[0-2])';
const DATE_PATTERN = '\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?';
const codesIn = (codes: readonly string[]) => codes.map((c) => `${c} (${ACTIVITY_STATUS[c as keyof typeof ACTIVITY_STATUS].label.toLowerCase()})`).join(', ');

/** The fields of the action plan's tables: one row per activity, or one row per month of a log. */
export function activityFields(kind: 'activities' | 'log'): TableSchemaField[] {
  const activity: TableSchemaField = { name: 'activity', type: 'string', description: 'Aktivitetens id, samma som i adressen /handlingsplan/<id>/.', constraints: { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' } };
  const example = exampleField(`true när aktiviteten är ett exempel (${EXAMPLE_LABEL.toLowerCase()}), inte en verklig aktivitet i handlingsplanen; annars false.`);
  if (kind === 'log')
    return [
      activity,
      { name: 'month', type: 'string', description: 'Månaden statusen gäller, ÅÅÅÅ-MM. Loggen står i tidsordning per aktivitet.', constraints: { required: true, pattern: MONTH_PATTERN } },
      { name: 'status', type: 'string', description: `Statusen den månaden, som kod: ${codesIn(ACTIVITY_STATUSES)}.`, constraints: { required: true, enum: [...ACTIVITY_STATUSES] } },
      { name: 'statusLabel', type: 'string', description: 'Statusen i ord, som på webbplatsen.', constraints: { required: true } },
      { name: 'comment', type: 'string', description: `Kommentaren för månaden. ${GUARD_NOTE}`, constraints: { required: true } },
      example,
    ];
  return [
    activity,
    { name: 'title', type: 'string', description: `Aktivitetens namn. ${GUARD_NOTE}`, constraints: { required: true } },
    { name: 'description', type: 'string', description: `Vad som görs och varför. ${GUARD_NOTE}`, constraints: { required: true } },
    { name: 'goal', type: 'integer', description: 'Fullmäktigemålet aktiviteten ska bidra till, 1–4.', constraints: { required: true, enum: [1, 2, 3, 4] } },
    { name: 'subgoals', type: 'string', description: 'Delmålens id, åtskilda med mellanslag; tom cell när aktiviteten inte är kopplad till något delmål.' },
    { name: 'responsible', type: 'string', description: `Ansvarig nämnd eller bolag. ${GUARD_NOTE}`, constraints: { required: true } },
    { name: 'start', type: 'string', description: 'Start: ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM när bara månaden är bestämd.', constraints: { required: true, pattern: DATE_PATTERN } },
    { name: 'plannedEnd', type: 'string', description: 'Planerat slut, i samma form som start.', constraints: { required: true, pattern: DATE_PATTERN } },
    {
      name: 'status',
      type: 'string',
      description: `Statusen den dag filen byggdes, som kod: ${codesIn(SHOWN_ACTIVITY_STATUSES)}. not-followed-up betyder att loggen inte har förts de senaste månaderna (se statusRule i aktiviteter.json).`,
      constraints: { required: true, enum: [...SHOWN_ACTIVITY_STATUSES] },
    },
    { name: 'statusLabel', type: 'string', description: 'Statusen i ord, som på webbplatsen.', constraints: { required: true } },
    { name: 'latestMonth', type: 'string', description: 'Månaden för den senaste raden i loggen; tom cell när loggen är tom.', constraints: { pattern: MONTH_PATTERN } },
    { name: 'latestStatus', type: 'string', description: 'Statusen på den senaste raden i loggen, som kod; tom cell när loggen är tom.', constraints: { enum: [...ACTIVITY_STATUSES] } },
    example,
  ];
}

/** The columns of the comparison table, `/data/jamforelser.csv`. */
export function comparisonFields(decimalChar: '.' | ','): TableSchemaField[] {
  const long = fields('all', decimalChar);
  const field = (name: string) => long.find((f) => f.name === name)!;
  return [
    field('indicator'),
    field('title'),
    field('unit'),
    field('period'),
    {
      name: 'area',
      type: 'string',
      description: 'Områdets id i Kolada: fyra siffror, 0000 för hela riket, 00 och länskoden för ett län (0006 Jönköpings län), kommunkoden för en kommun.',
      constraints: { required: true, pattern: '\\d{4}' },
    },
    { name: 'area_name', type: 'string', description: `Områdets namn, som det står på webbplatsen. ${GUARD_NOTE}`, constraints: { required: true } },
    field('gender'),
    field('value'),
    {
      name: 'source',
      type: 'string',
      description: 'Var värdet kommer från: Kolada för värden hämtade oförändrade från Kolada, Exempeldata för exempeldata, annars indikatorns källa.',
      constraints: { required: true },
    },
    exampleField(EXAMPLE_VALUES),
  ];
}

const dialect = (d: Dialect) => ({ delimiter: d.delimiter, lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true });

/** A resource name from an indicator id: lower case, unique within the package. */
function resourceName(id: string, taken: Set<string>): string {
  const base = `indikator-${id.toLowerCase()}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

/**
 * `/data/datapackage.json`: a Frictionless Tabular Data Package (v1) describing the long table in
 * both variants and each indicator's standard CSV. Resource paths are relative to the package's own
 * location (`/data/`), as the spec prefers: the package then works both online and when the
 * `data/` folder is downloaded as a whole. `/data/` + path is the file's URL.
 */
export function dataPackage(ctx: ExportContext) {
  return madeOnce(ctx, 'datapackage.json', () => makeDataPackage(ctx));
}

function makeDataPackage(ctx: ExportContext) {
  const { project, site } = ctx;
  const s = project.settings;
  const withData = indicatorsWithData(project);
  const rel = (path: string) => path.replace(/^\/data\//, '');
  const licenceId = LICENCE_IDS[s.licence.url];

  const sources = new Map<string, { title: string; path?: string }>();
  // Example data has no real source yet: only the sources of published values are listed.
  for (const ind of withData) {
    const src = ind.data.source;
    const key = `${src.name}|${src.url ?? ''}`;
    if (!ind.data.example && !sources.has(key)) sources.set(key, { title: src.name, ...(src.url && { path: src.url }) });
  }

  const taken = new Set<string>(['indikatorer', 'indikatorer-excel', 'aktiviteter', 'aktiviteter-excel', 'aktiviteter-logg', 'aktiviteter-logg-excel', 'bedomningar', 'bedomningar-excel', 'jamforelser', 'jamforelser-excel']);
  const activityResource = (name: string, path: string, title: string, description: string, d: Dialect, kind: 'activities' | 'log', parent: string): DataResource => ({
    name,
    path: rel(path),
    profile: 'tabular-data-resource',
    title,
    description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: dialect(d),
    schema: {
      fields: activityFields(kind),
      missingValues: [''],
      primaryKey: kind === 'log' ? ['activity', 'month'] : ['activity'],
      ...(kind === 'log' && { foreignKeys: [{ fields: ['activity'], reference: { resource: parent, fields: ['activity'] } }] }),
    },
  });
  const exampleActivities = project.activities.some((a) => a.data.example) ? ` Aktiviteter med example = true är exempel, inte verkliga aktiviteter.` : '';
  const activityResources: DataResource[] = project.activities.length
    ? [
        activityResource('aktiviteter', DOWNLOAD.activitiesCsv, 'Handlingsplanens aktiviteter', `En rad per aktivitet i handlingsplanen, med statusen den dag filen byggdes. Standard-CSV (RFC 4180): UTF-8 utan BOM, komma mellan kolumner, CRLF.${exampleActivities}`, STANDARD, 'activities', 'aktiviteter'),
        activityResource('aktiviteter-excel', DOWNLOAD.activitiesExcelCsv, 'Handlingsplanens aktiviteter, för Excel', 'Samma tabell för Excel med svenska inställningar: semikolon mellan kolumner, UTF-8 med BOM, CRLF.', EXCEL, 'activities', 'aktiviteter-excel'),
        activityResource('aktiviteter-logg', DOWNLOAD.activityLogCsv, 'Handlingsplanens månadslogg', `En rad per månad i varje aktivitets logg: status och kommentar. Standard-CSV (RFC 4180).${exampleActivities}`, STANDARD, 'log', 'aktiviteter'),
        activityResource('aktiviteter-logg-excel', DOWNLOAD.activityLogExcelCsv, 'Handlingsplanens månadslogg, för Excel', 'Samma logg för Excel med svenska inställningar: semikolon mellan kolumner, UTF-8 med BOM, CRLF.', EXCEL, 'log', 'aktiviteter-excel'),
      ]
    : [];
  const resources: DataResource[] = [
    {
      name: 'indikatorer',
      path: rel(DOWNLOAD.allCsv),
      profile: 'tabular-data-resource',
      title: 'Alla indikatorer i en tabell',
      description: 'Alla indikatorer som har värden, en rad per period och kön. Standard-CSV (RFC 4180): UTF-8 utan BOM, komma mellan kolumner, decimalpunkt, CRLF.',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: dialect(STANDARD),
      schema: { fields: fields('all', '.'), missingValues: [''], primaryKey: ['indicator', 'period', 'gender'] },
    },
    {
      name: 'indikatorer-excel',
      path: rel(DOWNLOAD.allExcelCsv),
      profile: 'tabular-data-resource',
      title: 'Alla indikatorer i en tabell, för Excel',
      description:
        'Samma tabell för Excel med svenska inställningar: semikolon mellan kolumner, decimalkomma, CRLF. Filen är UTF-8 och börjar med en byte order mark (BOM), som Excel behöver för att läsa å, ä och ö rätt.',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: dialect(EXCEL),
      schema: { fields: fields('all', ','), missingValues: [''], primaryKey: ['indicator', 'period', 'gender'] },
    },
    {
      name: 'bedomningar',
      path: rel(DOWNLOAD.assessmentsCsv),
      profile: 'tabular-data-resource',
      title: 'Bedömningar vid varje uppföljning',
      description:
        'Kommunens bedömning och den beräknade bedömningen vid varje uppföljning: en rad per uppföljning och mål, sedan en rad per uppföljning och indikator, med motiveringar. Standard-CSV (RFC 4180): UTF-8 utan BOM, komma mellan kolumner, CRLF. Samma uppgifter finns som JSON i bedomningar.json.',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: dialect(STANDARD),
      schema: { fields: assessmentFields(), missingValues: [''] },
    },
    {
      name: 'bedomningar-excel',
      path: rel(DOWNLOAD.assessmentsExcelCsv),
      profile: 'tabular-data-resource',
      title: 'Bedömningar vid varje uppföljning, för Excel',
      description: 'Samma tabell för Excel med svenska inställningar: semikolon mellan kolumner, CRLF, UTF-8 med byte order mark (BOM).',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: dialect(EXCEL),
      schema: { fields: assessmentFields(), missingValues: [''] },
    },
    ...activityResources,
    ...(indicatorsWithComparisons(project).length > 0
      ? [
          {
            name: 'jamforelser',
            path: rel(DOWNLOAD.comparisonsCsv),
            profile: 'tabular-data-resource' as const,
            title: 'Jämförelser med andra områden',
            description:
              'Samma mått för andra områden än kommunen (riket, länet, liknande kommuner), som jämförelse: en rad per indikator, period, område och kön. Standard-CSV (RFC 4180): UTF-8 utan BOM, komma mellan kolumner, decimalpunkt, CRLF. Rader med example = true är exempeldata.',
            format: 'csv' as const,
            mediatype: 'text/csv' as const,
            encoding: 'utf-8' as const,
            dialect: dialect(STANDARD),
            schema: { fields: comparisonFields('.'), missingValues: [''], primaryKey: ['indicator', 'period', 'area', 'gender'] },
          },
          {
            name: 'jamforelser-excel',
            path: rel(DOWNLOAD.comparisonsExcelCsv),
            profile: 'tabular-data-resource' as const,
            title: 'Jämförelser med andra områden, för Excel',
            description: 'Samma tabell för Excel med svenska inställningar: semikolon mellan kolumner, decimalkomma, CRLF, UTF-8 med byte order mark (BOM).',
            format: 'csv' as const,
            mediatype: 'text/csv' as const,
            encoding: 'utf-8' as const,
            dialect: dialect(EXCEL),
            schema: { fields: comparisonFields(','), missingValues: [''], primaryKey: ['indicator', 'period', 'area', 'gender'] },
          },
        ]
      : []),
    ...withData.map(
      (ind): DataResource => ({
        name: resourceName(ind.id, taken),
        path: rel(DOWNLOAD.indicatorCsv(ind.id)),
        profile: 'tabular-data-resource',
        title: ind.data.example ? `${ind.data.title} (exempeldata)` : ind.data.title,
        description: [
          ind.data.definition,
          `Enhet: ${ind.data.unit}.`,
          ind.data.example ? `${EXAMPLE_LABEL}.` : `Källa: ${ind.data.source.name}.`,
          `Sida: ${absoluteUrl(site, PAGE.indicator(ind.id))}`,
        ]
          .filter(Boolean)
          .join(' '),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: dialect(STANDARD),
        schema: { fields: fields('indicator', '.'), missingValues: [''], primaryKey: ['period', 'gender'] },
      }),
    ),
  ];

  return {
    profile: 'tabular-data-package',
    name: 'oppen-maluppfoljning',
    title: `${SITE_NAME} – ${s.organisation}`,
    description: `Indikatorer som ${s.organisation} följer upp sina mål med: värden per period och kön. Indikatorer markerade som exempeldata (kolumnen example) är inte officiell statistik. Bedömningarna vid varje uppföljning finns i bedomningar.csv, och varje indikators bedömning med alla sina underlag i /data/indikatorer/<id>.json.${project.activities.length ? ' Handlingsplanens aktiviteter och deras månadslogg finns i aktiviteter.csv och aktiviteter-logg.csv (och aktiviteter.json).' : ''}`,
    homepage: absoluteUrl(site, PAGE.data),
    created: `${ctx.buildDate.text}T00:00:00Z`,
    licenses: [{ ...(licenceId && { name: licenceId }), path: s.licence.url, title: s.licence.name }],
    sources: [...sources.values()],
    contributors: [{ title: s.organisation, path: s.homepage, role: 'publisher', ...(s.contactEmail && { email: s.contactEmail }) }],
    keywords: ['måluppföljning', 'indikatorer', ...(project.activities.length ? ['handlingsplan'] : []), 'kommun', s.organisation],
    resources,
  };
}

export type DataPackage = ReturnType<typeof dataPackage>;

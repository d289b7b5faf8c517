/**
 * The open-data downloads, as pure functions from the validated project to file contents.
 * Pages under `src/pages/data/` only call these and return the string (or JSON) they produce.
 *
 * Files and formats (CONTRACT.md "URLs", README "Öppna data"):
 * - `/data/indikatorer/<id>.csv`: one indicator, RFC 4180: UTF-8 without BOM, `,` between cells,
 *   `.` as decimal mark, CRLF after every row, header `period,gender,value,note`.
 * - `/data/excel/indikatorer/<id>.csv`: the same table for Excel in a Swedish locale: UTF-8 with
 *   BOM, `;` between cells, decimal comma, CRLF.
 * - `/data/indikatorer.csv` and `/data/excel/indikatorer.csv`: every indicator in one long table.
 * - `/data/indikatorer/<id>.json`: metadata, observations and the assessment with its inputs.
 * - `/data/datapackage.json`: a Frictionless (Tabular) Data Package v1 describing the CSV files.
 *
 * Every indicator gets its JSON file, also one without data ("Underlag saknas"): its metadata and
 * the assessment are worth having. The CSV files and the charts are built for indicators with at
 * least one row of data (for one without, `indicatorCsv` would give the header row only). The long
 * tables, the data package and the DCAT catalogue likewise list only indicators with data.
 *
 * Nothing here reads files, the clock or the environment: dates come in through `ExportContext`.
 */
import type { IndicatorAssessment } from './assessment.ts';
import { GENDERS, type Observation } from './model.ts';
import type { Indicator, Project } from './project.ts';

export interface ExportContext {
  project: Project;
  /** Absolute site URL without trailing slash, e.g. https://example.org */
  site: string;
  assessments: ReadonlyMap<string, IndicatorAssessment>;
  /** ISO date (YYYY-MM-DD) of the last change of each indicator's data file, when known (from git). */
  lastModified: ReadonlyMap<string, string | null>;
  /** ISO date of the build, for dcterms:modified and data package `created`; pass it in, never read the clock inside. */
  buildDate: string;
}

/** Site-relative paths of every download. Pages and links use these; tests check the data package against them. */
export const DOWNLOAD_PATHS = {
  indicatorCsv: (id: string) => `/data/indikatorer/${id}.csv`,
  indicatorExcelCsv: (id: string) => `/data/excel/indikatorer/${id}.csv`,
  indicatorJson: (id: string) => `/data/indikatorer/${id}.json`,
  indicatorSvg: (id: string) => `/data/indikatorer/${id}.svg`,
  indicatorPng: (id: string) => `/data/indikatorer/${id}.png`,
  allCsv: '/data/indikatorer.csv',
  allExcelCsv: '/data/excel/indikatorer.csv',
  dataPackage: '/data/datapackage.json',
  dcat: '/datasets/dcat',
  feed: '/feed.xml',
} as const;

/** The site's name, used in citations, the catalogue and the feed. */
export const SITE_NAME = 'Öppen måluppföljning';

/** Page of one indicator (CONTRACT.md). */
export const indicatorPagePath = (id: string) => `/indikatorer/${id}/`;
/** Page of one follow-up, `2023-t1` (CONTRACT.md). */
export const followUpPagePath = (id: string) => `/uppfoljning/${id}/`;

/** `site` + `path`, tolerating a trailing slash on `site`. */
export function absoluteUrl(site: string, path: string): string {
  return site.replace(/\/+$/, '') + path;
}

/** Text every download and catalogue entry of example data carries. */
export const EXAMPLE_LABEL = 'Exempeldata – inte officiell statistik';

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

/**
 * Guards a TEXT cell against CSV (formula) injection, as OWASP recommends: a cell that begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by Excel, LibreOffice and
 * Google Sheets, so it gets a leading single quote (`'=SUM(1)`), which spreadsheets show as text.
 *
 * Only text goes through here (titles, notes, names). Numbers are written by their own path and
 * are never prefixed: `-3.5` in the value column stays a number, so nothing is lost for scripts.
 * The price is that a note that really begins with `-` or `=` reads with a `'` in front; the data
 * page says so. Staff notes come from the committed CSV files and are not trusted either way.
 */
export function csvSafeText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/**
 * A number as the shortest text that reads back to exactly the same number: 74.1 → "74.1"
 * (never 74.09999999999999), 0.1 + 0.2 stays "0.30000000000000004" because that IS the number
 * held; no thousands separators, and no exponent (1e21 → "1000000000000000000000",
 * 1e-7 → "0.0000001"), because spreadsheets and some CSV readers do not take exponents.
 * −0 is written "0". Non-finite numbers have no text: the caller writes them as missing.
 */
export function plainNumber(v: number): string {
  if (!Number.isFinite(v)) return '';
  if (v === 0) return '0';
  // ECMAScript Number.prototype.toString gives the shortest round-trip digits.
  const s = String(v);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const negative = s.startsWith('-');
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + out;
}

type Cell = string | number | boolean | null | undefined;

interface Dialect {
  delimiter: ',' | ';';
  decimal: '.' | ',';
  bom: boolean;
}

const STANDARD: Dialect = { delimiter: ',', decimal: '.', bom: false };
const EXCEL: Dialect = { delimiter: ';', decimal: ',', bom: true };
const CRLF = '\r\n';

function writeCell(cell: Cell, d: Dialect): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    const text = plainNumber(cell);
    return d.decimal === ',' ? text.replace('.', ',') : text;
  }
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = csvSafeText(cell);
  // RFC 4180: quote only a cell that holds the separator, a quote or a line break.
  return text.includes(d.delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function writeTable(header: readonly string[], rows: readonly Cell[][], d: Dialect): string {
  const lines = [header.join(d.delimiter), ...rows.map((r) => r.map((c) => writeCell(c, d)).join(d.delimiter))];
  return (d.bom ? '\uFEFF' : '') + lines.map((l) => l + CRLF).join('');
}


/** Observations in time order, then T, K, M (stable for equal keys). */
export function orderedObservations(ind: Indicator): Observation[] {
  return [...(ind.series?.observations ?? [])].sort((a, b) => a.time - b.time || GENDERS.indexOf(a.gender) - GENDERS.indexOf(b.gender));
}

const finiteOrNull = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

/** Columns of the per-indicator CSV files (both variants). */
export const INDICATOR_CSV_COLUMNS = ['period', 'gender', 'value', 'note'] as const;
/** Columns of the long tables (both variants). */
export const ALL_CSV_COLUMNS = ['indicator', 'title', 'goal', 'subgoal', 'area', 'unit', 'period', 'gender', 'value', 'note', 'example'] as const;

const indicatorRows = (ind: Indicator): Cell[][] => orderedObservations(ind).map((o) => [o.period, o.gender, finiteOrNull(o.value), o.note ?? null]);

function allRows(project: Project): Cell[][] {
  return project.indicators.flatMap((ind) => {
    const m = ind.data;
    return orderedObservations(ind).map((o): Cell[] => [ind.id, m.title, m.goal, m.subgoal, m.area, m.unit, o.period, o.gender, finiteOrNull(o.value), o.note ?? null, m.example]);
  });
}

/** `/data/indikatorer/<id>.csv`: RFC 4180, UTF-8 without BOM, `,`, `.` decimal, CRLF. */
export function indicatorCsv(ind: Indicator): string {
  return writeTable(INDICATOR_CSV_COLUMNS, indicatorRows(ind), STANDARD);
}

/** `/data/excel/indikatorer/<id>.csv`: for Excel in a Swedish locale: UTF-8 with BOM, `;`, decimal comma, CRLF. */
export function indicatorExcelCsv(ind: Indicator): string {
  return writeTable(INDICATOR_CSV_COLUMNS, indicatorRows(ind), EXCEL);
}

/** `/data/indikatorer.csv`: every indicator with data, one row per observation. */
export function allIndicatorsCsv(project: Project): string {
  return writeTable(ALL_CSV_COLUMNS, allRows(project), STANDARD);
}

/** `/data/excel/indikatorer.csv`: the long table for Excel in a Swedish locale. */
export function allIndicatorsExcelCsv(project: Project): string {
  return writeTable(ALL_CSV_COLUMNS, allRows(project), EXCEL);
}

// ---------------------------------------------------------------------------------------------
// Text from Markdown
// ---------------------------------------------------------------------------------------------

/** Markdown inline syntax removed: links keep their text, emphasis and code marks go. */
export function stripMarkdown(md: string): string {
  return md
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .trim();
}

/**
 * The first paragraph of a Markdown body as plain text (the indicator's definition, by the
 * README's convention), or null when the body has none. Headings, lists, quotes, tables and
 * code blocks are skipped: the first paragraph of running text is what describes the data.
 */
export function firstParagraph(md: string): string | null {
  return paragraphs(md)[0] ?? null;
}

/** Every paragraph of running text in a Markdown body, as plain text, in order. */
export function paragraphs(md: string): string[] {
  const out: string[] = [];
  const blocks = md.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  let inFence = false;
  for (const block of blocks) {
    const text = block.trim();
    if (text === '') continue;
    const fences = (text.match(/^(```|~~~)/gm) ?? []).length;
    if (inFence || /^(```|~~~)/.test(text)) {
      if (fences % 2 === 1) inFence = !inFence;
      continue;
    }
    if (/^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\||<!--|---$|\*\*\*$)/.test(text)) continue;
    const plain = stripMarkdown(text);
    if (plain) out.push(plain);
  }
  return out;
}

/**
 * The indicator's definition: the first paragraph of its Markdown body that is not the notice
 * "Värdena är exempeldata – inte officiell statistik." (example indicators begin with it; the
 * downloads and the catalogue add that notice themselves). Null when the body has none.
 */
export function indicatorDefinition(ind: Indicator): string | null {
  return paragraphs(ind.body).find((p) => !/exempeldata\s*[–-]\s*inte officiell statistik/i.test(p)) ?? null;
}

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

/**
 * True when the indicator's data file has at least one row. Only then are its CSV, Excel CSV,
 * SVG and PNG files built, and only then is it listed in the long table, package and catalogue.
 */
export const hasData = (ind: Indicator): boolean => (ind.series?.observations.length ?? 0) > 0;

/** Absolute URLs of an indicator's downloads: the JSON always, the tables and charts when it has data. */
export function indicatorDownloads(ind: Indicator, site: string): { json: string; csv?: string; excelCsv?: string; svg?: string; png?: string } {
  return {
    json: absoluteUrl(site, DOWNLOAD_PATHS.indicatorJson(ind.id)),
    ...(hasData(ind) && {
      csv: absoluteUrl(site, DOWNLOAD_PATHS.indicatorCsv(ind.id)),
      excelCsv: absoluteUrl(site, DOWNLOAD_PATHS.indicatorExcelCsv(ind.id)),
      svg: absoluteUrl(site, DOWNLOAD_PATHS.indicatorSvg(ind.id)),
      png: absoluteUrl(site, DOWNLOAD_PATHS.indicatorPng(ind.id)),
    }),
  };
}

const RELATIVE_CHANGE_INFINITE_NOTE =
  'Den relativa förändringen kan inte anges som tal: medianen av värdenas belopp i fönstret är 0 medan trenden inte är 0 (METHOD.md steg 7). Den räknas som oändligt stor i trendens riktning.';

/**
 * `/data/indikatorer/<id>.json`. The page writes it with `JSON.stringify(value, null, 2)`.
 * Field names follow CONTRACT.md; `relativeChange` is null instead of ±Infinity (JSON has no
 * infinity), with `relativeChangeNote` and `relativeChangeSign` saying what it was.
 */
export function indicatorJson(ind: Indicator, assessment: IndicatorAssessment, ctx: ExportContext) {
  const m = ind.data;
  const r = assessment.relativeChange;
  const infinite = typeof r === 'number' && !Number.isFinite(r) && !Number.isNaN(r);
  const definition = indicatorDefinition(ind);
  return {
    id: ind.id,
    title: m.title,
    unit: m.unit,
    direction: m.direction,
    goal: m.goal,
    subgoal: m.subgoal,
    area: m.area,
    ...(m.target && {
      target: {
        value: m.target.value,
        year: m.target.year,
        kind: m.target.kind,
        ...(m.target.decision && { decision: m.target.decision }),
        ...(m.target.basis && { basis: m.target.basis }),
      },
    }),
    definition,
    source: { name: m.source.name, ...(m.source.kpi && { kpi: m.source.kpi }), ...(m.source.url && { url: m.source.url }) },
    responsible: m.responsible ?? null,
    childRights: [...m.childRights],
    example: m.example,
    ...(m.example && { exampleNote: `${EXAMPLE_LABEL}.` }),
    licence: { name: ctx.project.settings.licence.name, url: ctx.project.settings.licence.url },
    url: absoluteUrl(ctx.site, indicatorPagePath(ind.id)),
    downloads: indicatorDownloads(ind, ctx.site),
    lastModified: ctx.lastModified.get(ind.id) ?? null,
    observations: orderedObservations(ind).map((o) => ({
      period: o.period,
      gender: o.gender,
      value: finiteOrNull(o.value),
      ...(o.note !== undefined && o.note !== '' && { note: o.note }),
    })),
    assessment: {
      status: assessment.status,
      label: assessment.label,
      reason: assessment.reason,
      stale: assessment.stale,
      referenceTime: assessment.referenceTime,
      latest: assessment.latest ? { period: assessment.latest.period, time: assessment.latest.time, value: assessment.latest.value } : null,
      window: assessment.window ? { ...assessment.window } : null,
      count: assessment.count,
      slope: finiteOrNull(assessment.slope),
      relativeChange: finiteOrNull(r),
      ...(infinite && { relativeChangeSign: (r as number) > 0 ? 1 : -1, relativeChangeNote: RELATIVE_CHANGE_INFINITE_NOTE }),
      fittedLatest: finiteOrNull(assessment.fittedLatest),
      projection: finiteOrNull(assessment.projection),
      target: assessment.target ? { value: assessment.target.value, year: assessment.target.year } : null,
    },
  };
}

export type IndicatorJson = ReturnType<typeof indicatorJson>;

// ---------------------------------------------------------------------------------------------
// Frictionless Data Package
// ---------------------------------------------------------------------------------------------

/** Indicators that have at least one row of data: these are listed in the long table, the data package and the catalogue. */
export const indicatorsWithData = (project: Project): Indicator[] => project.indicators.filter(hasData);

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
  if (kind === 'indicator') return [period, gender, value, note];
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
    {
      name: 'example',
      type: 'boolean',
      description: `true när värdena är exempeldata (${EXAMPLE_LABEL.toLowerCase()}), annars false.`,
      trueValues: ['true'],
      falseValues: ['false'],
      constraints: { required: true },
    },
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

  const taken = new Set<string>(['indikatorer', 'indikatorer-excel']);
  const resources: DataResource[] = [
    {
      name: 'indikatorer',
      path: rel(DOWNLOAD_PATHS.allCsv),
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
      path: rel(DOWNLOAD_PATHS.allExcelCsv),
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
    ...withData.map(
      (ind): DataResource => ({
        name: resourceName(ind.id, taken),
        path: rel(DOWNLOAD_PATHS.indicatorCsv(ind.id)),
        profile: 'tabular-data-resource',
        title: ind.data.example ? `${ind.data.title} (exempeldata)` : ind.data.title,
        description: [
          indicatorDefinition(ind),
          `Enhet: ${ind.data.unit}.`,
          ind.data.example ? `${EXAMPLE_LABEL}.` : `Källa: ${ind.data.source.name}.`,
          `Sida: ${absoluteUrl(site, indicatorPagePath(ind.id))}`,
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
    description: `Indikatorer som ${s.organisation} följer upp sina mål med: värden per period och kön. Indikatorer markerade som exempeldata (kolumnen example) är inte officiell statistik. Bedömningarna finns i JSON-filen för varje indikator (/data/indikatorer/<id>.json).`,
    homepage: absoluteUrl(site, '/data/'),
    created: `${ctx.buildDate}T00:00:00Z`,
    licenses: [{ ...(licenceId && { name: licenceId }), path: s.licence.url, title: s.licence.name }],
    sources: [...sources.values()],
    contributors: [{ title: s.organisation, path: s.homepage, role: 'publisher', ...(s.contactEmail && { email: s.contactEmail }) }],
    keywords: ['måluppföljning', 'indikatorer', 'kommun', s.organisation],
    resources,
  };
}

export type DataPackage = ReturnType<typeof dataPackage>;

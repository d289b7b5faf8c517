/**
 * `/data/datapackage.json`: a Frictionless (Tabular) Data Package v1 describing the CSV files, with
 * a Table Schema per file (its field descriptions are also shown on `/data/`).
 */
import { GENDERS } from '../model.ts';
import { absoluteUrl, DOWNLOAD, PAGE } from '../paths.ts';
import { EXAMPLE_LABEL, indicatorsWithComparisons, indicatorsWithData, SITE_NAME, type ExportContext } from './context.ts';
import { EXCEL, STANDARD, type Dialect } from './csv.ts';

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

  const taken = new Set<string>(['indikatorer', 'indikatorer-excel', 'jamforelser', 'jamforelser-excel']);
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
    description: `Indikatorer som ${s.organisation} följer upp sina mål med: värden per period och kön. Indikatorer markerade som exempeldata (kolumnen example) är inte officiell statistik. Bedömningarna finns i JSON-filen för varje indikator (/data/indikatorer/<id>.json).`,
    homepage: absoluteUrl(site, PAGE.data),
    created: `${ctx.buildDate.text}T00:00:00Z`,
    licenses: [{ ...(licenceId && { name: licenceId }), path: s.licence.url, title: s.licence.name }],
    sources: [...sources.values()],
    contributors: [{ title: s.organisation, path: s.homepage, role: 'publisher', ...(s.contactEmail && { email: s.contactEmail }) }],
    keywords: ['måluppföljning', 'indikatorer', 'kommun', s.organisation],
    resources,
  };
}

export type DataPackage = ReturnType<typeof dataPackage>;

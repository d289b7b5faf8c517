/**
 * The DCAT-AP-SE catalogue at `/datasets/dcat`, as RDF/XML, for Sveriges dataportal to harvest
 * (docs.dataportal.se/dcat/, version 3.0.1, and the profile's examples of
 * mandatory and recommended properties at github.com/diggsweden/DCAT-AP-SE, folder `exempel/`).
 *
 * What the profile requires and how it is met:
 * - Catalogue: title, description, publisher, dataset (and in Sweden the licence of the catalogue
 *   metadata, always CC0 `http://creativecommons.org/publicdomain/zero/1.0/`). Recommended and
 *   given: homepage, language, modified (the build date), theme taxonomy (EU data themes).
 * - Dataset: title, description, publisher. Recommended and given: keywords, themes, temporal
 *   coverage, modified (last change of the data file, when known), access rights, landing page,
 *   contact point (only with an e-mail address, see below), distributions.
 * - Distribution: access URL (mandatory), download URL, format (a media type as text, the form
 *   the profile's list and the example use), licence (the data licence from settings), title,
 *   description.
 * - Agent (publisher): foaf:name (mandatory) and its type (`LocalAuthority`: the publisher is a
 *   municipality); the organisation number as dcterms:identifier when configured.
 * - Contact point: in DCAT-AP-SE 3.0.1 a contact point is optional, but one that is given must
 *   have a type, vcard:fn and vcard:hasEmail (all min 1). So the contact point is written only when
 *   `contactEmail` is configured; without it there is none (an address is never invented), and
 *   `dcatRecommendations` says what is missing.
 * - No blank nodes for catalogue, dataset, distribution, publisher and contact point: each has an
 *   absolute IRI under the site (`<site>/datasets/dcat#…`). The publisher uses the portal's
 *   well-known IRI `http://dataportal.se/organisation/SE<orgnr>` when the organisation number is
 *   configured (docs: "Identifierare för utgivande organisationer"). The dataset's temporal
 *   coverage is a blank dcterms:PeriodOfTime, as in the profile's recommended example.
 *
 * Which indicators are listed: every indicator with at least one row of data, example data
 * included, because the portal should see the real structure; for example data the title says
 * "(exempeldata)" and the description begins "Exempeldata – inte officiell statistik.", with the
 * keyword "exempeldata". Indicators without data have nothing to download and are left out.
 * One more dataset holds all indicators in one long table, one the assessments at every
 * follow-up (`/data/bedomningar.csv`, its Excel variant and JSON), when there are follow-ups, and
 * one the action plan's activities with their monthly log (when there are activities), and one
 * the comparison areas' values (when there are any; Kolada's figures are said to be Kolada's,
 * example data is said to be so).
 *
 * Spatial coverage is left out: there is no authority IRI for Vaggeryds kommun that could be
 * checked here (the EU tables stop at country level, and a GeoNames id cannot be verified offline).
 */
import { followUpStart } from '../follow-up.ts';
import { isUnprocessedKolada } from '../citation.ts';
import type { Indicator, Project } from '../model.ts';
import { absoluteUrl, DOWNLOAD, PAGE } from '../paths.ts';
import { periodDays } from '../period.ts';
import type { Settings } from '../schemas/settings.ts';
import { xmlAttr, xmlText } from '../xml.ts';
import { EXAMPLE_LABEL, indicatorsWithComparisons, indicatorsWithData, SITE_NAME, type ExportContext } from './context.ts';

const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcterms: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const XSD_DATE = `${NS.xsd}date`;
const CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/';
const LANGUAGE_SWE = 'http://publications.europa.eu/resource/authority/language/SWE';
const DATA_THEME = 'http://publications.europa.eu/resource/authority/data-theme';
const ACCESS_PUBLIC = 'http://publications.europa.eu/resource/authority/access-right/PUBLIC';
const LOCAL_AUTHORITY = 'http://purl.org/adms/publishertype/LocalAuthority';

/**
 * EU data themes per sub-goal (the sub-goal says more than the goal: goal 2 holds both the labour
 * market and schools). Unknown sub-goals fall back to their goal. Every dataset also gets REGI
 * ("Regions and cities"): each indicator describes one municipality.
 */
export const SUBGOAL_THEMES: Readonly<Record<string, readonly string[]>> = {
  'miljo-och-naturresurser': ['ENVI'],
  'hallbar-tillvaxt-i-hela-kommunen': ['SOCI'],
  'beredskap-mot-oonskade-handelser': ['JUST'],
  'naringsliv-och-arbetsmarknad': ['ECON'],
  'larande-och-utbildning': ['EDUC'],
  forsorjning: ['SOCI', 'ECON'],
  folkhalsa: ['HEAL'],
  'halso-och-sjukvard-samt-omsorg': ['HEAL'],
  'kultur-fritid-och-friluftsutbud': ['EDUC'],
  tillganglighet: ['GOVE'],
  demokrati: ['GOVE'],
  trygghet: ['JUST'],
};
export const GOAL_THEMES: Readonly<Record<number, readonly string[]>> = { 1: ['ENVI'], 2: ['ECON'], 3: ['HEAL'], 4: ['GOVE'] };

/** The EU data-theme codes of an indicator, most specific first, REGI last. */
export function indicatorThemes(ind: Indicator): string[] {
  const own = SUBGOAL_THEMES[ind.data.subgoal] ?? GOAL_THEMES[ind.data.goal] ?? [];
  return [...new Set([...own, 'REGI'])];
}

// ---------------------------------------------------------------------------------------------
// XML
// ---------------------------------------------------------------------------------------------

export { xmlAttr, xmlText };

/**
 * An IRI as RFC 3987 wants it: characters that may not appear in an IRI (space, `<>"{}|\^` and
 * the backtick) are percent-encoded; everything else, including non-ASCII letters, is kept.
 */
export function iri(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0020<>"{}|\\^`\u007F]/g, (c) => encodeURIComponent(c));
}

const about = (iriText: string) => `rdf:about="${xmlAttr(iri(iriText))}"`;
const ref = (prop: string, iriText: string) => `\t<${prop} rdf:resource="${xmlAttr(iri(iriText))}"/>`;
const lit = (prop: string, text: string, lang = 'sv') => `\t<${prop} xml:lang="${lang}">${xmlText(text)}</${prop}>`;
const plain = (prop: string, text: string) => `\t<${prop}>${xmlText(text)}</${prop}>`;
const date = (prop: string, d: string, indent = '\t') => `${indent}<${prop} rdf:datatype="${XSD_DATE}">${xmlText(d)}</${prop}>`;

// ---------------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------------

/** The days covered by an indicator's rows, or null without rows. */
export function temporalCoverage(ind: Indicator): { start: string; end: string } | null {
  const obs = ind.series?.observations ?? [];
  const first = obs[0];
  const last = obs[obs.length - 1];
  if (!first || !last) return null;
  return { start: periodDays(first.period).first.text, end: periodDays(last.period).last.text };
}

// ---------------------------------------------------------------------------------------------
// Catalogue
// ---------------------------------------------------------------------------------------------

/** IRIs of the things in the catalogue. All absolute, all under the site except a known publisher IRI. */
export function dcatIris(site: string, settings: Settings) {
  const doc = absoluteUrl(site, DOWNLOAD.dcat);
  return {
    catalog: doc,
    publisher: settings.organisationNumber ? `http://dataportal.se/organisation/SE${settings.organisationNumber.replace(/\D/g, '')}` : `${doc}#utgivare`,
    contactPoint: `${doc}#kontakt`,
    dataset: (id: string) => `${doc}#datamangd-${id}`,
    distribution: (id: string, kind: 'csv' | 'excel' | 'json') => `${doc}#distribution-${id}-${kind}`,
    allDataset: `${doc}#alla-indikatorer`,
    allDistribution: (kind: 'csv' | 'excel') => `${doc}#alla-indikatorer-${kind}`,
    comparisonsDataset: `${doc}#jamforelser`,
    comparisonsDistribution: (kind: 'csv' | 'excel') => `${doc}#jamforelser-${kind}`,
    actionPlanDataset: `${doc}#handlingsplan`,
    actionPlanDistribution: (kind: 'csv' | 'excel' | 'logg-csv' | 'logg-excel' | 'json') => `${doc}#handlingsplan-${kind}`,
    assessmentsDataset: `${doc}#bedomningar`,
    assessmentsDistribution: (kind: 'csv' | 'excel' | 'json') => `${doc}#bedomningar-${kind}`,
  };
}

interface DistributionSpec {
  iri: string;
  title: string;
  description: string;
  format: 'text/csv' | 'application/json';
  url: string;
}

function distribution(d: DistributionSpec, licence: string): string {
  return [
    `<dcat:Distribution ${about(d.iri)}>`,
    lit('dcterms:title', d.title),
    lit('dcterms:description', d.description),
    plain('dcterms:format', d.format),
    ref('dcat:accessURL', d.url),
    ref('dcat:downloadURL', d.url),
    ref('dcterms:license', licence),
    '</dcat:Distribution>',
  ].join('\n');
}

const CSV_DESCRIPTION = 'CSV enligt RFC 4180: UTF-8 utan BOM, komma mellan kolumner, decimalpunkt. Kolumner: ';
const EXCEL_DESCRIPTION = 'CSV för Excel med svenska inställningar: UTF-8 med BOM, semikolon mellan kolumner, decimalkomma. Kolumner: ';
const INDICATOR_COLUMNS = 'period, gender (T totalt, K kvinnor, M män), value (tom cell = värdet saknas), note, example (true för exempeldata).';

/** The dataset's description: the indicator's definition, or a generated sentence. */
function datasetDescription(ind: Indicator, project: Project): string {
  const m = ind.data;
  const goal = project.goals.find((g) => g.data.number === m.goal);
  const subgoal = project.subgoals.find((s) => s.id === m.subgoal);
  const definition =
    m.definition ??
    `Indikator i ${project.settings.organisation}s uppföljning av mål ${m.goal}${goal ? ` (${goal.data.shortName})` : ''}${subgoal ? `, delmålet ${subgoal.data.title}` : ''}, mätområdet ${m.area}.`;
  const parts = [m.example ? `${EXAMPLE_LABEL}.` : null, definition, `Enhet: ${m.unit}.`, m.example ? null : `Källa: ${m.source.name}.`];
  return parts.filter(Boolean).join(' ');
}

/** What one dataset says; what every dataset says alike is added by `datasetXml`. */
interface DatasetSpec {
  iri: string;
  title: string;
  description: string;
  keywords: readonly string[];
  /** EU data-theme codes, e.g. `GOVE`. */
  themes: readonly string[];
  temporal?: { start: string; end: string } | null;
  /** An xsd:date; none leaves the dataset undated. */
  modified?: string | null;
  /** A path under the site. */
  landingPage: string;
  distributions: readonly DistributionSpec[];
}

/**
 * A dataset and its distributions as RDF/XML. All datasets share this one skeleton, so publisher,
 * contact point, language, access rights and the order of the properties cannot drift apart
 * between them, and each builder only states what differs.
 */
function datasetXml(ctx: ExportContext, ids: ReturnType<typeof dcatIris>, hasContact: boolean, spec: DatasetSpec): string {
  const { temporal, modified } = spec;
  const lines = [
    `<dcat:Dataset ${about(spec.iri)}>`,
    lit('dcterms:title', spec.title),
    lit('dcterms:description', spec.description),
    ref('dcterms:publisher', ids.publisher),
    ...(hasContact ? [ref('dcat:contactPoint', ids.contactPoint)] : []),
    ...spec.keywords.map((k) => lit('dcat:keyword', k)),
    ...spec.themes.map((t) => ref('dcat:theme', `${DATA_THEME}/${t}`)),
    ...(temporal
      ? [
          '\t<dcterms:temporal>',
          '\t\t<dcterms:PeriodOfTime>',
          date('dcat:startDate', temporal.start, '\t\t\t'),
          date('dcat:endDate', temporal.end, '\t\t\t'),
          '\t\t</dcterms:PeriodOfTime>',
          '\t</dcterms:temporal>',
        ]
      : []),
    ...(modified ? [date('dcterms:modified', modified)] : []),
    ref('dcterms:language', LANGUAGE_SWE),
    ref('dcterms:accessRights', ACCESS_PUBLIC),
    ref('dcat:landingPage', absoluteUrl(ctx.site, spec.landingPage)),
    ...spec.distributions.map((d) => ref('dcat:distribution', d.iri)),
    '</dcat:Dataset>',
  ];
  const licence = ctx.project.settings.licence.url;
  return [lines.join('\n'), ...spec.distributions.map((d) => distribution(d, licence))].join('\n');
}

function dataset(ind: Indicator, ctx: ExportContext, ids: ReturnType<typeof dcatIris>, hasContact: boolean): string {
  const { project, site } = ctx;
  const m = ind.data;
  const goal = project.goals.find((g) => g.data.number === m.goal);
  const subgoal = project.subgoals.find((s) => s.id === m.subgoal);
  const keywords = [...new Set([m.area, subgoal?.data.title, goal?.data.shortName, m.example ? 'exempeldata' : null].filter((k): k is string => !!k))];
  return datasetXml(ctx, ids, hasContact, {
    iri: ids.dataset(ind.id),
    title: m.example ? `${m.title} (exempeldata)` : m.title,
    description: datasetDescription(ind, project),
    keywords,
    themes: indicatorThemes(ind),
    temporal: temporalCoverage(ind),
    modified: ctx.lastModified.get(ind.id)?.text,
    landingPage: PAGE.indicator(ind.id),
    distributions: [
      { iri: ids.distribution(ind.id, 'csv'), title: `${m.title}, CSV`, description: CSV_DESCRIPTION + INDICATOR_COLUMNS, format: 'text/csv', url: absoluteUrl(site, DOWNLOAD.indicatorCsv(ind.id)) },
      { iri: ids.distribution(ind.id, 'excel'), title: `${m.title}, CSV för Excel`, description: EXCEL_DESCRIPTION + INDICATOR_COLUMNS, format: 'text/csv', url: absoluteUrl(site, DOWNLOAD.indicatorExcelCsv(ind.id)) },
      {
        iri: ids.distribution(ind.id, 'json'),
        title: `${m.title}, JSON`,
        description: 'JSON med indikatorns metadata, alla värden och den beräknade bedömningen med de uppgifter den bygger på.',
        format: 'application/json',
        url: absoluteUrl(site, DOWNLOAD.indicatorJson(ind.id)),
      },
    ],
  });
}

function allDataset(ctx: ExportContext, ids: ReturnType<typeof dcatIris>, hasContact: boolean, withData: Indicator[]): string {
  const { project, site } = ctx;
  const columns = 'indicator, title, goal, subgoal, area, unit, period, gender, value, note, example (true för exempeldata).';
  const hasExample = withData.some((i) => i.data.example);
  return datasetXml(ctx, ids, hasContact, {
    iri: ids.allDataset,
    title: `Måluppföljning, alla indikatorer – ${project.settings.organisation}`,
    description: `Alla indikatorer som ${project.settings.organisation} följer upp sina mål med, i en lång tabell: en rad per indikator, period och kön.${hasExample ? ' Rader med example = true är exempeldata, inte officiell statistik.' : ''}`,
    keywords: ['måluppföljning', 'indikatorer'],
    themes: [...new Set(withData.flatMap(indicatorThemes))],
    modified: withData.flatMap((i) => ctx.lastModified.get(i.id)?.text ?? []).sort().pop(),
    landingPage: PAGE.data,
    distributions: [
      { iri: ids.allDistribution('csv'), title: 'Alla indikatorer, CSV', description: CSV_DESCRIPTION + columns, format: 'text/csv', url: absoluteUrl(site, DOWNLOAD.allCsv) },
      { iri: ids.allDistribution('excel'), title: 'Alla indikatorer, CSV för Excel', description: EXCEL_DESCRIPTION + columns, format: 'text/csv', url: absoluteUrl(site, DOWNLOAD.allExcelCsv) },
    ],
  });
}

/** The action plan's activities and their monthly log: one dataset, five files. */
function actionPlanDataset(ctx: ExportContext, ids: ReturnType<typeof dcatIris>, hasContact: boolean): string {
  const { project, site } = ctx;
  const example = project.activities.some((a) => a.data.example);
  const activityColumns = 'activity, title, description, goal, subgoals, responsible, start, plannedEnd, status (vid byggdagen, med not-followed-up när loggen inte förts), statusLabel, latestMonth, latestStatus, example.';
  const logColumns = 'activity, month (ÅÅÅÅ-MM), status, statusLabel, comment, example.';
  return datasetXml(ctx, ids, hasContact, {
    iri: ids.actionPlanDataset,
    title: `Handlingsplanens aktiviteter${example ? ' (med exempel)' : ''} – ${project.settings.organisation}`,
    description: `${example ? `${EXAMPLE_LABEL}: aktiviteter med example = true är exempel, inte verkliga aktiviteter. ` : ''}Aktiviteterna i ${project.settings.organisation}s handlingsplan för målen, som följs upp varje månad: mål och delmål, ansvarig, start, planerat slut, status och en logg med status och kommentar per månad.`,
    keywords: ['handlingsplan', 'måluppföljning', ...(example ? ['exempeldata'] : [])],
    themes: ['GOVE', 'REGI'],
    landingPage: PAGE.actionPlan,
    distributions: [
      { iri: ids.actionPlanDistribution('csv'), title: 'Handlingsplanens aktiviteter, CSV', description: CSV_DESCRIPTION + activityColumns, format: 'text/csv', url: absoluteUrl(site, DOWNLOAD.activitiesCsv) },
      { iri: ids.actionPlanDistribution('excel'), title: 'Handlingsplanens aktiviteter, CSV för Excel', description: EXCEL_DESCRIPTION + activityColumns, format: 'text/csv', url: absoluteUrl(site, DOWNLOAD.activitiesExcelCsv) },
      { iri: ids.actionPlanDistribution('logg-csv'), title: 'Handlingsplanens månadslogg, CSV', description: CSV_DESCRIPTION + logColumns, format: 'text/csv', url: absoluteUrl(site, DOWNLOAD.activityLogCsv) },
      { iri: ids.actionPlanDistribution('logg-excel'), title: 'Handlingsplanens månadslogg, CSV för Excel', description: EXCEL_DESCRIPTION + logColumns, format: 'text/csv', url: absoluteUrl(site, DOWNLOAD.activityLogExcelCsv) },
      { iri: ids.actionPlanDistribution('json'), title: 'Handlingsplanens aktiviteter, JSON', description: 'JSON med varje aktivitet, dess status vid byggdagen och hela månadsloggen.', format: 'application/json', url: absoluteUrl(site, DOWNLOAD.activitiesJson) },
    ],
  });
}

/**
 * The assessments at every follow-up. Dated by the latest follow-up's publication day (when the
 * day is given); covers the time from the first follow-up's start to the last one's end.
 */
function assessmentsDataset(ctx: ExportContext, ids: ReturnType<typeof dcatIris>, hasContact: boolean): string {
  const { project, site } = ctx;
  const followUps = project.followUps;
  const first = followUps[0]!;
  const last = followUps[followUps.length - 1]!;
  const allExample = followUps.every((f) => f.data.example);
  const anyExample = followUps.some((f) => f.data.example) || project.indicators.some((i) => i.data.example);
  const columns = 'followUp, followUpLabel, year, kind, published, level (goal eller indicator), goal, indicator, title, judged, judgedLabel, computed, computedLabel, indicatorCount, scoredCount, comment, method, example (true för exempel).';
  return datasetXml(ctx, ids, hasContact, {
    iri: ids.assessmentsDataset,
    title: `Bedömningar av målen vid varje uppföljning – ${project.settings.organisation}${allExample ? ' (exempeldata)' : ''}`,
    description: `${allExample ? `${EXAMPLE_LABEL}. ` : ''}Kommunens bedömning av varje mål vid varje uppföljning (tertial 1, tertial 2 och årsredovisning), med motivering, och den beräknade bedömningen per mål och per indikator med de värden som fanns då.${anyExample ? ' Rader med example = true är exempel eller bygger på exempeldata.' : ''}`,
    keywords: ['måluppföljning', 'bedömning', ...(anyExample ? ['exempeldata'] : [])],
    themes: ['GOVE', 'REGI'],
    temporal: { start: followUpStart(first.data.year, first.data.kind).text, end: periodDays(last.period).last.text },
    // Only a whole day is an xsd:date; a month-only publication date leaves the dataset undated.
    modified: last.data.published.day === null ? null : last.data.published.text,
    landingPage: PAGE.followUps,
    distributions: [
      { iri: ids.assessmentsDistribution('csv'), title: 'Bedömningar, CSV', description: CSV_DESCRIPTION + columns, format: 'text/csv', url: absoluteUrl(site, DOWNLOAD.assessmentsCsv) },
      { iri: ids.assessmentsDistribution('excel'), title: 'Bedömningar, CSV för Excel', description: EXCEL_DESCRIPTION + columns, format: 'text/csv', url: absoluteUrl(site, DOWNLOAD.assessmentsExcelCsv) },
      {
        iri: ids.assessmentsDistribution('json'),
        title: 'Bedömningar, JSON',
        description: 'JSON med varje uppföljning: kommunens bedömning och den beräknade bedömningen per mål och per indikator, med motiveringar.',
        format: 'application/json',
        url: absoluteUrl(site, DOWNLOAD.assessmentsJson),
      },
    ],
  });
}

/** The comparison table: other areas' values for the indicators that have them. */
function comparisonsDataset(ctx: ExportContext, ids: ReturnType<typeof dcatIris>, hasContact: boolean, compared: Indicator[]): string {
  const { project, site } = ctx;
  const columns = 'indicator, title, unit, period, area (områdets id i Kolada), area_name, gender, value, source, example (true för exempeldata).';
  const hasExample = compared.some((i) => i.data.example);
  const fromKolada = compared.some((i) => !i.data.example && isUnprocessedKolada(i));
  return datasetXml(ctx, ids, hasContact, {
    iri: ids.comparisonsDataset,
    title: `Måluppföljning, jämförelser med andra områden – ${project.settings.organisation}`,
    description: `Samma mått som ${project.settings.organisation}s indikatorer, för andra områden (riket, länet, liknande kommuner) att jämföra med: en rad per indikator, period, område och kön.${fromKolada ? ' Rader med source = Kolada är hämtade oförändrade från Kolada (källa: Kolada).' : ''}${hasExample ? ' Rader med example = true är exempeldata, inte officiell statistik.' : ''}`,
    keywords: ['måluppföljning', 'jämförelse', ...(hasExample ? ['exempeldata'] : [])],
    themes: [...new Set(compared.flatMap(indicatorThemes))],
    landingPage: PAGE.data,
    distributions: [
      { iri: ids.comparisonsDistribution('csv'), title: 'Jämförelser med andra områden, CSV', description: CSV_DESCRIPTION + columns, format: 'text/csv', url: absoluteUrl(site, DOWNLOAD.comparisonsCsv) },
      { iri: ids.comparisonsDistribution('excel'), title: 'Jämförelser med andra områden, CSV för Excel', description: EXCEL_DESCRIPTION + columns, format: 'text/csv', url: absoluteUrl(site, DOWNLOAD.comparisonsExcelCsv) },
    ],
  });
}

/** `/datasets/dcat`: the whole catalogue as RDF/XML. Deterministic: same input, same bytes. */
export function dcatCatalog(ctx: ExportContext): string {
  const { project, site } = ctx;
  const s = project.settings;
  const ids = dcatIris(site, s);
  const withData = indicatorsWithData(project);
  const compared = indicatorsWithComparisons(project);
  const hasContact = !!s.contactEmail;

  const catalog = [
    `<dcat:Catalog ${about(ids.catalog)}>`,
    lit('dcterms:title', `${SITE_NAME} – ${s.organisation}`),
    lit(
      'dcterms:description',
      `Öppna data från ${s.organisation}s uppföljning av fullmäktiges mål: indikatorernas värden per period och kön, som CSV och JSON, med bedömning enligt en öppen metod.`,
    ),
    ref('dcterms:publisher', ids.publisher),
    // Sweden requires the catalogue metadata itself to be CC0, whatever the data licence is.
    ref('dcterms:license', CC0),
    ref('foaf:homepage', absoluteUrl(site, PAGE.home)),
    ref('dcterms:language', LANGUAGE_SWE),
    date('dcterms:modified', ctx.buildDate.text),
    ref('dcat:themeTaxonomy', DATA_THEME),
    ...(withData.length ? [ref('dcat:dataset', ids.allDataset)] : []),
    ...(compared.length ? [ref('dcat:dataset', ids.comparisonsDataset)] : []),
    ...(project.followUps.length ? [ref('dcat:dataset', ids.assessmentsDataset)] : []),
    ...(project.activities.length ? [ref('dcat:dataset', ids.actionPlanDataset)] : []),
    ...withData.map((i) => ref('dcat:dataset', ids.dataset(i.id))),
    '</dcat:Catalog>',
  ].join('\n');

  const publisher = [
    `<foaf:Agent ${about(ids.publisher)}>`,
    lit('foaf:name', s.organisation),
    ref('dcterms:type', LOCAL_AUTHORITY),
    ...(s.organisationNumber ? [plain('dcterms:identifier', s.organisationNumber.replace(/\D/g, ''))] : []),
    ref('foaf:homepage', s.homepage),
    '</foaf:Agent>',
  ].join('\n');

  const contact = s.contactEmail
    ? [`<vcard:Organization ${about(ids.contactPoint)}>`, plain('vcard:fn', s.organisation), ref('vcard:hasEmail', `mailto:${s.contactEmail}`), ref('vcard:hasURL', s.contactUrl ?? s.homepage), '</vcard:Organization>'].join('\n')
    : null;

  const body = [
    catalog,
    publisher,
    ...(contact ? [contact] : []),
    ...(withData.length ? [allDataset(ctx, ids, hasContact, withData)] : []),
    ...(compared.length ? [comparisonsDataset(ctx, ids, hasContact, compared)] : []),
    ...(project.followUps.length ? [assessmentsDataset(ctx, ids, hasContact)] : []),
    ...(project.activities.length ? [actionPlanDataset(ctx, ids, hasContact)] : []),
    ...withData.map((i) => dataset(i, ctx, ids, hasContact)),
  ];

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rdf:RDF',
    `\txmlns:rdf="${NS.rdf}"`,
    `\txmlns:dcterms="${NS.dcterms}"`,
    `\txmlns:dcat="${NS.dcat}"`,
    `\txmlns:foaf="${NS.foaf}"`,
    `\txmlns:vcard="${NS.vcard}">`,
    ...body,
    '</rdf:RDF>',
    '',
  ].join('\n');
}

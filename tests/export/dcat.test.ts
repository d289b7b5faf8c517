import type * as RDF from '@rdfjs/types';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { describe, expect, test } from 'vitest';
import { dcatRecommendations, dcatRequiredSettings } from '../../src/lib/export/catalogue-settings.ts';
import { dcatCatalog, xmlAttr, xmlText } from '../../src/lib/export/dcat.ts';
import { absoluteUrl, DOWNLOAD } from '../../src/lib/paths.ts';
import { parsePeriod, periodDays } from '../../src/lib/period.ts';
import { sampleContext, SITE } from '../helpers/sample-project.ts';

const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DCT = 'http://purl.org/dc/terms/';
const DCAT = 'http://www.w3.org/ns/dcat#';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';
const TYPE = `${RDF_NS}type`;
const CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/';

function parse(xml: string): Promise<RDF.Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: RDF.Quad[] = [];
    const parser = new RdfXmlParser({ baseIRI: 'http://invalid.example/' });
    parser.on('data', (q: RDF.Quad) => quads.push(q));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(xml);
    parser.end();
  });
}

class Graph {
  readonly quads: RDF.Quad[];
  constructor(quads: RDF.Quad[]) {
    this.quads = quads;
  }
  subjectsOfType(type: string): RDF.Term[] {
    return this.quads.filter((q) => q.predicate.value === TYPE && q.object.value === type).map((q) => q.subject);
  }
  objects(subject: RDF.Term, predicate: string): RDF.Term[] {
    return this.quads.filter((q) => q.subject.equals(subject) && q.predicate.value === predicate).map((q) => q.object);
  }
  one(subject: RDF.Term, predicate: string): RDF.Term {
    const all = this.objects(subject, predicate);
    expect(all, `${subject.value} ${predicate}`).toHaveLength(1);
    return all[0]!;
  }
}

const variants = {
  'without contact e-mail or organisation number (as configured today)': sampleContext(),
  'with contact e-mail and organisation number': sampleContext({ contactEmail: 'kommun@vaggeryd.se', organisationNumber: '212000-0647' }),
};

describe.each(Object.entries(variants))('the catalogue %s', (_name, ctx) => {
  const xml = dcatCatalog(ctx);
  const graph = parse(xml).then((q) => new Graph(q));

  test('is RDF/XML that parses', async () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF')).toBe(true);
    expect((await graph).quads.length).toBeGreaterThan(50);
  });

  test('the catalogue has every mandatory property, CC0 licence and the recommended ones', async () => {
    const g = await graph;
    const [catalog, ...more] = g.subjectsOfType(`${DCAT}Catalog`);
    expect(more).toEqual([]);
    expect(catalog?.termType).toBe('NamedNode');
    expect(catalog?.value).toBe(`${SITE}/datasets/dcat`);
    const title = g.one(catalog!, `${DCT}title`) as RDF.Literal;
    expect(title.value).toBe('Öppen måluppföljning – Vaggeryds kommun');
    expect(title.language).toBe('sv');
    expect(g.one(catalog!, `${DCT}description`).value).toMatch(/Vaggeryds kommuns/);
    expect(g.one(catalog!, `${DCT}publisher`).termType).toBe('NamedNode');
    expect(g.one(catalog!, `${DCT}license`).value).toBe(CC0);
    // Two indicators with data, the long table, the assessments and the comparison table.
    expect(g.objects(catalog!, `${DCAT}dataset`).length).toBe(5);
    expect(g.one(catalog!, `${DCT}language`).value).toBe('http://publications.europa.eu/resource/authority/language/SWE');
    expect(g.one(catalog!, `${DCT}modified`)).toMatchObject({ value: '2024-06-01', datatype: { value: 'http://www.w3.org/2001/XMLSchema#date' } });
    expect(g.one(catalog!, `${FOAF}homepage`).value).toBe(`${SITE}/`);
    expect(g.one(catalog!, `${DCAT}themeTaxonomy`).value).toBe('http://publications.europa.eu/resource/authority/data-theme');
  });

  test('every dataset has title, description and publisher; every dataset of the catalogue is described', async () => {
    const g = await graph;
    const catalog = g.subjectsOfType(`${DCAT}Catalog`)[0]!;
    const datasets = g.subjectsOfType(`${DCAT}Dataset`);
    expect(datasets.map((d) => d.value).sort()).toEqual(g.objects(catalog, `${DCAT}dataset`).map((d) => d.value).sort());
    for (const d of datasets) {
      expect((g.one(d, `${DCT}title`) as RDF.Literal).language).toBe('sv');
      expect(g.one(d, `${DCT}description`).value.length).toBeGreaterThan(20);
      expect(g.one(d, `${DCT}publisher`).termType).toBe('NamedNode');
      expect(g.objects(d, `${DCAT}distribution`).length).toBeGreaterThan(0);
      expect(g.objects(d, `${DCAT}theme`).every((t) => t.value.startsWith('http://publications.europa.eu/resource/authority/data-theme/'))).toBe(true);
    }
  });

  test('the publisher is a foaf:Agent with a name, of type local authority', async () => {
    const g = await graph;
    const publishers = [...new Set(g.quads.filter((q) => q.predicate.value === `${DCT}publisher`).map((q) => q.object.value))];
    expect(publishers).toHaveLength(1);
    const agent = g.subjectsOfType(`${FOAF}Agent`);
    expect(agent.map((a) => a.value)).toEqual(publishers);
    expect(g.one(agent[0]!, `${FOAF}name`).value).toBe('Vaggeryds kommun');
    expect(g.one(agent[0]!, `${DCT}type`).value).toBe('http://purl.org/adms/publishertype/LocalAuthority');
  });

  test('every distribution has an access URL, a download URL, one format and the licence; each URL is a file the site builds', async () => {
    const g = await graph;
    const built = new Set(
      [
        DOWNLOAD.allCsv,
        DOWNLOAD.allExcelCsv,
        DOWNLOAD.assessmentsCsv,
        DOWNLOAD.assessmentsExcelCsv,
        DOWNLOAD.assessmentsJson,
        DOWNLOAD.comparisonsCsv,
        DOWNLOAD.comparisonsExcelCsv,
        ...['N15428', 'EX1'].flatMap((id) => [DOWNLOAD.indicatorCsv(id), DOWNLOAD.indicatorExcelCsv(id), DOWNLOAD.indicatorJson(id)]),
      ].map((p) =>
        absoluteUrl(SITE, p),
      ),
    );
    const distributions = g.subjectsOfType(`${DCAT}Distribution`);
    expect(distributions).toHaveLength(13);
    for (const d of distributions) {
      const access = g.one(d, `${DCAT}accessURL`);
      expect(built.has(access.value)).toBe(true);
      expect(g.one(d, `${DCAT}downloadURL`).value).toBe(access.value);
      expect(['text/csv', 'application/json']).toContain(g.one(d, `${DCT}format`).value);
      expect(g.one(d, `${DCT}license`).value).toBe(ctx.project.settings.licence.url);
      expect(g.one(d, `${DCT}title`).value).not.toBe('');
    }
    expect([...built].every((u) => distributions.some((d) => g.objects(d, `${DCAT}accessURL`)[0]?.value === u))).toBe(true);
  });

  test('catalogue, datasets, distributions, publisher and contact point are never blank nodes', async () => {
    const g = await graph;
    for (const type of [`${DCAT}Catalog`, `${DCAT}Dataset`, `${DCAT}Distribution`, `${FOAF}Agent`, `${VCARD}Organization`, `${VCARD}Kind`, `${VCARD}Individual`])
      for (const s of g.subjectsOfType(type)) expect(s.termType, type).toBe('NamedNode');
    for (const p of [`${DCAT}dataset`, `${DCAT}distribution`, `${DCT}publisher`, `${DCAT}contactPoint`])
      for (const q of g.quads.filter((x) => x.predicate.value === p)) expect(q.object.termType, p).toBe('NamedNode');
    // The only blank nodes are the datasets' periods of time, which the profile allows.
    const blanks = new Set(g.quads.flatMap((q) => [q.subject, q.object]).filter((t) => t.termType === 'BlankNode').map((t) => t.value));
    for (const b of blanks) {
      expect(g.quads.some((q) => q.object.value === b && q.object.termType === 'BlankNode' && q.predicate.value === `${DCT}temporal`)).toBe(true);
      expect(g.quads.some((q) => q.subject.value === b && q.predicate.value === TYPE && q.object.value === `${DCT}PeriodOfTime`)).toBe(true);
    }
  });

  test('every IRI is absolute (http, https or mailto)', async () => {
    const g = await graph;
    for (const q of g.quads) for (const t of [q.subject, q.predicate, q.object]) if (t.termType === 'NamedNode') expect(t.value).toMatch(/^(https?:\/\/[^/\s]+|mailto:[^@\s]+@[^@\s]+$)/);
    expect(xml).not.toContain('http://invalid.example/');
  });

  test('example data is listed, labelled in title, description and keywords; an indicator without data is not', async () => {
    const g = await graph;
    const ex = g.quads.find((q) => q.subject.value === `${SITE}/datasets/dcat#datamangd-EX1`)?.subject;
    expect(ex).toBeDefined();
    expect(g.one(ex!, `${DCT}description`).value.startsWith('Exempeldata – inte officiell statistik.')).toBe(true);
    expect(g.one(ex!, `${DCT}title`).value).toBe('Utsläpp av växthusgaser per invånare (exempeldata)');
    expect(g.objects(ex!, `${DCAT}keyword`).map((k) => k.value)).toContain('exempeldata');
    const real = g.quads.find((q) => q.subject.value === `${SITE}/datasets/dcat#datamangd-N15428`)!.subject;
    expect(g.one(real, `${DCT}description`).value).not.toMatch(/Exempeldata/);
    expect(xml).not.toContain('NODATA');
  });

  test('a dataset has its definition, themes, landing page, modified date and temporal coverage', async () => {
    const g = await graph;
    const d = g.quads.find((q) => q.subject.value === `${SITE}/datasets/dcat#datamangd-N15428`)!.subject;
    expect(g.one(d, `${DCT}description`).value).toBe(
      'Andel elever i årskurs 9 som är behöriga till ett yrkesprogram, i procent av alla elever som gått ut åk 9 & fått betyg <ej "nationellt">. Enhet: procent. Källa: Kolada.',
    );
    expect(g.objects(d, `${DCAT}theme`).map((t) => t.value.split('/').pop())).toEqual(['EDUC', 'REGI']);
    expect(g.one(d, `${DCAT}landingPage`).value).toBe(`${SITE}/indikatorer/N15428/`);
    expect(g.one(d, `${DCT}modified`).value).toBe('2024-03-02');
    const period = g.one(d, `${DCT}temporal`);
    expect(g.one(period, `${DCAT}startDate`).value).toBe('2022-01-01');
    expect(g.one(period, `${DCAT}endDate`).value).toBe('2023-04-30');
  });

  test('the contact point appears only with a configured e-mail, and the e-mail is never invented', async () => {
    const g = await graph;
    const email = ctx.project.settings.contactEmail;
    const contacts = g.subjectsOfType(`${VCARD}Organization`);
    if (!email) {
      expect(contacts).toEqual([]);
      expect(xml).not.toContain('mailto:');
      expect(xml).not.toContain('contactPoint');
      expect(xml).not.toContain('hasEmail');
    } else {
      expect(contacts).toHaveLength(1);
      expect(g.one(contacts[0]!, `${VCARD}fn`).value).toBe('Vaggeryds kommun');
      expect(g.one(contacts[0]!, `${VCARD}hasEmail`).value).toBe(`mailto:${email}`);
      for (const d of g.subjectsOfType(`${DCAT}Dataset`)) expect(g.one(d, `${DCAT}contactPoint`).value).toBe(contacts[0]!.value);
      expect(contacts[0]!.value).not.toBe(g.subjectsOfType(`${FOAF}Agent`)[0]!.value);
    }
  });

  test('the publisher IRI is the portal’s well-known one exactly when the organisation number is configured', async () => {
    const g = await graph;
    const agent = g.subjectsOfType(`${FOAF}Agent`)[0]!;
    if (ctx.project.settings.organisationNumber) {
      expect(agent.value).toBe('http://dataportal.se/organisation/SE2120000647');
      expect(g.one(agent, `${DCT}identifier`).value).toBe('2120000647');
    } else {
      expect(agent.value).toBe(`${SITE}/datasets/dcat#utgivare`);
      expect(g.objects(agent, `${DCT}identifier`)).toEqual([]);
    }
  });

  test('is deterministic', () => expect(dcatCatalog(ctx)).toBe(xml));

  test('the comparison table is a dataset that names Kolada for its Kolada figures and says which rows are example data', async () => {
    const g = await graph;
    const d = g.subjectsOfType(`${DCAT}Dataset`).find((x) => x.value.endsWith('#jamforelser'))!;
    expect(g.one(d, `${DCT}title`).value).toBe('Måluppföljning, jämförelser med andra områden – Vaggeryds kommun');
    expect(g.one(d, `${DCT}description`).value).toMatch(/source = Kolada är hämtade oförändrade från Kolada \(källa: Kolada\)\. Rader med example = true är exempeldata/);
    expect(g.objects(d, `${DCAT}keyword`).map((k) => k.value)).toContain('exempeldata');
  });
});

test('without comparison values there is no comparison dataset', () => {
  const ctx = sampleContext();
  for (const i of ctx.project.indicators) i.comparisons = [];
  expect(dcatCatalog(ctx)).not.toContain('jamforelser');
});

describe('escaping', () => {
  test('text with < & > " and ’ survives the round trip through an RDF/XML parser', async () => {
    const ctx = sampleContext({ organisation: 'Kommun <A> & "B"' });
    const ind = ctx.project.indicators[0]!;
    ind.data.title = 'Andel "nöjda" <invånare> & företag ]]> \u0001';
    const g = new Graph(await parse(dcatCatalog(ctx)));
    const d = g.quads.find((q) => q.subject.value.endsWith('#datamangd-N15428'))!.subject;
    expect(g.one(d, `${DCT}title`).value).toBe('Andel "nöjda" <invånare> & företag ]]> ');
    expect(g.one(g.subjectsOfType(`${FOAF}Agent`)[0]!, `${FOAF}name`).value).toBe('Kommun <A> & "B"');
  });

  test('xmlText and xmlAttr', () => {
    expect(xmlText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(xmlAttr('"x"\n')).toBe('&quot;x&quot;&#10;');
  });
});

describe('dcatRequiredSettings', () => {
  const settings = sampleContext().project.settings;

  test('the configured settings make a valid catalogue, though organisation number and e-mail are missing', () => {
    expect(settings.organisationNumber).toBeUndefined();
    expect(settings.contactEmail).toBeUndefined();
    expect(dcatRequiredSettings(settings, SITE)).toEqual([]);
  });

  test('names what would make the catalogue invalid', () => {
    expect(dcatRequiredSettings({ ...settings, organisation: ' ' })).toEqual([expect.objectContaining({ field: 'organisation', message: expect.stringMatching(/^Utgivarens namn saknas/) })]);
    expect(dcatRequiredSettings({ ...settings, licence: { name: 'CC0', url: 'https://creativecommons.org/publicdomain/zero/1.0' } })).toEqual([
      expect.objectContaining({ field: 'licence.url', message: expect.stringMatching(/http:\/\/creativecommons\.org/), hint: 'skriv url: http://creativecommons.org/publicdomain/zero/1.0/ under licence.' }),
    ]);
    expect(dcatRequiredSettings(settings, '/relativ')).toEqual([expect.objectContaining({ field: 'SITE_URL', message: expect.stringMatching(/ingen hel adress/) })]);
  });

  test('recommendations name the missing e-mail and organisation number, and nothing when both are given', () => {
    expect(dcatRecommendations(settings)).toEqual([expect.stringMatching(/contactEmail/), expect.stringMatching(/Organisationsnumret/)]);
    expect(dcatRecommendations({ ...settings, contactEmail: 'a@b.se', organisationNumber: '212000-0647' })).toEqual([]);
  });
});

describe('periodDays: the days a period covers', () => {
  test.each([
    ['2023', '2023-01-01', '2023-12-31'],
    ['2023-T1', '2023-01-01', '2023-04-30'],
    ['2023-T2', '2023-05-01', '2023-08-31'],
    ['2023-T3', '2023-09-01', '2023-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
  ])('%s covers %s to %s', (p, start, end) => {
    const days = periodDays(parsePeriod(p)!);
    expect([days.first.text, days.last.text]).toEqual([start, end]);
  });
});

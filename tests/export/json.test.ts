/** `/data/indikatorer/<id>.json`. */
import { describe, expect, test } from 'vitest';
import { indicatorJson } from '../../src/lib/export/json.ts';
import type { Indicator } from '../../src/lib/model.ts';
import { day, sampleContext, SITE } from '../helpers/sample-project.ts';

const ctx = sampleContext();
const byId = (id: string): Indicator => {
  const ind = ctx.project.indicators.find((i) => i.id === id);
  if (!ind) throw new Error(id);
  return ind;
};
const observationsOf = (ind: Indicator) => ind.series?.observations ?? [];
const N15428 = byId('N15428');
const EX1 = byId('EX1');
const NODATA = byId('NODATA');

describe('indicatorJson', () => {
  const roundTrip = (ind: Indicator) => JSON.parse(JSON.stringify(indicatorJson(ind, ctx.assessments.get(ind.id)!, ctx), null, 2));

  test('carries the fields of the data contract and the observations exactly', () => {
    const json = roundTrip(N15428);
    expect(json).toMatchObject({
      id: 'N15428',
      title: N15428.data.title,
      unit: 'procent',
      direction: 'increase',
      goal: 2,
      subgoal: 'larande-och-utbildning',
      area: 'Behörighet till gymnasiet',
      target: { value: 90, year: 2026, kind: 'reference' },
      source: { name: 'Kolada', kpi: 'N15428' },
      responsible: 'Barn- och utbildningsnämnden',
      childRights: [28, 29],
      example: false,
      licence: { name: 'CC0 1.0 Universell', url: 'http://creativecommons.org/publicdomain/zero/1.0/' },
      url: `${SITE}/indikatorer/N15428/`,
      lastModified: '2024-03-02',
    });
    expect(json.observations).toEqual(
      observationsOf(N15428).map((o) => ({ period: o.period.key, gender: o.gender, value: o.value, ...(o.note !== undefined && { note: o.note }) })),
    );
    expect(json.downloads).toEqual({
      json: `${SITE}/data/indikatorer/N15428.json`,
      csv: `${SITE}/data/indikatorer/N15428.csv`,
      excelCsv: `${SITE}/data/excel/indikatorer/N15428.csv`,
      svg: `${SITE}/data/indikatorer/N15428.svg`,
      png: `${SITE}/data/indikatorer/N15428.png`,
    });
    expect(json.definition).toMatch(/^Andel elever i årskurs 9 som är behöriga till ett yrkesprogram/);
  });

  test('gives the assessment with its inputs, and null with a note instead of an infinite relative change', () => {
    const a = roundTrip(N15428).assessment;
    expect(a).toMatchObject({ status: 'improving', label: 'Förbättras', count: 3, slope: 2.5, fittedLatest: 71.2, projection: 88.4, target: { value: 90, year: 2026 }, referenceTime: 2023, stale: false });
    expect(a.window).toMatchObject({ fromPeriod: '2022-T1', toPeriod: '2022-T3' });
    expect(a.latest).toEqual({ period: '2022-T3', time: 2022 + 2 / 3, value: -3.5 });
    // T*: the target year's last tertial, the time the projection is made to.
    expect(a.target).toEqual({ value: 90, year: 2026, period: '2026-T3', time: 2026 + 2 / 3 });
    expect(a.relativeChange).toBeNull();
    expect(a.relativeChangeSign).toBe(1);
    expect(a.relativeChangeNote).toMatch(/oändligt/);
    expect(roundTrip(EX1).assessment.relativeChange).toBe(-0.005);
    expect(roundTrip(EX1).assessment).not.toHaveProperty('relativeChangeNote');
  });

  test('says whether the method is a proposal, in the same words as the pages', () => {
    expect(roundTrip(N15428).assessment.method).toEqual({ status: 'proposed', name: 'förslag till gemensam bedömningsprincip' });
  });

  test('a target set by an example decision says the decision is an example', () => {
    const example = { id: 'exempel-malvarden', file: 'content/decisions/exempel-malvarden.md', body: '', data: { body: 'KS', date: day('2022-08'), paragraph: null, status: 'proposed' as const, title: 'Exempel', changes: [], source: 'Exempel', example: true } };
    const withDecision = { ...ctx, project: { ...ctx.project, decisions: [example] } };
    const ind: Indicator = { ...EX1, data: { ...EX1.data, target: { value: 10, year: 2030, kind: 'political', decision: 'exempel-malvarden' } } };
    const json = JSON.parse(JSON.stringify(indicatorJson(ind, ctx.assessments.get('EX1')!, withDecision)));
    expect(json.target).toEqual({ value: 10, year: 2030, kind: 'political', decision: 'exempel-malvarden', decisionExample: true });
  });

  test('carries the comparison areas and their values by period, area and gender, attributed to Kolada', () => {
    const c = roundTrip(N15428).comparisons;
    expect(c.attribution).toBe('Källa: Kolada');
    expect(c.areas).toEqual([
      { id: '0000', name: 'Riket' },
      { id: '0006', name: 'Jönköpings län' },
    ]);
    expect(c.observations.slice(0, 4)).toEqual([
      { period: '2022-T1', area: '0000', gender: 'T', value: 71.5 },
      { period: '2022-T1', area: '0000', gender: 'K', value: 74 },
      { period: '2022-T1', area: '0006', gender: 'T', value: 70 },
      { period: '2022-T2', area: '0000', gender: 'T', value: 72.25 },
    ]);
    expect(c.observations.find((o: { period: string; area: string }) => o.period === '2022-T2' && o.area === '0006').value).toBeNull();
  });

  test('example comparisons are labelled as example data, and an indicator without comparisons has null', () => {
    expect(roundTrip(EX1).comparisons.attribution).toBe('Exempeldata – inte officiell statistik.');
    expect(roundTrip(NODATA).comparisons).toBeNull();
  });

  test('marks example data and handles an indicator without data', () => {
    expect(roundTrip(EX1)).toMatchObject({ example: true, exampleNote: 'Exempeldata – inte officiell statistik.' });
    const none = roundTrip(NODATA);
    expect(none.observations).toEqual([]);
    expect(none.assessment.status).toBe('insufficient-data');
    expect(none.lastModified).toBeNull();
    expect(none.downloads).toEqual({ json: `${SITE}/data/indikatorer/NODATA.json` });
    expect(none).not.toHaveProperty('target');
  });
});


import { describe, expect, test } from 'vitest';
import { buildOverview, knownAt } from '../src/lib/overview.ts';
import type { FollowUp, Observation } from '../src/lib/model.ts';
import { makePeriod, parsePeriod } from '../src/lib/period.ts';
import { loadProject } from '../src/lib/project/index.ts';
import { fixtureFiles } from './helpers/fixture.ts';

const obs = (period: string, _time?: number): Observation => ({ period: parsePeriod(period)!, gender: 'T', value: 1, line: 2 });
const followUp = (year: number, part: number): FollowUp =>
  ({ id: 'x', file: 'x', body: '', label: 'x', period: makePeriod('tertial', year, part), data: {} }) as unknown as FollowUp;

describe('knownAt: the values a follow-up could have used', () => {
  const series = [obs('2023', 2023), obs('2024', 2024), obs('2024-T1', 2024), obs('2024-04', 2024.25), obs('2024-05', 2024 + 4 / 12)];
  test.each([
    ['tertial 1 2024 knows the year 2023 and months up to April, not the year 2024', 2024, 1, ['2023', '2024-T1', '2024-04']],
    ['tertial 2 2024 also knows May', 2024, 2, ['2023', '2024-T1', '2024-04', '2024-05']],
    ['the annual report 2024 knows the year 2024', 2024, 3, ['2023', '2024', '2024-T1', '2024-04', '2024-05']],
  ])('%s', (_name, year, part, expected) => {
    expect(knownAt(series, followUp(year, part)).map((o) => o.period.key).sort()).toEqual([...expected].sort());
  });
});

describe('buildOverview on the fixture', () => {
  const { project } = loadProject(fixtureFiles());
  const o = buildOverview(project!);

  test('the reference time is the latest follow-up: tertial 2 2023', () => {
    expect(o.referenceTime).toBeCloseTo(2023 + 1 / 3, 9);
  });

  test('a goal rolls up all of its indicators, and an indicator without data is not scored', () => {
    const goal1 = o.goals.find((g) => g.entry.data.number === 1)!;
    expect(goal1.rollUp.n).toBe(2);
    expect(goal1.rollUp.counts['insufficient-data']).toBe(1);
  });

  test('each measurement area rolls up only its own indicators', () => {
    const miljo = o.goals[0]!.subgoals.find((s) => s.entry.id === 'miljo')!;
    expect(miljo.areas.map((a) => [a.area.name, a.indicators.map((v) => v.indicator.id)])).toEqual([
      ['Klimat', ['utslapp']],
      ['Natur', ['trygghet']],
    ]);
  });

  test('the judged history of a goal carries what the method gave at that follow-up', () => {
    const goal2 = o.goals.find((g) => g.entry.data.number === 2)!;
    expect(goal2.history).toHaveLength(1);
    expect(goal2.history[0]).toMatchObject({ assessment: 'fulfilled' });
    expect(goal2.history[0]!.computed.n).toBe(1);
  });

  test('example data anywhere turns on the example notice', () => {
    expect(o.hasExample).toBe(true);
    const noExamples = loadProject(
      fixtureFiles({
        'content/indicators/utslapp.md': null,
        'data/indicators/utslapp.csv': null,
        'content/follow-ups/2023-t2.md': null,
      }),
    ).project!;
    expect(buildOverview(noExamples).hasExample).toBe(false);
  });

  test('the chart input carries the projection when the method computed one', () => {
    const v = o.byId.get('utslapp')!;
    expect(v.assessment.projection).not.toBeNull();
    expect(v.chart.projection).toMatchObject({ toTime: 2030, toValue: v.assessment.projection });
  });

  test('the chart input compares the totals of the comparison areas, and names the municipality\'s own line', () => {
    const chart = o.byId.get('N15428')!.chart;
    expect(chart.ownLabel).toBe('Testkommun');
    expect(chart.comparisons?.map((c) => [c.id, c.name, c.points.map((p) => [p.period.key, p.value])])).toEqual([
      ['0000', 'Riket', [['2021', 79.5], ['2022', 80.1], ['2023', 80.9]]],
      ['0006', 'Testlänet', [['2021', 81], ['2022', null], ['2023', 82.4]]],
    ]);
    // Without comparisons the chart input is what it was: no comparisons, no own label.
    expect(o.byId.get('utslapp')!.chart).not.toHaveProperty('comparisons');
    expect(o.byId.get('utslapp')!.chart).not.toHaveProperty('ownLabel');
  });
});

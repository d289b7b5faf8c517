import { describe, expect, test } from 'vitest';
import { makeDay } from '../src/lib/date.ts';
import { buildOverview, knownAt } from '../src/lib/overview.ts';
import type { FollowUp, Observation } from '../src/lib/model.ts';
import { makePeriod, parsePeriod } from '../src/lib/period.ts';
import { loadProject } from '../src/lib/project/index.ts';
import { fixtureFiles } from './helpers/fixture.ts';

const BUILD_DATE = makeDay(2026, 1, 15);
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
  const o = buildOverview(project!, BUILD_DATE);

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
        'content/follow-ups/2023-extra-enkat.md': null,
        'content/activities/laxhjalp.md': null,
      }),
    ).project!;
    expect(buildOverview(noExamples, BUILD_DATE).hasExample).toBe(false);
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

describe('extra follow-ups never take the place of the latest regular follow-up', () => {
  const files = fixtureFiles();
  const withExtra = buildOverview(loadProject(files).project!, BUILD_DATE);
  const without = buildOverview(loadProject(fixtureFiles({ 'content/follow-ups/2023-extra-enkat.md': null })).project!, BUILD_DATE);

  test('the fixture’s extra follow-up is published after its tertial', () => {
    const extra = withExtra.extraFollowUps[0]!.followUp.data.published;
    expect(extra.text > withExtra.latestFollowUp!.data.published.text).toBe(true);
  });

  test('the latest follow-up, the reference time and every goal’s judged history stay the tertial’s', () => {
    expect(withExtra.latestFollowUp?.id).toBe('2023-t2');
    expect(withExtra.referenceTime).toBe(without.referenceTime);
    expect(withExtra.followUps.map((f) => f.followUp.id)).toEqual(['2023-t2']);
    for (const [i, g] of withExtra.goals.entries()) {
      expect(g.history).toEqual(without.goals[i]!.history);
      expect(g.rollUp).toEqual(without.goals[i]!.rollUp);
    }
  });

  test('it is shown on the goals it concerns, with its comment, and nowhere else', () => {
    const [goal1, goal2] = withExtra.goals;
    expect(goal1!.extraFollowUps.map((x) => x.followUp.id)).toEqual(['2023-extra-enkat']);
    expect(goal1!.extraFollowUps[0]!.goals).toEqual([{ goal: goal1!.entry, comment: 'Fler invånare än förut vill minska sina utsläpp.' }]);
    expect(goal2!.extraFollowUps).toEqual([]);
    expect(withExtra.extraFollowUps[0]!.indicators.map((c) => [c.view.indicator.id, c.comment])).toEqual([['utslapp', 'Enkäten bekräftar att utsläppen minskar.']]);
  });
});

describe('the action plan in the overview', () => {
  const project = loadProject(fixtureFiles()).project!;

  test('each activity’s status is its log’s at the build date, "ej uppföljd" when the log has fallen behind', () => {
    const o = buildOverview(project, BUILD_DATE);
    expect(o.activities.map((a) => [a.activity.id, a.status, a.latest?.month.text])).toEqual([
      ['cykelvagar', 'delayed', '2025-12'],
      ['laxhjalp', 'not-followed-up', '2025-09'],
    ]);
  });

  test('the same log built earlier is followed up', () => {
    const o = buildOverview(project, makeDay(2025, 10, 10));
    expect(o.activityById.get('laxhjalp')?.status).toBe('in-progress');
  });

  test('goals and sub-goals count their own activities by status', () => {
    const o = buildOverview(project, BUILD_DATE);
    const [goal1, goal2, goal3] = o.goals;
    expect(goal1!.activities.map((a) => a.activity.id)).toEqual(['cykelvagar']);
    expect(goal1!.activityCounts).toMatchObject({ delayed: 1, 'not-followed-up': 0 });
    expect(goal2!.activityCounts).toMatchObject({ 'not-followed-up': 1, 'in-progress': 0 });
    expect(goal3!.activities).toEqual([]);
    expect(goal2!.subgoals.find((s) => s.entry.id === 'skola')!.activities.map((a) => a.activity.id)).toEqual(['laxhjalp']);
    expect(o.activityCounts).toMatchObject({ delayed: 1, 'not-followed-up': 1 });
  });

  test('the ambition level’s evaluations come from the decisions, newest first, with the decisions that led to them', () => {
    const o = buildOverview(project, BUILD_DATE);
    expect(o.evaluations.map((e) => [e.decision.id, e.after.map((d) => d.id)])).toEqual([['ks-2022-03-09-70', ['kf-2020-10']]]);
  });

  test('example activities turn on the example notice', () => {
    const noExamples = (extra: Record<string, null>) =>
      buildOverview(
        loadProject(fixtureFiles({ 'content/indicators/utslapp.md': null, 'data/indicators/utslapp.csv': null, 'content/follow-ups/2023-t2.md': null, 'content/follow-ups/2023-extra-enkat.md': null, ...extra })).project!,
        BUILD_DATE,
      ).hasExample;
    expect(noExamples({})).toBe(true);
    expect(noExamples({ 'content/activities/laxhjalp.md': null })).toBe(false);
  });
});

describe('one status per goal and indicator: judged at the latest follow-up, the method beside it, and what moved', () => {
  /** A second regular follow-up after the fixture's 2023-t2. */
  const NEXT = `---
year: 2024
kind: tertial-1
published: 2024-06-04
goals:
  - goal: 1
    assessment: uppfylls
    comment: Bättre.
  - goal: 2
    assessment: uppfylls delvis
    comment: Sämre.
  - goal: 3
    assessment: underlag saknas
    comment: Som förut.
  - goal: 4
    assessment: uppfylls
    comment: Nu finns underlag.
indicators:
  - id: N15428
    assessment: förbättras
    comment: Fler är behöriga.
  - id: utslapp
    comment: Ingen bedömning, bara en kommentar.
---
`;
  const o = buildOverview(loadProject(fixtureFiles({ 'content/follow-ups/2024-t1.md': NEXT })).project!, BUILD_DATE);
  const goal = (n: number) => o.goals.find((g) => g.entry.data.number === n)!;

  test('the judged assessment of the latest follow-up is the goal’s status, with how it moved since the one before', () => {
    expect(o.goals.map((g) => [g.status.judged?.assessment, g.status.judged?.followUp.id, g.status.change?.from, g.status.change?.move])).toEqual([
      ['fulfilled', '2024-t1', 'partly-fulfilled', 'better'],
      ['partly-fulfilled', '2024-t1', 'fulfilled', 'worse'],
      ['insufficient-data', '2024-t1', 'insufficient-data', 'same'],
      // Missing data is neither better nor worse than a result.
      ['fulfilled', '2024-t1', 'insufficient-data', 'changed'],
    ]);
    expect(goal(1).status.change?.previous.id).toBe('2023-t2');
  });

  test('the computed status beside it is the goal’s roll-up with every value known now', () => {
    for (const g of o.goals) expect(g.status.computed).toBe(g.rollUp);
    expect(goal(2).status.computedAtFollowUp).toEqual(o.followUps.at(-1)!.goals[1]!.computed);
  });

  test('with one follow-up there is a judged status but no move', () => {
    const single = buildOverview(loadProject(fixtureFiles()).project!, BUILD_DATE);
    expect(single.goals[1]!.status.judged?.assessment).toBe('fulfilled');
    expect(single.goals[1]!.status.change).toBeNull();
    expect(single.followUps[0]!.previous).toBeNull();
    expect(single.followUps[0]!.changes).toEqual({ goals: [], indicators: [] });
  });

  test('without follow-ups a goal has no judged status, only the computed one', () => {
    const none = buildOverview(loadProject(fixtureFiles({ 'content/follow-ups/2023-t2.md': null })).project!, BUILD_DATE);
    expect(none.goals.map((g) => g.status.judged)).toEqual([null, null, null, null]);
    expect(none.goals[0]!.status.computed).toBe(none.goals[0]!.rollUp);
  });

  test('an indicator’s judged status comes only from the latest follow-up, and only when it gave one', () => {
    expect(o.byId.get('N15428')!.judged).toMatchObject({ status: 'improving', followUp: { id: '2024-t1' } });
    expect(o.byId.get('utslapp')!.judged).toBeNull();
    // A judgement in an earlier follow-up is not carried forward.
    const older = NEXT.replace('assessment: förbättras', 'comment: Bara en kommentar nu.').replace('    comment: Fler är behöriga.\n', '');
    const earlier = buildOverview(
      loadProject(fixtureFiles({ 'content/follow-ups/2024-t1.md': older, 'content/follow-ups/2023-t2.md': readFixture('2023-t2').replace('comment: Fler elever är behöriga.', 'assessment: förbättras\n    comment: Fler elever är behöriga.') })).project!,
      BUILD_DATE,
    );
    expect(earlier.followUps[0]!.indicators[0]!.judged).toBe('improving');
    expect(earlier.byId.get('N15428')!.judged).toBeNull();
  });

  test('the follow-up page’s changes: every goal judged in both, and the indicators whose computed status moved', () => {
    const latest = o.followUps.at(-1)!;
    expect(latest.previous?.id).toBe('2023-t2');
    expect(latest.changes.goals.map((c) => [c.goal.data.number, c.from, c.to, c.move])).toEqual([
      [1, 'partly-fulfilled', 'fulfilled', 'better'],
      [2, 'fulfilled', 'partly-fulfilled', 'worse'],
      [3, 'insufficient-data', 'insufficient-data', 'same'],
      [4, 'insufficient-data', 'fulfilled', 'changed'],
    ]);
    const before = new Map(o.followUps[0]!.computed.map((c) => [c.view.indicator.id, c.computed.status]));
    for (const c of latest.changes.indicators) expect(before.get(c.view.indicator.id)).toBe(c.from);
    for (const c of latest.computed) if (!latest.changes.indicators.some((x) => x.view === c.view)) expect(before.get(c.view.indicator.id)).toBe(c.computed.status);
  });

  test('a child-rights article rolls up the indicators tagged with it', () => {
    const article = o.childRights.find((a) => a.entry.data.article === 3)!;
    expect(article.indicators.map((v) => v.indicator.id)).toEqual(['N15428']);
    expect(article.rollUp.n).toBe(1);
    expect(article.rollUp.counts[o.byId.get('N15428')!.assessment.status]).toBe(1);
  });
});

function readFixture(id: string): string {
  return new TextDecoder().decode(fixtureFiles().get(`content/follow-ups/${id}.md`)!);
}

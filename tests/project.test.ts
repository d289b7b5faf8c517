import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadProject } from '../src/lib/project.ts';
import { formatProblem, summaryLine } from '../src/lib/problems.ts';
import { VALID_FIXTURE, fixtureWith } from './helpers/fixture.ts';

const original = (path: string) => readFileSync(join(VALID_FIXTURE, path), 'utf8');
/** The valid fixture with one file's text changed by a replacement. */
const edited = (path: string, from: string | RegExp, to: string) => {
  const text = original(path);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`the fixture ${path} has no ${from}`);
  return { [path]: next };
};
const problemsOf = (files: Record<string, string | null | undefined>) => loadProject(fixtureWith(files)).problems;

describe('the valid fixture', () => {
  test('loads with no problems and every file counted', () => {
    const { project, problems, fileCount } = loadProject(VALID_FIXTURE);
    expect(problems).toEqual([]);
    expect(fileCount).toBe(18);
    expect(project?.goals.map((g) => g.data.number)).toEqual([1, 2, 3, 4]);
    expect(project?.indicators.map((i) => i.id)).toEqual(['trygghet', 'utslapp', 'N15428']);
  });

  test('metadata without a data file is allowed and has no series', () => {
    const { project } = loadProject(VALID_FIXTURE);
    expect(project?.indicators.find((i) => i.id === 'trygghet')?.series).toBeNull();
  });

  test('judged assessments written in Swedish become the method codes', () => {
    const { project } = loadProject(VALID_FIXTURE);
    expect(project?.followUps[0]?.data.goals.map((g) => g.assessment)).toEqual(['partly-fulfilled', 'fulfilled']);
  });
});

const IND = 'content/indicators/utslapp.md';

describe.each([
  {
    name: 'an unknown goal',
    files: edited(IND, 'goal: 1', 'goal: 7'),
    expected: { file: IND, line: 3, field: 'goal', message: 'Det finns bara mål 1–4.' },
  },
  {
    name: 'a misspelled sub-goal',
    files: edited(IND, 'subgoal: miljo', 'subgoal: milj'),
    expected: { file: IND, line: 4, field: 'subgoal', message: 'Delmålet "milj" finns inte. Menade du "miljo"?' },
  },
  {
    name: 'a sub-goal of another goal',
    files: edited(IND, 'subgoal: miljo', 'subgoal: skola'),
    expected: { file: IND, line: 4, field: 'subgoal', message: 'Delmålet "skola" hör till mål 2, inte mål 1.' },
  },
  {
    name: 'an unknown measurement area',
    files: edited(IND, 'area: Klimat', 'area: Klimatet'),
    expected: { file: IND, line: 5, field: 'area', message: 'Mätområdet "Klimatet" finns inte under delmålet Miljö. Menade du "Klimat"?' },
  },
  {
    name: 'a target without a year',
    files: edited(IND, '  year: 2030\n', ''),
    expected: { file: IND, line: 8, field: 'target.year', message: 'Fältet saknas.' },
  },
  {
    name: 'a political target with a decision that does not exist',
    files: edited(IND, '  kind: reference\n  basis: Testmål för klimatet', '  kind: political\n  decision: ks-2022-03-09-07'),
    expected: { file: IND, line: 12, field: 'target.decision', message: 'Beslutet "ks-2022-03-09-07" finns inte. Menade du "ks-2022-03-09-70"?' },
  },
  {
    name: 'a political target without a decision',
    files: edited(IND, '  kind: reference\n  basis: Testmål för klimatet', '  kind: political'),
    expected: { file: IND, field: 'target.decision', message: expect.stringContaining('Ett politiskt målvärde behöver beslutet') },
  },
  {
    name: 'an unknown child-rights article',
    files: edited('content/indicators/N15428.md', 'childRights: [3]', 'childRights: [3, 13]'),
    expected: { file: 'content/indicators/N15428.md', line: 11, field: 'childRights.1', message: 'Artikel 13 i barnkonventionen finns inte på webbplatsen.' },
  },
  {
    name: 'a misspelled key',
    files: edited(IND, 'direction: decrease', 'direktion: decrease'),
    expected: { file: IND, line: 7, field: 'direktion', message: 'Okänt fält "direktion". Menade du "direction"?' },
  },
  {
    name: 'a misspelled key inside target',
    files: edited(IND, '  basis: Testmål', '  basi: Testmål'),
    expected: { file: IND, line: 12, field: 'target.basi', message: 'Okänt fält "basi". Menade du "basis"?' },
  },
  {
    name: 'a wrong direction word',
    files: edited(IND, 'direction: decrease', 'direction: down'),
    expected: { file: IND, line: 7, field: 'direction', message: 'Skriv direction: increase (högre är bättre) eller direction: decrease (lägre är bättre).' },
  },
  {
    name: 'a data file without a metadata file',
    files: { 'data/indicators/utslap.csv': 'period,value\n2020,1\n' },
    expected: { file: 'data/indicators/utslap.csv', message: 'Datafilen har ingen metadatafil: content/indicators/utslap.md saknas. Menade du "utslapp"?' },
  },
  {
    name: 'a follow-up naming an indicator that does not exist',
    files: edited('content/follow-ups/2023-t2.md', '- id: N15428', '- id: N15482'),
    expected: { file: 'content/follow-ups/2023-t2.md', line: 14, field: 'indicators.0.id', message: 'Indikatorn "N15482" finns inte. Menade du "N15428"?' },
  },
  {
    name: 'a follow-up judging a goal with an unknown word',
    files: edited('content/follow-ups/2023-t2.md', 'assessment: uppfylls delvis', 'assessment: nästan'),
    expected: { file: 'content/follow-ups/2023-t2.md', line: 8, field: 'goals.0.assessment', message: expect.stringContaining('"nästan" är ingen bedömning') },
  },
  {
    name: 'a follow-up whose file name does not match its fields',
    files: { 'content/follow-ups/2023-t2.md': null, 'content/follow-ups/2023-t1.md': original('content/follow-ups/2023-t2.md') },
    expected: { file: 'content/follow-ups/2023-t1.md', field: 'kind', message: 'Filnamnet 2023-t1.md stämmer inte med year: 2023 och kind: tertial-2.' },
  },
  {
    name: 'a decision date in the wrong form',
    files: edited('content/decisions/ks-2022-03-09-70.md', 'date: 2022-03-09', 'date: 9 mars 2022'),
    expected: { file: 'content/decisions/ks-2022-03-09-70.md', line: 3, field: 'date', message: expect.stringContaining('ÅÅÅÅ-MM-DD') },
  },
  {
    name: 'a sub-goal naming a decision that does not exist',
    files: edited('content/subgoals/skola.md', 'decisions: [ks-2022-03-09-70]', 'decisions: [ks-2022-03-90-70]'),
    expected: { file: 'content/subgoals/skola.md', line: 5, field: 'decisions.0', message: 'Beslutet "ks-2022-03-90-70" finns inte. Menade du "ks-2022-03-09-70"?' },
  },
  {
    name: 'broken YAML',
    files: edited(IND, 'unit: ton', 'unit: ton: per invånare'),
    expected: { file: IND, line: 6, message: expect.stringContaining('kolon') },
  },
  {
    name: 'a file without front matter',
    files: { [IND]: 'title: Utsläpp\n' },
    expected: { file: IND, line: 1, message: 'Filen börjar inte med en rad med tre bindestreck (---).' },
  },
  {
    name: 'a missing goal file',
    files: { 'content/goals/4.md': null },
    expected: { file: 'content/goals/4.md', message: 'Mål 4 saknas.' },
  },
  {
    name: 'a goal whose number does not match its file',
    files: edited('content/goals/3.md', 'number: 3', 'number: 4'),
    expected: { file: 'content/goals/3.md', line: 2, field: 'number', message: 'Filen heter 3.md men har number: 4.' },
  },
  {
    name: 'a settings file with a bad e-mail',
    files: edited('content/settings.yaml', 'data@testkommun.example', 'data-at-testkommun'),
    expected: { file: 'content/settings.yaml', line: 3, field: 'contactEmail', message: 'Skriv en e-postadress, till exempel kommun@example.se.' },
  },
  {
    name: 'a CSV value with a percent sign',
    files: { 'data/indicators/utslapp.csv': 'period,value\n2020,4 %\n' },
    expected: { file: 'data/indicators/utslapp.csv', line: 2, column: 2, field: 'value', message: 'Värdet "4 %" är inget tal: det har ett procenttecken.' },
  },
])('$name', ({ files, expected }) => {
  test('is reported with its place and a Swedish message', () => {
    const problems = problemsOf(files);
    expect(problems).toContainEqual(expect.objectContaining(expected));
  });
  test('stops the project from loading', () => {
    expect(loadProject(fixtureWith(files)).project).toBeNull();
  });
});

test('several broken files in one run are all reported, with one summary line', () => {
  const files = {
    ...edited(IND, 'goal: 1', 'goal: 9'),
    ...edited('content/indicators/N15428.md', 'unit: procent', 'unt: procent'),
    'data/indicators/utslapp.csv': 'period,value\n2020,abc\n2021-T1,1\n',
  };
  const { problems, fileCount } = loadProject(fixtureWith(files));
  // Only the three broken files: an invalid metadata file still counts as existing for its data file.
  expect(new Set(problems.map((p) => p.file))).toEqual(new Set([IND, 'content/indicators/N15428.md', 'data/indicators/utslapp.csv']));
  expect(summaryLine(problems, fileCount)).toMatch(/^\d+ fel i 3 filer\.$/);
  expect(problems.map(formatProblem).join('\n')).toContain('Okänt fält "unt". Menade du "unit"?');
});

test('the summary line for a clean run names the number of files', () => {
  expect(summaryLine([], 31)).toBe('Inga fel i 31 filer.');
  expect(summaryLine([{ file: 'a', message: 'x' }, { file: 'a', message: 'y' }, { file: 'b', message: 'z' }, { file: 'b', message: 'w' }], 31)).toBe('4 fel i 2 filer.');
});

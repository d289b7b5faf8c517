/**
 * What a change does to the site, as the person approving a pull request reads it: values added,
 * changed or removed per indicator, and every goal, sub-goal and indicator whose computed
 * assessment changes, before → after.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDate } from '../src/lib/date.ts';
import type { Project } from '../src/lib/model.ts';
import { assessmentChangeWords, previewChange, previewIsEmpty, valueChangeWords } from '../src/lib/preview.ts';
import { validateProject } from '../src/lib/validate.ts';
import { VALID_FIXTURE, fixtureFiles } from './helpers/fixture.ts';

const DAY = parseDate('2026-01-15')!;
const TONNES = 'data/indicators/utslapp.csv';
const original = (path: string) => readFileSync(join(VALID_FIXTURE, path), 'utf8');

function project(files: Parameters<typeof fixtureFiles>[0] = {}): Project {
  const v = validateProject(fixtureFiles(files), { buildDate: DAY });
  if (!v.project) throw new Error(v.problems.map((p) => p.message).join('\n'));
  return v.project;
}

const preview = (files: Parameters<typeof fixtureFiles>[0]) => previewChange(project(), project(files), DAY);

describe('values', () => {
  test('nothing changed says nothing', () => {
    expect(previewIsEmpty(previewChange(project(), project(), DAY))).toBe(true);
  });

  test('a new value is named with its period and unit', () => {
    const p = preview({ [TONNES]: original(TONNES) + '2024,4.0,\n' });
    expect(p.values.map(valueChangeWords)).toEqual(['Utsläpp per invånare (utslapp): 1 nytt värde: 2024: 4\u00a0ton.']);
  });

  test('changed, filled-in and removed values are told apart, with women and men named', () => {
    const p = preview({
      'data/indicators/N15428.csv': original('data/indicators/N15428.csv').replace('2022;T;81,2;', '2022;T;18,2;').replace('2023;K;..;', '2023;K;84,5;').replace('2021;M;78,1;\r\n', ''),
    });
    expect(p.values.map(valueChangeWords)).toEqual([
      'Andel elever i åk 9 som är behöriga till ett yrkesprogram (N15428): 2 ändrade värden: 2022: 81,2\u00a0% → 18,2\u00a0%; 2023 (kvinnor): uppgift saknas → 84,5\u00a0%. 1 borttaget värde: 2021 (män).',
    ]);
  });

  test('a new indicator and a removed one are said to be so', () => {
    const p = preview({
      'content/indicators/ny.md': original('content/indicators/utslapp.md').replace('title: Utsläpp per invånare', 'title: Ny indikator'),
      'data/indicators/ny.csv': 'period,value\n2021,5\n2022,4.5\n2023,4\n',
      'content/indicators/utslapp.md': null,
      [TONNES]: null,
      'content/follow-ups/2023-extra-enkat.md': original('content/follow-ups/2023-extra-enkat.md').replace(/indicators:\n.*\n.*\n/, ''),
    });
    expect(p.values.map(valueChangeWords)).toEqual([
      'Ny indikator (ny) – ny indikator: 3 nya värden: 2021: 5\u00a0ton; 2022: 4,5\u00a0ton; 2023: 4\u00a0ton.',
      'Utsläpp per invånare (utslapp) – indikatorn tas bort: 5 borttagna värden: 2019; 2020; 2021; 2022; 2023.',
    ]);
    expect(p.assessments.map(assessmentChangeWords)).toEqual(['Indikatorn Ny indikator (ny): ny, I fas.', 'Indikatorn Utsläpp per invånare (utslapp): tas bort (var I fas).']);
  });
});

describe('assessments', () => {
  test('a value that reaches the target changes the indicator, and not its goal when the goal keeps its status', () => {
    const p = preview({ [TONNES]: original(TONNES) + '2024,3.0,\n' });
    expect(p.assessments.map(assessmentChangeWords)).toEqual(['Indikatorn Utsläpp per invånare (utslapp): I fas → Uppnått.']);
  });

  test('values going the wrong way change the goal, the sub-goal and the indicator, in that order', () => {
    const p = preview({ [TONNES]: original(TONNES) + '2024,6.0,\n2025,7.0,\n' });
    expect(p.assessments.map(assessmentChangeWords)).toEqual([
      'Mål 1 (Testmål 1): Uppfylls → Uppfylls inte.',
      'Delmålet Miljö: Uppfylls → Uppfylls inte.',
      'Indikatorn Utsläpp per invånare (utslapp): I fas → Fel riktning.',
    ]);
    expect(p.assessments.map((a) => [a.level, a.id, a.before?.status, a.after?.status])).toEqual([
      ['goal', '1', 'fulfilled', 'not-fulfilled'],
      ['subgoal', 'miljo', 'fulfilled', 'not-fulfilled'],
      ['indicator', 'utslapp', 'on-track', 'wrong-direction'],
    ]);
  });

  test('a change of metadata alone (the target) is seen too', () => {
    const p = preview({ 'content/indicators/utslapp.md': original('content/indicators/utslapp.md').replace('value: 3\n', 'value: 1\n') });
    expect(p.values).toEqual([]);
    expect(p.assessments.map(assessmentChangeWords)).toContain('Indikatorn Utsläpp per invånare (utslapp): I fas → För långsamt.');
  });
});

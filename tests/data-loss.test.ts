/**
 * The data-loss guard as a pure function over two versions of the files: what a staff member
 * removed or changed by mistake is listed, and a file cut down to its header row is an error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareDataFiles, dataLossProblems } from '../src/lib/data-loss.ts';
import { VALID_FIXTURE, fixtureFiles } from './helpers/fixture.ts';

const TONNES = 'data/indicators/utslapp.csv';
const PERCENT = 'data/indicators/N15428.csv';
const original = (path: string) => readFileSync(join(VALID_FIXTURE, path), 'utf8');
const before = fixtureFiles();
const problemsAfter = (files: Record<string, string | null>, ref: string | null = null) => dataLossProblems(compareDataFiles(before, fixtureFiles(files)), ref);

describe('comparing the data files with an earlier version', () => {
  test('unchanged files, added rows and a missing value filled in are no change', () => {
    expect(compareDataFiles(before, before)).toEqual([]);
    expect(compareDataFiles(before, fixtureFiles({ [TONNES]: original(TONNES).replace('2021,..,ingen mätning', '2021,4.6,') + '2024,3.9,\n' }))).toEqual([]);
  });

  test('a file cut down to its header row is an error: the whole history would disappear', () => {
    expect(problemsAfter({ [TONNES]: 'period,value,note\n' })).toEqual([
      {
        file: TONNES,
        line: 1,
        code: 'data-loss.emptied',
        message: 'Filen har inga rader längre, men hade 5 rader i senaste commit: indikatorns hela historik skulle försvinna från webbplatsen.',
        hint: `lägg tillbaka raderna (den förra versionen visas med git show HEAD:${TONNES}). Ska indikatorn inte ha några värden alls, ta bort datafilen i stället: då visas "Underlag saknas".`,
      },
    ]);
  });

  test('a changed past value is listed as before → after, at its line', () => {
    expect(problemsAfter({ [PERCENT]: original(PERCENT).replace('2021;T;80,5;', '2021;T;50,8;').replace('2022;K;84,0;', '2022;K;..;') })).toEqual([
      {
        file: PERCENT,
        line: 2,
        code: 'data-loss.changed',
        message: '2 tidigare värden är ändrade jämfört med senaste commit: 2021: 80,5 → 50,8; 2022 (kvinnor): 84 → saknas.',
        hint: `stämmer ändringen (källan har reviderat sina uppgifter) behöver du inte göra något. Annars: skriv tillbaka det förra värdet (den förra versionen visas med git show HEAD:${PERCENT}).`,
        severity: 'warning',
      },
    ]);
  });

  test('removed rows are counted and named, compared with the ref given', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${2008 + i},${5 + i / 10}\n`).join('');
    const many = dataLossProblems(compareDataFiles(fixtureFiles({ [TONNES]: `period,value\n${rows}2020,4.8\n` }), fixtureFiles({ [TONNES]: 'period,value\n2020,4.8\n' })), 'origin/main');
    expect(many).toEqual([
      expect.objectContaining({
        file: TONNES,
        code: 'data-loss.removed',
        message: '12 rader borttagna jämfört med origin/main: 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017 och 2 till.',
        hint: `var det avsiktligt behöver du inte göra något. Annars: lägg tillbaka raderna (den förra versionen finns i grenen main: på GitHub väljer du main i knappen med grenens namn ovanför filerna och öppnar filen; i terminalen visas den med git show origin/main:${TONNES}).`,
        severity: 'warning',
      }),
    ]);
  });

  test('a deleted data file is a warning: removing it is how an indicator stops having values', () => {
    expect(problemsAfter({ [TONNES]: null })).toEqual([
      expect.objectContaining({ file: TONNES, code: 'data-loss.deleted', message: 'Datafilen är borttagen: dess 5 rader (4 med värden) från senaste commit finns inte längre på webbplatsen.', severity: 'warning' }),
    ]);
  });

  test('compared with a branch (the pull-request check, read on GitHub), a deleted file is told how to restore it in the browser', () => {
    const [deleted] = dataLossProblems(compareDataFiles(fixtureFiles(), fixtureFiles({ [TONNES]: null })), 'origin/main');
    expect(deleted?.hint).toBe(
      `var det avsiktligt behöver du inte göra något. Annars: lägg tillbaka filen. Den finns kvar i grenen main: på GitHub väljer du main i knappen med grenens namn ovanför filerna, öppnar filen, klickar på Download raw file och laddar upp den i din gren med Add file → Upload files; i terminalen: git checkout origin/main -- ${TONNES}.`,
    );
  });

  test('a file that cannot be read now is left to its own error', () => {
    expect(problemsAfter({ [TONNES]: 'perod,value\n2019,5.1\n' })).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeDay } from '../src/lib/date.ts';
import { loadProject } from '../src/lib/project/index.ts';
import { formatProblem, formatReport, summaryLine, type Problem } from '../src/lib/problems.ts';
import { VALID_FIXTURE, fixtureFiles } from './helpers/fixture.ts';

const original = (path: string) => readFileSync(join(VALID_FIXTURE, path), 'utf8');
/** The valid fixture with one file's text changed by a replacement. */
const edited = (path: string, from: string | RegExp, to: string) => {
  const text = original(path);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`the fixture ${path} has no ${from}`);
  return { [path]: next };
};
const problemsOf = (files: Record<string, string | Uint8Array | null | undefined>) => loadProject(fixtureFiles(files)).problems;

describe('the valid fixture', () => {
  test('loads with no problems and every file counted', () => {
    const { project, problems, fileCount } = loadProject(fixtureFiles());
    expect(problems).toEqual([]);
    expect(fileCount).toBe(22);
    expect(project?.goals.map((g) => g.data.number)).toEqual([1, 2, 3, 4]);
    expect(project?.indicators.map((i) => i.id)).toEqual(['trygghet', 'utslapp', 'N15428']);
  });

  test('metadata without a data file is allowed and has no series', () => {
    const { project } = loadProject(fixtureFiles());
    expect(project?.indicators.find((i) => i.id === 'trygghet')?.series).toBeNull();
  });

  test('judged assessments written in Swedish become the method codes', () => {
    const { project } = loadProject(fixtureFiles());
    expect(project?.followUps[0]?.data.goals.map((g) => g.assessment)).toEqual(['partly-fulfilled', 'fulfilled', 'insufficient-data', 'insufficient-data']);
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
    expected: { file: 'content/follow-ups/2023-t2.md', line: 20, field: 'indicators.0.id', message: 'Indikatorn "N15482" finns inte. Menade du "N15428"?' },
  },
  {
    name: 'a follow-up judging a goal with an unknown word',
    files: edited('content/follow-ups/2023-t2.md', 'assessment: uppfylls delvis', 'assessment: nästan'),
    expected: { file: 'content/follow-ups/2023-t2.md', line: 8, field: 'goals.0.assessment', message: expect.stringContaining('"nästan" är ingen bedömning') },
  },
  {
    name: 'a follow-up judging an indicator with a word meant for goals',
    files: edited('content/follow-ups/2023-t2.md', '  - id: N15428\n', '  - id: N15428\n    assessment: uppfylls delvis\n'),
    expected: { file: 'content/follow-ups/2023-t2.md', line: 21, field: 'indicators.0.assessment', message: expect.stringContaining('"uppfylls delvis" är en bedömning för mål. För en indikator skriver du ett av orden uppnått, i fas, för långsamt') },
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
    name: 'a date that is not in the calendar',
    files: edited('content/decisions/ks-2022-03-09-70.md', 'date: 2022-03-09', 'date: 2023-02-31'),
    expected: { file: 'content/decisions/ks-2022-03-09-70.md', line: 3, field: 'date', message: 'Datumet finns inte i kalendern.' },
  },
  {
    name: 'a data file whose name differs from its metadata file only in case',
    files: { 'data/indicators/N15428.csv': null, 'data/indicators/n15428.csv': original('data/indicators/N15428.csv') },
    expected: {
      file: 'data/indicators/n15428.csv',
      message: 'Datafilen har ingen metadatafil: content/indicators/n15428.md saknas. Menade du "N15428"? Stora och små bokstäver måste stämma.',
      hint: 'döp om datafilen till N15428.csv, så att den heter exakt som content/indicators/N15428.md.',
    },
  },
  {
    name: 'a follow-up naming an indicator in the wrong case',
    files: edited('content/follow-ups/2023-t2.md', '- id: N15428', '- id: n15428'),
    expected: { file: 'content/follow-ups/2023-t2.md', line: 20, field: 'indicators.0.id', message: 'Indikatorn "n15428" finns inte. Menade du "N15428"? Stora och små bokstäver måste stämma.' },
  },
  {
    name: 'two metadata files whose names differ only in case',
    files: { 'content/indicators/n15428.md': original('content/indicators/N15428.md') },
    expected: {
      file: 'content/indicators/n15428.md',
      message: 'Filerna content/indicators/N15428.md och content/indicators/n15428.md har samma namn om man bortser från stora och små bokstäver.',
    },
  },
  {
    name: 'two data files whose names differ only in case',
    files: { 'data/indicators/UTSLAPP.csv': original('data/indicators/utslapp.csv') },
    expected: {
      file: 'data/indicators/utslapp.csv',
      message: 'Filerna data/indicators/UTSLAPP.csv och data/indicators/utslapp.csv har samma namn om man bortser från stora och små bokstäver.',
    },
  },
  {
    name: 'a data file with an upper-case extension',
    files: { 'data/indicators/utslapp.csv': null, 'data/indicators/utslapp.CSV': original('data/indicators/utslapp.csv') },
    expected: { file: 'data/indicators/utslapp.CSV', message: 'Filen läses inte: bara .csv-filer används här.', hint: 'döp om filen till utslapp.csv (filändelsen med små bokstäver).' },
  },
  {
    name: 'a metadata file ending in .markdown',
    files: { 'content/indicators/trygghet.md': null, 'content/indicators/trygghet.markdown': original('content/indicators/trygghet.md') },
    expected: { file: 'content/indicators/trygghet.markdown', message: 'Filen läses inte: bara .md-filer används här.', hint: 'döp om filen till trygghet.md om den ska användas, annars flytta den härifrån.' },
  },
  {
    name: 'an Excel workbook among the data files',
    files: { 'data/indicators/trygghet.xlsx': new Uint8Array([0x50, 0x4b, 0x03, 0x04]) },
    expected: { file: 'data/indicators/trygghet.xlsx', message: 'Filen läses inte: bara .csv-filer används här.', hint: 'spara den som ”CSV UTF-8 (kommaavgränsad)” i Excel, med namnet trygghet.csv, och ta bort trygghet.xlsx.' },
  },
  {
    name: 'a text file among the decisions',
    files: { 'content/decisions/anteckningar.txt': 'att göra\n' },
    expected: { file: 'content/decisions/anteckningar.txt', message: 'Filen läses inte: bara .md-filer används här.' },
  },
  {
    name: 'a CSV file saved as Windows-1252 (Swedish Excel "CSV (semikolonavgränsad)")',
    files: { 'data/indicators/utslapp.csv': Buffer.from('period;value;note\r\n2020;4,8;\r\n2021;..;ingen mätning\r\n', 'latin1') },
    expected: {
      file: 'data/indicators/utslapp.csv',
      line: 3,
      message: 'Filen är inte sparad som UTF-8: tecken som å, ä och ö blir fel.',
      hint: 'spara filen som ”CSV UTF-8 (kommaavgränsad)” i Excel, eller som UTF-8 i din textredigerare.',
    },
  },
  {
    name: 'a CSV file saved as UTF-16 (Excel "Unicode-text")',
    files: { 'data/indicators/utslapp.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('period\tvalue\r\n2020\t4,8\r\n', 'utf16le')]) },
    expected: { file: 'data/indicators/utslapp.csv', line: 1, message: 'Filen är sparad som UTF-16: den kan inte läsas.', hint: 'spara filen som ”CSV UTF-8 (kommaavgränsad)” i Excel, eller som UTF-8 i din textredigerare.' },
  },
  {
    name: 'a Markdown file saved as Windows-1252',
    files: { [IND]: Buffer.from(original(IND), 'latin1') },
    expected: { file: IND, line: 2, message: 'Filen är inte sparad som UTF-8: tecken som å, ä och ö blir fel.', hint: expect.stringContaining('UTF-8 i din textredigerare') },
  },
  {
    name: 'a settings file saved as UTF-16 big-endian',
    files: { 'content/settings.yaml': Buffer.from([0xfe, 0xff, 0x00, 0x61]) },
    expected: { file: 'content/settings.yaml', line: 1, message: 'Filen är sparad som UTF-16: den kan inte läsas.' },
  },
  {
    name: 'a follow-up naming the same indicator twice',
    files: edited('content/follow-ups/2023-t2.md', '---\nTertial', '  - id: N15428\n    comment: En gång till.\n---\nTertial'),
    expected: { file: 'content/follow-ups/2023-t2.md', line: 22, field: 'indicators.1.id', message: 'Indikatorn "N15428" står två gånger under indicators.', hint: 'slå ihop kommentaren med den på rad 20 och ta bort den ena.' },
  },
  {
    name: 'a tertial 2 follow-up published before May',
    files: edited('content/follow-ups/2023-t2.md', 'published: 2023-10-01', 'published: 2023-03-01'),
    expected: {
      file: 'content/follow-ups/2023-t2.md',
      line: 4,
      field: 'published',
      message: 'Publiceringsdatumet är före perioden som följs upp.',
      hint: 'Tertial 2 2023 följer upp tiden från 2023-05-01: rätta published, eller year och kind.',
    },
  },
  {
    name: 'an annual report published before its year',
    files: {
      'content/follow-ups/2023-t2.md': null,
      'content/follow-ups/2023-ar.md': original('content/follow-ups/2023-t2.md').replace('kind: tertial-2', 'kind: arsredovisning').replace('published: 2023-10-01', 'published: 2022-12'),
    },
    expected: { file: 'content/follow-ups/2023-ar.md', line: 4, field: 'published', message: 'Publiceringsdatumet är före perioden som följs upp.' },
  },
  {
    name: 'a follow-up that leaves out a goal',
    files: edited('content/follow-ups/2023-t2.md', /  - goal: 4\n.*\n.*\n/, ''),
    expected: {
      file: 'content/follow-ups/2023-t2.md',
      line: 7,
      field: 'goals',
      code: 'follow-up.goal-missing',
      message: 'Mål 4 bedöms inte i uppföljningen: en uppföljning ska bedöma alla fyra målen.',
      hint: expect.stringContaining('skriv assessment: underlag saknas'),
    },
  },
  {
    name: 'a follow-up that judges only goal 1',
    files: edited('content/follow-ups/2023-t2.md', /  - goal: 2\n[\s\S]*(?=indicators:)/, ''),
    expected: { file: 'content/follow-ups/2023-t2.md', code: 'follow-up.goal-missing', message: 'Målen 2, 3 och 4 bedöms inte i uppföljningen: en uppföljning ska bedöma alla fyra målen.' },
  },
  {
    name: 'a data file with values for women and men only',
    files: { 'data/indicators/N15428.csv': original('data/indicators/N15428.csv').replace(/^\d+;T;.*\r\n/gm, '') },
    expected: { file: 'data/indicators/N15428.csv', line: 1, column: 2, field: 'gender', message: 'Filen har inga värden för totalt (T).' },
  },
  {
    name: 'a CSV value with a decimal comma in a comma file',
    files: { 'data/indicators/utslapp.csv': 'period,value,note\n2019,5,1\n' },
    expected: { file: 'data/indicators/utslapp.csv', line: 2, column: 2, field: 'value', message: 'Värdet ser ut att ha decimalkomma (5,1) i en fil som skiljer kolumner med komma.' },
  },
  {
    name: 'example data named after a real producer, as if the invented values came from it',
    files: edited(IND, '  name: "Exempeldata (tänkt källa: Testkälla)"', '  name: Kolada'),
    expected: {
      file: IND,
      line: 14,
      field: 'source.name',
      code: 'indicator.example-source',
      message: 'Exempeldata anges med källan "Kolada", som om värdena kom därifrån.',
      hint: 'skriv name: "Exempeldata (tänkt källa: Kolada)", eller ta bort example: true om värdena verkligen kommer från Kolada.',
    },
  },
  {
    name: 'an indicator placed in the ambition level of a decision that does not exist',
    files: edited(IND, 'example: true', 'ambitionLevel: ks-2022-03-09-07\nexample: true'),
    expected: { file: IND, line: 16, field: 'ambitionLevel', code: 'ref.decision', message: 'Beslutet "ks-2022-03-09-07" finns inte. Menade du "ks-2022-03-09-70"?' },
  },
  {
    name: 'a method said to be adopted without its decision',
    files: edited('content/settings.yaml', 'organisation: Testkommun', 'organisation: Testkommun\nmethod:\n  status: adopted'),
    expected: { file: 'content/settings.yaml', field: 'method.decision', message: expect.stringContaining('En beslutad metod behöver sitt beslut') },
  },
  {
    name: 'a method adopted by a decision that does not exist',
    files: edited('content/settings.yaml', 'organisation: Testkommun', 'organisation: Testkommun\nmethod:\n  status: adopted\n  decision: ks-2022-03-09-07'),
    expected: { file: 'content/settings.yaml', line: 4, field: 'method.decision', code: 'ref.decision', message: 'Beslutet "ks-2022-03-09-07" finns inte. Menade du "ks-2022-03-09-70"?' },
  },
  {
    name: 'a method adopted by a decision that is only a proposal',
    files: {
      ...edited('content/settings.yaml', 'organisation: Testkommun', 'organisation: Testkommun\nmethod:\n  status: adopted\n  decision: ks-2026-03-04-45'),
      'content/decisions/ks-2026-03-04-45.md': '---\nbody: KS\ndate: 2026-03-04\nparagraph: 45\nstatus: proposed\ntitle: Gemensam bedömningsprincip\nsource: Testunderlag\n---\n',
    },
    expected: { file: 'content/settings.yaml', line: 4, field: 'method.decision', code: 'method.decision-proposed', message: 'Beslutet "ks-2026-03-04-45" är ett förslag (status: proposed), inte ett fattat beslut.' },
  },
  {
    name: 'a method adopted by an example decision',
    files: {
      ...edited('content/settings.yaml', 'organisation: Testkommun', 'organisation: Testkommun\nmethod:\n  status: adopted\n  decision: exempel-metod'),
      'content/decisions/exempel-metod.md': '---\nbody: KS\ndate: 2026-03\nstatus: adopted\ntitle: Exempel\nsource: Exempel\nexample: true\n---\n',
    },
    expected: { file: 'content/settings.yaml', line: 4, field: 'method.decision', code: 'method.decision-example' },
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
    expect(loadProject(fixtureFiles(files)).project).toBeNull();
  });
});

const CMP = 'data/comparisons/N15428.csv';

describe('comparison files', () => {
  test('are carried on their indicator, one series per area, in the order the settings list the areas', () => {
    const { project } = loadProject(fixtureFiles({ [CMP]: 'period,area,value\n2023,0006,82.4\n2022,0000,80.1\n2023,0000,80.9\n' }));
    const n = project?.indicators.find((i) => i.id === 'N15428');
    expect(n?.comparisonFile).toBe(CMP);
    expect(n?.comparisons.map((c) => [c.area.name, c.observations.map((o) => `${o.period.key} ${o.gender} ${o.value}`)])).toEqual([
      ['Riket', ['2022 T 80.1', '2023 T 80.9']],
      ['Testlänet', ['2023 T 82.4']],
    ]);
  });

  test('keep missing values as missing, and genders apart', () => {
    const n = loadProject(fixtureFiles()).project?.indicators.find((i) => i.id === 'N15428');
    expect(n?.comparisons[0]?.observations.filter((o) => o.period.key === '2021').map((o) => [o.gender, o.value])).toEqual([['T', 79.5], ['K', 82], ['M', 77.1]]);
    expect(n?.comparisons[1]?.observations.find((o) => o.period.key === '2022')?.value).toBeNull();
  });

  test('are optional: an indicator without one has no comparisons', () => {
    const { project } = loadProject(fixtureFiles({ [CMP]: null }));
    expect(project?.indicators.every((i) => i.comparisons.length === 0 && i.comparisonFile === null)).toBe(true);
  });

  test('a semicolon file with decimal commas, as Excel saves it, is read', () => {
    const { project, problems } = loadProject(fixtureFiles({ [CMP]: '\uFEFFperiod;area;gender;value\r\n2023;0000;T;80,9\r\n' }));
    expect(problems).toEqual([]);
    expect(project?.indicators.find((i) => i.id === 'N15428')?.comparisons[0]?.observations[0]?.value).toBe(80.9);
  });

  test('an area the settings do not list is reported once, at its first row, with how many rows it has', () => {
    const problems = problemsOf({ [CMP]: 'period,area,gender,value\n2022,0683,T,70\n2023,0683,T,71\n2023,0000,T,80.9\n' });
    expect(problems).toEqual([
      expect.objectContaining({
        file: CMP,
        line: 2,
        column: 2,
        field: 'area',
        code: 'comparison.unknown-area',
        message: 'Området 0683 finns inte bland jämförelseområdena i content/settings.yaml (2 rader, den första här).',
        hint: expect.stringContaining('Jämförelseområden nu: 0000 Riket, 0006 Testlänet.'),
      }),
    ]);
  });
});

describe.each([
  {
    name: 'a comparison file without an indicator',
    files: { 'data/comparisons/N15482.csv': 'period,area,value\n2023,0000,1\n' },
    expected: { file: 'data/comparisons/N15482.csv', code: 'comparison.no-metadata', message: 'Jämförelsefilen hör inte till någon indikator: content/indicators/N15482.md saknas. Menade du "N15428"?' },
  },
  {
    name: 'a comparison row for the municipality itself',
    files: { [CMP]: 'period,area,gender,value\n2023,0999,T,82\n' },
    expected: { file: CMP, line: 2, column: 2, code: 'comparison.own-area', message: '0999 är kommunens eget id: kommunens egna värden hör hemma i data/indicators/N15428.csv.' },
  },
  {
    name: 'the same period, area and gender twice in a comparison file',
    files: { [CMP]: 'period,area,gender,value\n2023,0000,T,80.9\n2023,0000,T,81\n' },
    expected: { file: CMP, line: 3, column: 1, code: 'csv.duplicate', message: 'Perioden 2023 för område 0000 med kön T finns redan på rad 2.' },
  },
  {
    name: 'a comparison value that is no number',
    files: { [CMP]: 'period,area,gender,value\n2023,0000,T,81 %\n' },
    expected: { file: CMP, line: 2, column: 4, field: 'value', code: 'csv.value', message: 'Värdet "81 %" är inget tal: det har ett procenttecken.' },
  },
  {
    name: 'a comparison value with a decimal comma in a comma file',
    files: { [CMP]: 'period,area,gender,value\n2023,0000,T,80,9\n' },
    expected: { file: CMP, line: 2, column: 4, code: 'csv.value', message: expect.stringContaining('decimalkomma (80,9)') },
  },
  {
    name: 'a comparison area id that lost its leading zeros in Excel',
    files: { [CMP]: 'period,area,gender,value\n2023,6,T,80.9\n' },
    expected: { file: CMP, line: 2, column: 2, code: 'comparison.area-id', message: 'Områdets id "6" är inte fyra siffror.', hint: expect.stringContaining('skriv 0006') },
  },
  {
    name: 'a comparison month that Excel has turned into a date',
    files: { [CMP]: 'period,area,gender,value\n2023-01-01,0000,T,80.9\n' },
    expected: {
      file: CMP,
      line: 2,
      column: 1,
      field: 'period',
      code: 'csv.period',
      message: 'Perioden "2023-01-01" känns inte igen: den ser ut som ett datum, som Excel gör av en månad.',
      hint: 'skriv månaden som 2023-01. Excel gör om 2023-01 till ett datum när filen öppnas: ändra hellre en fil med månader i webbläsaren.',
    },
  },
  {
    name: 'comparisons by tertial for an indicator with yearly values',
    files: { [CMP]: 'period,area,gender,value\n2023-T1,0000,T,80.9\n' },
    expected: { file: CMP, line: 2, code: 'comparison.period-kind', message: 'Jämförelsefilen har perioder som är tertial, men indikatorns datafil har år.' },
  },
  {
    name: 'a comparison file with an unknown column',
    files: { [CMP]: 'period,omrade,value\n2023,0000,80.9\n' },
    expected: { file: CMP, line: 1, column: 2, code: 'csv.column-unknown' },
  },
  {
    name: 'an empty comparison file',
    files: { [CMP]: '' },
    expected: { file: CMP, line: 1, code: 'csv.empty' },
  },
  {
    name: 'a comparison area listed twice in the settings',
    files: edited('content/settings.yaml', '  - id: "0006"', '  - id: "0000"'),
    expected: { file: 'content/settings.yaml', line: 9, field: 'comparisons.1.id', message: 'Området 0000 står redan som nummer 1 i listan: ta bort det ena.' },
  },
  {
    name: 'the municipality itself among the comparison areas',
    files: edited('content/settings.yaml', '  - id: "0006"', '  - id: "0999"'),
    expected: { file: 'content/settings.yaml', line: 9, field: 'comparisons.1.id', message: expect.stringContaining('0999 är kommunens eget id (municipalityCode)') },
  },
  {
    name: 'a comparison area id that is not four digits',
    files: edited('content/settings.yaml', '  - id: "0006"', '  - id: "06 Jönköping"'),
    expected: { file: 'content/settings.yaml', line: 9, field: 'comparisons.1.id', message: expect.stringContaining('Ett id i Kolada är fyra siffror') },
  },
  {
    name: 'a comparison area without a name',
    files: edited('content/settings.yaml', '    name: Testlänet\n', ''),
    expected: { file: 'content/settings.yaml', field: 'comparisons.1.name', message: 'Fältet saknas.' },
  },
])('$name', ({ files, expected }) => {
  test('is reported with its place and a Swedish message', () => {
    expect(problemsOf(files)).toContainEqual(expect.objectContaining(expected));
  });
  test('stops the project from loading', () => {
    expect(loadProject(fixtureFiles(files)).project).toBeNull();
  });
});

test('an unquoted municipality code keeps its leading zero', () => {
  const { project, problems } = loadProject(fixtureFiles(edited('content/settings.yaml', 'municipalityCode: "0999"', 'municipalityCode: 0665')));
  expect(problems).toEqual([]);
  expect(project?.settings.municipalityCode).toBe('0665');
});

describe('Windows line endings and other encodings of correct files', () => {
  const crlf = (path: string) => ({ [path]: original(path).replace(/\n/g, '\r\n') });

  test('Markdown and settings files saved with CRLF or CR line endings load as saved with LF', () => {
    const files = {
      ...crlf(IND), // its last front-matter line is `example: true`
      ...crlf('content/follow-ups/2023-t2.md'),
      ...crlf('content/settings.yaml'),
      'content/indicators/trygghet.md': original('content/indicators/trygghet.md').replace(/\n/g, '\r'),
    };
    const { project, problems } = loadProject(fixtureFiles(files));
    expect(problems).toEqual([]);
    const utslapp = project?.indicators.find((i) => i.id === 'utslapp');
    expect(utslapp?.data.example).toBe(true);
    expect(utslapp?.body).not.toContain('\r');
    expect(project?.settings.repository).toBe('https://git.example/testkommun/maluppfoljning');
  });

  test('a Markdown file with mixed line ends (CRLF, LF and CR) reads as one with LF, its mistakes on the right line', () => {
    const lines = original(IND).split('\n');
    const mixed = (text: string[]) => text.map((l, i) => l + (i === text.length - 1 ? '' : ['\r\n', '\n', '\r'][i % 3])).join('');
    expect(problemsOf({ [IND]: mixed(lines) })).toEqual([]);
    const goalLine = lines.findIndex((l) => l.startsWith('goal:'));
    const broken = mixed(lines.map((l, i) => (i === goalLine ? 'goal: 9' : l)));
    expect(loadProject(fixtureFiles({ [IND]: broken })).problems.map((p) => [p.file, p.line, p.field])).toEqual([[IND, goalLine + 1, 'goal']]);
  });

  test('a file that is not UTF-8 names the line in a file with CR line ends too', () => {
    const bytes = Buffer.concat([Buffer.from('period,value\r2020,1\r2021,2,'), Buffer.from('bl\u00e5', 'latin1'), Buffer.from('\r')]);
    expect(loadProject(fixtureFiles({ 'data/indicators/utslapp.csv': bytes })).problems.map((p) => [p.code, p.line])).toEqual([['file.not-utf8', 3]]);
  });

  test('a byte-order mark before CRLF front matter is dropped', () => {
    expect(problemsOf({ [IND]: '\uFEFF' + original(IND).replace(/\n/g, '\r\n') })).toEqual([]);
  });

  test('a UTF-8 file with a byte-order mark is read, and a Windows-1252 one is not published', () => {
    expect(problemsOf({ 'data/indicators/utslapp.csv': '\uFEFF' + original('data/indicators/utslapp.csv') })).toEqual([]);
    const broken = loadProject(fixtureFiles({ 'data/indicators/utslapp.csv': Buffer.from(original('data/indicators/utslapp.csv'), 'latin1') }));
    expect(broken.project).toBeNull();
    expect(broken.problems).toHaveLength(1);
  });

  test('hidden files and folders in the content folders are not reported', () => {
    expect(problemsOf({ 'content/indicators/.gitkeep': '', 'data/indicators/.~lock.utslapp.csv#': 'x', 'data/indicators/arkiv/gammal.txt': 'x' })).toEqual([]);
  });

  test('a follow-up published in the month its period starts, or later, is fine', () => {
    expect(problemsOf(edited('content/follow-ups/2023-t2.md', 'published: 2023-10-01', 'published: 2023-05'))).toEqual([]);
    expect(problemsOf(edited('content/follow-ups/2023-t2.md', 'published: 2023-10-01', 'published: 2023-05-01'))).toEqual([]);
  });

  test('a leap day is a date', () => {
    expect(problemsOf(edited('content/decisions/ks-2022-03-09-70.md', 'date: 2022-03-09', 'date: 2024-02-29'))).toEqual([]);
    expect(problemsOf(edited('content/decisions/ks-2022-03-09-70.md', 'date: 2022-03-09', 'date: 2023-02-29')).map((p) => p.message)).toEqual(['Datumet finns inte i kalendern.']);
  });
});

test('several broken files in one run are all reported, with one summary line', () => {
  const files = {
    ...edited(IND, 'goal: 1', 'goal: 9'),
    ...edited('content/indicators/N15428.md', 'unit: procent', 'unt: procent'),
    'data/indicators/utslapp.csv': 'period,value\n2020,abc\n2021-T1,1\n',
  };
  const { problems, fileCount } = loadProject(fixtureFiles(files));
  // Only the three broken files: an invalid metadata file still counts as existing for its data file.
  expect(new Set(problems.map((p) => p.file))).toEqual(new Set([IND, 'content/indicators/N15428.md', 'data/indicators/utslapp.csv']));
  expect(summaryLine(problems, fileCount)).toMatch(/^\d+ fel i 3 filer\.$/);
  expect(problems.map(formatProblem).join('\n')).toContain('Okänt fält "unt". Menade du "unit"?');
});

test('the summary line for a clean run names the number of files', () => {
  expect(summaryLine([], 31)).toBe('Inga fel i 31 filer.');
  expect(summaryLine(['a', 'a', 'b', 'b'].map((file) => ({ file, code: 'test', message: 'x' })), 31)).toBe('4 fel i 2 filer.');
});

describe('warnings', () => {
  const warning = (file: string): Problem => ({ file, line: 3, column: 2, field: 'value', code: 'test', message: 'Värdet är stort.', hint: 'kontrollera värdet.', severity: 'warning' });
  const error = (file: string): Problem => ({ file, code: 'test', message: 'Fel.' });

  test('are counted beside the errors in the summary line', () => {
    expect(summaryLine([warning('a'), warning('b')], 109)).toBe('Inga fel, 2 varningar i 109 filer.');
    expect(summaryLine([warning('a')], 1)).toBe('Inga fel, 1 varning i 1 fil.');
    expect(summaryLine([error('a'), error('a'), error('b'), warning('b')], 109)).toBe('3 fel och 1 varning i 2 filer.');
    expect(summaryLine([error('a'), warning('b'), warning('c')], 109)).toBe('1 fel och 2 varningar i 3 filer.');
  });

  test('are marked as warnings, with what to do rather than how to fix', () => {
    expect(formatProblem(warning('data/indicators/x.csv'))).toBe(
      ['⚠ data/indicators/x.csv:3:2 (rad 3, kolumn 2, "value")', '  Varning: Värdet är stort.', '  Gör så här: kontrollera värdet.'].join('\n'),
    );
  });

  test('come after the errors in the report, which ends with the summary line', () => {
    const report = formatReport([warning('a.csv'), error('b.md')], 2);
    expect(report.split('\n').filter((l) => /^[✗⚠]/.test(l))).toEqual(['✗ b.md', '⚠ a.csv:3:2 (rad 3, kolumn 2, "value")']);
    expect(report.split('\n').at(-1)).toBe('1 fel och 1 varning i 2 filer.');
  });
});

test('a shortened id gets the one id it starts', async () => {
  const { didYouMean } = await import('../src/lib/problems.ts');
  expect(didYouMean('larande', ['naringsliv-och-arbetsmarknad', 'larande-och-utbildning', 'forsorjning'])).toBe(' Menade du "larande-och-utbildning"?');
  expect(didYouMean('lar', ['larande-och-utbildning', 'larmcentral'])).toBe('');
});

describe('the action plan’s activities', () => {
  const ACT = 'content/activities/cykelvagar.md';
  const BUILT = makeDay(2026, 1, 15);
  const problemsAt = (files: Record<string, string | null | undefined>, buildDate = BUILT) => loadProject(fixtureFiles(files), { buildDate }).problems;

  test('load with their log as dates and status codes, by goal then title', () => {
    const { project, problems } = loadProject(fixtureFiles(), { buildDate: BUILT });
    expect(problems).toEqual([]);
    expect(project?.activities.map((a) => a.id)).toEqual(['cykelvagar', 'laxhjalp']);
    expect(project?.activities[0]?.data.log.map((e) => [e.month.text, e.status])).toEqual([
      ['2025-06', 'in-progress'],
      ['2025-07', 'in-progress'],
      ['2025-12', 'delayed'],
    ]);
  });

  test.each([
    {
      name: 'an unknown goal',
      files: edited(ACT, 'goal: 1', 'goal: 5'),
      expected: { file: ACT, line: 4, field: 'goal', message: 'Det finns bara mål 1–4.' },
    },
    {
      name: 'a misspelled sub-goal',
      files: edited(ACT, 'subgoals: [miljo]', 'subgoals: [miljö]'),
      expected: { file: ACT, line: 5, field: 'subgoals.0', code: 'field.invalid' },
    },
    {
      name: 'a sub-goal that does not exist',
      files: edited(ACT, 'subgoals: [miljo]', 'subgoals: [milj]'),
      expected: { file: ACT, line: 5, field: 'subgoals.0', code: 'ref.subgoal', message: 'Delmålet "milj" finns inte. Menade du "miljo"?' },
    },
    {
      name: 'a sub-goal of another goal',
      files: edited(ACT, 'subgoals: [miljo]', 'subgoals: [miljo, skola]'),
      expected: { file: ACT, line: 5, field: 'subgoals.1', code: 'ref.subgoal-goal', message: 'Delmålet "skola" hör till mål 2, inte mål 1.' },
    },
    {
      name: 'a planned end before the start',
      files: edited(ACT, 'plannedEnd: 2026-06', 'plannedEnd: 2025-05'),
      expected: { file: ACT, line: 8, field: 'plannedEnd', code: 'activity.end-before-start', message: 'Planerat slut (2025-05) är före starten (2025-06).' },
    },
    {
      name: 'a month out of order',
      files: edited(ACT, '  - month: 2025-07', '  - month: 2025-05'),
      expected: { file: ACT, line: 13, field: 'log.1.month', code: 'activity.log-order', message: 'Månaden 2025-05 står efter 2025-06: loggen ska vara i tidsordning.' },
    },
    {
      name: 'the same month twice',
      files: edited(ACT, '  - month: 2025-07', '  - month: 2025-06'),
      expected: { file: ACT, line: 13, field: 'log.1.month', code: 'activity.log-duplicate', hint: 'slå ihop raden med den på rad 10: en rad per månad.' },
    },
    {
      name: 'a month after the build’s month',
      files: edited(ACT, '  - month: 2025-12', '  - month: 2026-12'),
      expected: { file: ACT, line: 16, field: 'log.2.month', code: 'activity.log-future', message: 'Månaden 2026-12 har inte börjat än (i dag är det 15 januari 2026).' },
    },
    {
      name: 'a status word not in the list',
      files: edited(ACT, '    status: försenad', '    status: forsenad'),
      expected: { file: ACT, line: 17, field: 'log.2.status', message: '"forsenad" är ingen status. Menade du "försenad"? Skriv ett av orden ej påbörjad, pågår, klar, försenad eller avbruten.' },
    },
    {
      name: 'the derived "ej uppföljd" written as a status',
      files: edited(ACT, '    status: försenad', '    status: ej uppföljd'),
      expected: { file: ACT, line: 17, field: 'log.2.status', message: expect.stringContaining('"ej uppföljd" är ingen status.') },
    },
    {
      name: 'an entry after klar',
      files: edited(ACT, '    status: pågår\n    comment: Bygget', '    status: klar\n    comment: Bygget'),
      expected: {
        file: ACT,
        line: 16,
        field: 'log.2.month',
        code: 'activity.log-after-final',
        message: 'Aktiviteten är klar sedan 2025-07 (rad 14): inget kan stå efter det i loggen.',
        hint: 'ta bort raden, eller ändra den tidigare statusen om aktiviteten inte var klar.',
      },
    },
    {
      name: 'an entry after avbruten',
      files: edited(ACT, '    status: pågår\n    comment: Bygget', '    status: avbruten\n    comment: Bygget'),
      expected: { file: ACT, line: 16, code: 'activity.log-after-final', message: expect.stringContaining('Aktiviteten är avbruten sedan 2025-07') },
    },
    {
      name: 'a whole date in the log',
      files: edited(ACT, '  - month: 2025-12', '  - month: 2025-12-03'),
      expected: { file: ACT, line: 16, field: 'log.2.month', message: 'Skriv bara år och månad, 2025-12: loggen förs per månad.' },
    },
    {
      name: 'a log entry without a comment',
      files: edited(ACT, '    comment: Tjälen stoppar arbetet till våren.\n', ''),
      expected: { file: ACT, field: 'log.2.comment', code: 'field.missing' },
    },
    {
      name: 'a misspelled field',
      files: edited(ACT, 'responsible: Tekniska nämnden', 'responsibel: Tekniska nämnden'),
      expected: { file: ACT, line: 6, field: 'responsibel', message: 'Okänt fält "responsibel". Menade du "responsible"?' },
    },
    {
      name: 'a file name taken by the per-goal lists',
      files: { [ACT]: null, 'content/activities/mal-1.md': original(ACT) },
      expected: { file: 'content/activities/mal-1.md', code: 'file.name', message: 'Filnamnet "mal-1.md" börjar med mal-, som används för listorna per mål.' },
    },
    {
      name: 'a file name with letters a URL would mangle',
      files: { [ACT]: null, 'content/activities/Cykelvägar.md': original(ACT) },
      expected: { file: 'content/activities/Cykelvägar.md', code: 'file.name' },
    },
  ])('$name is reported at its line', ({ files, expected }) => {
    expect(problemsAt(files)).toContainEqual(expect.objectContaining(expected));
    expect(loadProject(fixtureFiles(files), { buildDate: BUILT }).project).toBeNull();
  });

  test('a month in the future is only checked when the build date is known', () => {
    const files = edited(ACT, '  - month: 2025-12', '  - month: 2026-12');
    expect(loadProject(fixtureFiles(files)).problems).toEqual([]);
    expect(problemsAt(files, makeDay(2026, 12, 1))).toEqual([]);
  });

  test('the build’s own month may be logged, and a planned end in the start month is fine', () => {
    expect(problemsAt({ ...edited(ACT, '  - month: 2025-12', '  - month: 2026-01') })).toEqual([]);
    expect(problemsAt(edited(ACT, 'plannedEnd: 2026-06', 'plannedEnd: 2025-06-15'))).toEqual([]);
  });

  test('every mistake in one activity is reported in one run', () => {
    const text = original(ACT)
      .replace('goal: 1\nsubgoals: [miljo]', 'goal: 1\nsubgoals: [skola]')
      .replace('plannedEnd: 2026-06', 'plannedEnd: 2024-01')
      .replace('  - month: 2025-07', '  - month: 2025-05')
      .replace('  - month: 2025-12', '  - month: 2027-01');
    expect(problemsAt({ [ACT]: text }).map((p) => p.code).sort()).toEqual(['activity.end-before-start', 'activity.log-future', 'activity.log-order', 'ref.subgoal-goal']);
  });
});

describe('extra follow-ups', () => {
  const EXTRA = 'content/follow-ups/2023-extra-enkat.md';

  test('are kept apart from the regular follow-ups, with their title and the goals they concern', () => {
    const { project } = loadProject(fixtureFiles());
    expect(project?.followUps.map((f) => f.id)).toEqual(['2023-t2']);
    expect(project?.extraFollowUps.map((f) => [f.id, f.label, f.goals])).toEqual([['2023-extra-enkat', 'Klimatenkäten 2023', [1]]]);
  });

  test('an indicator brings its goal into the scope', () => {
    const { project } = loadProject(fixtureFiles(edited(EXTRA, '    comment: Enkäten bekräftar att utsläppen minskar.', '    comment: Enkäten bekräftar att utsläppen minskar.\n  - id: N15428\n    comment: Fler elever svarade.')));
    expect(project?.extraFollowUps[0]?.goals).toEqual([1, 2]);
  });

  test.each([
    {
      name: 'an extra follow-up without a title',
      files: edited(EXTRA, 'title: Klimatenkäten 2023\n', ''),
      expected: { file: EXTRA, line: 3, field: 'kind', code: 'field.missing', message: 'En extra uppföljning behöver en rubrik: fältet title saknas.' },
    },
    {
      name: 'an extra follow-up that judges a goal',
      files: edited(EXTRA, '  - goal: 1\n', '  - goal: 1\n    assessment: uppfylls\n'),
      expected: { file: EXTRA, line: 8, field: 'goals.0.assessment', code: 'follow-up.extra-assessment' },
    },
    {
      name: 'an extra follow-up about nothing',
      files: { [EXTRA]: '---\nyear: 2023\nkind: extra\npublished: 2023-11-01\ntitle: Klimatenkäten 2023\n---\n' },
      expected: { file: EXTRA, code: 'follow-up.extra-scope' },
    },
    {
      name: 'an extra follow-up whose file name lacks its own name',
      files: { [EXTRA]: null, 'content/follow-ups/2023-extra.md': original(EXTRA) },
      expected: { file: 'content/follow-ups/2023-extra.md', code: 'follow-up.file-name', hint: 'döp filen till år, extra och ett namn med små bokstäver och bindestreck, till exempel 2023-extra-lupp.md.' },
    },
    {
      name: 'an extra follow-up whose file name has another year',
      files: { [EXTRA]: null, 'content/follow-ups/2024-extra-enkat.md': original(EXTRA) },
      expected: { file: 'content/follow-ups/2024-extra-enkat.md', code: 'follow-up.file-name', hint: 'döp om filen till 2023-extra-enkat.md eller rätta fälten.' },
    },
    {
      name: 'a tertial with a title of its own',
      files: edited('content/follow-ups/2023-t2.md', 'kind: tertial-2\n', 'kind: tertial-2\ntitle: Hösten\n'),
      expected: { file: 'content/follow-ups/2023-t2.md', line: 4, field: 'title', code: 'follow-up.title' },
    },
    {
      name: 'a tertial goal without an assessment',
      files: edited('content/follow-ups/2023-t2.md', '    assessment: fulfilled\n', ''),
      expected: { file: 'content/follow-ups/2023-t2.md', line: 10, field: 'goals.1', code: 'field.missing' },
    },
    {
      name: 'a misspelled kind',
      files: edited(EXTRA, 'kind: extra', 'kind: extraa'),
      expected: { file: EXTRA, line: 3, field: 'kind', message: 'Skriv kind: tertial-1, tertial-2, arsredovisning eller extra.' },
    },
  ])('$name is reported', ({ files, expected }) => {
    expect(problemsOf(files)).toContainEqual(expect.objectContaining(expected));
  });
});

describe('evaluations of the ambition level', () => {
  const DEC = 'content/decisions/ks-2022-03-09-70.md';
  test('name decisions that exist', () => {
    expect(problemsOf(edited(DEC, 'after: [kf-2020-10]', 'after: [kf-2020-01]'))).toContainEqual(
      expect.objectContaining({ file: DEC, field: 'evaluation.after.0', code: 'ref.decision', message: 'Beslutet "kf-2020-01" finns inte. Menade du "kf-2020-10"?' }),
    );
  });
  test('cannot be led to by the decision itself', () => {
    expect(problemsOf(edited(DEC, 'after: [kf-2020-10]', 'after: [ks-2022-03-09-70]'))).toContainEqual(expect.objectContaining({ file: DEC, code: 'decision.evaluation-self' }));
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadProject } from '../src/lib/project/index.ts';
import { formatProblem, summaryLine } from '../src/lib/problems.ts';
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
    expect(fileCount).toBe(18);
    expect(project?.goals.map((g) => g.data.number)).toEqual([1, 2, 3, 4]);
    expect(project?.indicators.map((i) => i.id)).toEqual(['trygghet', 'utslapp', 'N15428']);
  });

  test('metadata without a data file is allowed and has no series', () => {
    const { project } = loadProject(fixtureFiles());
    expect(project?.indicators.find((i) => i.id === 'trygghet')?.series).toBeNull();
  });

  test('judged assessments written in Swedish become the method codes', () => {
    const { project } = loadProject(fixtureFiles());
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
    name: 'a follow-up judging an indicator with a word meant for goals',
    files: edited('content/follow-ups/2023-t2.md', '  - id: N15428\n', '  - id: N15428\n    assessment: uppfylls delvis\n'),
    expected: { file: 'content/follow-ups/2023-t2.md', line: 15, field: 'indicators.0.assessment', message: expect.stringContaining('"uppfylls delvis" är en bedömning för mål. För en indikator skriver du ett av orden uppnått, i fas, för långsamt') },
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
    expected: { file: 'content/follow-ups/2023-t2.md', line: 14, field: 'indicators.0.id', message: 'Indikatorn "n15428" finns inte. Menade du "N15428"? Stora och små bokstäver måste stämma.' },
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
    expected: { file: 'content/follow-ups/2023-t2.md', line: 16, field: 'indicators.1.id', message: 'Indikatorn "N15428" står två gånger under indicators.', hint: 'slå ihop kommentaren med den på rad 14 och ta bort den ena.' },
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

test('a shortened id gets the one id it starts', async () => {
  const { didYouMean } = await import('../src/lib/problems.ts');
  expect(didYouMean('larande', ['naringsliv-och-arbetsmarknad', 'larande-och-utbildning', 'forsorjning'])).toBe(' Menade du "larande-och-utbildning"?');
  expect(didYouMean('lar', ['larande-och-utbildning', 'larmcentral'])).toBe('');
});

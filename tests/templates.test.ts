/**
 * Files to start from: `npm run ny:indikator` and `npm run ny:uppfoljning` (the method's
 * assessment beside each goal, every empty field named by the check until filled in, nothing
 * overwritten), and the upload templates in docs/mallar/, which pass the check when filled in as their
 * instructions say.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseDate } from '../src/lib/date.ts';
import { buildOverview } from '../src/lib/overview.ts';
import { followUpTemplate, indicatorTemplate } from '../src/lib/templates.ts';
import { validateProject } from '../src/lib/validate.ts';
import { fixtureFiles, fixtureWith } from './helpers/fixture.ts';

const ROOT = join(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const DAY = parseDate('2026-01-15')!;
const project = () => validateProject(fixtureFiles(), { buildDate: DAY }).project!;
const validate = (files: Record<string, string>) => validateProject(fixtureFiles(files), { buildDate: DAY });

/**
 * Fills a template as its instructions say: each `field: # explanation` line named in `values`
 * gets the value after the colon instead of the explanation (every such line, for a field that
 * repeats, like each goal's `comment`).
 */
function fill(text: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((t, [field, value]) => {
    const re = new RegExp(`^(\\s*(?:- )?)${field}:( #.*)?$`, 'gm');
    if (!re.test(t)) throw new Error(`no empty ${field}: in the template`);
    return t.replace(re, `$1${field}: ${value}`);
  }, text);
}

/** Takes away the `#` that starts each line matching `pattern`, as the instructions say for optional fields. */
const uncomment = (text: string, pattern: RegExp) => text.split('\n').map((l) => (l.startsWith('#') && pattern.test(l) ? l.slice(1) : l)).join('\n');

describe('npm run ny:indikator', () => {
  test('makes a metadata stub and a data file with the header row, listing the sub-goals and areas to choose from', () => {
    const result = indicatorTemplate('skolresultat', project());
    expect(result.files?.map((f) => f.path)).toEqual(['content/indicators/skolresultat.md', 'data/indicators/skolresultat.csv']);
    expect(result.files?.[1]?.text).toBe('period,gender,value,note\n');
    const md = result.files![0]!.text;
    expect(md).toContain('#   mål 1 (Testmål 1):\n#     subgoal: miljo (Miljö), area: Klimat');
    expect(md).toContain('#     subgoal: skola (Skola), area: Behörighet');
    expect(md).toContain('  name: # vem som publicerar siffrorna');
  });

  test('fills in Kolada as the source for a Kolada id', () => {
    expect(indicatorTemplate('N15427', null).files?.[0]?.text).toContain('source:\n  name: Kolada\n  kpi: N15427\n');
  });

  test('as made, the check names every field to fill in at its line; filled in as it says, it passes', () => {
    const [md, csv] = indicatorTemplate('skolresultat', project()).files!;
    const empty = validate({ [md!.path]: md!.text, [csv!.path]: csv!.text });
    expect(empty.problems.map((p) => p.field)).toEqual(['title', 'goal', 'subgoal', 'area', 'unit', 'direction', 'source.name']);
    expect(empty.problems.every((p) => p.file === md!.path && p.line! > 1)).toBe(true);
    const filled = fill(md!.text, { title: 'Andel elever med godkända betyg', goal: '2', subgoal: 'skola', area: 'Behörighet', unit: 'procent', direction: 'increase', name: 'Skolverket' });
    const withOptional = uncomment(filled, /^#(definition|responsible):/);
    const result = validate({ [md!.path]: withOptional, [csv!.path]: csv!.text + '2023,T,80.5,\n2024,T,81.0,\n' });
    expect(result.problems).toEqual([]);
    expect(result.project?.indicators.find((i) => i.id === 'skolresultat')?.data).toMatchObject({ responsible: 'Barn- och utbildningsnämnden', definition: 'Vad indikatorn mäter, i en eller två meningar.' });
  });

  test('refuses an id that cannot be a file name and a URL', () => {
    expect(indicatorTemplate('Skolresultat åk 9', null).error).toMatch(/^"Skolresultat åk 9" kan inte vara en indikators id: använd bara bokstäverna a–z/);
  });
});

describe('npm run ny:uppfoljning', () => {
  test('lists every goal with the assessment the follow-up’s page will compute beside it, and leaves the judgement empty', () => {
    const text = followUpTemplate('2026-t1', project(), DAY).files![0]!.text;
    const goalLines = text.split('\n').filter((l) => /^ {2}- goal: /.test(l));
    expect(goalLines).toEqual([
      '  - goal: 1 # Testmål 1. Metoden räknar fram: uppfylls. Av 2 indikatorer: 1 är i fas och 1 saknar underlag.',
      '  - goal: 2 # Testmål 2. Metoden räknar fram: uppfylls delvis. Den enda indikatorn är oförändrad.',
      '  - goal: 3 # Testmål 3. Metoden räknar fram: underlag saknas. Inga indikatorer ännu.',
      '  - goal: 4 # Testmål 4. Metoden räknar fram: underlag saknas. Inga indikatorer ännu.',
    ]);
    expect(text).toContain('#  - id: utslapp # Utsläpp per invånare. Metoden räknar fram: i fas.\n#    comment:');

    // Filled in, the follow-up's page shows for each goal the computed assessment the template said.
    const filled = fill(text, { published: '2026-01-10', assessment: 'uppfylls delvis', comment: 'Så här gick det.' });
    const v = validate({ 'content/follow-ups/2026-t1.md': filled });
    expect(v.problems).toEqual([]);
    const page = buildOverview(v.project!, DAY).followUps.find((f) => f.followUp.id === '2026-t1')!;
    expect(page.goals.map((g) => `${g.goal.data.number}: ${g.computed.label.toLowerCase()}`)).toEqual(
      goalLines.map((l) => l.replace(/^ {2}- goal: (\d) # .*Metoden räknar fram: ([^.]+)\..*$/, '$1: $2')),
    );
  });

  test('as made, the check names the date and each goal’s judgement and comment', () => {
    const text = followUpTemplate('2026-t1', project(), DAY).files![0]!.text;
    const v = validate({ 'content/follow-ups/2026-t1.md': text });
    expect(v.problems.map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      '8 published: Skriv datumet som text, till exempel 2021-01-13 (eller 2022-08 om bara månaden är känd).',
      ...[0, 1, 2, 3].flatMap((i) => [
        `${11 + 3 * i} goals.${i}.assessment: Skriv bedömningen: uppfylls, uppfylls delvis, uppfylls inte eller underlag saknas.`,
        `${12 + 3 * i} goals.${i}.comment: Fältet är tomt: skriv text efter kolonet.`,
      ]),
    ]);
  });

  test('an extra follow-up gets a title and no assessments, and passes when filled in', () => {
    const text = followUpTemplate('2026-extra-enkat', project(), DAY).files![0]!.text;
    expect(text).toContain('kind: extra\n');
    expect(text).not.toMatch(/^\s+assessment:/m);
    const filled = fill(text, { published: '2026-01-10', title: 'Enkäten 2026', comment: 'Enkäten visar att fler cyklar.' });
    expect(validate({ 'content/follow-ups/2026-extra-enkat.md': filled }).problems).toEqual([]);
  });

  test('refuses a name that is no follow-up', () => {
    expect(followUpTemplate('2026-t4', project(), DAY).error).toMatch(/^"2026-t4" är inget namn på en uppföljning\. Skriv år och sort: 2027-t1 \(tertial 1\)/);
  });
});

describe('the commands', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const run = (args: string[]) => spawnSync(NODE, [join(ROOT, 'scripts', 'new.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1768435200' } });

  test('create the files, and never write over one that exists', () => {
    const dir = fixtureWith();
    dirs.push(dir);
    const made = run(['indikator', 'N15427', dir]);
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('Skapade content/indicators/N15427.md och data/indicators/N15427.csv.');
    expect(readFileSync(join(dir, 'data/indicators/N15427.csv'), 'utf8')).toBe('period,gender,value,note\n');

    writeFileSync(join(dir, 'data/indicators/N15427.csv'), 'period,value\n2024,5\n');
    const again = run(['indikator', 'N15427', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/indicators/N15427.md och data/indicators/N15427.csv finns redan och skrivs inte över.');
    expect(readFileSync(join(dir, 'data/indicators/N15427.csv'), 'utf8')).toBe('period,value\n2024,5\n');

    const existing = run(['uppfoljning', '2023-t2', dir]);
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain('content/follow-ups/2023-t2.md finns redan och skrivs inte över.');
  });

  test('a follow-up needs valid files, since it computes the method’s assessment from them; a wrong name says how to write one', () => {
    const dir = fixtureWith({ 'data/indicators/utslapp.csv': 'period,value\n2023,abc\n' });
    dirs.push(dir);
    const result = run(['uppfoljning', '2026-t1', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Värdet "abc" är inget tal.');
    expect(result.stderr).toContain('Rätta felen först');
    const usage = run(['uppfoljning']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Så kör du: npm run ny:uppfoljning -- <2027-t1 | 2027-t2 | 2027-ar | 2027-extra-namn>');
  });
});

describe('the upload templates in docs/mallar/', () => {
  const mall = (name: string) => readFileSync(join(ROOT, 'docs', 'mallar', name), 'utf8');

  test('the CSV template with rows added as docs/mallar/README.md shows passes, also as Swedish Excel saves it', () => {
    const md = fill(mall('indikator.md'), { title: 'Andel elever med godkända betyg', goal: '2', subgoal: 'skola', area: 'Behörighet', unit: 'procent', direction: 'increase', name: 'Kolada' });
    const rows = '2023,T,81.2,\n2024,T,82.0,\n2025,T,88.1,ny enkätfråga från 2025\n';
    expect(mall('README.md')).toContain(`\`\`\`csv\n${mall('indikator.csv')}${rows}\`\`\``);
    expect(validate({ 'content/indicators/N15427.md': md, 'data/indicators/N15427.csv': mall('indikator.csv') + rows }).problems).toEqual([]);
    const excel = '\ufeff' + (mall('indikator.csv') + rows).replace(/,/g, ';').replace(/(\d)\.(\d)/g, '$1,$2').replace(/\n/g, '\r\n');
    expect(validate({ 'content/indicators/N15427.md': md, 'data/indicators/N15427.csv': excel }).problems).toEqual([]);
  });

  test('the indicator template lists every empty field the check asks for, and none more', () => {
    expect(validate({ 'content/indicators/N15427.md': mall('indikator.md') }).problems.map((p) => p.field)).toEqual(['title', 'goal', 'subgoal', 'area', 'unit', 'direction', 'source.name']);
  });

  test('the follow-up templates pass when filled in', () => {
    const regular = fill(mall('uppfoljning.md'), { year: '2025', kind: 'tertial-1', published: '2025-05-20', assessment: 'uppfylls delvis', comment: 'Så här gick det.' });
    expect(validate({ 'content/follow-ups/2025-t1.md': uncomment(regular, /^#(indicators:| {2}- id:| {4}comment:)/) }).problems).toEqual([]);
    const extra = fill(mall('extra-uppfoljning.md'), { year: '2025', published: '2025-11-20', title: 'Enkäten 2025', comment: 'Fler cyklar.' });
    expect(validate({ 'content/follow-ups/2025-extra-enkat.md': extra }).problems).toEqual([]);
  });

  test('the activity template passes when filled in, with its log', () => {
    const filled = fill(mall('aktivitet.md'), { title: 'Gemensam plan för laddplatser', description: 'Förvaltningarna tar fram en plan.', goal: '1', responsible: 'Kommunstyrelsen', start: '2025-10', plannedEnd: '2026-06' });
    const withLog = uncomment(filled, /^#(subgoals:|log:| {2}- month:| {4}status:| {4}comment:)/).replace('[miljo-och-naturresurser]', '[miljo]').replace('2027-04', '2025-11');
    const v = validate({ 'content/activities/laddplatser.md': withLog });
    expect(v.problems).toEqual([]);
    expect(v.project?.activities.find((a) => a.id === 'laddplatser')?.data.log).toHaveLength(1);
  });
});

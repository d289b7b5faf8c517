/** What importing one key figure does to a project, as texts by path and a Swedish summary. */
import { describe, expect, test } from 'vitest';
import { ImportError } from '../../src/lib/kolada/errors.ts';
import { planImport } from '../../src/lib/kolada/plan.ts';
import type { KoladaValue, KpiInfo } from '../../src/lib/kolada/response.ts';
import type { Gender } from '../../src/lib/model.ts';
import { loadProject } from '../../src/lib/project/index.ts';
import { settingsSchema } from '../../src/lib/schemas/settings.ts';
import { fixtureFiles } from '../helpers/fixture.ts';

const settings = settingsSchema.parse({
  organisation: 'Testkommun',
  homepage: 'https://testkommun.example',
  municipalityCode: '0999',
  comparisons: [
    { id: '0000', name: 'Riket' },
    { id: '0006', name: 'Testlänet' },
  ],
});
const info = (id: string): KpiInfo => ({ id, title: `Nyckeltal ${id}`, description: 'En beskrivning.' });
const v = (kpi: string, area: string, year: number, gender: Gender, value: number | null): KoladaValue => ({ kpi, area, year, gender, value });
const text = (b: Uint8Array | string | undefined) => (typeof b === 'string' ? b : new TextDecoder().decode(b));
const failure = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportError) return e;
  }
  throw new Error('expected an ImportError');
};

describe('planImport', () => {
  test('the municipality\'s values go to its data file, the comparison areas\' to the comparison file', () => {
    const values = [v('N15428', '0999', 2024, 'T', 83.4), v('N15428', '0000', 2024, 'T', 81.6), v('N15428', '0006', 2024, 'T', 82)];
    const plan = planImport(fixtureFiles(), settings, '0999', { id: 'N15428', kpi: 'N15428' }, info('N15428'), values);
    expect([...plan.writes.keys()]).toEqual(['data/indicators/N15428.csv', 'data/comparisons/N15428.csv']);
    expect(plan.writes.get('data/indicators/N15428.csv')).toMatch(/\r\n2024;T;83,4;\r\n$/);
    expect(plan.writes.get('data/comparisons/N15428.csv')).toMatch(/\n2024,0000,T,81.6\n2024,0006,T,82\n$/);
    expect(plan.lines).toEqual([
      'N15428 – Nyckeltal N15428 (nyckeltal N15428)',
      '  data/indicators/N15428.csv: 1 nytt värde, 0 ändrade, 0 borttagna.',
      '    nya värden för 2024',
      '    9 värden som Kolada inte har i svaret ligger kvar som de var.',
      '  data/comparisons/N15428.csv: 2 nya värden, 0 ändrade, 0 borttagna.',
      '    nya värden för 2024',
      '    8 värden som Kolada inte har i svaret ligger kvar som de var.',
    ]);
    expect(plan.counts).toEqual({ added: 3, changed: 0, removed: 0 });
  });

  test('changed comparison values name their area', () => {
    const plan = planImport(fixtureFiles(), settings, '0999', { id: 'N15428', kpi: 'N15428' }, info('N15428'), [v('N15428', '0000', 2023, 'T', 81)]);
    expect(plan.lines).toContain('    ändrat: 2023 Riket (0000) T 80,9 → 81');
  });

  test('nothing new: nothing written', () => {
    const plan = planImport(fixtureFiles(), settings, '0999', { id: 'N15428', kpi: 'N15428' }, info('N15428'), [v('N15428', '0999', 2021, 'T', 80.5)]);
    expect(plan.writes.size).toBe(0);
    expect(plan.lines).toContain('  data/indicators/N15428.csv: inga ändringar.');
  });

  test('a key figure without an indicator gets a new metadata file, a data file and a comparison file', () => {
    const values = [v('N00002', '0999', 2023, 'T', 5), v('N00002', '0000', 2023, 'T', 6)];
    const plan = planImport(fixtureFiles(), settings, '0999', { id: 'N00002', kpi: 'N00002' }, info('N00002'), values);
    expect([...plan.writes.keys()].sort()).toEqual(['content/indicators/N00002.md', 'data/comparisons/N00002.csv', 'data/indicators/N00002.csv']);
    expect(plan.createdMetadata).toBe('content/indicators/N00002.md');
    expect(plan.lines).toContain('  content/indicators/N00002.md (ny fil): fyll i goal, subgoal, area, unit och direction innan något publiceras.');
    // The new files are valid but for the fields staff must fill in.
    const files = fixtureFiles(Object.fromEntries(plan.writes));
    expect(new Set(loadProject(files).problems.map((p) => p.file))).toEqual(new Set(['content/indicators/N00002.md']));
  });

  test('real values replace example values entirely, and the example mark goes', () => {
    const values = [v('N00001', '0999', 2022, 'T', 4.5), v('N00001', '0999', 2023, 'T', 4.2), v('N00001', '0000', 2023, 'T', 5.1)];
    const plan = planImport(fixtureFiles(), settings, '0999', { id: 'utslapp', kpi: 'N00001' }, info('N00001'), values);
    expect(plan.writes.get('data/indicators/utslapp.csv')).toBe('period,value,note\n2022,4.5,\n2023,4.2,\n');
    const meta = plan.writes.get('content/indicators/utslapp.md')!;
    expect(meta).not.toContain('example: true');
    expect(meta).toContain('source:\n  name: Kolada\n  kpi: N00001\n');
    expect(plan.lines).toContain('  data/indicators/utslapp.csv: 2 nya värden, 0 ändrade, 5 borttagna.');
    expect(plan.lines).toContain('  Exempelvärdena (5 rader) ersattes med Koladas värden, och example: true togs bort ur content/indicators/utslapp.md.');
    expect(loadProject(fixtureFiles(Object.fromEntries(plan.writes))).problems).toEqual([]);
    const utslapp = loadProject(fixtureFiles(Object.fromEntries(plan.writes))).project!.indicators.find((i) => i.id === 'utslapp')!;
    expect([utslapp.data.example, utslapp.comparisons.map((c) => c.area.name)]).toEqual([false, ['Riket']]);
  });

  test('without values for the municipality, an example indicator keeps its example values', () => {
    const plan = planImport(fixtureFiles(), settings, '0999', { id: 'utslapp', kpi: 'N00001' }, info('N00001'), [v('N00001', '0000', 2023, 'T', 5.1)]);
    expect(plan.writes.size).toBe(0);
    expect(plan.lines[1]).toBe('  Kolada har inga värden för kommunen (0999): inget ändrades, exempelvärdena ligger kvar.');
  });

  test('an indicator that names another key figure is not touched', () => {
    const e = failure(() => planImport(fixtureFiles(), settings, '0999', { id: 'N15428', kpi: 'N15429' }, info('N15429'), []));
    expect(e.code).toBe('import.kpi-mismatch');
    expect(e.message).toBe('content/indicators/N15428.md har nyckeltalet N15428, inte N15429.');
  });

  test('real values from another source are never mixed with Kolada\'s', () => {
    const e = failure(() => planImport(fixtureFiles(), settings, '0999', { id: 'trygghet', kpi: 'N00003' }, info('N00003'), [v('N00003', '0999', 2023, 'T', 1)]));
    expect(e.code).toBe('import.source-mismatch');
    expect(e.message).toBe('content/indicators/trygghet.md har verkliga värden från "Testenkät" utan nyckeltal (kpi): Koladas värden skulle blandas med dem.');
  });

  test('an id that cannot be a file name is refused', () => {
    expect(failure(() => planImport(fixtureFiles(), settings, '0999', { id: '../x', kpi: 'N00001' }, info('N00001'), [])).code).toBe('import.id');
  });

  test('the own values never go to the comparison file, and areas not compared with are left out', () => {
    const values = [v('N00002', '0999', 2023, 'T', 5), v('N00002', '0683', 2023, 'T', 7)];
    const plan = planImport(fixtureFiles(), settings, '0999', { id: 'N00002', kpi: 'N00002' }, info('N00002'), values);
    expect(plan.writes.has('data/comparisons/N00002.csv')).toBe(false);
    expect(text(plan.writes.get('data/indicators/N00002.csv'))).toBe('period,gender,value,note\n2023,T,5,\n');
  });
});

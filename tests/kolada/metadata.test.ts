/** The import's reading and editing of indicator metadata files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { markAsReal, readMetadataFacts, stubMetadata } from '../../src/lib/kolada/metadata.ts';
import { loadProject } from '../../src/lib/project/index.ts';
import { fixtureFiles, VALID_FIXTURE } from '../helpers/fixture.ts';

const original = (path: string) => readFileSync(join(VALID_FIXTURE, path), 'utf8');

describe('readMetadataFacts', () => {
  test('reads the example mark and the key figure', () => {
    expect(readMetadataFacts(original('content/indicators/N15428.md'))).toEqual({ example: false, source: { name: 'Kolada', kpi: 'N15428' }, title: 'Andel elever i åk 9 som är behöriga till ett yrkesprogram' });
    expect(readMetadataFacts(original('content/indicators/utslapp.md'))).toMatchObject({ example: true, source: { name: 'Exempeldata (tänkt källa: Testkälla)', kpi: null } });
  });

  test('reads a new file whose fields are still empty', () => {
    expect(readMetadataFacts(stubMetadata({ id: 'N00001', title: 'Ett nyckeltal', description: null }))).toEqual({ example: false, source: { name: 'Kolada', kpi: 'N00001' }, title: 'Ett nyckeltal' });
  });

  test('is null without front matter', () => {
    expect(readMetadataFacts('title: x\n')).toBeNull();
  });
});

describe('stubMetadata', () => {
  const stub = stubMetadata({ id: 'N15428', title: 'Elever i åk 9: "behöriga", andel (%)', description: 'Andel elever som är behöriga.' });

  test('carries Kolada\'s title and description and the source, and leaves the rest to staff', () => {
    expect(stub).toContain('title: "Elever i åk 9: \\"behöriga\\", andel (%)"');
    expect(stub).toContain('source:\n  name: Kolada\n  kpi: N15428\n  url: https://www.kolada.se/\n---\nKoladas beskrivning av nyckeltalet: Andel elever som är behöriga.\n');
  });

  test('npm run check names each field staff must fill in, at its line', () => {
    const problems = loadProject(fixtureFiles({ 'content/indicators/N15428.md': stub })).problems.filter((p) => p.file === 'content/indicators/N15428.md');
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['goal', 5],
      ['subgoal', 6],
      ['area', 7],
      ['unit', 8],
      ['direction', 9],
    ]);
  });
});

describe('markAsReal', () => {
  test('removes the example mark and sets the source to Kolada and the key figure; nothing else changes', () => {
    const before = original('content/indicators/utslapp.md');
    const after = markAsReal(before, 'N00001');
    expect(after).toBe(before.replace('example: true\n', '').replace('source:\n  name: "Exempeldata (tänkt källa: Testkälla)"\n  url: https://kalla.example/utslapp\n', 'source:\n  name: Kolada\n  kpi: N00001\n  url: https://www.kolada.se/\n'));
    expect(readMetadataFacts(after)).toMatchObject({ example: false, source: { name: 'Kolada', kpi: 'N00001' } });
  });

  test('keeps a source that already names the key figure, and Windows line endings', () => {
    const before = '---\r\ntitle: X\r\nsource:\r\n  name: Kolada\r\n  kpi: N15428\r\n  url: https://www.kolada.se/verktyg\r\nexample: true\r\n---\r\nText.\r\n';
    expect(markAsReal(before, 'N15428')).toBe('---\r\ntitle: X\r\nsource:\r\n  name: Kolada\r\n  kpi: N15428\r\n  url: https://www.kolada.se/verktyg\r\n---\r\nText.\r\n');
  });
});

/** The import's command line. */
import { describe, expect, test } from 'vitest';
import { ImportError } from '../../src/lib/kolada/errors.ts';
import { apiUrlOf, municipalityOf, readOptions, readYears, targetsOf } from '../../src/lib/kolada/options.ts';
import { settingsSchema } from '../../src/lib/schemas/settings.ts';
import { fixtureFiles } from '../helpers/fixture.ts';

const message = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportError) return e.message;
  }
  return 'no ImportError';
};

describe('readOptions', () => {
  test('reads a key figure, an indicator, a municipality, years and an address', () => {
    expect(readOptions(['--kpi', 'N15428', '--id', 'behorighet', '--municipality', '0665', '--years', '2015-2017', '--api-url', 'http://127.0.0.1:1'])).toEqual({
      kpi: 'N15428',
      id: 'behorighet',
      all: false,
      municipality: '0665',
      years: [2015, 2016, 2017],
      apiUrl: 'http://127.0.0.1:1',
      root: null,
    });
  });

  test.each([
    [['--kpi', 'n15428'], '"n15428" är inget nyckeltal i Kolada.'],
    [[], 'Ange vilket nyckeltal som ska hämtas.'],
    [['--all', '--kpi', 'N15428'], '--all hämtar alla indikatorer med nyckeltal; ange inte --kpi eller --id samtidigt.'],
    [['--kpi', 'N15428', '--municipality', '665'], '--municipality 665 är inte fyra siffror.'],
    [['--kpii', 'N15428'], expect.stringMatching(/^Importen förstår inte kommandot: Unknown option '--kpii'/)],
    [['--kpi', 'N15428', '--years', '2020-tal'], '--years 2020-tal är inga år.'],
  ])('refuses %o in Swedish', (argv, expected) => {
    expect(message(() => readOptions(argv))).toEqual(expected);
  });

  test('years are a list or a span', () => {
    expect(readYears('2022,2024')).toEqual([2022, 2024]);
    expect(readYears(undefined)).toEqual([]);
  });
});

describe('what the options ask for', () => {
  const settings = settingsSchema.parse({ organisation: 'Testkommun', homepage: 'https://t.example', municipalityCode: '0999' });

  test('the municipality comes from the settings unless the command names one', () => {
    expect(municipalityOf(readOptions(['--kpi', 'N15428']), settings)).toBe('0999');
    expect(municipalityOf(readOptions(['--kpi', 'N15428', '--municipality', '0665']), settings)).toBe('0665');
    expect(message(() => municipalityOf(readOptions(['--kpi', 'N15428']), { ...settings, municipalityCode: undefined }))).toBe('Kommunens id i Kolada saknas: skriv municipalityCode i content/settings.yaml.');
  });

  test('the address comes from --api-url, then KOLADA_API_URL, then Kolada', () => {
    expect(apiUrlOf(readOptions(['--kpi', 'N15428', '--api-url', 'http://a']), { KOLADA_API_URL: 'http://b' })).toBe('http://a');
    expect(apiUrlOf(readOptions(['--kpi', 'N15428']), { KOLADA_API_URL: 'http://b' })).toBe('http://b');
    expect(apiUrlOf(readOptions(['--kpi', 'N15428']), {})).toBe('https://api.kolada.se');
  });

  test('one key figure goes to the indicator of the same id unless --id says otherwise', () => {
    expect(targetsOf(readOptions(['--kpi', 'N15428']), fixtureFiles())).toEqual([{ id: 'N15428', kpi: 'N15428' }]);
    expect(targetsOf(readOptions(['--kpi', 'N00001', '--id', 'utslapp']), fixtureFiles())).toEqual([{ id: 'utslapp', kpi: 'N00001' }]);
  });

  test('--all takes every indicator whose metadata names a key figure', () => {
    const files = fixtureFiles({ 'content/indicators/nytt.md': '---\ntitle: Nytt\nsource:\n  name: Kolada\n  kpi: N00009\n---\n' });
    expect(targetsOf(readOptions(['--all']), files)).toEqual([
      { id: 'N15428', kpi: 'N15428' },
      { id: 'nytt', kpi: 'N00009' },
    ]);
    expect(message(() => targetsOf(readOptions(['--all']), fixtureFiles({ 'content/indicators/N15428.md': null })))).toBe('Ingen indikator har ett nyckeltal (source.kpi) att hämta.');
  });
});

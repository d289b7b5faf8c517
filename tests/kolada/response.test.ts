/** Reading Kolada's answers: the shape of API v3, and nothing else. */
import { describe, expect, test } from 'vitest';
import { ImportError } from '../../src/lib/kolada/errors.ts';
import { parseJson, readDataPage, readKpiInfo } from '../../src/lib/kolada/response.ts';
import { recorded } from '../helpers/kolada-server.ts';

const URL = 'http://127.0.0.1/v3/data';
const page = (name: string) => readDataPage(parseJson(recorded(name).replaceAll('{{base}}', 'http://k'), URL), URL);
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ImportError ? e.code : `not an ImportError: ${String(e)}`;
  }
  return 'no error';
};

describe('readDataPage', () => {
  test('gives one value per area, year and gender, and the next page', () => {
    const p = page('data-page-1.json');
    expect(p.nextUrl).toBe('http://k/v3/data/kpi/N15428/municipality/0999,0000,0006?page=2&per_page=4');
    expect(p.values.filter((v) => v.area === '0999' && v.year === 2021)).toEqual([
      { kpi: 'N15428', area: '0999', year: 2021, gender: 'T', value: 80.5 },
      { kpi: 'N15428', area: '0999', year: 2021, gender: 'K', value: 83 },
      { kpi: 'N15428', area: '0999', year: 2021, gender: 'M', value: 78.1 },
    ]);
  });

  test('keeps a null value as missing, and the last page has no next page', () => {
    expect(page('data-page-1.json').values.find((v) => v.area === '0006')).toEqual({ kpi: 'N15428', area: '0006', year: 2022, gender: 'T', value: null });
    const last = page('data-page-2.json');
    expect(last.nextUrl).toBeNull();
    expect(last.values.find((v) => v.year === 2023 && v.gender === 'M')?.value).toBeNull();
  });

  test('reads the reference sample of a v3 answer', () => {
    const sample = { count: 1, values: [{ kpi: 'N15428', municipality: '0665', period: 2023, values: [{ count: 1, gender: 'T', status: '', value: null }] }], next_url: null, previous_url: null };
    expect(readDataPage(sample, URL)).toEqual({ values: [{ kpi: 'N15428', area: '0665', year: 2023, gender: 'T', value: null }], nextUrl: null });
  });

  test.each([
    ['text that is not JSON', () => parseJson(recorded('malformed.txt'), URL)],
    ['an answer without values', () => readDataPage({ count: 0 }, URL)],
    ['a value that is text', () => readDataPage({ values: [{ kpi: 'N15428', municipality: '0665', period: 2023, values: [{ gender: 'T', value: '88,1' }] }] }, URL)],
    ['an unknown gender code', () => readDataPage({ values: [{ kpi: 'N15428', municipality: '0665', period: 2023, values: [{ gender: 'X', value: 1 }] }] }, URL)],
    ['a value without a period', () => readDataPage({ values: [{ kpi: 'N15428', municipality: '0665', values: [] }] }, URL)],
    ['a next_url that is a number', () => readDataPage({ values: [], next_url: 2 }, URL)],
  ])('%s is a malformed answer, never a guess', (_name, read) => {
    expect(codeOf(read)).toBe('kolada.malformed');
  });

  test('the malformed-answer message is Swedish and names the address', () => {
    expect(() => parseJson('{', URL)).toThrow(`Kolada svarade med något som importen inte kan läsa (${URL}): svaret är inte JSON.`);
  });
});

describe('readKpiInfo', () => {
  test('gives the title and description of a key figure', () => {
    expect(readKpiInfo(parseJson(recorded('kpi-N15428.json'), URL), 'N15428', URL)).toEqual({
      id: 'N15428',
      title: 'Elever i åk 9 som är behöriga till yrkesprogram, andel (%)',
      description: 'Andel elever i årskurs 9 som är behöriga till ett yrkesprogram på gymnasiet. Testtext för importens tester.',
    });
  });

  test('reads a single object as well as a list', () => {
    expect(readKpiInfo({ id: 'N00001', title: 'Ett nyckeltal' }, 'N00001', URL)).toEqual({ id: 'N00001', title: 'Ett nyckeltal', description: null });
  });

  test('is null for a key figure Kolada does not have', () => {
    expect(readKpiInfo(parseJson(recorded('kpi-unknown.json'), URL), 'N99999', URL)).toBeNull();
  });
});

/**
 * The typos a file format cannot catch, as staff make them: each is an error (it cannot be true)
 * or a warning (it probably is not), located at the cell, with a suggested fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDate } from '../src/lib/date.ts';
import fc from 'fast-check';
import { medianWithout, shiftedDecimal } from '../src/lib/plausibility.ts';
import { validateProject } from '../src/lib/validate.ts';
import { VALID_FIXTURE, fixtureFiles } from './helpers/fixture.ts';

/** SOURCE_DATE_EPOCH=1768435200, as in the fixture builds. */
const OPTIONS = { buildDate: parseDate('2026-01-15')! };
const original = (path: string) => readFileSync(join(VALID_FIXTURE, path), 'utf8');
const validate = (files: Record<string, string | null>, options = OPTIONS) => validateProject(fixtureFiles(files), options);

const PERCENT = 'data/indicators/N15428.csv';
const TONNES = 'data/indicators/utslapp.csv';
/** `trygghet` (no data in the fixture) made a count, with a data file: a population. */
const population = (values: string) => ({
  'content/indicators/trygghet.md': original('content/indicators/trygghet.md').replace('unit: procent', 'unit: antal'),
  'data/indicators/trygghet.csv': `period,value,note\n${values}`,
});

describe('a percentage outside 0–100 is an error', () => {
  test('881 for 88.1 is located at the cell and suggests the shifted decimal point', () => {
    const { problems, project } = validate({ [PERCENT]: 'period,value\n2021,80.5\n2022,81.2\n2023,881\n' });
    expect(project).toBeNull();
    expect(problems).toEqual([
      {
        file: PERCENT,
        line: 4,
        column: 2,
        field: 'value',
        code: 'data.percent-range',
        message: 'Värdet 881 är en andel i procent men ligger inte mellan 0 och 100. Menade du 88.1?',
        hint: 'rätta värdet: en andel skrivs i procent, mellan 0 och 100 (88.1 betyder 88,1 %).',
      },
    ]);
  });

  test('in a file with decimal commas the suggestion has a decimal comma', () => {
    const { problems } = validate({ [PERCENT]: original(PERCENT).replace('2023;T;82,0;', '2023;T;820;') });
    expect(problems.map((p) => p.message)).toEqual(['Värdet 820 är en andel i procent men ligger inte mellan 0 och 100. Menade du 82?']);
  });

  test('a negative share is an error too, with no suggestion', () => {
    expect(validate({ [PERCENT]: 'period,value\n2021,80.5\n2022,-81.2\n' }).problems.map((p) => p.message)).toEqual(['Värdet −81,2 är en andel i procent men ligger inte mellan 0 och 100.']);
  });

  test('0 and 100 are shares', () => {
    expect(validate({ [PERCENT]: 'period,value\n2021,0\n2022,100\n' }).problems).toEqual([]);
  });

  test.each([
    [881, [84.1, 85.6], 88.1],
    [8810, [84.1, 85.6], 88.1],
    [881, [8.2, 8.5], 8.81],
    [881, [], 88.1],
    [100.5, [99.1, 99.6], undefined],
  ])('%s beside %j most likely meant %s', (value, others, meant) => {
    expect(shiftedDecimal(value, others)).toBe(meant);
  });
});

describe('a period that cannot be is an error', () => {
  test('2052 for 2025: a period that has not begun by the build date, with the next period suggested', () => {
    const { problems } = validate({ [TONNES]: original(TONNES) + '2052,3.9,\n' });
    expect(problems).toEqual([
      {
        file: TONNES,
        line: 7,
        column: 1,
        field: 'period',
        code: 'data.period-future',
        message: 'Perioden 2052 har inte börjat än (bygget görs 15 januari 2026). Menade du 2024?',
        hint: 'rätta perioden: värden finns bara för perioder som har börjat.',
      },
    ]);
  });

  test('a period that has begun is allowed: the month and the year the build is made in', () => {
    expect(validate({ [TONNES]: original(TONNES) + '2026,3.9,\n' }).problems).toEqual([]);
    expect(validate({ [TONNES]: 'period,value\n2025-11,4.1\n2025-12,4.0\n2026-01,3.9\n' }).problems).toEqual([]);
    expect(validate({ [TONNES]: 'period,value\n2025-12,4.0\n2026-02,3.9\n' }).problems.map((p) => p.code)).toEqual(['data.period-future']);
  });

  test('the build date decides: the same file is valid once the period has begun', () => {
    const files = { [TONNES]: original(TONNES) + '2027,3.9,\n' };
    expect(validate(files).problems.map((p) => p.code)).toEqual(['data.period-future']);
    expect(validate(files, { buildDate: parseDate('2027-01-01')! }).problems).toEqual([]);
  });

  test('a year before 1900', () => {
    expect(validate({ [TONNES]: 'period,value\n1019,5.1\n2020,4.8\n' }).problems).toEqual([
      expect.objectContaining({ line: 2, column: 1, field: 'period', code: 'data.period-early', message: 'Perioden 1019 är före år 1900: det ser ut som ett skrivfel.' }),
    ]);
  });
});

describe('a count that looks like it has a thousands separator is an error', () => {
  test('a population of 15.020 would be read as 15,02: the error suggests 15020, and nothing is published', () => {
    const { problems, warnings, project } = validate(population('2021,14810,\n2022,14890,\n2023,14951,\n2024,15.020,\n'));
    expect(warnings).toEqual([]);
    expect(project).toBeNull();
    expect(problems).toEqual([
      {
        file: 'data/indicators/trygghet.csv',
        line: 5,
        column: 2,
        field: 'value',
        code: 'data.thousands',
        message: 'Värdet "15.020" ser ut att ha en tusentalsavgränsare: det läses som 15,02, men indikatorn räknar antal.',
        hint: 'menade du 15020? Skriv talet utan avgränsare. Är värdet verkligen 15,02, skriv det utan nollan på slutet: 15.02.',
      },
    ]);
  });

  test('a real count with three decimals can be written so that it is not read as grouping', () => {
    const { problems } = validate(population('2021,14810,\n2022,14890,\n2023,14951,\n2024,15.025,\n'));
    expect(problems.map((p) => p.hint)).toEqual(['menade du 15025? Skriv talet utan avgränsare. Är värdet verkligen 15,025, skriv det med fyra decimaler: 15.0250.']);
    expect(validate(population('2021,14810,\n2022,14890,\n2023,14951,\n2024,15.0250,\n')).problems).toEqual([]);
    expect(validate(population('2021,14810,\n2022,14890,\n2023,14951,\n2024,15.02,\n')).problems).toEqual([]);
  });

  test('a decimal count with another number of decimals, or in a unit that is not a count, is no problem', () => {
    expect(validate(population('2021,38.2,\n2022,37.5,\n')).problems).toEqual([]);
    expect(validate({ [TONNES]: 'period,value\n2022,4.125\n2023,4.100\n' }).problems).toEqual([]);
  });
});

describe('a jump far outside the series’ usual change is a warning', () => {
  const utslapp = (extra: string) => ({ [TONNES]: original(TONNES) + extra });

  test('a slipped decimal point in a quiet series', () => {
    const { warnings, problems } = validate(utslapp('2024,0.39,\n'));
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      {
        file: TONNES,
        line: 7,
        column: 2,
        field: 'value',
        code: 'data.jump',
        message: 'Värdet för 2024 (0,39) skiljer sig mycket från värdet före (4,1 för 2023): ändringen är mer än 5 gånger så stor som seriens vanliga ändring (0,3).',
        hint: expect.stringContaining('skriv en förklaring i kolumnen note på raden'),
        severity: 'warning',
      },
    ]);
  });

  test('in a series that mostly stays the same, a change is a jump said in those words', () => {
    const { warnings } = validate({ [TONNES]: 'period,value\n2018,4.0\n2019,4.0\n2020,4.0\n2021,4.0\n2022,4.0\n2023,6.0\n' });
    expect(warnings.map((w) => w.message)).toEqual([
      'Värdet för 2023 (6) skiljer sig mycket från värdet före (4 för 2022): seriens värden är annars för det mesta oförändrade från en period till nästa.',
    ]);
  });

  test('a note on the row acknowledges a real jump and silences the warning', () => {
    expect(validate(utslapp('2024,0.39,ny mätmetod från 2024\n')).warnings).toEqual([]);
  });

  test('a value that jumps away and straight back is one warning, at the value', () => {
    const { warnings } = validate({ [TONNES]: 'period,value\n2018,5.3\n2019,5.1\n2020,51\n2021,4.8\n2022,4.4\n2023,4.1\n' });
    expect(warnings.map((w) => [w.code, w.line])).toEqual([['data.jump', 4]]);
  });

  test('two swapped digits (84,1 → 48,1) in a share are caught', () => {
    const { warnings } = validate({ [PERCENT]: 'period,value\n2019,83.9\n2020,86.2\n2021,85.0\n2022,86.8\n2023,48.1\n' });
    expect(warnings.map((w) => w.code)).toEqual(['data.jump']);
  });

  test('the usual change is the median of the other changes, whichever one is left out', () => {
    const naive = (xs: number[], i: number) => {
      const rest = xs.filter((_, j) => j !== i).sort((a, b) => a - b);
      const mid = rest.length >> 1;
      return rest.length % 2 ? rest[mid]! : (rest[mid - 1]! + rest[mid]!) / 2;
    };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 12 }), fc.nat(), (xs, n) => {
        const i = n % xs.length;
        const sorted = [...xs].sort((a, b) => a - b);
        expect(medianWithout(sorted, xs[i]!)).toBe(naive(xs, i));
      }),
    );
  });

  test('ordinary changes, a series of women and men, and a short series give no warning', () => {
    expect(validate({ [TONNES]: 'period,value\n2018,5.3\n2019,5.1\n2020,4.5\n2021,4.8\n2022,4.4\n2023,4.1\n' }).warnings).toEqual([]);
    expect(validate({}).warnings).toEqual([]);
    expect(validate({ [TONNES]: 'period,value\n2021,4.8\n2022,4.4\n2023,41\n' }).warnings).toEqual([]);
  });
});

describe('a latest value older than the method’s staleness limit is a warning', () => {
  test('the site would show "Underlag saknas": located at the latest value, at the latest follow-up', () => {
    const { warnings, problems } = validate({ [TONNES]: 'period,value\n2018,5.3\n2019,5.1\n2020,4.8\n' });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      {
        file: TONNES,
        line: 4,
        column: 1,
        field: 'period',
        code: 'data.stale',
        message: 'Senaste värdet är från 2020, mer än 3 år före uppföljningen Tertial 2 2023: webbplatsen visar indikatorn som "Underlag saknas".',
        hint: 'lägg in nyare värden från källan, Testkälla.',
        severity: 'warning',
      },
    ]);
  });

  test('a value exactly three years before the follow-up is not stale', () => {
    expect(validate({ [TONNES]: 'period,value\n2020-T1,5.1\n2020-T2,4.8\n' }).warnings).toEqual([]);
  });
});

/**
 * The Kolada client against recorded answers on a local server: pages, several areas in one answer,
 * busy and failing servers, answers that cannot be read, unknown key figures. The waits between
 * retries are noted, not slept.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { dataPath, koladaClient, retryAfterMs } from '../../src/lib/kolada/client.ts';
import { ImportError } from '../../src/lib/kolada/errors.ts';
import { koladaServer, N15428_ROUTES, type Answer, type KoladaServer } from '../helpers/kolada-server.ts';

const AREAS = ['0999', '0000', '0006'];
const DATA = '/v3/data/kpi/N15428/municipality/0999,0000,0006';
let server: KoladaServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function client(routes: Record<string, Answer | Answer[]>, options: { timeoutMs?: number } = {}) {
  server = await koladaServer(routes);
  const waits: number[] = [];
  const log: string[] = [];
  const c = koladaClient({ baseUrl: server.url, sleep: async (ms) => void waits.push(ms), log: (l) => log.push(l), ...options });
  return { c, waits, log, requests: server.requests };
}

async function failure(p: Promise<unknown>): Promise<ImportError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected the request to fail');
}

test('data paths have the v3 shape, with or without years', () => {
  expect(dataPath('N15428', ['0665', '0000'])).toBe('/v3/data/kpi/N15428/municipality/0665,0000');
  expect(dataPath('N15428', ['0665'], [2023, 2024])).toBe('/v3/data/kpi/N15428/municipality/0665/year/2023,2024');
});

describe('values', () => {
  test('follows next_url to the last page and gives every value of every area asked for', async () => {
    const { c, requests } = await client(N15428_ROUTES);
    const values = await c.values('N15428', AREAS);
    expect(requests).toEqual([DATA, `${DATA}?page=2&per_page=4`]);
    expect(values).toHaveLength(3 + 3 + 3 + 1 + 3 + 3 + 1);
    expect([...new Set(values.map((v) => v.area))]).toEqual(['0999', '0000', '0006']);
  });

  test('keeps null values and the gender split', async () => {
    const { c } = await client(N15428_ROUTES);
    const values = await c.values('N15428', AREAS);
    expect(values.filter((v) => v.area === '0999' && v.year === 2023).map((v) => [v.gender, v.value])).toEqual([['T', 82], ['K', 84.9], ['M', null]]);
  });

  test('leaves out areas that were not asked for', async () => {
    const { c } = await client({ [`/v3/data/kpi/N15428/municipality/0999`]: { file: 'data-page-2.json' } });
    expect([...new Set((await c.values('N15428', ['0999'])).map((v) => v.area))]).toEqual(['0999']);
  });

  test('asks for the given years only', async () => {
    const { c, requests } = await client({ [`${DATA}/year/2023,2024`]: { file: 'data-page-2.json' } });
    await c.values('N15428', AREAS, [2023, 2024]);
    expect(requests).toEqual([`${DATA}/year/2023,2024`]);
  });

  test('waits as Retry-After says after a 429, then reads the answer', async () => {
    const { c, waits, log } = await client({ ...N15428_ROUTES, [DATA]: [{ status: 429, headers: { 'retry-after': '3' } }, { file: 'data-page-1.json' }] });
    expect(await c.values('N15428', AREAS)).toHaveLength(17);
    expect(waits).toEqual([3000]);
    expect(log).toEqual(['Kolada: för många förfrågningar (HTTP 429). Försöker igen om 3 s (försök 2 av 5).']);
  });

  test('without Retry-After, waits longer and longer', async () => {
    const { c, waits } = await client({ ...N15428_ROUTES, [DATA]: [{ status: 429 }, { status: 503 }, { status: 502 }, { file: 'data-page-1.json' }] });
    await c.values('N15428', AREAS);
    expect(waits).toEqual([1000, 2000, 4000]);
  });

  test('gives up on a server error after five tries, in Swedish, naming the address', async () => {
    const { c, waits, requests } = await client({ [DATA]: { status: 500 } });
    const e = await failure(c.values('N15428', AREAS));
    expect(e.code).toBe('kolada.unavailable');
    expect(e.message).toBe(`Kolada gick inte att nå efter 5 försök: serverfel (HTTP 500) (${server!.url}${DATA}).`);
    expect(requests).toHaveLength(5);
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
  });

  test('gives up at once when Retry-After asks for a longer wait than it may', async () => {
    const { c, requests } = await client({ [DATA]: { status: 429, headers: { 'retry-after': '3600' } } });
    expect((await failure(c.values('N15428', AREAS))).message).toMatch(/^Kolada ber importen vänta 3600 sekunder/);
    expect(requests).toHaveLength(1);
  });

  test('an answer that is not JSON stops the import', async () => {
    const { c } = await client({ [DATA]: { file: 'malformed.txt' } });
    expect((await failure(c.values('N15428', AREAS))).code).toBe('kolada.malformed');
  });

  test('a data path Kolada does not have is an unknown key figure', async () => {
    const { c } = await client({});
    const e = await failure(c.values('N99999', AREAS));
    expect(e.code).toBe('kolada.unknown-kpi');
    expect(e.message).toMatch(/^Kolada har inga data för nyckeltalet N99999/);
  });

  test('a page that links back to itself is not followed forever', async () => {
    const { c } = await client({ [DATA]: { body: JSON.stringify({ values: [], next_url: `{{base}}${DATA}` }) } });
    expect((await failure(c.values('N15428', AREAS))).message).toMatch(/tar aldrig slut/);
  });

  test('a server that does not answer in time is tried again, then given up', async () => {
    const { c, requests } = await client({ [DATA]: { file: 'data-page-1.json', delayMs: 5_000 } }, { timeoutMs: 50 });
    const e = await failure(c.values('N15428', AREAS));
    expect(e.message).toMatch(/^Kolada gick inte att nå efter 5 försök: inget svar inom 0,1 sekunder/);
    expect(requests).toHaveLength(5);
  });

  test('a server that cannot be reached is reported in Swedish', async () => {
    // A port that was just free: nothing listens there.
    const closed = await koladaServer({});
    await closed.close();
    const c = koladaClient({ baseUrl: closed.url, sleep: async () => {}, attempts: 2 });
    expect((await failure(c.values('N15428', AREAS))).message).toMatch(/^Kolada gick inte att nå efter 2 försök: nätverksfel: ECONNREFUSED/);
  });
});

describe('kpiInfo', () => {
  test('gives the key figure', async () => {
    const { c } = await client(N15428_ROUTES);
    expect((await c.kpiInfo('N15428'))?.title).toBe('Elever i åk 9 som är behöriga till yrkesprogram, andel (%)');
  });

  test('is null for an unknown key figure, whether Kolada answers 404 or an empty list', async () => {
    const { c } = await client({ '/v3/kpi/N99998': { file: 'kpi-unknown.json' } });
    expect(await c.kpiInfo('N99998')).toBeNull();
    expect(await c.kpiInfo('N99999')).toBeNull();
  });
});

describe('retryAfterMs', () => {
  test.each([
    ['3', 3000],
    [' 0 ', 0],
    ['Wed, 21 Oct 2015 07:28:10 GMT', 10_000],
    ['snart', null],
    [null, null],
  ])('%s → %s', (header, ms) => {
    expect(retryAfterMs(header, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(ms);
  });
});

/**
 * Talking to Kolada's API v3: the address of a data request, pages followed through `next_url`,
 * a timeout on every request, and retries with growing waits when Kolada is busy (429, honouring
 * `Retry-After`) or failing (5xx, no answer), until it gives up with a Swedish message.
 *
 * `fetch` and `sleep` are passed in: the import script passes Node's own, tests a local server and
 * a sleep that only notes how long it was asked to wait.
 */
import { ImportError } from './errors.ts';
import { parseJson, readDataPage, readKpiInfo, type KoladaValue, type KpiInfo } from './response.ts';

/** Kolada's own address; its API paths begin with `/v3/`. */
export const KOLADA_API_URL = 'https://api.kolada.se';

export interface ClientOptions {
  /** The API's base address, without `/v3`: `https://api.kolada.se`, or a test server's. */
  baseUrl: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** How long one request may take, answer included. */
  timeoutMs?: number;
  /** Tries per request, the first included. */
  attempts?: number;
  /** The wait before the second try; it doubles for every try after that. */
  retryDelayMs?: number;
  /** The longest wait a `Retry-After` may ask for; a longer one gives up at once. */
  maxWaitMs?: number;
  /** Told each retry, in Swedish, so a long run is not silent. */
  log?: (line: string) => void;
}

/** The path of a data request: `/v3/data/kpi/N15428/municipality/0665,0000/year/2023,2024`. */
export function dataPath(kpi: string, areas: readonly string[], years: readonly number[] = []): string {
  const enc = encodeURIComponent;
  return `/v3/data/kpi/${enc(kpi)}/municipality/${areas.map(enc).join(',')}${years.length ? `/year/${years.join(',')}` : ''}`;
}

/** The path of a key figure's description: `/v3/kpi/N15428`. */
export const kpiPath = (kpi: string) => `/v3/kpi/${encodeURIComponent(kpi)}`;

/** Milliseconds a `Retry-After` header asks for (seconds, or an HTTP date), or null. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10}`.replace('.', ',');

type Answer = { found: true; json: unknown } | { found: false };

export function koladaClient(options: ClientOptions) {
  const {
    baseUrl,
    fetch: get = fetch,
    sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
    timeoutMs = 30_000,
    attempts = 5,
    retryDelayMs = 1_000,
    maxWaitMs = 120_000,
    log = () => {},
  } = options;
  const base = baseUrl.replace(/\/+$/, '');

  async function getJson(url: string): Promise<Answer> {
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const backoff = retryDelayMs * 2 ** (attempt - 1);
      let response: Response;
      try {
        response = await get(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
      } catch (e) {
        const { name, message, cause } = e as Error & { cause?: { code?: string; message?: string } };
        last = name === 'TimeoutError' || name === 'AbortError' ? `inget svar inom ${seconds(timeoutMs)} sekunder` : `nätverksfel: ${cause?.code ?? cause?.message ?? message}`;
        if (attempt < attempts) {
          log(`Kolada: ${last}. Försöker igen om ${seconds(backoff)} s (försök ${attempt + 1} av ${attempts}).`);
          await sleep(backoff);
        }
        continue;
      }
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel();
        last = response.status === 429 ? 'för många förfrågningar (HTTP 429)' : `serverfel (HTTP ${response.status})`;
        const asked = response.status === 429 ? retryAfterMs(response.headers.get('retry-after'), Date.now()) : null;
        const wait = asked ?? backoff;
        if (wait > maxWaitMs)
          throw new ImportError('kolada.unavailable', `Kolada ber importen vänta ${seconds(wait)} sekunder innan nästa förfrågan (${url}).`, 'kör importen igen senare.');
        if (attempt < attempts) {
          log(`Kolada: ${last}. Försöker igen om ${seconds(wait)} s (försök ${attempt + 1} av ${attempts}).`);
          await sleep(wait);
        }
        continue;
      }
      if (response.status === 404) {
        await response.body?.cancel();
        return { found: false };
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new ImportError('kolada.http', `Kolada svarade med HTTP ${response.status} på ${url}.`, 'kontrollera nyckeltalets id och kommunkoderna, och försök igen.');
      }
      let text: string;
      try {
        text = await response.text();
      } catch {
        last = `svaret avbröts efter ${seconds(timeoutMs)} sekunder`;
        if (attempt < attempts) await sleep(backoff);
        continue;
      }
      return { found: true, json: parseJson(text, url) };
    }
    throw new ImportError('kolada.unavailable', `Kolada gick inte att nå efter ${attempts} försök: ${last} (${url}).`, 'försök igen senare. Kolada kan vara tillfälligt nere eller hårt belastat.');
  }

  return {
    /** The key figure's title and description, or null when Kolada has no key figure with that id. */
    async kpiInfo(kpi: string): Promise<KpiInfo | null> {
      const url = base + kpiPath(kpi);
      const answer = await getJson(url);
      return answer.found ? readKpiInfo(answer.json, kpi, url) : null;
    },

    /**
     * Every value of a key figure for the areas (and years; all years when none are given),
     * following `next_url` page by page. Values for other key figures or areas are left out.
     */
    async values(kpi: string, areas: readonly string[], years: readonly number[] = []): Promise<KoladaValue[]> {
      const out: KoladaValue[] = [];
      const seen = new Set<string>();
      const wanted = new Set(areas);
      let url: string | null = base + dataPath(kpi, areas, years);
      while (url !== null) {
        if (seen.has(url) || seen.size >= 1000) throw new ImportError('kolada.malformed', `Koladas sidor tar aldrig slut: ${url} kommer tillbaka.`, 'försök igen senare.');
        seen.add(url);
        const answer = await getJson(url);
        if (!answer.found) throw new ImportError('kolada.unknown-kpi', `Kolada har inga data för nyckeltalet ${kpi} (${url} finns inte).`, 'kontrollera nyckeltalets id, till exempel N15428, på kolada.se.');
        const page = readDataPage(answer.json, url);
        out.push(...page.values.filter((v) => v.kpi === kpi && wanted.has(v.area)));
        url = page.nextUrl === null ? null : new URL(page.nextUrl, url).href;
      }
      return out;
    },
  };
}

export type KoladaClient = ReturnType<typeof koladaClient>;

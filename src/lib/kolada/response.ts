/**
 * Kolada's API v3 answers, read into plain values. A data page is one object per key figure ×
 * area × year, with its values split by gender:
 *
 * ```json
 * { "count": 2, "values": [{ "kpi": "N15428", "municipality": "0665", "period": 2022,
 *     "values": [{ "gender": "T", "value": 74.1, "count": 1, "status": "" }, …] }, …],
 *   "next_url": null, "previous_url": null }
 * ```
 *
 * `value` may be null (Kolada has no value for that year): it is kept as missing. Anything else
 * that does not have this shape is a malformed answer, never a guess.
 */
import { GENDERS, type Gender } from '../model.ts';
import { ImportError } from './errors.ts';

/** One value from Kolada: a key figure for an area, a year and a gender. */
export interface KoladaValue {
  kpi: string;
  /** The area's Kolada id: `0665`, `0000` … */
  area: string;
  year: number;
  gender: Gender;
  /** null when Kolada has no value. */
  value: number | null;
}

/** One page of a data answer, and the address of the next page, if any. */
export interface DataPage {
  values: KoladaValue[];
  nextUrl: string | null;
}

/** A key figure's description in Kolada. */
export interface KpiInfo {
  id: string;
  title: string;
  description: string | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function malformed(url: string, what: string): ImportError {
  return new ImportError('kolada.malformed', `Kolada svarade med något som importen inte kan läsa (${url}): ${what}`, 'försök igen senare. Händer det igen kan Koladas API ha ändrats; kontakta den som sköter webbplatsen.');
}

/** The JSON of an answer, or a malformed-answer error. */
export function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw malformed(url, 'svaret är inte JSON.');
  }
}

function year(v: unknown): number | null {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2200) return v;
  if (typeof v === 'string' && /^\d{4}$/.test(v)) return Number(v);
  return null;
}

/** Reads one page of `/v3/data/kpi/<KPI>/municipality/<ids>[/year/<years>]`. */
export function readDataPage(json: unknown, url: string): DataPage {
  if (!isObject(json) || !Array.isArray(json.values)) throw malformed(url, 'fältet values saknas.');
  const next = json.next_url;
  if (next !== undefined && next !== null && typeof next !== 'string') throw malformed(url, 'next_url är varken en adress eller null.');
  const values: KoladaValue[] = [];
  for (const [i, item] of json.values.entries()) {
    if (!isObject(item)) throw malformed(url, `värde nummer ${i + 1} är inget objekt.`);
    const kpi = item.kpi;
    const area = item.municipality;
    const y = year(item.period);
    if (typeof kpi !== 'string' || typeof area !== 'string' || y === null || !Array.isArray(item.values))
      throw malformed(url, `värde nummer ${i + 1} saknar kpi, municipality, period eller values.`);
    for (const v of item.values) {
      if (!isObject(v) || typeof v.gender !== 'string') throw malformed(url, `värdet för ${area} ${y} saknar kön (gender).`);
      if (!GENDERS.includes(v.gender as Gender)) throw malformed(url, `värdet för ${area} ${y} har könskoden "${v.gender}", inte T, K eller M.`);
      const value = v.value;
      if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) throw malformed(url, `värdet för ${area} ${y} ${v.gender} är inget tal.`);
      values.push({ kpi, area, year: y, gender: v.gender as Gender, value });
    }
  }
  return { values, nextUrl: typeof next === 'string' && next !== '' ? next : null };
}

/**
 * Reads `/v3/kpi/<KPI>`: the key figure's title and description, or null when Kolada has no key
 * figure with that id. Both a list (`{ values: [...] }`) and a single object are read.
 */
export function readKpiInfo(json: unknown, kpi: string, url: string): KpiInfo | null {
  if (!isObject(json)) throw malformed(url, 'svaret är inget objekt.');
  const items = Array.isArray(json.values) ? json.values : 'id' in json ? [json] : null;
  if (!items) throw malformed(url, 'fältet values saknas.');
  const item = items.find((x): x is Record<string, unknown> => isObject(x) && x.id === kpi);
  if (!item) return null;
  if (typeof item.title !== 'string' || item.title.trim() === '') throw malformed(url, `nyckeltalet ${kpi} har ingen titel.`);
  return { id: kpi, title: item.title.trim(), description: typeof item.description === 'string' && item.description.trim() !== '' ? item.description.trim() : null };
}

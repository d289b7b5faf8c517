/**
 * The import's command line and what it asks for: which key figures into which indicators, for
 * which municipality and years, from which address. Every mistake is an `ImportError` in Swedish.
 */
import { parseArgs } from 'node:util';
import { decodeFile } from '../project/decode.ts';
import type { ProjectFiles } from '../project/files.ts';
import { baseName, PATHS } from '../project/layout.ts';
import { KOLADA_AREA as AREA, KOLADA_KPI as KPI } from '../schemas/common.ts';
import type { Settings } from '../schemas/settings.ts';
import { KOLADA_API_URL } from './client.ts';
import { ImportError } from './errors.ts';
import { readMetadataFacts } from './metadata.ts';
import type { ImportTarget } from './plan.ts';

export const USAGE = 'npm run import:kolada -- --kpi N15428 [--id <indikator>] [--municipality 0665] [--years 2020,2021] [--api-url <adress>], eller --all';


export interface ImportOptions {
  /** null with `--all`. */
  kpi: string | null;
  id: string | null;
  all: boolean;
  municipality: string | null;
  /** Empty: every year Kolada has. */
  years: number[];
  apiUrl: string | null;
  root: string | null;
}

/** `2020,2021` or `2015-2025`. */
export function readYears(text: string | undefined): number[] {
  if (text === undefined) return [];
  const t = text.trim();
  const range = /^(\d{4})-(\d{4})$/.exec(t);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (from <= to && to - from <= 100) return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  } else if (/^\d{4}(,\d{4})*$/.test(t)) return t.split(',').map(Number);
  throw new ImportError('import.usage', `--years ${text} är inga år.`, 'skriv åren med komma emellan (2022,2023) eller som ett spann (2015-2025).');
}

/** The command line's options, checked. */
export function readOptions(argv: readonly string[]): ImportOptions {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        kpi: { type: 'string' },
        id: { type: 'string' },
        municipality: { type: 'string' },
        years: { type: 'string' },
        'api-url': { type: 'string' },
        root: { type: 'string' },
        all: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    throw new ImportError('import.usage', `Importen förstår inte kommandot: ${(e as Error).message}`, `skriv till exempel ${USAGE}.`);
  }
  const all = values.all ?? false;
  if (all && (values.kpi || values.id)) throw new ImportError('import.usage', '--all hämtar alla indikatorer med nyckeltal; ange inte --kpi eller --id samtidigt.', `skriv ${USAGE}.`);
  if (!all && !values.kpi) throw new ImportError('import.usage', 'Ange vilket nyckeltal som ska hämtas.', `skriv ${USAGE}.`);
  if (values.kpi && !KPI.test(values.kpi)) throw new ImportError('import.usage', `"${values.kpi}" är inget nyckeltal i Kolada.`, 'ett nyckeltal är en stor bokstav och fem siffror, till exempel N15428.');
  if (values.municipality && !AREA.test(values.municipality)) throw new ImportError('import.usage', `--municipality ${values.municipality} är inte fyra siffror.`, 'skriv kommunens id i Kolada, till exempel 0665.');
  return {
    kpi: values.kpi ?? null,
    id: values.id ?? null,
    all,
    municipality: values.municipality ?? null,
    years: readYears(values.years),
    apiUrl: values['api-url'] ?? null,
    root: values.root ?? null,
  };
}

/** The municipality to import for: `--municipality`, else `municipalityCode` in the settings. */
export function municipalityOf(options: ImportOptions, settings: Settings): string {
  const code = options.municipality ?? settings.municipalityCode;
  if (!code) throw new ImportError('import.municipality', `Kommunens id i Kolada saknas: skriv municipalityCode i ${PATHS.settings}.`, 'till exempel municipalityCode: "0665" (SCB:s kommunkod), eller ange --municipality.');
  return code;
}

/** The API's address: `--api-url`, else the environment's `KOLADA_API_URL`, else Kolada's own. */
export const apiUrlOf = (options: ImportOptions, env: Record<string, string | undefined>) => options.apiUrl ?? (env.KOLADA_API_URL || KOLADA_API_URL);

/** The key figures to import: the one asked for, or with `--all` every indicator whose metadata names one (`source.kpi`), in id order. */
export function targetsOf(options: ImportOptions, files: ProjectFiles): ImportTarget[] {
  if (!options.all) return [{ id: options.id ?? options.kpi!, kpi: options.kpi! }];
  const targets = [...files.keys()]
    .filter((path) => path.startsWith(`${PATHS.indicators}/`) && path.endsWith('.md') && !baseName(path).startsWith('.'))
    .sort()
    .flatMap((path) => {
      const decoded = decodeFile(files.get(path)!, path);
      const kpi = decoded.text === undefined ? null : readMetadataFacts(decoded.text)?.source.kpi;
      return kpi ? [{ id: baseName(path).replace(/\.md$/, ''), kpi }] : [];
    });
  if (targets.length === 0)
    throw new ImportError('import.none', 'Ingen indikator har ett nyckeltal (source.kpi) att hämta.', 'lägg till kpi under source i en indikators metadatafil, eller hämta ett nyckeltal med --kpi.');
  return targets;
}

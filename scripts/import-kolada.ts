/**
 * `npm run import:kolada`: fetches key figures from Kolada (API v3) into the project's files, for
 * the municipality in `content/settings.yaml` (`municipalityCode`) and its comparison areas
 * (`comparisons`), and prints a Swedish summary of every new, changed and removed value.
 *
 *   npm run import:kolada -- --kpi N15428 [--id <indikator>] [--municipality 0665] [--years 2020,2021]
 *   npm run import:kolada -- --all        (every indicator whose metadata names a key figure, source.kpi)
 *   Also: --api-url <adress> (else KOLADA_API_URL, else https://api.kolada.se), --root <projektmapp>.
 *
 * All or nothing: every answer is fetched and every new file text made and checked before any
 * file is written; then each file is written beside itself and renamed into place. A run that
 * stops (Kolada unreachable or busy after its retries, an answer that cannot be read, an unknown
 * key figure, a file the import may not touch) prints why in Swedish, exits with 1 and leaves every
 * file as it was. KOLADA_RETRY_DELAY_MS sets the first wait between retries (tests make it short).
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { koladaClient } from '../src/lib/kolada/client.ts';
import { ImportError } from '../src/lib/kolada/errors.ts';
import { apiUrlOf, municipalityOf, readOptions, targetsOf } from '../src/lib/kolada/options.ts';
import { planImport, type TargetPlan } from '../src/lib/kolada/plan.ts';
import { countsLine } from '../src/lib/kolada/words.ts';
import { formatReport } from '../src/lib/problems.ts';
import { loadProject, PATHS, projectFiles, readProjectFiles, type ProjectFiles } from '../src/lib/project/index.ts';
import { parseSettingsFile } from '../src/lib/project/parse.ts';

/** Problems the new texts would give in the files the import writes (a new metadata file is meant to have empty fields). */
function problemsOf(files: ProjectFiles, plans: readonly TargetPlan[]) {
  const written = new Set(plans.flatMap((p) => [...p.writes.keys()]));
  const created = new Set(plans.flatMap((p) => (p.createdMetadata ? [p.createdMetadata] : [])));
  return loadProject(files).problems.filter((p) => written.has(p.file) && !created.has(p.file));
}

/**
 * Writes every file beside itself (hidden, so nothing reads a half-written file) and only when
 * all are written renames them into place. On a failure the temporary files, and folders the
 * import made, are removed.
 */
function writeAll(root: string, writes: ReadonlyMap<string, string>): void {
  const made: string[] = [];
  const temps: [string, string][] = [];
  try {
    for (const [path, text] of writes) {
      const full = join(root, path);
      const dir = dirname(full);
      // The first folder made, for removing all that the import made.
      const first = existsSync(dir) ? undefined : mkdirSync(dir, { recursive: true });
      if (first) made.push(first);
      const temp = join(dir, `.${basename(full)}.kolada-${process.pid}.tmp`);
      writeFileSync(temp, text);
      temps.push([temp, full]);
    }
  } catch (e) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    for (const dir of made.reverse()) rmSync(dir, { recursive: true, force: true });
    throw new ImportError('import.write', `Filerna kunde inte skrivas: ${(e as Error).message}`, 'kontrollera att mappen går att skriva i, och kör importen igen.');
  }
  for (const [temp, full] of temps) renameSync(temp, full);
}

async function main(): Promise<void> {
  const opts = readOptions(process.argv.slice(2));
  const root = resolve(opts.root ?? '.');
  let files = readProjectFiles(root);
  const settingsBytes = files.get(PATHS.settings);
  if (!settingsBytes) throw new ImportError('import.settings', `${PATHS.settings} saknas i ${root}.`, 'kör importen i projektmappen, eller ange den med --root.');
  const parsed = parseSettingsFile(settingsBytes);
  if (!parsed.value) throw new ImportError('import.settings', `${PATHS.settings} har fel:\n\n${formatReport(parsed.problems, 1)}`, 'rätta inställningarna och kör importen igen.');
  const settings = parsed.value.data;

  const municipality = municipalityOf(opts, settings);
  const targets = targetsOf(opts, files);
  const baseUrl = apiUrlOf(opts, process.env);
  const delay = Number(process.env.KOLADA_RETRY_DELAY_MS);
  const client = koladaClient({ baseUrl, ...(process.env.KOLADA_RETRY_DELAY_MS && Number.isFinite(delay) && delay >= 0 && { retryDelayMs: delay }), log: (line) => console.error(line) });
  const areas = [municipality, ...settings.comparisons.map((a) => a.id)];
  console.log(`Hämtar från Kolada (${baseUrl}) för ${municipality}${settings.comparisons.length ? ` och ${settings.comparisons.map((a) => `${a.name} (${a.id})`).join(', ')}` : ''}.\n`);

  const plans: TargetPlan[] = [];
  for (const target of targets) {
    const info = await client.kpiInfo(target.kpi);
    if (!info) throw new ImportError('kolada.unknown-kpi', `Nyckeltalet ${target.kpi} finns inte i Kolada.`, 'kontrollera id:t på kolada.se; ett nyckeltal är en stor bokstav och fem siffror, till exempel N15428.');
    const values = await client.values(target.kpi, areas, opts.years);
    const plan = planImport(files, settings, municipality, target, info, values);
    plans.push(plan);
    files = projectFiles(Object.fromEntries([...files, ...plan.writes]));
  }

  for (const plan of plans) console.log(`${plan.lines.join('\n')}\n`);
  const writes = new Map(plans.flatMap((p) => [...p.writes]));
  const total = plans.reduce((t, p) => ({ added: t.added + p.counts.added, changed: t.changed + p.counts.changed, removed: t.removed + p.counts.removed }), { added: 0, changed: 0, removed: 0 });
  if (writes.size === 0) {
    console.log(`Totalt: ${countsLine(total)}. Inga filer ändrades.`);
    return;
  }
  const problems = problemsOf(files, plans);
  if (problems.length)
    throw new ImportError('import.check', `De nya värdena skulle ge fel:\n\n${formatReport(problems, writes.size)}`, 'rätta filerna som nämns (eller inställningarna) och kör importen igen.');
  writeAll(root, writes);
  console.log(`Totalt: ${countsLine(total)}, i ${writes.size} ${writes.size === 1 ? 'fil' : 'filer'}. Kör npm run check och granska ändringarna innan de publiceras.`);
}

try {
  await main();
} catch (e) {
  const error = e instanceof ImportError ? e : new ImportError('import.unexpected', `Ett oväntat fel: ${(e as Error)?.message ?? String(e)}`);
  console.error(`✗ Importen stoppades: ${error.message}${error.hint ? `\n  Så går du vidare: ${error.hint}` : ''}\n  Inga filer ändrades.`);
  process.exitCode = 1;
}

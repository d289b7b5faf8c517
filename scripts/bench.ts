/**
 * Timings that matter to staff and CI, kept out of the tests (tests never assert wall-clock time).
 *
 * 1. Validation and assessment of the shipped content, in this process (20 runs).
 * 2. A synthetic content set in a temporary folder: the shipped content plus `--indicators`
 *    generated indicators (`--years` yearly periods × T/K/M, gaps, targets, follow-up comments;
 *    see scripts/synthetic.ts), checked with `npm run check`'s script and built with `astro build`.
 * 3. A bare Astro project, generated next to it, that writes the same number of trivial pages and
 *    other files: the floor any Astro build of that output pays. The ratio of the two is the budget.
 *
 * Each build is measured as a child process: wall time, peak memory (the largest sum of the
 * resident memory of the build's process tree, sampled from /proc on Linux) and output files.
 * Astro's per-route times are summed by route, to show where the time goes.
 *
 * Usage: npm run bench -- [--indicators 1000] [--years 30] [--runs 1] [--keep] [--no-bare]
 */
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticFiles } from './synthetic.ts';
import { performance } from 'node:perf_hooks';
import { buildOverview } from '../src/lib/overview.ts';
import { loadProject, readProjectFiles } from '../src/lib/project/index.ts';
import { buildDate } from '../src/site/store.ts';

/** The times of `n` runs of `fn`, in ms. */
function samplesOf(n: number, fn: () => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples;
}

/** The middle value; of an even number of values, the mean of the middle two. */
function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The median of `n` runs of `fn`, in ms. */
const medianOf = (n: number, fn: () => void): number => median(samplesOf(n, fn));

const time = (fn: () => void) => {
  const samples = samplesOf(20, fn);
  return { median: median(samples), max: Math.max(...samples) };
};

const { project, fileCount } = loadProject(readProjectFiles(process.cwd()));
if (!project) throw new Error('the shipped content has problems: run npm run check');
const load = time(() => loadProject(readProjectFiles(process.cwd())));
const overview = time(() => buildOverview(project, buildDate()));
console.log(`validate ${fileCount} files: median ${load.median.toFixed(1)} ms, max ${load.max.toFixed(1)} ms`);
console.log(`assess ${project.indicators.length} indicators and ${project.followUps.length} follow-ups: median ${overview.median.toFixed(1)} ms, max ${overview.max.toFixed(1)} ms`);

// ── 2. The synthetic content set ──────────────────────────────────────────────────────────────

const { values: opt } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    indicators: { type: 'string', default: '1000' },
    years: { type: 'string', default: '30' },
    runs: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'no-bare': { type: 'boolean', default: false },
  },
});
const INDICATORS = Number(opt.indicators);
const YEARS = Number(opt.years);
const RUNS = Number(opt.runs);
const REPO = resolve(import.meta.dirname, '..');
const ASTRO = join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');
/**
 * The Node flags `npm run build` starts astro with (package.json), so that what is measured is that
 * build; the bare build gets them too, to compare like with like.
 */
const BUILD_FLAGS = (() => {
  const script: string = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).scripts.build;
  const flags = /^node ((?:--\S+ )*)node_modules\/astro\/bin\/astro\.mjs build$/.exec(script);
  if (!flags) throw new Error(`package.json's build script is not "node [flags] node_modules/astro/bin/astro.mjs build": ${script}`);
  return flags[1]!.split(' ').filter(Boolean);
})();
/** Builds are reproducible and must not phone home while being timed. */
const BUILD_ENV = { ...process.env, SOURCE_DATE_EPOCH: '1798416000', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const s = (n: number) => `${(n / 1000).toFixed(1)} s`;
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

const work = mkdtempSync(join(tmpdir(), 'om-bench-'));
const siteRoot = join(work, 'site');
mkdirSync(siteRoot);
cpSync(join(REPO, 'content'), join(siteRoot, 'content'), { recursive: true });
cpSync(join(REPO, 'data'), join(siteRoot, 'data'), { recursive: true });
const added = syntheticFiles(readProjectFiles(siteRoot), { indicators: INDICATORS, years: YEARS });
for (const [path, text] of added) {
  mkdirSync(dirname(join(siteRoot, path)), { recursive: true });
  writeFileSync(join(siteRoot, path), text);
}
// A git history, as in a real clone, so the build reads every data file's date as it does there.
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: siteRoot, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.org', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' } });
git('init', '-q');
git('add', '-A');
git('commit', '-q', '-m', 'synthetic content');

const synthetic = readProjectFiles(siteRoot);
console.log(`\nSynthetic set: ${INDICATORS} more indicators × ${YEARS} years in ${siteRoot} (${synthetic.size} files)`);
{
  const { project, problems } = loadProject(synthetic);
  if (!project) throw new Error(`the synthetic set has ${problems.length} problems, e.g. ${problems[0]?.message}`);
  console.log(`  read and check every file, in process: median ${ms(medianOf(5, () => loadProject(readProjectFiles(siteRoot))))}`);
}

interface Measured {
  wall: number;
  /** User and system CPU time of the process and everything it started, in ms. */
  cpu: number;
  peakRss: number;
  output: string;
}

const CLOCK_TICK_MS = (() => {
  try {
    return 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  } catch {
    return 10;
  }
})();

/**
 * CPU time of this process's finished children (Linux: cutime and cstime in /proc/self/stat), in
 * ms: on a shared machine a less noisy measure of the work than wall time. NaN elsewhere.
 */
function childrenCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * CLOCK_TICK_MS;
  } catch {
    return NaN;
  }
}

/** Resident memory of a process and its descendants, in bytes (0 where /proc is not there). */
function treeRss(pid: number): number {
  let total = 0;
  try {
    total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      for (const c of children ? children.split(' ') : []) total += treeRss(Number(c));
    }
  } catch {
    // The process ended between two reads.
  }
  return total;
}

function measure(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Measured> {
  return new Promise((done, fail) => {
    const t = performance.now();
    const cpuBefore = childrenCpu();
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 50);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(sampler);
      const wall = performance.now() - t;
      if (code !== 0) fail(new Error(`${args.join(' ')} failed (${code}):\n${output}`));
      else done({ wall, cpu: childrenCpu() - cpuBefore, peakRss, output });
    });
  });
}

function countFiles(dir: string): { html: number; other: number } {
  let html = 0;
  let other = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    if (e.name.endsWith('.html')) html++;
    else other++;
  }
  return { html, other };
}

/** Astro's per-route lines (`├─ /data/indikatorer/x.png (+31ms)`) summed by route. */
function routeTimes(output: string): [string, number, number][] {
  const byRoute = new Map<string, [number, number]>();
  for (const m of output.matchAll(/[├└]─ (\/\S*) \(\+(\d+)ms\)/g)) {
    const route = m[1]!
      .replace(/\/indikatorer\/[^/]+?(\.[a-z]+)$/, '/indikatorer/[id]$1')
      .replace(/\/indikatorer\/[^/]+\/index\.html$/, '/indikatorer/[id]/')
      .replace(/\/(mal|uppfoljning|barnkonventionen)\/[^/]+\/index\.html$/, '/$1/[…]/')
      .replace(/\/index\.html$/, '/');
    const [n, total] = byRoute.get(route) ?? [0, 0];
    byRoute.set(route, [n + 1, total + Number(m[2])]);
  }
  return [...byRoute].map(([r, [n, t]]): [string, number, number] => [r, n, t]).sort((a, b) => b[2] - a[2]);
}

/** Astro's durations: "580ms", "5.50s", "1m 44s". */
const DURATION = String.raw`(\d+m \d+s|[\d.]+m?s)`;
const seconds = (d: string) => {
  const m = /^(?:(\d+)m )?([\d.]+)(m?s)$/.exec(d)!;
  return Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
};

/** Astro's phases of a build, from its log. */
const phases = (output: string) =>
  (
    [
      ['content sync and types', String.raw`\[types\] Generated `],
      ['collecting build info', String.raw`Collecting build info\.\.\.\s*\n.*?Completed in `],
      ['bundling', String.raw`\[vite\] ✓ built in `],
      ['generating routes', String.raw`generating static routes[\s\S]*?✓ Completed in `],
    ] as const
  )
    .map(([name, re]) => {
      const m = new RegExp(re + DURATION).exec(output);
      return m ? `${name} ${seconds(m[1]!).toFixed(1)} s` : null;
    })
    .filter(Boolean)
    .concat(/Diagrambilder \(PNG\): [^\n]*/.exec(output)?.[0] ?? [])
    .join(', ');

// `npm run check` on the synthetic set (its script, without npm's own start-up).
const checks: number[] = [];
for (let i = 0; i < 3; i++) checks.push((await measure([join(REPO, 'scripts', 'check.ts'), siteRoot], REPO, process.env)).wall);
console.log(`  npm run check: median ${s(median(checks))} (${checks.map(s).join(', ')})`);

// ── 3. Builds: the site (cold and with its caches warm) and the bare Astro project ────────────

const bareRoot = join(work, 'bare');
let bareCounts: { html: number; other: number } | null = null;

/** A bare Astro project writing `html` trivial pages and `other` trivial files. */
function makeBare(counts: { html: number; other: number }) {
  for (const dir of ['p', 'f']) mkdirSync(join(bareRoot, 'src', 'pages', dir), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(bareRoot, 'node_modules'), 'dir');
  writeFileSync(join(bareRoot, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
  writeFileSync(join(bareRoot, 'astro.config.mjs'), "export default { build: { format: 'directory' }, devToolbar: { enabled: false } };\n");
  const paths = (n: number) => `export const getStaticPaths = () => Array.from({ length: ${n} }, (_, i) => ({ params: { n: String(i) } }));`;
  writeFileSync(
    join(bareRoot, 'src', 'pages', 'p', '[n].astro'),
    `---\n${paths(counts.html)}\nconst { n } = Astro.params;\n---\n<html lang="sv"><head><title>Sida {n}</title></head><body><h1>Sida {n}</h1></body></html>\n`,
  );
  writeFileSync(
    join(bareRoot, 'src', 'pages', 'f', '[n].txt.ts'),
    `${paths(counts.other)}\nexport const GET = ({ params }) => new Response('fil ' + params.n + '\\n');\n`,
  );
}

const coldRuns: Measured[] = [];
const warmRuns: Measured[] = [];
const bareRuns: Measured[] = [];
let siteCounts = { html: 0, other: 0 };
const out = join(work, 'out');
const line = (name: string, r: Measured, extra = '') => console.log(`  ${name.padEnd(17)} ${s(r.wall).padStart(7)} wall, ${s(r.cpu).padStart(7)} CPU, peak ${mb(r.peakRss)}${extra}`);

for (let run = 0; run < RUNS; run++) {
  // Each build starts from an empty output folder (Astro would otherwise first delete the last one).
  const cache = join(work, `cache-${run}`);
  const env = { ...BUILD_ENV, CONTENT_ROOT: siteRoot, OUT_DIR: out, CACHE_DIR: cache };
  console.log(`\nRun ${run + 1}/${RUNS} (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  rmSync(out, { recursive: true, force: true });
  const cold = await measure([...BUILD_FLAGS, ASTRO, 'build'], REPO, env);
  coldRuns.push(cold);
  writeFileSync(join(work, `site-clean-${run}.log`), cold.output);
  siteCounts = countFiles(out);
  line('site, clean:', cold, `; ${siteCounts.html} pages + ${siteCounts.other} files; ${phases(cold.output)}`);
  if (run === 0) {
    console.log("    time by route (the sum of Astro's per-route times; a PNG's is the wait for its rendering):");
    for (const [route, n, total] of routeTimes(cold.output).slice(0, 10)) console.log(`      ${route.padEnd(36)} ${String(n).padStart(5)} × ${ms(total / n).padStart(8)} = ${s(total)}`);
  }
  rmSync(out, { recursive: true, force: true });
  const warm = await measure([...BUILD_FLAGS, ASTRO, 'build'], REPO, env);
  warmRuns.push(warm);
  writeFileSync(join(work, `site-warm-${run}.log`), warm.output);
  line('site, warm cache:', warm, `; ${phases(warm.output)}`);
  if (run === 0) {
    console.log('    time by route:');
    for (const [route, n, total] of routeTimes(warm.output).slice(0, 10)) console.log(`      ${route.padEnd(36)} ${String(n).padStart(5)} × ${ms(total / n).padStart(8)} = ${s(total)}`);
  }
  rmSync(cache, { recursive: true, force: true });
  if (opt['no-bare']) continue;
  if (!bareCounts) makeBare((bareCounts = siteCounts));
  rmSync(join(bareRoot, 'dist'), { recursive: true, force: true });
  const bare = await measure([...BUILD_FLAGS, ASTRO, 'build'], bareRoot, BUILD_ENV);
  bareRuns.push(bare);
  writeFileSync(join(work, `bare-${run}.log`), bare.output);
  const got = countFiles(join(bareRoot, 'dist'));
  line('bare Astro:', bare, `; ${got.html} pages + ${got.other} files; ${phases(bare.output)}`);
}

// ── Summary ───────────────────────────────────────────────────────────────────────────────────

const wall = (rs: Measured[]) => median(rs.map((r) => r.wall));
const cpu = (rs: Measured[]) => median(rs.map((r) => r.cpu));
/** The largest peak of each kind of build: the budget holds for every build, a clean one too. */
const peakOf = (rs: Measured[]) => Math.max(...rs.map((r) => r.peakRss));
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const of = RUNS > 1 ? ` (medians of ${RUNS} runs)` : '';
console.log(`\nSummary${of}: ${INDICATORS} indicators × ${YEARS} years, ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores (${cpus()[0]?.model.trim()}), ${mb(totalmem())} memory, load average now ${loadavg()[0]!.toFixed(2)}`);
console.log(`  files written            ${siteCounts.html + siteCounts.other} (${siteCounts.html} pages)`);
console.log(`  site build, clean        ${s(wall(coldRuns))} wall, ${s(cpu(coldRuns))} CPU`);
console.log(`  site build, warm cache   ${s(wall(warmRuns))} wall, ${s(cpu(warmRuns))} CPU`);
if (bareRuns.length) {
  const bare = wall(bareRuns);
  console.log(`  bare Astro build         ${s(bare)} wall, ${s(cpu(bareRuns))} CPU`);
  const ratio = wall(warmRuns) / bare;
  console.log(`  ratio, warm cache        ${ratio.toFixed(2)}   budget 2.0 ${mark(ratio <= 2)}   (CPU ratio ${(cpu(warmRuns) / cpu(bareRuns)).toFixed(2)})`);
  console.log(`  ratio, clean             ${(wall(coldRuns) / bare).toFixed(2)}   (CPU ratio ${(cpu(coldRuns) / cpu(bareRuns)).toFixed(2)})`);
}
for (const [name, rs] of [['warm cache', warmRuns], ['clean', coldRuns]] as const)
  console.log(`  ${`peak memory, ${name}`.padEnd(25)}${mb(peakOf(rs))}   budget 1024 MB ${mark(peakOf(rs) <= 1024 ** 3)}`);
console.log(`  npm run check            ${s(median(checks))}   budget 2.0 s ${mark(median(checks) <= 2000)}`);

if (opt.keep) console.log(`\nKept ${work}`);
else rmSync(work, { recursive: true, force: true });

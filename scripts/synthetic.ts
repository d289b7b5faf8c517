/**
 * A synthetic content set for measuring the build at scale (`npm run bench`): many generated
 * indicators added to an existing project, spread over its sub-goals and measurement areas, with
 * values for every gender, gaps, targets and follow-up comments. Every generated indicator is
 * marked `example: true`: these figures are made up and must never be mistaken for statistics.
 *
 * Deterministic for a given seed, so two runs measure the same files.
 */
import { parseDocument } from 'yaml';
import { loadProject, type ProjectFiles } from '../src/lib/project/index.ts';

export interface SyntheticOptions {
  /** How many indicators to add. */
  indicators: number;
  /** How many yearly periods each data file covers. */
  years: number;
  /** The last year with values. */
  lastYear?: number;
  seed?: number;
}

/** Small, fast, seedable PRNG (mulberry32): the same seed gives the same content set. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'invånare som är nöjda med',
  'elever som upplever',
  'hushåll med tillgång till',
  'besök i',
  'ärenden inom',
  'anställda som deltar i',
  'unga som känner till',
  'företag som använder',
];
const OBJECTS = ['kommunens service', 'friluftsområden', 'kollektivtrafik', 'bibliotek', 'äldreomsorg', 'förskola', 'bredband', 'återvinning', 'föreningsliv', 'krisberedskap'];
const UNITS = [
  { unit: 'procent', word: 'Andel', lo: 5, hi: 95, digits: 1 },
  { unit: 'antal', word: 'Antal', lo: 50, hi: 5000, digits: 0 },
  { unit: 'placering', word: 'Placering för', lo: 1, hi: 290, digits: 0 },
  { unit: 'kr', word: 'Kostnad för', lo: 1000, hi: 20000, digits: 0 },
] as const;
const INDICATOR_WORDS = ['i fas', 'för långsamt', 'uppnått', 'förbättras', 'oförändrat', 'försämras', 'underlag saknas'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const yamlString = (s: string) => JSON.stringify(s);

/** The id of the `n`-th generated indicator (0-based), e.g. `syn-0001`. */
export function syntheticId(n: number, count: number): string {
  return `syn-${pad(n + 1, Math.max(4, String(count).length))}`;
}

/**
 * The files to add to (or replace in) `base` so that it holds `options.indicators` more
 * indicators: `content/indicators/syn-*.md`, `data/indicators/syn-*.csv` (about 3 % have no data
 * file: "Underlag saknas"), and every follow-up rewritten with comments on every tenth generated
 * indicator. `base` must be a valid project.
 */
export function syntheticFiles(base: ProjectFiles, options: SyntheticOptions): Map<string, string> {
  const { project } = loadProject(base);
  if (!project) throw new Error('syntheticFiles: the base project has problems (run npm run check)');
  const rand = random(options.seed ?? 13);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const lastYear = options.lastYear ?? 2025;
  const firstYear = lastYear - options.years + 1;
  const areas = project.subgoals.flatMap((s) => s.data.areas.map((a) => ({ goal: s.data.goal, subgoal: s.id, area: a.name })));
  const decision = project.decisions[0]?.id;
  const articles = project.childRights.map((a) => a.data.article);
  const out = new Map<string, string>();
  const commented: string[] = [];

  for (let n = 0; n < options.indicators; n++) {
    const id = syntheticId(n, options.indicators);
    const where = areas[n % areas.length]!;
    const u = pick(UNITS);
    const direction = u.unit === 'placering' || rand() < 0.3 ? 'decrease' : 'increase';
    const title = `${u.word} ${pick(SUBJECTS)} ${pick(OBJECTS)} (syntetisk ${n + 1})`;
    const span = u.hi - u.lo;
    const start = u.lo + rand() * span * 0.6;
    const slope = ((rand() - 0.5) * span) / (options.years * 2);
    const round = (v: number) => Math.min(u.hi, Math.max(u.lo, v)).toFixed(u.digits);
    const lines = ['---', `title: ${yamlString(title)}`, `definition: "Påhittad indikator för att mäta hur lång tid bygget tar med många indikatorer."`];
    lines.push(`goal: ${where.goal}`, `subgoal: ${where.subgoal}`, `area: ${yamlString(where.area)}`, `unit: ${u.unit}`, `direction: ${direction}`);
    if (rand() < 0.6) {
      const target = round(start + slope * options.years * 1.5 + (direction === 'increase' ? 1 : -1) * span * 0.05);
      const year = lastYear + 1 + Math.floor(rand() * 5);
      lines.push('target:', `  value: ${target}`, `  year: ${year}`);
      if (decision && rand() < 0.66) lines.push('  kind: political', `  decision: ${decision}`);
      else lines.push('  kind: reference', '  basis: "Påhittat referensvärde"');
    }
    lines.push('source:', '  name: "Exempeldata (tänkt källa: Syntetiska data)"', 'responsible: Kommunstyrelsen');
    if (articles.length && rand() < 0.3) lines.push(`childRights: [${pick(articles)}]`);
    lines.push('example: true', '---', `Syntetisk indikator ${n + 1}: värdena är påhittade.`, '');
    out.set(`content/indicators/${id}.md`, lines.join('\n'));

    if (rand() < 0.03) continue; // no data file: "Underlag saknas"
    const everyOther = rand() < 0.1; // a survey every other year: periods with no row at all
    const totalOnly = rand() < 0.2;
    const rows = ['period,gender,value,note'];
    for (let y = firstYear; y <= lastYear; y++) {
      if (everyOther && (lastYear - y) % 2 === 1) continue;
      const t = start + slope * (y - firstYear);
      for (const [gender, offset] of totalOnly ? ([['T', 0]] as const) : ([['T', 0], ['K', 0.04], ['M', -0.04]] as const)) {
        const missing = rand() < 0.03;
        const value = missing ? '..' : round(t + offset * span + (rand() - 0.5) * span * 0.02);
        const note = !missing && rand() < 0.01 ? 'ny enkätfråga' : '';
        rows.push(`${y},${gender},${value},${note}`);
      }
    }
    out.set(`data/indicators/${id}.csv`, rows.join('\n') + '\n');
    if (n % 10 === 0) commented.push(id);
  }

  for (const f of project.followUps) {
    const text = new TextDecoder().decode(base.get(f.file));
    const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text.replace(/\r\n?/g, '\n'));
    if (!m) throw new Error(`syntheticFiles: ${f.file} has no front matter`);
    const doc = parseDocument(m[1]!);
    const entries = commented.map((id) => ({ id, assessment: pick(INDICATOR_WORDS), comment: 'Påhittad kommentar till en syntetisk indikator.' }));
    const existing = (doc.toJS() as { indicators?: unknown[] }).indicators ?? [];
    doc.set('indicators', [...existing, ...entries]);
    out.set(f.file, `---\n${doc.toString({ lineWidth: 0 })}---\n${m[2]}`);
  }
  return out;
}

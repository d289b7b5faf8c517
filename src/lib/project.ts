/**
 * Reads every staff-written file of a project (`content/` and `data/`), validates each one and
 * checks them against each other. One call reports every problem; nothing is published unless
 * the list is empty. Pages, downloads and `npm run check` all start here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { readIndicatorCsv } from './csv.ts';
import { parseMarkdownFile, parseYaml } from './frontmatter.ts';
import type { Series } from './model.ts';
import { makePeriod, type Period } from './period.ts';
import { didYouMean, type Problem } from './problems.ts';
import { accessibilitySchema, type AccessibilityMeta } from './schemas/accessibility.ts';
import { childRightsSchema, type ChildRightsMeta } from './schemas/child-rights.ts';
import { decisionSchema, type DecisionMeta } from './schemas/decision.ts';
import { followUpSchema, type FollowUpMeta } from './schemas/follow-up.ts';
import { goalSchema, programmeSchema, subgoalSchema, type GoalMeta, type ProgrammeMeta, type SubgoalMeta } from './schemas/goal.ts';
import { indicatorSchema, type IndicatorMeta } from './schemas/indicator.ts';
import { settingsSchema, type Settings } from './schemas/settings.ts';

/** One validated Markdown file. */
export interface Entry<T> {
  /** File name without extension: the id used in URLs and references. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: T;
  /** The Markdown text below the front matter. */
  body: string;
}

export interface Indicator extends Entry<IndicatorMeta> {
  /** The data file's contents, or null when there is no data file ("Underlag saknas"). */
  series: Series | null;
  /** Path of the data file, when there is one. */
  dataFile: string | null;
}

export interface FollowUp extends Entry<FollowUpMeta> {
  /** The period the follow-up reports on: tertial 1 or 2 of the year, or the whole year. */
  period: Period;
  /** "Tertial 1 2024", "Tertial 2 2024", "Årsredovisning 2024". */
  label: string;
}

export interface Project {
  settings: Settings;
  programme: Entry<ProgrammeMeta>;
  /** The accessibility statement (tillgänglighetsredogörelse). */
  accessibility: Entry<AccessibilityMeta>;
  /** Goals 1–4 in order. */
  goals: Entry<GoalMeta>[];
  /** Sub-goals by goal, then order. */
  subgoals: Entry<SubgoalMeta>[];
  /** Decisions by date. */
  decisions: Entry<DecisionMeta>[];
  /** Child-rights articles by number. */
  childRights: Entry<ChildRightsMeta>[];
  /** Follow-ups, oldest first. */
  followUps: FollowUp[];
  /** Indicators by goal, sub-goal order, then title. */
  indicators: Indicator[];
}

export interface LoadResult {
  project: Project | null;
  problems: Problem[];
  /** How many files were read (for the summary line). */
  fileCount: number;
  /**
   * The validated settings with the line of each field in `content/settings.yaml`, even when
   * other files have problems (null when the settings themselves do), so that checks on them
   * (the data catalogue's, in `validate.ts`) are reported in the same run and at their line.
   */
  settings: { data: Settings; lineOf: (path: readonly (string | number)[]) => number } | null;
}

/** Where each kind of file lives, relative to the project root. Documented in the README. */
export const PATHS = {
  settings: 'content/settings.yaml',
  programme: 'content/programme.md',
  accessibility: 'content/accessibility.md',
  goals: 'content/goals',
  subgoals: 'content/subgoals',
  decisions: 'content/decisions',
  childRights: 'content/child-rights',
  followUps: 'content/follow-ups',
  indicators: 'content/indicators',
  data: 'data/indicators',
} as const;

/** Which extension the files of each folder have; any other file there would be ignored, so it is reported. */
const FOLDER_EXTENSIONS: readonly (readonly [string, '.md' | '.csv'])[] = [
  [PATHS.goals, '.md'],
  [PATHS.subgoals, '.md'],
  [PATHS.decisions, '.md'],
  [PATHS.childRights, '.md'],
  [PATHS.followUps, '.md'],
  [PATHS.indicators, '.md'],
  [PATHS.data, '.csv'],
];

const FOLLOW_UP_ID = /^(\d{4})-(t1|t2|ar)$/;
const FOLLOW_UP_KIND = { t1: 'tertial-1', t2: 'tertial-2', ar: 'arsredovisning' } as const;
const INDICATOR_ID = /^[A-Za-z0-9_-]+$/;

/**
 * The period a follow-up reports on, as METHOD.md's reference time: tertial 1 or 2 of the year,
 * and for the annual report tertial 3, the part of the year it closes. Taking the year itself
 * (time Y) would put the annual report before tertial 2 (Y + 1/3), so the reference time would
 * step back when the annual report is published and a series could turn stale and fresh again.
 * Its end, Y + 1, is the end of the year either way.
 */
export function followUpPeriod(year: number, kind: FollowUpMeta['kind']): Period {
  return makePeriod('tertial', year, kind === 'tertial-1' ? 1 : kind === 'tertial-2' ? 2 : 3);
}

export function followUpLabel(year: number, kind: FollowUpMeta['kind']): string {
  return kind === 'arsredovisning' ? `Årsredovisning ${year}` : `Tertial ${kind === 'tertial-1' ? 1 : 2} ${year}`;
}

/**
 * The first day of the time a follow-up reports on, `ÅÅÅÅ-MM-DD`: 1 January for tertial 1 and
 * for the annual report (which covers the whole year), 1 May for tertial 2.
 */
export function followUpStart(year: number, kind: FollowUpMeta['kind']): string {
  return `${year}-${kind === 'tertial-2' ? '05' : '01'}-01`;
}

/**
 * The text of a staff-written file, or the problem with its encoding. Only UTF-8 is read:
 * Windows-1252 (Swedish Excel's "CSV (semikolonavgränsad)") would turn å, ä and ö into "�" on
 * the site without a word, and UTF-16 ("Unicode-text") into messages about the wrong things.
 * A UTF-8 byte-order mark is dropped.
 */
export function decodeFile(bytes: Uint8Array, file: string): { text: string; problem?: undefined } | { text?: undefined; problem: Problem } {
  const hint = file.endsWith('.csv')
    ? 'spara filen som ”CSV UTF-8 (kommaavgränsad)” i Excel, eller som UTF-8 i din textredigerare.'
    : 'spara filen som UTF-8 i din textredigerare (i Anteckningar: Spara som, Kodning: UTF-8).';
  // UTF-16 begins with a byte-order mark (FF FE or FE FF), or, without one, has a zero byte in
  // its first letter.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0));
  if (utf16) return { problem: { file, line: 1, message: 'Filen är sparad som UTF-16: den kan inte läsas.', hint } };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    // A line break is never part of a multi-byte character, so each line can be tried alone.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      line++;
      start = i + 1;
    }
    return { problem: { file, line, message: 'Filen är inte sparad som UTF-8: tecken som å, ä och ö blir fel.', hint } };
  }
}

const followUpOrder = (f: FollowUpMeta) => f.year * 10 + ['tertial-1', 'tertial-2', 'arsredovisning'].indexOf(f.kind);

export function loadProject(root: string): LoadResult {
  const problems: Problem[] = [];
  let fileCount = 0;
  /** The file's text, or null (and a problem) when it is not saved as UTF-8. */
  const read = (rel: string): string | null => {
    fileCount++;
    const decoded = decodeFile(readFileSync(join(root, rel)), rel);
    if (decoded.problem) problems.push(decoded.problem);
    return decoded.text ?? null;
  };
  const list = (dir: string, ext: string) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir), { withFileTypes: true })
          .filter((f) => f.isFile() && f.name.endsWith(ext) && !f.name.startsWith('.'))
          .map((f) => f.name)
          .sort()
      : [];

  // Files the site would never read: `utslapp.CSV`, `trygghet.markdown`, a saved `.xlsx`.
  for (const [dir, ext] of FOLDER_EXTENSIONS) {
    if (!existsSync(join(root, dir))) continue;
    for (const f of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (!f.isFile() || f.name.startsWith('.') || f.name.endsWith(ext)) continue;
      const base = f.name.split('.')[0] || f.name;
      const hint = f.name.toLowerCase().endsWith(ext)
        ? `döp om filen till ${f.name.slice(0, -ext.length)}${ext} (filändelsen med små bokstäver).`
        : ext === '.csv' && /\.xlsx?$/i.test(f.name)
          ? `spara den som ”CSV UTF-8 (kommaavgränsad)” i Excel, med namnet ${base}.csv, och ta bort ${f.name}.`
          : `döp om filen till ${base}${ext} om den ska användas, annars flytta den härifrån.`;
      problems.push({ file: `${dir}/${f.name}`, message: `Filen läses inte: bara ${ext}-filer används här.`, hint });
    }
  }

  type Located<T> = Entry<T> & { lineOf: (path: readonly (string | number)[]) => number };
  const collection = <S extends z.ZodType>(dir: string, schema: S): Located<z.output<S>>[] => {
    const out: Located<z.output<S>>[] = [];
    for (const name of list(dir, '.md')) {
      const file = `${dir}/${name}`;
      const text = read(file);
      if (text === null) continue;
      const parsed = parseMarkdownFile(text, file, schema);
      problems.push(...parsed.problems);
      if (parsed.data !== null) out.push({ id: name.slice(0, -3), file, data: parsed.data, body: parsed.body, lineOf: parsed.lineOf });
    }
    return out;
  };
  const at = (e: { file: string; lineOf: (p: readonly (string | number)[]) => number }, path: (string | number)[], message: string, hint?: string) =>
    problems.push({ file: e.file, line: e.lineOf(path), field: path.join('.'), message, ...(hint && { hint }) });

  // Settings and programme: single files.
  let settings: Settings | null = null;
  let settingsLineOf: (path: readonly (string | number)[]) => number = () => 1;
  if (existsSync(join(root, PATHS.settings))) {
    const text = read(PATHS.settings);
    if (text !== null) {
      const s = parseYaml(text, PATHS.settings, settingsSchema);
      problems.push(...s.problems);
      settings = s.data;
      settingsLineOf = s.lineOf;
    }
  } else problems.push({ file: PATHS.settings, message: 'Filen med inställningar saknas.', hint: 'skapa content/settings.yaml med organisation och homepage (se README).' });

  const single = <S extends z.ZodType>(file: string, id: string, schema: S, what: string): Located<z.output<S>> | null => {
    if (!existsSync(join(root, file))) {
      problems.push({ file, message: `Filen ${what} saknas.`, hint: `skapa ${file} (se README).` });
      return null;
    }
    const text = read(file);
    if (text === null) return null;
    const p = parseMarkdownFile(text, file, schema);
    problems.push(...p.problems);
    return p.data === null ? null : { id, file, data: p.data, body: p.body, lineOf: p.lineOf };
  };
  const programme = single(PATHS.programme, 'programme', programmeSchema, 'om programmet');
  const accessibility = single(PATHS.accessibility, 'accessibility', accessibilitySchema, 'med tillgänglighetsredogörelsen');

  const goals = collection(PATHS.goals, goalSchema).sort((a, b) => a.data.number - b.data.number);
  const subgoals = collection(PATHS.subgoals, subgoalSchema);
  const decisions = collection(PATHS.decisions, decisionSchema).sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : 0));
  const childRights = collection(PATHS.childRights, childRightsSchema).sort((a, b) => a.data.article - b.data.article);
  const followUpEntries = collection(PATHS.followUps, followUpSchema).sort((a, b) => followUpOrder(a.data) - followUpOrder(b.data));
  const indicatorEntries = collection(PATHS.indicators, indicatorSchema);

  // Ids come from the file names, so that a file with a problem of its own still counts as
  // existing: its mistake is reported once, not again in every file that refers to it.
  const idsIn = (dir: string) => list(dir, '.md').map((f) => f.slice(0, -3));
  const decisionIds = idsIn(PATHS.decisions);
  const subgoalIds = idsIn(PATHS.subgoals);
  const indicatorIds = idsIn(PATHS.indicators);

  // Two ids that differ only in case are one file on Windows and macOS, and one address to many
  // web servers: `N15428.md` and `n15428.md` cannot both exist.
  const caseCollisions = (dir: string, ext: string) => {
    const first = new Map<string, string>();
    for (const name of list(dir, ext)) {
      const key = name.toLowerCase();
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, name);
      else
        problems.push({
          file: `${dir}/${name}`,
          message: `Filerna ${dir}/${earlier} och ${dir}/${name} har samma namn om man bortser från stora och små bokstäver.`,
          hint: `döp om eller ta bort den ena: på Windows och macOS och i webbadresser blir ${earlier} och ${name} samma fil.`,
        });
    }
  };
  caseCollisions(PATHS.indicators, '.md');
  caseCollisions(PATHS.data, '.csv');
  const articleNumbers = childRights.map((c) => c.data.article);

  const checkDecision = (e: Located<unknown>, path: (string | number)[], id: string) => {
    if (!decisionIds.includes(id))
      at(e, path, `Beslutet "${id}" finns inte.${didYouMean(id, decisionIds)}`, `skriv id:t på ett beslut i content/decisions/ (filnamnet utan .md). Finns: ${decisionIds.join(', ') || 'inga'}.`);
  };
  const checkGoal = (e: Located<unknown>, path: (string | number)[], n: number) => {
    if (!goals.some((g) => g.data.number === n)) at(e, path, `Mål ${n} finns inte.`, 'skriv 1, 2, 3 eller 4.');
  };

  // Goals: exactly one file per goal, named after its number.
  for (const g of goals) {
    if (g.id !== String(g.data.number)) at(g, ['number'], `Filen heter ${g.id}.md men har number: ${g.data.number}.`, `döp om filen till ${g.data.number}.md eller rätta numret.`);
    g.data.decisions.forEach((d, i) => checkDecision(g, ['decisions', i], d));
  }
  for (let n = 1; n <= 4; n++)
    if (!goals.some((g) => g.data.number === n) && !problems.some((p) => p.file === `${PATHS.goals}/${n}.md`))
      problems.push({ file: `${PATHS.goals}/${n}.md`, message: `Mål ${n} saknas.`, hint: `skapa ${PATHS.goals}/${n}.md med number, shortName och statement.` });
  if (programme) checkDecision(programme, ['adoptedBy'], programme.data.adoptedBy);

  for (const s of subgoals) {
    checkGoal(s, ['goal'], s.data.goal);
    s.data.decisions.forEach((d, i) => checkDecision(s, ['decisions', i], d));
    const names = new Set<string>();
    s.data.areas.forEach((a, i) => {
      if (names.has(a.name)) at(s, ['areas', i, 'name'], `Mätområdet "${a.name}" står två gånger.`, 'ta bort det ena.');
      names.add(a.name);
    });
  }
  subgoals.sort((a, b) => a.data.goal - b.data.goal || a.data.order - b.data.order);

  for (const d of decisions)
    d.data.changes.forEach((c, i) => {
      if (c.goal !== undefined) checkGoal(d, ['changes', i, 'goal'], c.goal);
      if (c.subgoal !== undefined && !subgoalIds.includes(c.subgoal))
        at(d, ['changes', i, 'subgoal'], `Delmålet "${c.subgoal}" finns inte.${didYouMean(c.subgoal, subgoalIds)}`, 'skriv id:t på ett delmål i content/subgoals/ (filnamnet utan .md).');
    });

  for (const c of childRights) {
    if (c.id !== `artikel-${c.data.article}`) at(c, ['article'], `Filen heter ${c.id}.md men har article: ${c.data.article}.`, `döp om filen till artikel-${c.data.article}.md eller rätta numret.`);
    c.data.goals.forEach((g, i) => checkGoal(c, ['goals', i, 'goal'], g.goal));
  }

  // Indicators: metadata against goals, sub-goals, areas, decisions and articles; then data files.
  const data = new Map<string, { series: Series; file: string }>();
  for (const name of list(PATHS.data, '.csv')) {
    const id = name.slice(0, -4);
    const file = `${PATHS.data}/${name}`;
    const text = read(file);
    if (!INDICATOR_ID.test(id)) {
      problems.push({ file, message: `Filnamnet "${name}" har tecken som inte får finnas i ett id.`, hint: 'använd bara bokstäverna a–z och A–Z, siffror, - och _ (till exempel N15428.csv).' });
      continue;
    }
    if (!indicatorIds.includes(id)) {
      const sameButCase = indicatorIds.find((i) => i.toLowerCase() === id.toLowerCase());
      problems.push({
        file,
        message: `Datafilen har ingen metadatafil: ${PATHS.indicators}/${id}.md saknas.${didYouMean(id, indicatorIds)}`,
        hint: sameButCase
          ? `döp om datafilen till ${sameButCase}.csv, så att den heter exakt som ${PATHS.indicators}/${sameButCase}.md.`
          : `skapa ${PATHS.indicators}/${id}.md (se README), eller döp om datafilen så att den heter som en befintlig indikator.`,
      });
    }
    if (text === null) continue;
    const result = readIndicatorCsv(text, file, id);
    problems.push(...result.problems);
    data.set(id, { series: result.series, file });
  }
  const indicators: Indicator[] = [];
  for (const e of indicatorEntries) {
    const m = e.data;
    if (!INDICATOR_ID.test(e.id)) at(e, [], `Filnamnet "${e.id}.md" har tecken som inte får finnas i ett id.`, 'använd bara a–z, A–Z, siffror, - och _.');
    checkGoal(e, ['goal'], m.goal);
    const subgoal = subgoals.find((s) => s.id === m.subgoal);
    const ofGoal = subgoals.filter((s) => s.data.goal === m.goal).map((s) => s.id);
    if (!subgoal) {
      if (!subgoalIds.includes(m.subgoal)) at(e, ['subgoal'], `Delmålet "${m.subgoal}" finns inte.${didYouMean(m.subgoal, ofGoal.length ? ofGoal : subgoalIds)}`, `delmålen under mål ${m.goal} är: ${ofGoal.join(', ') || 'inga'}.`);
    } else if (subgoal.data.goal !== m.goal) at(e, ['subgoal'], `Delmålet "${m.subgoal}" hör till mål ${subgoal.data.goal}, inte mål ${m.goal}.`, `rätta goal till ${subgoal.data.goal}, eller välj ett delmål under mål ${m.goal}: ${ofGoal.join(', ')}.`);
    else {
      const areaNames = subgoal.data.areas.map((a) => a.name);
      if (!areaNames.includes(m.area))
        at(e, ['area'], `Mätområdet "${m.area}" finns inte under delmålet ${subgoal.data.title}.${didYouMean(m.area, areaNames)}`, `skriv namnet exakt som i ${subgoal.file}: ${areaNames.join('; ') || 'inga mätområden ännu'}.`);
    }
    if (m.target?.decision) checkDecision(e, ['target', 'decision'], m.target.decision);
    m.childRights.forEach((n, i) => {
      if (!articleNumbers.includes(n)) at(e, ['childRights', i], `Artikel ${n} i barnkonventionen finns inte på webbplatsen.`, `använd en av artiklarna ${articleNumbers.join(', ')}, eller lägg till ${PATHS.childRights}/artikel-${n}.md.`);
    });
    const d = data.get(e.id);
    indicators.push({ id: e.id, file: e.file, data: m, body: e.body, series: d?.series ?? null, dataFile: d?.file ?? null });
  }
  const subgoalOrder = (id: string) => subgoals.findIndex((s) => s.id === id);
  indicators.sort((a, b) => a.data.goal - b.data.goal || subgoalOrder(a.data.subgoal) - subgoalOrder(b.data.subgoal) || a.data.title.localeCompare(b.data.title, 'sv'));

  // Follow-ups: the file name says which one it is; goals and indicators must exist.
  const followUps: FollowUp[] = [];
  for (const f of followUpEntries) {
    const m = FOLLOW_UP_ID.exec(f.id);
    if (!m) at(f, [], `Filnamnet "${f.id}.md" säger inte vilken uppföljning det är.`, 'döp filen till år och uppföljning, till exempel 2024-t1.md, 2024-t2.md eller 2024-ar.md (årsredovisning).');
    else if (Number(m[1]) !== f.data.year || FOLLOW_UP_KIND[m[2] as 't1'] !== f.data.kind)
      at(f, ['kind'], `Filnamnet ${f.id}.md stämmer inte med year: ${f.data.year} och kind: ${f.data.kind}.`, `döp om filen till ${f.data.year}-${f.data.kind === 'arsredovisning' ? 'ar' : f.data.kind === 'tertial-1' ? 't1' : 't2'}.md eller rätta fälten.`);
    const seenGoals = new Set<number>();
    f.data.goals.forEach((g, i) => {
      checkGoal(f, ['goals', i, 'goal'], g.goal);
      if (seenGoals.has(g.goal)) at(f, ['goals', i, 'goal'], `Mål ${g.goal} bedöms två gånger.`, 'ta bort den ena bedömningen.');
      seenGoals.add(g.goal);
    });
    const start = followUpStart(f.data.year, f.data.kind);
    // A month-only date (`2023-04`) is before the period only when the whole month is.
    if (f.data.published < start.slice(0, f.data.published.length))
      at(f, ['published'], 'Publiceringsdatumet är före perioden som följs upp.', `${followUpLabel(f.data.year, f.data.kind)} följer upp tiden från ${start}: rätta published, eller year och kind.`);
    const seenIndicators = new Map<string, number>();
    f.data.indicators.forEach((ind, i) => {
      if (!indicatorIds.includes(ind.id)) at(f, ['indicators', i, 'id'], `Indikatorn "${ind.id}" finns inte.${didYouMean(ind.id, indicatorIds)}`, 'skriv id:t på en indikator (filnamnet i content/indicators/ utan .md).');
      const earlier = seenIndicators.get(ind.id);
      if (earlier !== undefined) at(f, ['indicators', i, 'id'], `Indikatorn "${ind.id}" står två gånger under indicators.`, `slå ihop kommentaren med den på rad ${f.lineOf(['indicators', earlier, 'id'])} och ta bort den ena.`);
      else seenIndicators.set(ind.id, i);
    });
    followUps.push({ id: f.id, file: f.file, data: f.data, body: f.body, period: followUpPeriod(f.data.year, f.data.kind), label: followUpLabel(f.data.year, f.data.kind) });
  }

  const strip = <T,>({ lineOf: _, ...e }: Located<T>): Entry<T> => e;
  return {
    project:
      problems.length === 0 && settings && programme && accessibility
        ? { settings, programme: strip(programme), accessibility: strip(accessibility), goals: goals.map(strip), subgoals: subgoals.map(strip), decisions: decisions.map(strip), childRights: childRights.map(strip), followUps, indicators }
      : null,
    problems,
    fileCount,
    settings: settings && { data: settings, lineOf: settingsLineOf },
  };
}


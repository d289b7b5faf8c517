/**
 * What files say about each other: each rule is a function from the project's files, read on their
 * own (`parse.ts`), to the problems it finds. A reference is checked against the folder's file
 * names, so a file with a problem of its own still counts as existing: its mistake is reported
 * once, not again in every file that refers to it.
 */
import { compareDates, lastDay } from '../date.ts';
import { followUpId, followUpLabel, followUpStart, parseFollowUpId } from '../follow-up.ts';
import { didYouMean, type Problem } from '../problems.ts';
import { INDICATOR_ID, baseName, PATHS } from './layout.ts';
import { filesIn, idsIn, ignoredFiles, type Located, type ParsedProject } from './parse.ts';

type Rule = (p: ParsedProject) => Problem[];

/** A problem at a field of a validated file. */
const at = (e: Located<unknown>, path: (string | number)[], code: string, message: string, hint?: string): Problem => ({
  file: e.file,
  line: e.lineOf(path),
  field: path.join('.') || undefined,
  code,
  message,
  ...(hint && { hint }),
});

function decisionRef(p: ParsedProject) {
  const ids = idsIn(p.files, PATHS.decisions);
  return (e: Located<unknown>, path: (string | number)[], id: string): Problem[] =>
    ids.includes(id)
      ? []
      : [at(e, path, 'ref.decision', `Beslutet "${id}" finns inte.${didYouMean(id, ids)}`, `skriv id:t på ett beslut i content/decisions/ (filnamnet utan .md). Finns: ${ids.join(', ') || 'inga'}.`)];
}

function goalRef(p: ParsedProject) {
  return (e: Located<unknown>, path: (string | number)[], n: number): Problem[] =>
    p.goals.some((g) => g.data.number === n) ? [] : [at(e, path, 'ref.goal', `Mål ${n} finns inte.`, 'skriv 1, 2, 3 eller 4.')];
}

/** Files the site would never read: `utslapp.CSV`, `trygghet.markdown`, a saved `.xlsx`. */
export const ignored: Rule = (p) =>
  ignoredFiles(p.files).map((file) => {
    const name = baseName(file);
    const ext = file.startsWith(`${PATHS.data}/`) ? '.csv' : '.md';
    const base = name.split('.')[0] || name;
    const hint = name.toLowerCase().endsWith(ext)
      ? `döp om filen till ${name.slice(0, -ext.length)}${ext} (filändelsen med små bokstäver).`
      : ext === '.csv' && /\.xlsx?$/i.test(name)
        ? `spara den som ”CSV UTF-8 (kommaavgränsad)” i Excel, med namnet ${base}.csv, och ta bort ${name}.`
        : `döp om filen till ${base}${ext} om den ska användas, annars flytta den härifrån.`;
    return { file, code: 'file.ignored', message: `Filen läses inte: bara ${ext}-filer används här.`, hint };
  });

/**
 * Two ids that differ only in case are one file on Windows and macOS, and one address to many
 * web servers: `N15428.md` and `n15428.md` cannot both exist.
 */
export const caseCollisions: Rule = (p) =>
  (
    [
      [PATHS.indicators, '.md'],
      [PATHS.data, '.csv'],
    ] as const
  ).flatMap(([dir, ext]) => {
    const first = new Map<string, string>();
    return filesIn(p.files, dir, ext).flatMap((file): Problem[] => {
      const name = baseName(file);
      const earlier = first.get(name.toLowerCase());
      if (earlier === undefined) {
        first.set(name.toLowerCase(), name);
        return [];
      }
      return [
        {
          file,
          code: 'file.case-collision',
          message: `Filerna ${dir}/${earlier} och ${dir}/${name} har samma namn om man bortser från stora och små bokstäver.`,
          hint: `döp om eller ta bort den ena: på Windows och macOS och i webbadresser blir ${earlier} och ${name} samma fil.`,
        },
      ];
    });
  });

/** Exactly one file per goal, named after its number; the programme's decision exists. */
export const goals: Rule = (p) => {
  const decision = decisionRef(p);
  const out: Problem[] = [];
  for (const g of p.goals) {
    if (g.id !== String(g.data.number)) out.push(at(g, ['number'], 'goal.file-name', `Filen heter ${g.id}.md men har number: ${g.data.number}.`, `döp om filen till ${g.data.number}.md eller rätta numret.`));
    g.data.decisions.forEach((d, i) => out.push(...decision(g, ['decisions', i], d)));
  }
  for (let n = 1; n <= 4; n++) {
    const file = `${PATHS.goals}/${n}.md`;
    if (!p.goals.some((g) => g.data.number === n) && !p.files.has(file))
      out.push({ file, code: 'goal.missing', message: `Mål ${n} saknas.`, hint: `skapa ${file} med number, shortName och statement.` });
  }
  if (p.programme) out.push(...decision(p.programme, ['adoptedBy'], p.programme.data.adoptedBy));
  return out;
};

/** Sub-goals: their goal and decisions exist; no measurement area twice. */
export const subgoals: Rule = (p) => {
  const decision = decisionRef(p);
  const goal = goalRef(p);
  return p.subgoals.flatMap((s) => {
    const out = [...goal(s, ['goal'], s.data.goal), ...s.data.decisions.flatMap((d, i) => decision(s, ['decisions', i], d))];
    const names = new Set<string>();
    s.data.areas.forEach((a, i) => {
      if (names.has(a.name)) out.push(at(s, ['areas', i, 'name'], 'area.duplicate', `Mätområdet "${a.name}" står två gånger.`, 'ta bort det ena.'));
      names.add(a.name);
    });
    return out;
  });
};

/** Decisions: what they changed exists. */
export const decisions: Rule = (p) => {
  const goal = goalRef(p);
  const subgoalIds = idsIn(p.files, PATHS.subgoals);
  return p.decisions.flatMap((d) =>
    d.data.changes.flatMap((c, i) => [
      ...(c.goal === undefined ? [] : goal(d, ['changes', i, 'goal'], c.goal)),
      ...(c.subgoal === undefined || subgoalIds.includes(c.subgoal)
        ? []
        : [at(d, ['changes', i, 'subgoal'], 'ref.subgoal', `Delmålet "${c.subgoal}" finns inte.${didYouMean(c.subgoal, subgoalIds)}`, 'skriv id:t på ett delmål i content/subgoals/ (filnamnet utan .md).')]),
    ]),
  );
};

/** Child-rights articles: named after their number; their goals exist. */
export const childRights: Rule = (p) => {
  const goal = goalRef(p);
  return p.childRights.flatMap((c) => [
    ...(c.id === `artikel-${c.data.article}` ? [] : [at(c, ['article'], 'article.file-name', `Filen heter ${c.id}.md men har article: ${c.data.article}.`, `döp om filen till artikel-${c.data.article}.md eller rätta numret.`)]),
    ...c.data.goals.flatMap((g, i) => goal(c, ['goals', i, 'goal'], g.goal)),
  ]);
};

/** Data files: each has its metadata file. */
export const dataFiles: Rule = (p) => {
  const indicatorIds = idsIn(p.files, PATHS.indicators);
  const known = new Set(indicatorIds);
  return p.data.flatMap(({ id, file }): Problem[] => {
    if (known.has(id)) return [];
    const sameButCase = indicatorIds.find((i) => i.toLowerCase() === id.toLowerCase());
    return [
      {
        file,
        code: 'data.no-metadata',
        message: `Datafilen har ingen metadatafil: ${PATHS.indicators}/${id}.md saknas.${didYouMean(id, indicatorIds)}`,
        hint: sameButCase
          ? `döp om datafilen till ${sameButCase}.csv, så att den heter exakt som ${PATHS.indicators}/${sameButCase}.md.`
          : `skapa ${PATHS.indicators}/${id}.md (se README), eller döp om datafilen så att den heter som en befintlig indikator.`,
      },
    ];
  });
};

/** Indicator metadata against goals, sub-goals, areas, decisions and articles. */
export const indicators: Rule = (p) => {
  const goal = goalRef(p);
  const decision = decisionRef(p);
  const subgoalIds = idsIn(p.files, PATHS.subgoals);
  const articles = p.childRights.map((c) => c.data.article);
  return p.indicators.flatMap((e) => {
    const m = e.data;
    const out: Problem[] = [];
    if (!INDICATOR_ID.test(e.id)) out.push(at(e, [], 'file.name', `Filnamnet "${e.id}.md" har tecken som inte får finnas i ett id.`, 'använd bara a–z, A–Z, siffror, - och _.'));
    out.push(...goal(e, ['goal'], m.goal));
    const subgoal = p.subgoals.find((s) => s.id === m.subgoal);
    const ofGoal = p.subgoals.filter((s) => s.data.goal === m.goal).map((s) => s.id);
    if (!subgoal) {
      if (!subgoalIds.includes(m.subgoal))
        out.push(at(e, ['subgoal'], 'ref.subgoal', `Delmålet "${m.subgoal}" finns inte.${didYouMean(m.subgoal, ofGoal.length ? ofGoal : subgoalIds)}`, `delmålen under mål ${m.goal} är: ${ofGoal.join(', ') || 'inga'}.`));
    } else if (subgoal.data.goal !== m.goal)
      out.push(at(e, ['subgoal'], 'ref.subgoal-goal', `Delmålet "${m.subgoal}" hör till mål ${subgoal.data.goal}, inte mål ${m.goal}.`, `rätta goal till ${subgoal.data.goal}, eller välj ett delmål under mål ${m.goal}: ${ofGoal.join(', ')}.`));
    else {
      const areaNames = subgoal.data.areas.map((a) => a.name);
      if (!areaNames.includes(m.area))
        out.push(at(e, ['area'], 'ref.area', `Mätområdet "${m.area}" finns inte under delmålet ${subgoal.data.title}.${didYouMean(m.area, areaNames)}`, `skriv namnet exakt som i ${subgoal.file}: ${areaNames.join('; ') || 'inga mätområden ännu'}.`));
    }
    if (m.target?.decision) out.push(...decision(e, ['target', 'decision'], m.target.decision));
    m.childRights.forEach((n, i) => {
      if (!articles.includes(n)) out.push(at(e, ['childRights', i], 'ref.article', `Artikel ${n} i barnkonventionen finns inte på webbplatsen.`, `använd en av artiklarna ${articles.join(', ')}, eller lägg till ${PATHS.childRights}/artikel-${n}.md.`));
    });
    return out;
  });
};

/** Follow-ups: the file name says which one it is; goals and indicators exist, each once; not published before the period. */
export const followUps: Rule = (p) => {
  const goal = goalRef(p);
  const indicatorIds = idsIn(p.files, PATHS.indicators);
  const known = new Set(indicatorIds);
  return p.followUps.flatMap((f) => {
    const out: Problem[] = [];
    const { year, kind } = f.data;
    const named = parseFollowUpId(f.id);
    if (!named) out.push(at(f, [], 'follow-up.file-name', `Filnamnet "${f.id}.md" säger inte vilken uppföljning det är.`, 'döp filen till år och uppföljning, till exempel 2024-t1.md, 2024-t2.md eller 2024-ar.md (årsredovisning).'));
    else if (named.year !== year || named.kind !== kind)
      out.push(at(f, ['kind'], 'follow-up.file-name', `Filnamnet ${f.id}.md stämmer inte med year: ${year} och kind: ${kind}.`, `döp om filen till ${followUpId(year, kind)}.md eller rätta fälten.`));
    const seenGoals = new Set<number>();
    f.data.goals.forEach((g, i) => {
      out.push(...goal(f, ['goals', i, 'goal'], g.goal));
      if (seenGoals.has(g.goal)) out.push(at(f, ['goals', i, 'goal'], 'follow-up.duplicate-goal', `Mål ${g.goal} bedöms två gånger.`, 'ta bort den ena bedömningen.'));
      seenGoals.add(g.goal);
    });
    // A month-only date (`2023-04`) is before the period only when the whole month is.
    const start = followUpStart(year, kind);
    if (compareDates(lastDay(f.data.published), start) < 0)
      out.push(at(f, ['published'], 'follow-up.published-early', 'Publiceringsdatumet är före perioden som följs upp.', `${followUpLabel(year, kind)} följer upp tiden från ${start.text}: rätta published, eller year och kind.`));
    const seen = new Map<string, number>();
    f.data.indicators.forEach((ind, i) => {
      if (!known.has(ind.id)) out.push(at(f, ['indicators', i, 'id'], 'ref.indicator', `Indikatorn "${ind.id}" finns inte.${didYouMean(ind.id, indicatorIds)}`, 'skriv id:t på en indikator (filnamnet i content/indicators/ utan .md).'));
      const earlier = seen.get(ind.id);
      if (earlier !== undefined) out.push(at(f, ['indicators', i, 'id'], 'follow-up.duplicate-indicator', `Indikatorn "${ind.id}" står två gånger under indicators.`, `slå ihop kommentaren med den på rad ${f.lineOf(['indicators', earlier, 'id'])} och ta bort den ena.`));
      else seen.set(ind.id, i);
    });
    return out;
  });
};

/** Every cross-file rule, in the order their problems are found. */
export const RULES: readonly Rule[] = [ignored, caseCollisions, goals, subgoals, decisions, childRights, dataFiles, indicators, followUps];

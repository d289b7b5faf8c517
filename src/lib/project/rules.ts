/**
 * What files say about each other: each rule is a function from the project's files, read on their
 * own (`parse.ts`), to the problems it finds. A reference is checked against the folder's file
 * names, so a file with a problem of its own still counts as existing: its mistake is reported
 * once, not again in every file that refers to it.
 */
import { ACTIVITY_STATUS, monthNumber } from '../activity.ts';
import { intendedSourceOf } from '../citation.ts';
import { compareDates, dateWords, lastDay, type CalendarDate } from '../date.ts';
import { FOLLOW_UP_KIND, followUpId, followUpLabel, followUpStart, isRegularKind, parseFollowUpId } from '../follow-up.ts';
import { didYouMean, type Problem } from '../problems.ts';
import { PERIOD_KIND_LABEL } from '../period.ts';
import { FOLDERS, baseName, PATHS } from './layout.ts';
import { filesIn, idsIn, ignoredFiles, type Located, type ParsedProject } from './parse.ts';

/** What the rules know beyond the files: the build's day, when there is one (see `LoadOptions`). */
export interface RuleContext {
  buildDate: CalendarDate | null;
}

type Rule = (p: ParsedProject, context: RuleContext) => Problem[];

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
    const ext = FOLDERS.find(([dir]) => file.startsWith(`${dir}/`))?.[1] ?? '.md';
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
      [PATHS.comparisons, '.csv'],
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

/** Decisions: what they changed exists; the decisions an evaluation names exist. */
export const decisions: Rule = (p) => {
  const goal = goalRef(p);
  const decision = decisionRef(p);
  const subgoalIds = idsIn(p.files, PATHS.subgoals);
  return p.decisions.flatMap((d) => [
    ...d.data.changes.flatMap((c, i) => [
      ...(c.goal === undefined ? [] : goal(d, ['changes', i, 'goal'], c.goal)),
      ...(c.subgoal === undefined || subgoalIds.includes(c.subgoal)
        ? []
        : [at(d, ['changes', i, 'subgoal'], 'ref.subgoal', `Delmålet "${c.subgoal}" finns inte.${didYouMean(c.subgoal, subgoalIds)}`, 'skriv id:t på ett delmål i content/subgoals/ (filnamnet utan .md).')]),
    ]),
    ...(d.data.evaluation?.after ?? []).flatMap((id, i) =>
      id === d.id ? [at(d, ['evaluation', 'after', i], 'decision.evaluation-self', 'Ett beslut kan inte ha lett fram till sig självt.', 'skriv de beslut som ändrade mål, delmål eller programmet och ledde till utvärderingen.')] : decision(d, ['evaluation', 'after', i], id),
    ),
  ]);
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

/**
 * Comparison files: each belongs to an indicator, has the same kind of period as its data file,
 * and names only the comparison areas listed in `content/settings.yaml` (each unknown area once,
 * at its first row). Without valid settings the areas cannot be checked; the settings' own
 * problems are reported instead.
 */
export const comparisonFiles: Rule = (p) => {
  const indicatorIds = idsIn(p.files, PATHS.indicators);
  const settings = p.settings?.data;
  const known = settings?.comparisons.map((a) => a.id) ?? [];
  return p.comparisons.flatMap(({ id, file, kind, rows, areaColumn }): Problem[] => {
    if (!indicatorIds.includes(id))
      return [
        {
          file,
          code: 'comparison.no-metadata',
          message: `Jämförelsefilen hör inte till någon indikator: ${PATHS.indicators}/${id}.md saknas.${didYouMean(id, indicatorIds)}`,
          hint: `filen ska heta som indikatorn den jämför, och indikatorn ska finnas i ${PATHS.indicators}/.`,
        },
      ];
    const out: Problem[] = [];
    const own = p.data.find((d) => d.id === id)?.series.kind ?? null;
    const first = rows[0];
    if (own && kind && first && own !== kind)
      out.push({
        file,
        line: first.line,
        field: 'period',
        code: 'comparison.period-kind',
        message: `Jämförelsefilen har perioder som är ${PERIOD_KIND_LABEL[kind]}, men indikatorns datafil har ${PERIOD_KIND_LABEL[own]}.`,
        hint: `jämförelsen ska ha samma sorts period som ${PATHS.data}/${id}.csv.`,
      });
    if (!settings) return out;
    const reported = new Set<string>();
    for (const row of rows) {
      if (known.includes(row.area) || reported.has(row.area)) continue;
      reported.add(row.area);
      const count = rows.filter((r) => r.area === row.area).length;
      const rowsText = count === 1 ? '' : ` (${count} rader, den första här)`;
      out.push(
        row.area === settings.municipalityCode
          ? { file, line: row.line, column: areaColumn, field: 'area', code: 'comparison.own-area', message: `${row.area} är kommunens eget id${rowsText}: kommunens egna värden hör hemma i ${PATHS.data}/${id}.csv.`, hint: `ta bort raderna för ${row.area} ur jämförelsefilen.` }
          : {
              file,
              line: row.line,
              column: areaColumn,
              field: 'area',
              code: 'comparison.unknown-area',
              message: `Området ${row.area} finns inte bland jämförelseområdena i ${PATHS.settings}${rowsText}.${didYouMean(row.area, known)}`,
              hint: known.length
                ? `lägg till området under comparisons i ${PATHS.settings} (id och name), eller ta bort dess rader. Jämförelseområden nu: ${settings.comparisons.map((a) => `${a.id} ${a.name}`).join(', ')}.`
                : `lägg till området under comparisons i ${PATHS.settings} (id och name), eller ta bort dess rader.`,
            },
      );
    }
    return out;
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
    if (m.ambitionLevel) out.push(...decision(e, ['ambitionLevel'], m.ambitionLevel));
    // Invented values named after a real producer would be attributed to it (against Kolada's terms, among others).
    if (m.example && intendedSourceOf(m.source.name) === null)
      out.push(
        at(e, ['source', 'name'], 'indicator.example-source', `Exempeldata anges med källan "${m.source.name}", som om värdena kom därifrån.`, `skriv name: "Exempeldata (tänkt källa: ${m.source.name.trim()})", eller ta bort example: true om värdena verkligen kommer från ${m.source.name.trim()}.`),
      );
    // The other way round: real values published as "Källa: Exempeldata (tänkt källa: …)".
    const intended = intendedSourceOf(m.source.name);
    if (!m.example && intended !== null)
      out.push(
        at(e, ['source', 'name'], 'indicator.real-example-source', `Indikatorn är inte markerad som exempel, men källan heter "${m.source.name}".`, `skriv källans eget namn, till exempel name: ${intended}, när värdena är verkliga; annars lägg tillbaka example: true.`),
      );
    m.childRights.forEach((n, i) => {
      if (!articles.includes(n)) out.push(at(e, ['childRights', i], 'ref.article', `Artikel ${n} i barnkonventionen finns inte på webbplatsen.`, `använd en av artiklarna ${articles.join(', ')}, eller lägg till ${PATHS.childRights}/artikel-${n}.md.`));
    });
    return out;
  });
};

/**
 * Follow-ups: the file name says which one it is; goals and indicators exist, each once; not
 * published before the period. A regular follow-up judges every goal and has no title: a goal left
 * out would silently lose its judged assessment on the site, so it is an error (`underlag saknas`
 * says that a goal cannot be judged). An extra one has a title, concerns at least one goal or
 * indicator, and judges no goal.
 */
export const followUps: Rule = (p) => {
  const goal = goalRef(p);
  const indicatorIds = idsIn(p.files, PATHS.indicators);
  const known = new Set(indicatorIds);
  return p.followUps.flatMap((f) => {
    const out: Problem[] = [];
    const { year, kind } = f.data;
    const named = parseFollowUpId(f.id);
    const regular = isRegularKind(kind);
    if (!named)
      out.push(
        at(
          f,
          [],
          'follow-up.file-name',
          `Filnamnet "${f.id}.md" säger inte vilken uppföljning det är.`,
          regular
            ? 'döp filen till år och uppföljning, till exempel 2024-t1.md, 2024-t2.md eller 2024-ar.md (årsredovisning).'
            : `döp filen till år, extra och ett namn med små bokstäver och bindestreck, till exempel ${followUpId(year, kind, 'lupp')}.md.`,
        ),
      );
    else if (named.year !== year || named.kind !== kind)
      out.push(at(f, ['kind'], 'follow-up.file-name', `Filnamnet ${f.id}.md stämmer inte med year: ${year} och kind: ${kind}.`, `döp om filen till ${followUpId(year, kind, named.name)}.md eller rätta fälten.`));
    const seenGoals = new Set<number>();
    f.data.goals.forEach((g, i) => {
      out.push(...goal(f, ['goals', i, 'goal'], g.goal));
      if (seenGoals.has(g.goal)) out.push(at(f, ['goals', i, 'goal'], 'follow-up.duplicate-goal', `Mål ${g.goal} ${regular ? 'bedöms' : 'står'} två gånger.`, `ta bort den ena ${regular ? 'bedömningen' : 'raden'}.`));
      seenGoals.add(g.goal);
      if (regular && g.assessment === undefined)
        out.push(at(f, ['goals', i], 'field.missing', 'Fältet assessment saknas: vid en tertialuppföljning och i årsredovisningen bedöms varje mål.', 'lägg till assessment: uppfylls, uppfylls delvis, uppfylls inte eller underlag saknas.'));
      if (!regular && g.assessment !== undefined)
        out.push(
          at(
            f,
            ['goals', i, 'assessment'],
            'follow-up.extra-assessment',
            'En extra uppföljning bedömer inte målen: målens bedömning görs vid tertialen och i årsredovisningen.',
            'ta bort raden med assessment och skriv det du vill säga i comment.',
          ),
        );
    });
    if (regular && f.data.title !== undefined)
      out.push(at(f, ['title'], 'follow-up.title', `${FOLLOW_UP_KIND[kind].label} har ingen egen rubrik: den heter ${followUpLabel(year, kind)}.`, 'ta bort raden med title, eller skriv kind: extra om det är en extra uppföljning.'));
    if (!regular && f.data.title === undefined)
      out.push(at(f, ['kind'], 'field.missing', 'En extra uppföljning behöver en rubrik: fältet title saknas.', 'lägg till till exempel title: Ungdomsenkäten 2025 – vad den säger om målen.'));
    if (!regular && f.data.goals.length === 0 && f.data.indicators.length === 0)
      out.push(at(f, ['kind'], 'follow-up.extra-scope', 'En extra uppföljning behöver säga vilka mål eller indikatorer den gäller.', 'lägg till goals (med goal och comment) eller indicators (med id och comment).'));
    const unjudged = regular ? [1, 2, 3, 4].filter((n) => !seenGoals.has(n)) : [];
    if (unjudged.length) {
      const which = unjudged.length === 1 ? `Mål ${unjudged[0]}` : `Målen ${unjudged.slice(0, -1).join(', ')} och ${unjudged.at(-1)}`;
      out.push(
        at(
          f,
          ['goals'],
          'follow-up.goal-missing',
          `${which} bedöms inte i uppföljningen: en uppföljning ska bedöma alla fyra målen.`,
          `lägg till ${unjudged.length === 1 ? 'målet' : 'dem'} under goals med assessment och comment. Går ett mål inte att bedöma, skriv assessment: underlag saknas och förklara varför i comment.`,
        ),
      );
    }
    // A month-only date (`2023-04`) is before the period only when the whole month is.
    const start = followUpStart(year, kind);
    if (compareDates(lastDay(f.data.published), start) < 0)
      out.push(
        at(
          f,
          ['published'],
          'follow-up.published-early',
          regular ? 'Publiceringsdatumet är före perioden som följs upp.' : `Publiceringsdatumet är före året ${year}.`,
          regular ? `${followUpLabel(year, kind)} följer upp tiden från ${start.text}: rätta published, eller year och kind.` : 'rätta published eller year (och filnamnet).',
        ),
      );
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

/** Ids the per-goal lists of the action plan use (`/handlingsplan/mal-1/`): an activity cannot have one. */
const RESERVED_ACTIVITY_ID = /^mal-/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Activities: a usable file name; the goal and sub-goals exist and belong together; the planned
 * end is not before the start; the log is in time order, one entry per month, none after the
 * build's month and none after a final status (klar, avbruten).
 */
export const activities: Rule = (p, { buildDate }) => {
  const goal = goalRef(p);
  const subgoalIds = idsIn(p.files, PATHS.subgoals);
  return p.activities.flatMap((a) => {
    const m = a.data;
    const out: Problem[] = [];
    if (!SLUG.test(a.id))
      out.push(at(a, [], 'file.name', `Filnamnet "${a.id}.md" kan inte vara en aktivitets id.`, 'använd små bokstäver a–z, siffror och bindestreck, till exempel laddplatser-plan.md (inte å, ä, ö eller mellanslag).'));
    else if (RESERVED_ACTIVITY_ID.test(a.id))
      out.push(at(a, [], 'file.name', `Filnamnet "${a.id}.md" börjar med mal-, som används för listorna per mål.`, 'döp om filen så att namnet inte börjar med mal-.'));
    out.push(...goal(a, ['goal'], m.goal));
    const ofGoal = p.subgoals.filter((s) => s.data.goal === m.goal).map((s) => s.id);
    m.subgoals.forEach((id, i) => {
      const subgoal = p.subgoals.find((s) => s.id === id);
      if (!subgoal) {
        if (!subgoalIds.includes(id))
          out.push(at(a, ['subgoals', i], 'ref.subgoal', `Delmålet "${id}" finns inte.${didYouMean(id, ofGoal.length ? ofGoal : subgoalIds)}`, `delmålen under mål ${m.goal} är: ${ofGoal.join(', ') || 'inga'}.`));
      } else if (subgoal.data.goal !== m.goal)
        out.push(at(a, ['subgoals', i], 'ref.subgoal-goal', `Delmålet "${id}" hör till mål ${subgoal.data.goal}, inte mål ${m.goal}.`, `rätta goal till ${subgoal.data.goal}, eller välj ett delmål under mål ${m.goal}: ${ofGoal.join(', ')}.`));
    });
    // A month-only date means its whole month: 2025-03 may end on 2025-03-15, not on 2025-02.
    if (compareDates(lastDay(m.plannedEnd), m.start) < 0)
      out.push(at(a, ['plannedEnd'], 'activity.end-before-start', `Planerat slut (${m.plannedEnd.text}) är före starten (${m.start.text}).`, 'rätta plannedEnd eller start.'));
    let finalAt: number | null = null;
    m.log.forEach((entry, i) => {
      const path = ['log', i, 'month'];
      const before = m.log[i - 1];
      if (before && monthNumber(entry.month) === monthNumber(before.month))
        out.push(at(a, path, 'activity.log-duplicate', `Månaden ${entry.month.text} står två gånger i loggen.`, `slå ihop raden med den på rad ${a.lineOf(['log', i - 1, 'month'])}: en rad per månad.`));
      else if (before && monthNumber(entry.month) < monthNumber(before.month))
        out.push(at(a, path, 'activity.log-order', `Månaden ${entry.month.text} står efter ${before.month.text}: loggen ska vara i tidsordning.`, 'flytta raden så att månaderna kommer i ordning, den äldsta först och den senaste sist.'));
      if (buildDate && monthNumber(entry.month) > monthNumber(buildDate))
        out.push(at(a, path, 'activity.log-future', `Månaden ${entry.month.text} har inte börjat än (i dag är det ${dateWords(buildDate)}).`, 'skriv status för en månad först när den har börjat; rätta årtalet eller månaden om det är ett skrivfel.'));
      if (finalAt !== null) {
        const final = m.log[finalAt]!;
        out.push(
          at(
            a,
            path,
            'activity.log-after-final',
            `Aktiviteten är ${ACTIVITY_STATUS[final.status].word} sedan ${final.month.text} (rad ${a.lineOf(['log', finalAt, 'status'])}): inget kan stå efter det i loggen.`,
            `ta bort raden, eller ändra den tidigare statusen om aktiviteten inte var ${ACTIVITY_STATUS[final.status].word}.`,
          ),
        );
      } else if (ACTIVITY_STATUS[entry.status].final) finalAt = i;
    });
    return out;
  });
};


/** An adopted method names a decision that exists and was itself adopted, not a proposal or an example. */
export const methodStatus: Rule = (p) => {
  const method = p.settings?.data.method;
  if (method?.status !== 'adopted' || !method.decision || !p.settings) return [];
  const id = method.decision;
  const line = p.settings.lineOf(['method', 'decision']);
  const where = { file: PATHS.settings, line, field: 'method.decision' };
  const ids = idsIn(p.files, PATHS.decisions);
  if (!ids.includes(id))
    return [{ ...where, code: 'ref.decision', message: `Beslutet "${id}" finns inte.${didYouMean(id, ids)}`, hint: `skriv id:t på beslutet som antog metoden (filnamnet i content/decisions/ utan .md). Finns: ${ids.join(', ') || 'inga'}.` }];
  const decision = p.decisions.find((d) => d.id === id);
  if (decision?.data.example)
    return [{ ...where, code: 'method.decision-example', message: `Beslutet "${id}" är ett exempel och kan inte ha antagit metoden.`, hint: 'skriv id:t på det verkliga beslutet, eller status: proposed så länge metoden är ett förslag.' }];
  if (decision?.data.status === 'proposed')
    return [{ ...where, code: 'method.decision-proposed', message: `Beslutet "${id}" är ett förslag (status: proposed), inte ett fattat beslut.`, hint: `ändra status till adopted i ${decision.file} när beslutet är fattat, eller skriv status: proposed under method så länge.` }];
  return [];
};

/** Every cross-file rule, in the order their problems are found. */
export const RULES: readonly Rule[] = [ignored, caseCollisions, goals, subgoals, decisions, childRights, dataFiles, comparisonFiles, indicators, followUps, activities, methodStatus];

/**
 * New files to start from, for `npm run ny:indikator` and `npm run ny:uppfoljning`: an indicator's
 * metadata stub and its data file with the header row, and a follow-up with every goal listed and
 * the method's computed assessment written beside each as a YAML comment. The fields a person
 * must decide are left empty, so `npm run check` names each one until it is filled in; nothing is
 * judged for them. Pure functions of the project: writing the files (and refusing to overwrite)
 * is the script's.
 */
import { describeCounts } from './assessment-words.ts';
import type { IndicatorAssessment, RollUp } from './assessment.ts';
import type { CalendarDate } from './date.ts';
import { FOLLOW_UP_KIND, followUpLabel, followUpPeriod, isRegularKind, parseFollowUpId, type FollowUpKind } from './follow-up.ts';
import type { Project } from './model.ts';
import { assessAt, buildOverview, goalRollUp } from './overview.ts';
import { INDICATOR_ID, PATHS } from './project/layout.ts';
import { KOLADA_KPI } from './schemas/common.ts';

/** A file to create: its path in the project and its text. */
export interface NewFile {
  path: string;
  text: string;
}

/** A Kolada key-figure id (`N15428`): the indicator's source is then Kolada, with that id. */

/** What a command was asked to make, or the Swedish reason it cannot. */
export type TemplateResult = { files: NewFile[]; error?: undefined } | { files?: undefined; error: string };

/** What a command makes: an indicator (its metadata and data file) or a follow-up. */
export type TemplateKind = 'indikator' | 'uppfoljning';

/**
 * The files a command would create for `id`, or why `id` cannot name one: known before anything
 * is read, so that an existing file is refused first.
 */
export function templatePaths(kind: TemplateKind, id: string): { paths: string[]; error?: undefined } | { paths?: undefined; error: string } {
  if (kind === 'indikator') {
    if (!INDICATOR_ID.test(id))
      return { error: `"${id}" kan inte vara en indikators id: använd bara bokstäverna a–z och A–Z (inte å, ä, ö), siffror, - och _. Finns indikatorn i Kolada, använd nyckeltalets id, till exempel N15428.` };
    return { paths: [`${PATHS.indicators}/${id}.md`, `${PATHS.data}/${id}.csv`] };
  }
  if (!parseFollowUpId(id))
    return { error: `"${id}" är inget namn på en uppföljning. Skriv år och sort: 2027-t1 (tertial 1), 2027-t2 (tertial 2), 2027-ar (årsredovisningen) eller 2027-extra-namn (en extra uppföljning, namnet med a–z, siffror och -).` };
  return { paths: [`${PATHS.followUps}/${id}.md`] };
}

/** The sub-goals and measurement areas of each goal, as comment lines, so the person need not look them up. */
function whereLines(project: Project): string[] {
  return project.goals.flatMap((g) => [
    `#   mål ${g.data.number} (${g.data.shortName}):`,
    ...project.subgoals
      .filter((s) => s.data.goal === g.data.number)
      .map((s) => `#     subgoal: ${s.id} (${s.data.title}), area: ${s.data.areas.map((a) => a.name).join(' | ')}`),
  ]);
}

/**
 * `content/indicators/<id>.md` with every field explained (the required ones empty, the optional
 * ones commented out) and `data/indicators/<id>.csv` with its header row. With a Kolada id the
 * source is filled in. `project` (when the files are valid) gives the goals, sub-goals and areas
 * to choose from.
 */
export function indicatorTemplate(id: string, project: Project | null): TemplateResult {
  const where = templatePaths('indikator', id);
  if (where.error !== undefined) return { error: where.error };
  const kolada = KOLADA_KPI.test(id);
  const metadata = [
    '---',
    `# Ny indikator, skapad med npm run ny:indikator -- ${id}`,
    '# Fyll i fälten som är tomma. De frivilliga fälten börjar med #: ta bort # först på raden för att använda dem.',
    '# npm run check säger vad som saknas. Vad varje fält betyder står i README.md,',
    `# "Lägga till en ny indikator". Värdena skriver du i ${PATHS.data}/${id}.csv.`,
    'title: # indikatorns namn som invånare läser det',
    '#definition: "Vad indikatorn mäter, i en eller två meningar."',
    'goal: # målets nummer, 1–4',
    'subgoal: # delmålets id, ur listan nedan',
    'area: # mätområdet, exakt som det står i listan nedan',
    ...(project ? ['# Delmålen och deras mätområden:', ...whereLines(project)] : ['# Delmålen står i content/subgoals/ (filnamnet utan .md) och mätområdena under areas i varje delmål.']),
    'unit: # procent, antal, placering (plats 1 är bäst) eller ett ord som kr eller ton',
    'direction: # increase om högre värden är bättre, decrease om lägre värden är bättre',
    'source:',
    ...(kolada ? ['  name: Kolada', `  kpi: ${id}`] : ['  name: # vem som publicerar siffrorna, till exempel SCB']),
    '  #url: # en webbadress där siffrorna kan kontrolleras, som börjar med https://',
    '#target: # målvärdet, om det finns ett',
    '#  value: 90',
    '#  year: 2030',
    '#  kind: political # political (politiskt beslutat, med decision) eller reference (med basis: "…")',
    '#  decision: ks-2021-01-13-12 # beslutets id, filnamnet i content/decisions/ utan .md',
    '#responsible: Barn- och utbildningsnämnden # nämnden eller bolaget som äger indikatorn',
    '#childRights: [3] # artiklar i barnkonventionen som indikatorn handlar om',
    '---',
    'Här skriver du sakkunnigas kommentar och annat som är bra att veta, i vanlig svenska.',
    '',
  ].join('\n');
  return {
    files: [
      { path: where.paths[0]!, text: metadata },
      { path: where.paths[1]!, text: 'period,gender,value,note\n' },
    ],
  };
}

/** "Metoden räknar fram: uppfylls delvis. Av 4 indikatorer: 2 …" — a goal's computed roll-up in a comment. */
const rollUpWords = (r: RollUp) => `Metoden räknar fram: ${r.label.toLowerCase()}. ${describeCounts(r)}`;

/** "Metoden räknar fram: i fas." — an indicator's computed status in a comment. */
const indicatorWords = (a: IndicatorAssessment | undefined) => `Metoden räknar fram: ${(a?.label ?? 'underlag saknas').toLowerCase()}.`;

const JUDGED_WORDS = 'uppfylls, uppfylls delvis, uppfylls inte eller underlag saknas';

/**
 * `content/follow-ups/<id>.md` for `2027-t1`, `2027-t2`, `2027-ar` or `2027-extra-<name>`: every goal
 * listed with the method's assessment beside it as a comment (for a regular follow-up, computed as
 * its page will show it: at the follow-up's period, with the values known by then; for an extra
 * one, as the goal pages show it now), assessment and comment empty to be written, and the
 * indicators as commented lines to use if wanted.
 */
export function followUpTemplate(id: string, project: Project, buildDate: CalendarDate): TemplateResult {
  const where = templatePaths('uppfoljning', id);
  const parsed = parseFollowUpId(id);
  if (where.error !== undefined || !parsed) return { error: where.error ?? id };
  const { year, kind } = parsed;
  const regular = isRegularKind(kind);
  const computed = regular ? assessAt(project, { period: followUpPeriod(year, kind) }) : new Map(buildOverview(project, buildDate).indicators.map((v) => [v.indicator.id, v.assessment]));
  const heading = regular ? `${followUpLabel(year, kind)}: ${FOLLOW_UP_KIND[kind].situation}` : `En extra uppföljning ${year}.`;
  const basis = regular
    ? `# Efter varje mål står vad metoden räknar fram för ${followUpLabel(year, kind).toLowerCase()} med de värden som finns i dag:`
    : '# Efter varje mål står vad metoden räknar fram i dag (som på målets sida):';
  const lines = [
    '---',
    `# ${heading}`,
    `# Skapad med npm run ny:uppfoljning -- ${id}. Fyll i det som är tomt. npm run check säger vad som saknas.`,
    basis,
    '# en utgångspunkt för er bedömning, inte bedömningen. Webbplatsen visar båda och säger när de skiljer sig.',
    `year: ${year}`,
    `kind: ${kind satisfies FollowUpKind}`,
    'published: # dagen uppföljningen publiceras, ÅÅÅÅ-MM-DD. Ett datum längre fram är ett utkast: det syns inte förrän den dagen.',
    ...(regular ? [] : ['title: # rubriken, till exempel Ungdomsenkäten 2027']),
    'goals:',
    ...(regular ? [] : ['  # Ta bort de mål som uppföljningen inte gäller. En extra uppföljning bedömer inga mål, den kommenterar dem.']),
    ...project.goals.flatMap((g) => [
      `  - goal: ${g.data.number} # ${g.data.shortName}. ${rollUpWords(goalRollUp(project, g.data.number, computed))}`,
      ...(regular ? [`    assessment: # ${JUDGED_WORDS}`] : []),
      '    comment: # varför, i vanlig svenska',
    ]),
    '# Frivilligt: kommentarer till enskilda indikatorer. Ta bort # först på raden indicators: och på raderna för',
    '# de indikatorer du kommenterar. En bedömning är också frivillig: assessment: med metodens ord (i fas, för långsamt …).',
    '#indicators:',
    ...project.indicators.flatMap((i) => [`#  - id: ${i.id} # ${i.data.title}. ${indicatorWords(computed.get(i.id))}`, '#    comment:']),
    '---',
    'Här skriver du en sammanfattning av uppföljningen, i vanlig svenska.',
    '',
  ];
  return { files: [{ path: where.paths[0]!, text: lines.join('\n') }] };
}

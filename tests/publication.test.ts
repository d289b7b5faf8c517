/**
 * What may be published and when: a follow-up dated after the build date is a draft that nothing
 * downstream can see, and production mode refuses every example and a site without its address or
 * a contact e-mail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDate } from '../src/lib/date.ts';
import { buildOverview } from '../src/lib/overview.ts';
import { parseSiteMode } from '../src/lib/publication.ts';
import { validateProject } from '../src/lib/validate.ts';
import { VALID_FIXTURE, fixtureFiles } from './helpers/fixture.ts';

const OPTIONS = { buildDate: parseDate('2026-01-15')! };
const original = (path: string) => readFileSync(join(VALID_FIXTURE, path), 'utf8');
const FOLLOW_UP = 'content/follow-ups/2023-t2.md';
/** A follow-up of tertial 1 2026, published on `published`. */
const followUp2026 = (published: string) => ({
  'content/follow-ups/2026-t1.md': original(FOLLOW_UP).replace('year: 2023', 'year: 2026').replace('kind: tertial-2', 'kind: tertial-1').replace('published: 2023-10-01', `published: ${published}`),
});

describe('a follow-up published after the build date is a draft', () => {
  test('it is listed as a draft at its published line, and left out of the project', () => {
    const { project, problems, drafts } = validateProject(fixtureFiles(followUp2026('2026-05-28')), OPTIONS);
    expect(problems).toEqual([]);
    expect(drafts).toEqual([{ file: 'content/follow-ups/2026-t1.md', line: 4, field: 'published', date: parseDate('2026-05-28') }]);
    expect(project?.followUps.map((f) => f.id)).toEqual(['2023-t2']);
  });

  test('so the site’s latest follow-up, reference time and judged history are the published ones', () => {
    const { project } = validateProject(fixtureFiles(followUp2026('2026-05-28')), OPTIONS);
    const overview = buildOverview(project!, OPTIONS.buildDate);
    expect(overview.latestFollowUp?.id).toBe('2023-t2');
    expect(overview.followUps.map((f) => f.followUp.id)).toEqual(['2023-t2']);
    expect(overview.goals[0]!.history.map((h) => h.followUp.id)).toEqual(['2023-t2']);
  });

  test('on its day it is published', () => {
    const { project, drafts } = validateProject(fixtureFiles(followUp2026('2026-01-15')), OPTIONS);
    expect(drafts).toEqual([]);
    expect(project?.followUps.map((f) => f.id)).toEqual(['2023-t2', '2026-t1']);
  });

  test('a month-only date counts from the first of its month', () => {
    expect(validateProject(fixtureFiles(followUp2026('2026-01')), OPTIONS).drafts).toEqual([]);
    expect(validateProject(fixtureFiles(followUp2026('2026-02')), OPTIONS).drafts.map((d) => d.date.text)).toEqual(['2026-02']);
  });

  test('a draft is still validated: its mistakes stop the build before its day comes', () => {
    const files = followUp2026('2026-05-28');
    const broken = { 'content/follow-ups/2026-t1.md': files['content/follow-ups/2026-t1.md'].replace('- id: N15428', '- id: N15482') };
    expect(validateProject(fixtureFiles(broken), OPTIONS).problems.map((p) => p.code)).toEqual(['ref.indicator']);
  });
});

describe('production mode', () => {
  const production = { ...OPTIONS, site: 'https://maluppfoljning.example', siteMode: 'production' };
  /** The fixture with its examples made real (removing the flag, as staff would after replacing the values). */
  const real = {
    'content/indicators/utslapp.md': original('content/indicators/utslapp.md').replace('example: true\n', '').replace('Exempeldata (tänkt källa: Testkälla)', 'Testkälla'),
    [FOLLOW_UP]: original(FOLLOW_UP).replace('example: true\n', ''),
    'content/follow-ups/2023-extra-enkat.md': original('content/follow-ups/2023-extra-enkat.md').replace('example: true\n', ''),
    'content/activities/laxhjalp.md': original('content/activities/laxhjalp.md').replace('example: true\n', ''),
  };

  test('every file marked as an example is an error at its example line', () => {
    const { project, problems } = validateProject(fixtureFiles(), production);
    expect(project).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/follow-ups/2023-extra-enkat.md', line: 12, field: 'example', code: 'production.example' }),
      expect.objectContaining({ file: FOLLOW_UP, line: 5, field: 'example', code: 'production.example', message: 'Filen är ett exempel (example: true): exempel publiceras inte på den riktiga webbplatsen.' }),
      expect.objectContaining({ file: 'content/indicators/utslapp.md', line: 16, field: 'example', code: 'production.example', hint: expect.stringContaining('data/indicators/utslapp.csv') }),
      expect.objectContaining({ file: 'content/activities/laxhjalp.md', line: 19, field: 'example', code: 'production.example' }),
    ]);
  });

  test('an example decision is an error too', () => {
    const decision = 'content/decisions/kf-2020-10.md';
    const { problems } = validateProject(fixtureFiles({ ...real, [decision]: original(decision).replace('source: Testunderlag\n', 'source: Testunderlag\nexample: true\n') }), production);
    expect(problems.map((p) => [p.file, p.line, p.code])).toEqual([[decision, 7, 'production.example']]);
  });

  test('a project with only real content passes', () => {
    const { project, problems } = validateProject(fixtureFiles(real), production);
    expect(problems).toEqual([]);
    expect(buildOverview(project!, OPTIONS.buildDate).hasExample).toBe(false);
  });

  test('a missing SITE_URL and a missing contact e-mail are errors', () => {
    const settings = 'content/settings.yaml';
    const { problems } = validateProject(fixtureFiles({ ...real, [settings]: original(settings).replace(/^contactEmail:.*\n/m, '') }), { ...production, site: undefined });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'SITE_URL', code: 'production.site-url', hint: expect.stringContaining('SITE_URL=https://') }),
      expect.objectContaining({ file: settings, field: 'contactEmail', code: 'production.contact-email', message: expect.stringContaining('DOS-lagen') }),
    ]);
  });

  test('the default, demonstration mode allows examples', () => {
    expect(validateProject(fixtureFiles(), OPTIONS).problems).toEqual([]);
    expect(validateProject(fixtureFiles(), { ...OPTIONS, siteMode: 'demo' }).problems).toEqual([]);
  });

  test('a SITE_MODE that is not known is an error, not the demonstration mode', () => {
    expect(parseSiteMode('prod')).toEqual({ problem: expect.objectContaining({ file: 'SITE_MODE', code: 'site-mode.unknown', message: 'SITE_MODE="prod" känns inte igen.' }) });
    expect(validateProject(fixtureFiles(real), { ...production, siteMode: 'Production ' }).project).toBeNull();
    expect(parseSiteMode(undefined)).toEqual({ mode: 'demo' });
    expect(parseSiteMode('')).toEqual({ mode: 'demo' });
  });
});

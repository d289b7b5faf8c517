import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDate } from '../src/lib/date.ts';
import { loadProject } from '../src/lib/project/index.ts';
import { validateProject } from '../src/lib/validate.ts';
import { VALID_FIXTURE, fixtureFiles, fixtureWith } from './helpers/fixture.ts';

const ROOT = join(import.meta.dirname, '..');
/** The tests' build date, as SOURCE_DATE_EPOCH=1768435200 gives the fixture builds. */
const OPTIONS = { buildDate: parseDate('2026-01-15')! };
const SETTINGS = 'content/settings.yaml';
const settingsWith = (extra: string) => ({ [SETTINGS]: readFileSync(join(VALID_FIXTURE, SETTINGS), 'utf8') + extra });
const HTTPS_CC_BY = settingsWith('licence:\n  name: CC BY 4.0\n  url: https://creativecommons.org/licenses/by/4.0/\n');

describe('validateProject: the checks of the build, in the check', () => {
  test('the valid fixture has no problems and loads', () => {
    const { project, problems, fileCount } = validateProject(fixtureFiles(), { ...OPTIONS, site: 'https://test.example' });
    expect(problems).toEqual([]);
    expect(fileCount).toBe(22);
    expect(project).not.toBeNull();
  });

  test('a Creative Commons licence written with https is reported at its line and field, with the address to write', () => {
    const files = fixtureFiles(HTTPS_CC_BY);
    expect(loadProject(files).problems).toEqual([]);
    const { project, problems } = validateProject(files, OPTIONS);
    expect(project).toBeNull();
    expect(problems).toEqual([
      {
        file: SETTINGS,
        line: 13,
        field: 'licence.url',
        code: 'catalogue.licence-form',
        message: expect.stringContaining('Licensens adress "https://creativecommons.org/licenses/by/4.0/" är inte skriven som dataportalen vill'),
        hint: 'skriv url: http://creativecommons.org/licenses/by/4.0/ under licence.',
      },
    ]);
  });

  test('catalogue problems are reported together with the problems of other files', () => {
    const files = { ...HTTPS_CC_BY, 'data/indicators/utslapp.csv': 'period,value\n2020,abc\n' };
    const { problems } = validateProject(fixtureFiles(files), OPTIONS);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['data/indicators/utslapp.csv', 'value'],
      [SETTINGS, 'licence.url'],
    ]);
  });

  test('a homepage that is not a web address is located at homepage', () => {
    const files = fixtureFiles({ [SETTINGS]: readFileSync(join(VALID_FIXTURE, SETTINGS), 'utf8').replace('https://testkommun.example', 'ftp://testkommun.example') });
    // The schema takes http and https only, so ftp: stops there, before the catalogue's own check.
    expect(validateProject(files, OPTIONS).problems).toEqual([expect.objectContaining({ file: SETTINGS, line: 2, field: 'homepage', code: 'field.invalid', message: 'Skriv en hel webbadress som börjar med https://.' })]);
  });

  test("a site address that is not absolute is reported as SITE_URL's", () => {
    expect(validateProject(fixtureFiles(), { ...OPTIONS, site: '/relativ' }).problems).toEqual([
      expect.objectContaining({ file: 'SITE_URL', message: expect.stringContaining('ingen hel adress'), hint: expect.stringContaining('SITE_URL') }),
    ]);
  });

  test('npm run check reports what the build would stop on', () => {
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'check.ts'), fixtureWith(HTTPS_CC_BY)], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/settings.yaml:13 (rad 13, fält licence.url)');
    expect(result.stderr).toContain('Så rättar du: skriv url: http://creativecommons.org/licenses/by/4.0/ under licence.');
    expect(result.stderr.trim().split('\n').at(-1)).toBe('1 fel i 1 fil.');
  });
});

describe('every staff-written field has a doc comment with an example', () => {
  const dir = join(ROOT, 'src', 'lib', 'schemas');
  // A field of a zod object: `name: z.string()…`, `goal: goalNumber`, `target: targetSchema.optional()`.
  const FIELD = /^\s+(\w+): (z(\.|$)|slug\b|dateText\b|monthText\b|activityStatusWord\b|exampleFlag\b|goalNumber\b|koladaAreaId\b|judgedAssessment\b|\w+Schema\b)/;
  const fields = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => {
      const lines = readFileSync(join(dir, f), 'utf8').split('\n');
      return lines.flatMap((line, i) => {
        const m = FIELD.exec(line);
        if (!m || /^export /.test(line)) return [];
        // The doc comment ends on the line before the field; collect it back to its opening.
        let j = i - 1;
        const comment: string[] = [];
        if (lines[j]?.trim().endsWith('*/'))
          for (; j >= 0; j--) {
            comment.unshift(lines[j]!);
            if (lines[j]!.trim().startsWith('/**')) break;
          }
        return [{ where: `${f}:${i + 1} ${m[1]}`, comment: comment.join('\n') }];
      });
    });

  test('the fields are found', () => expect(fields.length).toBeGreaterThan(60));
  test.each(fields)('$where', ({ comment }) => {
    expect(comment).toMatch(/^\s*\/\*\*/);
    expect(comment).toMatch(/Example/);
  });
});

/**
 * The pull-request check's output (`npm run check -- --format github`): each problem as a GitHub
 * workflow command that becomes an annotation on its file and line, and the job summary a person
 * reads before approving, on a fixture with known problems.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runCheck } from '../src/lib/check.ts';
import { parseDate } from '../src/lib/date.ts';
import { annotation, escapeData, escapeProperty, githubCommands, jobSummary, markdownText, SUMMARY_LIMIT, workflowCommand } from '../src/lib/github.ts';
import { VALID_FIXTURE, fixtureFiles } from './helpers/fixture.ts';

const DAY = parseDate('2026-01-15')!;
const TONNES = 'data/indicators/utslapp.csv';
const original = (path: string) => readFileSync(join(VALID_FIXTURE, path), 'utf8');
const BASE = { status: 'compared', ref: 'origin/main', before: fixtureFiles() } as const;

/** A value with a percent sign, a misspelled sub-goal, and an unknown SITE_MODE: three errors in three places. */
const broken = () =>
  runCheck(
    fixtureFiles({
      [TONNES]: original(TONNES).replace('2022,4.4,', '2022,12 %,'),
      'content/indicators/N15428.md': original('content/indicators/N15428.md').replace('subgoal: skola', 'subgoal: skol'),
    }),
    { buildDate: DAY, siteMode: 'prod' },
    BASE,
  );

/** Valid, with a jump that is warned about, a draft, and values that change goal 1's assessment. */
const warned = () =>
  runCheck(
    fixtureFiles({
      [TONNES]: original(TONNES) + '2024,6.0,\n2025,7.0,\n',
      'content/follow-ups/2026-t1.md': original('content/follow-ups/2023-t2.md').replace('year: 2023', 'year: 2026').replace('kind: tertial-2', 'kind: tertial-1').replace('published: 2023-10-01', 'published: 2026-05-28'),
    }),
    { buildDate: DAY },
    BASE,
  );

/** What GitHub's runner does with an escaped value (its `UnescapeValue`). */
const unescape = (s: string) => s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');

describe('escaping', () => {
  test('a message keeps percent signs and line breaks, a property also colons and commas', () => {
    expect(escapeData('12 % klart\r\nrad 2')).toBe('12 %25 klart%0D%0Arad 2');
    expect(escapeProperty('Fel: rad 5, kolumn 3')).toBe('Fel%3A rad 5%2C kolumn 3');
  });

  test('any text survives the round trip, and an escaped property has nothing left that would end it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(unescape(escapeData(s))).toBe(s);
        expect(unescape(escapeProperty(s))).toBe(s);
        expect(escapeData(s)).not.toMatch(/[\r\n]/);
        expect(escapeProperty(s)).not.toMatch(/[\r\n,:]/);
      }),
    );
  });

  test('a command without properties has none, and a missing property is left out', () => {
    expect(workflowCommand('error', {}, 'Hej')).toBe('::error::Hej');
    expect(workflowCommand('warning', { file: 'a.csv', line: undefined, title: 'T' }, 'Hej')).toBe('::warning file=a.csv,title=T::Hej');
  });
});

describe('annotations', () => {
  test('each problem is an error on its file, line and column, with where in the title and the hint on a second line; the changed files’ first', () => {
    expect(githubCommands(broken())).toEqual([
      '::error file=content/indicators/N15428.md,line=4,title=Fel%3A rad 4%2C fält subgoal::Delmålet "skol" finns inte. Menade du "skola"?%0ASå rättar du: delmålen under mål 2 är: skola.',
      '::error file=data/indicators/utslapp.csv,line=5,col=2,title=Fel%3A rad 5%2C kolumn 2%2C "value"::Värdet "12 %25" är inget tal: det har ett procenttecken.%0ASå rättar du: skriv bara talet, 12. Enheten (procent) står i indikatorns metadatafil.',
      '::error title=Fel%3A SITE_MODE::SITE_MODE="prod" känns inte igen.%0ASå rättar du: skriv SITE_MODE=production när den riktiga webbplatsen byggs, eller lämna SITE_MODE tom för demonstrationsläget (där exempel är tillåtna och märkta).',
      'Datafilerna är jämförda med origin/main.',
      '3 fel i 3 filer.',
    ]);
  });

  test('paths are from the repository root when the project is in a sub-folder', () => {
    const lines = githubCommands(broken(), 'site/');
    expect(lines.filter((l) => l.includes('file='))).toHaveLength(2);
    expect(lines.every((l) => !l.includes('file=') || l.includes('file=site/'))).toBe(true);
  });

  test('warnings come after errors, and a draft is a notice at its date', () => {
    const lines = githubCommands(warned());
    expect(lines[0]).toMatch(/^::warning file=data\/indicators\/utslapp.csv,line=7,col=2,title=Varning%3A rad 7%2C kolumn 2%2C "value"::Värdet för 2024 \(6\) skiljer sig mycket .*%0AGör så här: kontrollera värdet mot källan/);
    expect(lines).toContain('::notice file=content/follow-ups/2026-t1.md,line=4,title=Utkast::Utkast: content/follow-ups/2026-t1.md (rad 4, published: 2026-05-28) visas inte på webbplatsen, i flödet eller i nedladdningarna förrän 28 maj 2026.');
    expect(lines.at(-1)).toBe('Inga fel, 1 varning i 23 filer.');
  });

  test('a problem with a line but no column has no column, and one about the whole file has neither', () => {
    expect(annotation({ file: 'data/indicators/x.csv', code: 'data-loss.deleted', message: 'Borta.', severity: 'warning' })).toBe('::warning file=data/indicators/x.csv,title=Varning::Borta.');
  });
});

describe('the job summary', () => {
  test('says the counts first, that nothing can be published, then every error with its place, message and fix', () => {
    const md = jobSummary(broken());
    const lines = md.split('\n');
    expect(lines[0]).toBe('## Kontroll av innehållet: 3 fel i 3 filer.');
    expect(lines[2]).toMatch(/^\*\*Ändringen kan inte publiceras förrän felen är rättade\.\*\*/);
    expect(md).toContain(
      [
        '### Fel (3)',
        '',
        '1. **SITE\\_MODE**  ',
        '    SITE\\_MODE="prod" känns inte igen.  ',
        '    Så rättar du: skriv SITE\\_MODE=production när den riktiga webbplatsen byggs, eller lämna SITE\\_MODE tom för demonstrationsläget \\(där exempel är tillåtna och märkta\\).',
        '2. **content/indicators/N15428.md**, rad 4, fält subgoal  ',
        '    Delmålet "skol" finns inte. Menade du "skola"?  ',
        '    Så rättar du: delmålen under mål 2 är: skola.',
        '3. **data/indicators/utslapp.csv**, rad 5, kolumn 2, "value"  ',
        '    Värdet "12 %" är inget tal: det har ett procenttecken.  ',
      ].join('\n'),
    );
    expect(md).toContain('### Så ändras webbplatsen\n\nHär visas vad ändringen gör med värden och bedömningar när felen är rättade.');
    expect(lines.at(-2)).toBe('<sub>Datafilerna är jämförda med origin/main.</sub>');
  });

  test('of a valid change says it can be published, lists the warning and the draft, and what changes on the site', () => {
    const md = jobSummary(warned());
    expect(md.split('\n')[0]).toBe('## Kontroll av innehållet: Inga fel, 1 varning i 23 filer.');
    expect(md).toContain('Inga fel: ändringen kan publiceras när den är godkänd. Läs varningarna först');
    expect(md).toContain('### Varningar i filer som ändringen rör (1)\n\n1. **data/indicators/utslapp.csv**, rad 7, kolumn 2, "value"  \n    Värdet för 2024 \\(6\\) skiljer sig mycket');
    expect(md).not.toContain('<details>');
    expect(md).toContain('### Utkast\n\n- Utkast: content/follow-ups/2026-t1.md \\(rad 4, published: 2026-05-28\\) visas inte');
    expect(md).toContain(
      [
        '### Så ändras webbplatsen',
        '',
        'Det här visar webbplatsen annorlunda jämfört med origin/main, med metodens bedömningar räknade på båda versionerna:',
        '',
        '**Värden som läggs till, ändras eller tas bort**',
        '',
        '- Utsläpp per invånare \\(utslapp\\): 2 nya värden: 2024: 6\u00a0ton; 2025: 7\u00a0ton.',
        '',
        '**Bedömningar som ändras**',
        '',
        '- Mål 1 \\(Testmål 1\\): Uppfylls → Uppfylls inte.',
        '- Delmålet Miljö: Uppfylls → Uppfylls inte.',
        '- Indikatorn Utsläpp per invånare \\(utslapp\\): I fas → Fel riktning.',
      ].join('\n'),
    );
  });

  test('a warning in a file the change does not touch is folded away, and its annotation comes after those of the changed files', () => {
    const jump = { [TONNES]: original(TONNES) + '2024,0.41,\n' };
    const report = runCheck(
      fixtureFiles({ ...jump, 'data/indicators/N15428.csv': original('data/indicators/N15428.csv').replace('2022;T;81,2;', '2022;T;81,5;') }),
      { buildDate: DAY },
      { status: 'compared', ref: 'origin/main', before: fixtureFiles(jump) },
    );
    expect(report.changedFiles).toEqual(['data/indicators/N15428.csv']);
    expect(githubCommands(report).filter((l) => l.startsWith('::warning')).map((l) => /file=([^,]+)/.exec(l)?.[1])).toEqual(['data/indicators/N15428.csv', TONNES]);
    const md = jobSummary(report);
    expect(md).toContain('### Varningar i filer som ändringen rör (1)\n\n1. **data/indicators/N15428.csv**, rad 5  \n    Ett tidigare värde är ändrat jämfört med origin/main: 2022: 81,2 → 81,5.');
    expect(md).toContain('<details><summary>1 varning i filer som ändringen inte rör</summary>\n\n1. **data/indicators/utslapp.csv**, rad 7');
    expect(md).toContain('</details>');
  });

  test('a change that alters nothing on the site says so', () => {
    const md = jobSummary(runCheck(fixtureFiles(), { buildDate: DAY }, BASE));
    expect(md).toContain('## Kontroll av innehållet: Inga fel i 22 filer.\n\nInga fel: ändringen kan publiceras när den är godkänd.\n');
    expect(md).toContain('### Så ändras webbplatsen\n\nInga värden och inga bedömningar ändras jämfört med origin/main.');
  });

  test('staff text cannot become markup', () => {
    expect(markdownText('<script>alert(1)</script> *fet* [länk](x) a|b\nny rad')).toBe('\\<script\\>alert\\(1\\)\\</script\\> \\*fet\\* \\[länk\\]\\(x\\) a\\|b ny rad');
    const md = jobSummary(runCheck(fixtureFiles({ [TONNES]: original(TONNES).replace('2022,4.4,', '2022,<b>4</b>,') }), { buildDate: DAY }, BASE));
    expect(md).toContain('Värdet "\\<b\\>4\\</b\\>" är inget tal');
    expect(md).not.toContain('<b>');
  });

  test('very many problems are counted after the first ones, and the annotations’ limit is explained', () => {
    const rows = Array.from({ length: SUMMARY_LIMIT + 5 }, (_, i) => `${1800 + i},x,`).join('\n');
    const md = jobSummary(runCheck(fixtureFiles({ [TONNES]: 'period,value,note\n' + rows + '\n' }), { buildDate: DAY }, { status: 'skipped', reason: 'no-git' }));
    expect(md).toContain(`… och 5 till. Kör \`npm run check\` för att se alla.`);
    expect(md).toContain('visar GitHub högst 10 fel och 10 varningar; alla står här.');
    expect(md).not.toContain('### Så ändras webbplatsen');
  });
});

import { describe, expect, test } from 'vitest';
import { attribution, citation, isUnprocessedKolada, sourceCredit } from '../src/lib/citation.ts';
import type { Indicator } from '../src/lib/model.ts';
import { day, sampleContext } from './helpers/sample-project.ts';

const ctx = sampleContext();
const [N15428, EX1, NODATA] = ctx.project.indicators as [Indicator, Indicator, Indicator];
const withSource = (ind: Indicator, source: Indicator['data']['source'], example = ind.data.example): Indicator => ({ ...ind, data: { ...ind.data, source, example } });

describe('citation', () => {
  test('cites the producer, who processed it, year of the last data change, title, type, site, URL and access date', () => {
    expect(citation(N15428, ctx, day('2026-11-27'))).toBe(
      'Kolada, bearbetning Vaggeryds kommun (2024). Andel elever i åk 9 som är behöriga till ett yrkesprogram [Datamängd]. Öppen måluppföljning. https://uppfoljning.example.se/indikatorer/N15428/ (hämtad 2026-11-27).',
    );
  });

  test('never credits another producer’s figures to the municipality, and credits the municipality’s own to it alone', () => {
    const af = withSource(N15428, { name: 'Arbetsförmedlingen via Newsworthy och skillingaryd.nu' }, false);
    expect(citation(af, ctx, day('2026-11-27'))).toMatch(/^Arbetsförmedlingen via Newsworthy och skillingaryd\.nu, bearbetning Vaggeryds kommun \(2024\)\. /);
    const own = withSource(N15428, { name: 'Miljöredovisning 2019, Vaggeryds kommun' }, false);
    expect(citation(own, ctx, day('2026-11-27'))).toMatch(/^Vaggeryds kommun \(2024\)\. /);
  });

  test('says that example data is example data', () => {
    expect(citation(EX1, ctx, day('2026-11-27'))).toBe(
      'Vaggeryds kommun (2024). Utsläpp av växthusgaser per invånare [Datamängd]. Öppen måluppföljning. https://uppfoljning.example.se/indikatorer/EX1/ (hämtad 2026-11-27). Exempeldata – inte officiell statistik.',
    );
  });

  test('uses the build year when the last change is not known', () => {
    const noDates = sampleContext({}, {});
    expect(citation(NODATA, { ...noDates, buildDate: day('2027-01-02') }, day('2027-01-02'))).toBe(
      'Räddningstjänsten, bearbetning Vaggeryds kommun (2027). Antal övningar för krisledningen [Datamängd]. Öppen måluppföljning. https://uppfoljning.example.se/indikatorer/NODATA/ (hämtad 2027-01-02).',
    );
  });

  test('does not double the full stop after a title ending in a question mark', () => {
    const q: Indicator = { ...N15428, data: { ...N15428.data, title: 'Kan du påverka?' } };
    expect(citation(q, ctx, day('2026-11-27'))).toContain('Kan du påverka? [Datamängd].');
  });
});

describe('attribution', () => {
  test.each([
    ['Kolada’s own key figure', withSource(N15428, { name: 'Kolada', kpi: 'N15428' }, false), 'Källa: Kolada'],
    ['Kolada, written in lower case', withSource(N15428, { name: ' kolada ', kpi: 'N15428' }, false), 'Källa: Kolada'],
    ['figures computed from Kolada (no key figure)', withSource(N15428, { name: 'Kolada' }, false), 'Källa: bearbetning av uppgifter från Kolada'],
    ['example data meant to come from Kolada', EX1, 'Exempeldata – inte officiell statistik. Avsedd källa: Kolada (N00001).'],
    ['example data meant to come from elsewhere', withSource(EX1, { name: 'SCB' }, true), 'Exempeldata – inte officiell statistik. Avsedd källa: SCB.'],
    ['example data whose source is written "Exempeldata (tänkt källa: …)"', withSource(EX1, { name: 'Exempeldata (tänkt källa: Post- och telestyrelsen)' }, true), 'Exempeldata – inte officiell statistik. Avsedd källa: Post- och telestyrelsen.'],
    ['another source', NODATA, 'Källa: Räddningstjänsten'],
    ['another source with a URL', withSource(N15428, { name: 'Svenskt Näringsliv (via vaggeryd.se)', url: 'https://www.vaggeryd.se' }, false), 'Källa: Svenskt Näringsliv (via vaggeryd.se)'],
  ])('%s', (_name, ind, text) => expect(attribution(ind)).toBe(text));

  test('only unprocessed, non-example Kolada figures count as Kolada’s', () => {
    expect(isUnprocessedKolada(N15428)).toBe(true);
    expect(isUnprocessedKolada(EX1)).toBe(false);
    expect(isUnprocessedKolada(withSource(N15428, { name: 'Kolada' }))).toBe(false);
  });
});

describe('sourceCredit: the source line of a downloaded chart', () => {
  test.each([
    ['Kolada’s own key figure', withSource(N15428, { name: 'Kolada', kpi: 'N15428' }, false), 'Källa: Kolada, bearbetning Vaggeryds kommun'],
    ['another producer, named first', withSource(N15428, { name: 'Arbetsförmedlingen via Newsworthy och skillingaryd.nu' }, false), 'Källa: Arbetsförmedlingen via Newsworthy och skillingaryd.nu, bearbetning Vaggeryds kommun'],
    ['the municipality’s own figures', withSource(N15428, { name: 'Miljöredovisning 2019, Vaggeryds kommun' }, false), 'Källa: Miljöredovisning 2019, Vaggeryds kommun'],
    ['example data: only the intended source, never a real producer', EX1, 'Avsedd källa: Kolada (N00001)'],
  ])('%s', (_name, ind, text) => {
    expect(sourceCredit(ind, 'Vaggeryds kommun')).toBe(text);
    // Never "Källa: Källa: …".
    expect(sourceCredit(ind, 'Vaggeryds kommun')).not.toMatch(/Källa:.*Källa:/);
  });
});

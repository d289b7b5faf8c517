/**
 * The synthetic content set `npm run bench` builds: it must be a valid project (a bench that
 * measured a build stopped by problems would measure nothing) with what the issue asks for.
 */
import { describe, expect, test } from 'vitest';
import { loadProject } from '../src/lib/project/index.ts';
import { syntheticFiles } from '../scripts/synthetic.ts';
import { fixtureFiles } from './helpers/fixture.ts';

describe('syntheticFiles', () => {
  const added = syntheticFiles(fixtureFiles(), { indicators: 60, years: 30 });
  const files = fixtureFiles(Object.fromEntries(added));

  test('adds a valid project: every generated file passes the same checks as staff files', () => {
    const { project, problems } = loadProject(files);
    expect(problems).toEqual([]);
    expect(project?.indicators).toHaveLength(3 + 60);
  });

  test('thirty years for T, K and M, with missing values, targets, no-data indicators and follow-up comments', () => {
    const { project } = loadProject(files);
    const generated = project!.indicators.filter((i) => i.id.startsWith('syn-'));
    const withData = generated.filter((i) => i.series);
    expect(withData.length).toBeGreaterThan(50);
    expect(withData.length).toBeLessThan(60);
    const years = new Set(withData.flatMap((i) => i.series!.observations.map((o) => o.period.key)));
    expect(years.size).toBe(30);
    expect(withData.some((i) => i.series!.observations.some((o) => o.gender === 'K'))).toBe(true);
    expect(withData.some((i) => i.series!.observations.some((o) => o.value === null))).toBe(true);
    expect(generated.some((i) => i.data.target?.kind === 'political')).toBe(true);
    expect(generated.some((i) => i.data.target?.kind === 'reference')).toBe(true);
    expect(generated.every((i) => i.data.example)).toBe(true);
    expect(project!.followUps[0]!.data.indicators.filter((c) => c.id.startsWith('syn-')).length).toBeGreaterThan(3);
  });

  test('the same seed gives the same files, so two runs measure the same build', () => {
    expect(syntheticFiles(fixtureFiles(), { indicators: 60, years: 30 })).toEqual(added);
  });
});

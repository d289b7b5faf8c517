/**
 * The weekly Kolada workflow (.github/workflows/kolada.yml) cannot run here; this checks that it
 * says what it must: when it runs, that it imports every key figure and checks the files, that it
 * opens a pull request (so a person approves every figure) and that it uses official actions only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

const workflow = parse(readFileSync(join(import.meta.dirname, '..', '.github', 'workflows', 'kolada.yml'), 'utf8'));
const steps: { uses?: string; run?: string; with?: Record<string, string> }[] = workflow.jobs.import.steps;
const script = steps.map((s) => s.run ?? '').join('\n');

test('runs weekly and on demand', () => {
  expect(workflow.on.schedule).toHaveLength(1);
  expect(workflow.on.schedule[0].cron).toMatch(/^\S+ \S+ \* \* [0-6]$/);
  expect(workflow.on).toHaveProperty('workflow_dispatch');
});

test('imports every key figure, checks the files, and opens or updates a pull request with the summary', () => {
  expect(script).toContain('npm run --silent import:kolada -- --all');
  expect(script).toContain('npm run --silent check');
  expect(script).toContain('gh pr create');
  expect(script).toContain('--body-file');
  expect(script.indexOf('import:kolada')).toBeLessThan(script.indexOf('gh pr create'));
  expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
});

test('uses only official actions, and the Node version the project names', () => {
  const uses = steps.flatMap((s) => s.uses ?? []);
  expect(uses.map((u) => u.split('@')[0])).toEqual(['actions/checkout', 'actions/setup-node']);
  expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file']).toBe('package.json');
});

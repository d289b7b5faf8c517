import { parseDate } from '../src/lib/date.ts';
import { describe, expect, test } from 'vitest';
import { methodBasis, PROPOSED_METHOD_NAME } from '../src/lib/method-status.ts';
import { buildOverview } from '../src/lib/overview.ts';
import { loadProject } from '../src/lib/project/index.ts';
import type { Entry } from '../src/lib/model.ts';
import type { DecisionMeta } from '../src/lib/schemas/decision.ts';
import { day } from './helpers/sample-project.ts';
import { fixtureFiles } from './helpers/fixture.ts';

const decision = (id: string, over: Partial<DecisionMeta> = {}): Entry<DecisionMeta> => ({
  id,
  file: `content/decisions/${id}.md`,
  data: { body: 'KS', date: day('2026-03-04'), paragraph: 45, status: 'adopted', title: 'Gemensam bedömningsprincip antagen', changes: [], source: 'Protokoll', example: false, ...over },
  body: '',
});

describe('methodBasis: the words every computed assessment carries', () => {
  test('a proposed method says so, in the memo’s words', () => {
    const m = methodBasis({ status: 'proposed' }, [decision('ks-2026-03-04-45')]);
    expect(m).toMatchObject({ status: 'proposed', decision: null, name: 'förslag till gemensam bedömningsprincip' });
    expect(m.computed).toBe('Beräknad enligt förslag till gemensam bedömningsprincip');
  });

  test('an adopted method names its decision as it is cited', () => {
    const m = methodBasis({ status: 'adopted', decision: 'ks-2026-03-04-45' }, [decision('ks-2026-03-04-45')]);
    expect(m.status).toBe('adopted');
    expect(m.decision?.id).toBe('ks-2026-03-04-45');
    expect(m.computed).toBe('Beräknad enligt gemensam bedömningsprincip, antagen KS 2026-03-04 § 45');
    expect(m.computed).not.toContain(PROPOSED_METHOD_NAME);
  });

  test.each([
    ['a decision that is missing', []],
    ['a decision that is only proposed', [decision('ks-2026-03-04-45', { status: 'proposed' })]],
    ['an example decision', [decision('ks-2026-03-04-45', { example: true })]],
  ])('is never called adopted on %s', (_, decisions) => {
    expect(methodBasis({ status: 'adopted', decision: 'ks-2026-03-04-45' }, decisions).computed).toBe('Beräknad enligt förslag till gemensam bedömningsprincip');
  });
});

describe('the setting in content/settings.yaml', () => {
  const overviewOf = (settings: string, extra: Record<string, string> = {}) => {
    const { project, problems } = loadProject(fixtureFiles({ 'content/settings.yaml': settings, ...extra }));
    if (!project) throw new Error(JSON.stringify(problems));
    return buildOverview(project, parseDate('2026-01-15')!);
  };
  const base = 'organisation: Testkommun\nhomepage: https://testkommun.example\ncomparisons:\n  - id: "0000"\n    name: Riket\n  - id: "0006"\n    name: Testlänet\n';

  test('left out, the method is a proposal', () => {
    expect(overviewOf(base).method.status).toBe('proposed');
  });

  test('adopted with an adopted decision, every computed label names it', () => {
    const o = overviewOf(`${base}method:\n  status: adopted\n  decision: ks-2022-03-09-70\n`);
    expect(o.method.computed).toBe('Beräknad enligt gemensam bedömningsprincip, antagen KS 2022-03-09 § 70');
  });
});

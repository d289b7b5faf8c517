/**
 * Fuzzing the readers with fast-check: random bytes, random text built from the characters that
 * matter to CSV and YAML, and valid files mutated (stray quotes, mixed separators and line ends,
 * byte-order marks in the middle, very long rows, huge and tiny numbers, odd Unicode, aliases,
 * deep nesting, wrong types, missing and unknown keys). Whatever comes in, a reader returns data
 * or located problems and throws nothing; a valid file written by the site's own writers reads
 * back to the same data.
 *
 * Over 10,000 cases a run (11,920), kept small so the file takes seconds. A failure prints the seed and
 * the shrunk input; `FUZZ_SEED=<seed>` replays it, `FUZZ_RUNS=<factor>` runs more cases.
 * A hang would show as this file's test timeout.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { readIndicatorCsv } from '../src/lib/csv.ts';
import { csvSafeText, indicatorCsv, indicatorExcelCsv } from '../src/lib/export/csv.ts';
import { parseMarkdownFile } from '../src/lib/frontmatter.ts';
import type { Gender, Indicator, Observation, Series } from '../src/lib/model.ts';
import { makePeriod, type PeriodKind } from '../src/lib/period.ts';
import type { Problem } from '../src/lib/problems.ts';
import { parseDataFile, parseEntryFile } from '../src/lib/project/parse.ts';
import { indicatorSchema } from '../src/lib/schemas/indicator.ts';

const CSV_FILE = 'data/indicators/fuzz.csv';
const MD_FILE = 'content/indicators/fuzz.md';
const factor = Number(process.env.FUZZ_RUNS ?? 1);
const seed = process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) };
/** Cases per property; small inputs, so that the whole file takes seconds. */
const RUNS = { bytes: 3_500, csvText: 3_500, mutated: 1_200, csvRoundTrip: 1_500, yamlText: 1_000, looseKeys: 600, nesting: 120, yamlRoundTrip: 500 };
/** fast-check's settings for a property with `runs` cases (times FUZZ_RUNS). */
const settings = (runs: number) => ({ numRuns: Math.round(runs * factor), ...seed });
/** Generous, for a slow shared machine: a property that takes this long has hung. */
const TIMEOUT = 60_000 * factor;
const encode = (text: string) => new TextEncoder().encode(text);
const lineCount = (text: string) => text.split(/\r\n?|\n/).length;

/**
 * What every problem must be: in the file read, on a line the file has (or on no line, for a
 * problem with the whole file), with a stable code, a Swedish message and no leaked object text.
 * Checked with plain comparisons and one expect, since a case may have hundreds of problems.
 */
function expectLocated(problems: readonly Problem[], file: string, lines: number): void {
  const wrong = problems.filter(
    (p) =>
      p.file !== file ||
      !/^[a-z]+(\.[a-z0-9-]+)+$/.test(p.code) ||
      p.message.length === 0 ||
      `${p.message} ${p.hint ?? ''}`.includes('[object ') ||
      (p.line !== undefined && !(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines + 1)) ||
      (p.column !== undefined && !(Number.isInteger(p.column) && p.column >= 1)),
  );
  expect(wrong).toEqual([]);
}

/** What every series read must be: finite values or missing, one row per period and gender, one kind. */
function expectSound(series: Series, lines: number): void {
  const keys = new Set<string>();
  const wrong = series.observations.filter((o) => {
    const key = `${o.period.key}|${o.gender}`;
    const bad = !(o.value === null || Number.isFinite(o.value)) || o.period.kind !== series.kind || o.line < 2 || o.line > lines || keys.has(key);
    keys.add(key);
    return bad;
  });
  expect(wrong).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Generators

/** Pieces that mean something to a CSV reader, and some that should mean nothing. */
const CSV_TOKENS = [
  ',', ';', '"', '""', '\n', '\r', '\r\n', '\uFEFF', ' ', '\t', '.', '..', '-', '+', '%', ',5', '0', '1', '7', '9', '88.1', '1e5', '1e308', '5e-324',
  '\u2212', '\u00a0', '\u202f', 'T', 'K', 'M', 't', 'x', 'å', 'Ä', '😀', '\u202e', '\u0000', '\u0301', '2020', '1999', '2021-T1', '2021-t3', '2023-12', '2023-13',
  'period', 'value', 'gender', 'note', 'Period', 'VALUE', '<script>', 'javascript:', '=SUMMA(A1)',
];
const csvText = fc.array(fc.constantFrom(...CSV_TOKENS), { maxLength: 40 }).map((t) => t.join(''));

/** A header row in one of the shapes staff write. */
const header = fc.constantFrom('period,value', 'period,gender,value,note', 'period;value;gender;note', 'value,period', 'period,value,note', '\uFEFFperiod;gender;value');

/** Numbers a data file may hold, the awkward ones included. */
const value = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.1 + 0.2, 1e21, 1e-7, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 74.1, -3.5),
);

/** A note as staff write one: any Unicode, quotes and separators, trimmed, never blank. */
const note = fc
  .string({ unit: 'grapheme', maxLength: 25 })
  .map((s) => s.trim())
  .filter((s) => s !== '');

/** A valid series: one period kind, each period and gender once, a total for every file with rows. */
const series: fc.Arbitrary<Series> = fc.constantFrom<PeriodKind>('year', 'tertial', 'month').chain((kind) =>
  fc
    .uniqueArray(
      fc.record({
        year: fc.integer({ min: 1000, max: 9999 }),
        part: fc.integer({ min: 1, max: kind === 'year' ? 1 : kind === 'tertial' ? 3 : 12 }),
        gender: fc.constantFrom<Gender>('T', 'T', 'K', 'M'),
      }),
      { selector: (r) => `${r.year}|${r.part}|${r.gender}`, maxLength: 12 },
    )
    .chain((keys) =>
      fc.tuple(...keys.map(() => fc.tuple(value, fc.option(note, { nil: undefined })))).map((cells) => {
        const rows = keys.map((k, i) => ({ ...k, gender: i === 0 ? ('T' as Gender) : k.gender }));
        const unique = new Map(rows.map((r, i) => [`${r.year}|${r.part}|${r.gender}`, { r, cell: cells[i]! }]));
        const observations = [...unique.values()].map(({ r, cell: [v, n] }, i): Observation => ({
          period: makePeriod(kind, r.year, kind === 'year' ? 0 : r.part),
          gender: r.gender,
          value: v,
          ...(n !== undefined && { note: n }),
          line: i + 2,
        }));
        observations.sort((a, b) => a.period.time - b.period.time || 'TKM'.indexOf(a.gender) - 'TKM'.indexOf(b.gender));
        return { id: 'fuzz', kind: observations.length ? kind : null, observations };
      }),
    ),
);

/** A file as the site writes it, in the standard or the Swedish Excel dialect. */
const writtenFile = fc.tuple(series, fc.boolean()).map(([s, excel]) => {
  const ind = { id: 'fuzz', series: s, data: { example: false } } as unknown as Indicator;
  return { series: s, text: excel ? indicatorExcelCsv(ind) : indicatorCsv(ind) };
});

/** One change to a file's text at a position chosen by the fuzzer. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...CSV_TOKENS) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('separators' as const), from: fc.constantFrom(',', ';'), to: fc.constantFrom(',', ';', '\t', '') }),
  fc.record({ kind: fc.constant('line-ends' as const), to: fc.constantFrom('\n', '\r', '\r\n', '\n\n', '\r\r\n') }),
  fc.record({ kind: fc.constant('long-row' as const), length: fc.integer({ min: 1_900, max: 2_100 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.token + text.slice(at);
    }
    case 'delete': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'separators':
      return text.split(m.from).join(m.to);
    case 'line-ends':
      return text.replace(/\r\n|\r|\n/g, m.to);
    case 'long-row':
      return `${text}2099,1,${'x'.repeat(m.length)}\n`;
    case 'duplicate-line': {
      const lines = text.split('\n');
      const at = m.at % lines.length;
      return [...lines.slice(0, at + 1), lines[at], ...lines.slice(at + 1)].join('\n');
    }
  }
}

/** Pieces that mean something to YAML and to the front-matter fences. */
const YAML_TOKENS = [
  'title', 'goal', 'subgoal', 'area', 'unit', 'direction', 'target', 'source', 'name', 'value', 'year', 'childRights', 'example', 'okänt',
  ': ', ':', ' ', '  ', '\n', '\r\n', '\r', '\t', '- ', '-', '[', ']', '{', '}', ',', '&a ', '*a', '&b ', '*b', '<<: ', '!!str ', '!!binary ', '!!js/function ', '!ok ',
  '"', "'", '#', '---', '...', '|', '>', '? ', '%YAML 1.2', '1', '-1', '2.5', '.inf', '.nan', 'true', 'null', '~', '2020-01-01', '0x1F', '1e400', 'miljo', 'increase',
  'å', '😀', '\uFEFF', '\u0000', '\u2028', '<script>', 'javascript:x',
];
const yamlText = fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 40 }).map((t) => t.join(''));

/** Values of every type, nested, for fields that expect something else. */
const anyValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.date({ noInvalidDate: true }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** An indicator's front matter with any keys, known and unknown, given any values. */
const looseFrontMatter = fc.dictionary(
  fc.oneof(fc.constantFrom('title', 'definition', 'goal', 'subgoal', 'area', 'unit', 'direction', 'target', 'source', 'responsible', 'childRights', 'example'), fc.string({ maxLength: 8 })),
  anyValue,
  { maxKeys: 14 },
);

/** Lists nested `depth` deep, as block or flow YAML. */
const deepNesting = fc.tuple(fc.integer({ min: 1, max: 1_100 }), fc.boolean()).map(([depth, flow]) =>
  flow ? `title: ${'['.repeat(depth)}x${']'.repeat(depth)}\n` : `title:\n${Array.from({ length: Math.min(depth, 200) }, (_, i) => `${'  '.repeat(i)}- `).join('\n')}x\n`,
);

/** Anchors and aliases, a few or an exponential number of them. */
const aliases = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })).map(([levels, width]) => {
  const lines = ['l0: &l0 [lol, lol]'];
  for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${Array(width).fill(`*l${i - 1}`).join(', ')}]`);
  return `title: *l${levels - 1}\n${lines.join('\n')}\n`;
});

const slugText = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const someText = (min: number) => fc.string({ unit: 'grapheme', minLength: min, maxLength: 40 }).filter((s) => s.length >= min);

/** Valid indicator metadata, every optional part present or not. */
const validMeta = fc.record(
  {
    title: someText(3),
    definition: someText(10),
    goal: fc.integer({ min: 1, max: 4 }),
    subgoal: slugText,
    area: someText(1),
    unit: fc.oneof(fc.constantFrom('procent', 'antal', 'placering', 'kr', 'ton'), someText(1)),
    direction: fc.constantFrom('increase', 'decrease'),
    target: fc.oneof(
      fc.record({ value: fc.double({ noNaN: true, noDefaultInfinity: true }), year: fc.integer({ min: 1900, max: 2100 }), kind: fc.constant('political'), decision: slugText }),
      fc.record({ value: fc.integer(), year: fc.integer({ min: 1900, max: 2100 }), kind: fc.constant('reference'), basis: someText(1) }),
    ),
    source: fc.record(
      { name: someText(1), kpi: fc.stringMatching(/^[A-Z]\d{5}$/), url: fc.webUrl({ validSchemes: ['https', 'http'] }) },
      { requiredKeys: ['name'] },
    ),
    responsible: someText(1),
    childRights: fc.array(fc.integer({ min: 1, max: 54 }), { maxLength: 5 }),
    example: fc.boolean(),
  },
  { requiredKeys: ['title', 'goal', 'subgoal', 'area', 'unit', 'direction', 'source'] },
);

// ---------------------------------------------------------------------------------------------
// The CSV reader

describe('fuzzing the data-file reader', () => {
  test('random bytes: data or located problems, nothing thrown', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const { value: data, problems } = parseDataFile(CSV_FILE, bytes);
        expectLocated(problems, CSV_FILE, lineCount(new TextDecoder().decode(bytes)));
        if (data) expectSound(data.series, lineCount(new TextDecoder().decode(bytes)));
      }),
      settings(RUNS.bytes),
    );
  }, TIMEOUT);

  test('random text of separators, quotes, line ends, numbers, BOMs and odd Unicode', () => {
    fc.assert(
      fc.property(header, csvText, (head, body) => {
        const text = `${head}\n${body}`;
        const { value: data, problems } = parseDataFile(CSV_FILE, encode(text));
        expectLocated(problems, CSV_FILE, lineCount(text));
        if (data) expectSound(data.series, lineCount(text));
      }),
      settings(RUNS.csvText),
    );
  }, TIMEOUT);

  test('valid files with one to three mutations: still data or located problems', () => {
    fc.assert(
      fc.property(writtenFile, fc.array(mutation, { minLength: 1, maxLength: 3 }), ({ text }, mutations) => {
        const mutated = mutations.reduce(mutate, text);
        const { value: data, problems } = parseDataFile(CSV_FILE, encode(mutated));
        expectLocated(problems, CSV_FILE, lineCount(mutated));
        if (data) expectSound(data.series, lineCount(mutated));
      }),
      settings(RUNS.mutated),
    );
  }, TIMEOUT);

  test('every file the site writes (CSV and Excel CSV) reads back to the same rows', () => {
    fc.assert(
      fc.property(writtenFile, ({ series: s, text }) => {
        const { series: read, problems } = readIndicatorCsv(text, CSV_FILE, 'fuzz');
        expect(problems).toEqual([]);
        const shape = (o: Observation) => [o.period.key, o.gender, o.value === null ? null : o.value + 0, o.note ?? null];
        // Notes are line-end normalised like every line of the file, and formula-like notes carry the
        // leading ' that every CSV download gives them (see csvSafeText).
        expect(read.observations.map(shape)).toEqual(s.observations.map((o) => shape({ ...o, ...(o.note !== undefined && { note: csvSafeText(o.note).replace(/\r\n?/g, '\n') }) })));
        expect(read.kind).toBe(s.kind);
      }),
      settings(RUNS.csvRoundTrip),
    );
  }, TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// The front-matter reader

describe('fuzzing the front-matter reader', () => {
  const located = (text: string) => {
    const { problems } = parseEntryFile(MD_FILE, encode(text), indicatorSchema);
    expectLocated(problems, MD_FILE, lineCount(text));
    return problems;
  };

  test('random YAML-like text between the fences: data or located problems', () => {
    fc.assert(
      fc.property(yamlText, fc.boolean(), (yaml, closed) => void located(`---\n${yaml}\n${closed ? '---\n' : ''}Brödtext.\n`)),
      settings(RUNS.yamlText),
    );
  }, TIMEOUT);

  test('any keys, known or unknown, with values of any type, nested: data or located problems', () => {
    fc.assert(
      fc.property(looseFrontMatter, (data) => {
        const problems = located(`---\n${stringify(data)}---\n`);
        if (problems.length === 0) expect(indicatorSchema.safeParse(data).success).toBe(true);
      }),
      settings(RUNS.looseKeys),
    );
  }, TIMEOUT);

  test('deep nesting and aliases, from a few to an alias bomb: refused or read, quickly', () => {
    fc.assert(
      fc.property(fc.oneof(deepNesting, aliases), (yaml) => void located(`---\n${yaml}---\n`)),
      settings(RUNS.nesting),
    );
  }, TIMEOUT);

  test('every valid front matter, written as YAML, reads back to the same data and body', () => {
    fc.assert(
      fc.property(validMeta, fc.string({ unit: 'grapheme', maxLength: 60 }), (meta, body) => {
        const parsed = parseMarkdownFile(`---\n${stringify(meta)}---\n${body}`, MD_FILE, indicatorSchema);
        expect(parsed.problems).toEqual([]);
        expect(parsed.data).toEqual(indicatorSchema.parse(meta));
        expect(parsed.body).toBe(body.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
      }),
      settings(RUNS.yamlRoundTrip),
    );
  }, TIMEOUT);
});

test('a run tries at least 10,000 cases', () => {
  expect(Object.values(RUNS).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10_000);
});

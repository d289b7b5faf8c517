/**
 * Validates parsed front matter with a zod schema and turns every issue into a located Swedish
 * problem. Zod's own words never reach a staff member: a schema's field may carry its own message
 * (`{ error: 'Skriv …' }`), and every other issue gets its words from `swedishIssue`, passed to
 * zod as the per-parse error map. Nothing here reads zod internals or the text of a message.
 */
import { z } from 'zod';
import { didYouMean, type Problem } from './problems.ts';

/** The line of a field path in the file (falls back to the nearest parent that exists). */
export type LineOf = (path: readonly (string | number)[]) => number;
/** The line of `key` in the map at `path`, when it is written there. */
export type KeyLineOf = (path: readonly (string | number)[], key: string) => number | undefined;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'true eller false',
  array: 'en lista, till exempel [1, 2] eller rader som börjar med "- "',
  object: 'en grupp av fält (indragna rader under fältnamnet)',
};

/**
 * Zod's per-parse error map, in Swedish. For a field that is missing, the text is what to do (it
 * becomes the problem's hint, below "Fältet saknas."); otherwise it says what is wrong.
 */
export const swedishIssue: z.core.$ZodErrorMap = (issue) => {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value'))
    return `lägg till fältet ${(issue.path ?? []).join('.')}: …`;
  switch (issue.code) {
    case 'invalid_type':
      // `comment:` with nothing after it (as the templates of npm run ny:… leave a field to fill in) is null.
      if (issue.input === null) return `Fältet är tomt: skriv ${TYPE_WORDS[issue.expected] ?? issue.expected} efter kolonet.`;
      return `Fältet ska vara ${TYPE_WORDS[issue.expected] ?? issue.expected}.`;
    case 'invalid_value':
      return `Värdet ska vara ett av: ${issue.values.map(String).join(', ')}.`;
    case 'too_small':
      if (issue.origin === 'string') return 'Fältet får inte vara tomt eller så här kort.';
      if (issue.origin === 'array') return `Listan behöver minst ${issue.minimum} ${Number(issue.minimum) === 1 ? 'rad' : 'rader'}.`;
      return `Värdet ska vara minst ${issue.minimum}.`;
    case 'too_big':
      return `Värdet får vara högst ${issue.maximum}.`;
    case 'invalid_format':
      return issue.format === 'url' ? 'Skriv en hel webbadress som börjar med https://.' : 'Fältet har fel form.';
    default:
      return 'Fältet har ett ogiltigt värde.';
  }
};

/** The field names a zod object schema accepts at a path (through optional, default, pipes and arrays). */
export function knownKeys(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let s: z.ZodType | undefined = unwrap(schema);
  for (const k of path) {
    if (typeof k === 'number' && s instanceof z.ZodArray) s = unwrap(s.element as z.ZodType);
    else if (typeof k === 'string' && s instanceof z.ZodObject) s = unwrap(s.shape[k] as z.ZodType | undefined);
    else return [];
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/** The schema inside optional, nullable, default and pipe (transform, preprocess) wrappers. */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = (s.in instanceof z.ZodTransform ? s.out : s.in) as z.ZodType;
    else return s;
  }
}

/**
 * Validates already-parsed data against a schema, turning every issue into a located problem.
 * Unknown fields get "menade du …?" from the fields the schema knows at that place.
 */
export function validateData<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  lineOf: LineOf,
  keyLineOf: KeyLineOf = () => undefined,
): { data: z.output<S> | null; problems: Problem[] } {
  const result = schema.safeParse(data, { error: swedishIssue, reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, path);
      for (const key of issue.keys)
        problems.push({
          file,
          line: keyLineOf(path, key) ?? lineOf(path),
          field: [...path, key].join('.'),
          code: 'field.unknown',
          message: `Okänt fält "${key}".${didYouMean(key, known)}`,
          hint: known.length ? `fälten här kan vara: ${known.join(', ')}.` : 'ta bort fältet.',
        });
      continue;
    }
    const field = path.join('.') || undefined;
    const missing = (issue as { input?: unknown }).input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
    problems.push(
      missing
        ? { file, line: lineOf(path), field, code: 'field.missing', message: 'Fältet saknas.', hint: issue.message }
        : { file, line: lineOf(path), field, code: 'field.invalid', message: issue.message },
    );
  }
  return { data: null, problems };
}

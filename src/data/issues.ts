import type { z } from 'zod';
import { cut } from './names';
import { CONTROL_MESSAGE, DatasetSchema } from './schema';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

/** The schema that checks the value at `path`, to tell whether null is also accepted there. */
function schemaAt(path: readonly PropertyKey[]): Schema | undefined {
  let s: Schema | undefined = DatasetSchema;
  for (const seg of path) {
    s = unwrap(s);
    const def = s?._zod.def as { type?: string; shape?: Record<string, Schema>; element?: Schema } | undefined;
    if (def?.type === 'object' && typeof seg === 'string') s = def.shape?.[seg];
    else if (def?.type === 'array' && typeof seg === 'number') s = def.element;
    else return undefined;
  }
  return s;
}

function unwrap(s: Schema | undefined): Schema | undefined {
  let cur = s;
  for (let def = cur?._zod.def as { type?: string; innerType?: Schema } | undefined; def && (def.type === 'nullable' || def.type === 'optional'); def = cur?._zod.def as typeof def)
    cur = def.innerType;
  return cur;
}

function acceptsNull(path: readonly PropertyKey[]): boolean {
  return (schemaAt(path)?._zod.def as { type?: string } | undefined)?.type === 'nullable';
}

const NOUNS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function noun(expected: string): string {
  return NOUNS[expected] ?? expected;
}

/** What the value is, in words, without echoing a possibly huge value. */
export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'string') return v.length > 40 ? 'a string' : `the string ${JSON.stringify(v)}`;
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'boolean') return String(v);
  return typeof v;
}

function oneOf(values: readonly unknown[]): string {
  const list = values.map((v) => JSON.stringify(v));
  return list.length === 1 ? list[0]! : `one of ${list.join(', ')}`;
}

const KEYS_LISTED = 5;

/** Unknown keys, each cut short and at most a few of them: a file may hold any number. */
function unknownKeys(keys: readonly string[]): string {
  const listed = keys.slice(0, KEYS_LISTED).map((k) => JSON.stringify(cut(k)));
  const more = keys.length - listed.length;
  return `unknown field${keys.length > 1 ? 's' : ''} ${listed.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en-US')} more` : ''}`;
}

/** Which control character a text holds, and where (1-based, as an editor counts). */
function controlAt(input: unknown, pattern: string | undefined): string {
  if (typeof input !== 'string' || !pattern) return '';
  // zod gives the pattern as a regex literal ("/^…$/").
  const literal = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
  const allowed = literal ? new RegExp(literal[1]!, literal[2]) : new RegExp(pattern);
  for (let i = 0; i < input.length; i++) {
    if (!allowed.test(input[i]!)) return ` (U+${input.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')} at character ${i + 1})`;
  }
  return '';
}

/** A zod issue in a curator's words: "is required (a string)", "must be one of …". */
export function describeIssue(issue: Issue): string {
  const missing = 'input' in issue && issue.input === undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const want = noun(issue.expected) + (acceptsNull(issue.path) ? ' or null' : '');
      return missing ? `is required (${want})` : `must be ${want}, not ${kindOf(issue.input)}`;
    }
    case 'invalid_value':
      return missing ? `is required (${oneOf(issue.values)})` : `must be ${oneOf(issue.values)}, not ${kindOf(issue.input)}`;
    case 'unrecognized_keys':
      return unknownKeys(issue.keys);
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int')
        return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}, not ${kindOf(issue.input)}`;
      return issue.message;
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int')
        return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}, not ${kindOf(issue.input)}`;
      return issue.message;
    case 'invalid_format': {
      const message = issue.message === CONTROL_MESSAGE ? issue.message + controlAt(issue.input, 'pattern' in issue ? issue.pattern : undefined) : issue.message;
      return typeof issue.input === 'string' && issue.input.length <= 40 ? `${message} (got ${JSON.stringify(issue.input)})` : message;
    }
    default:
      return issue.message;
  }
}

import type { z } from 'zod';
import { DatasetSchema } from './schema';

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
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int')
        return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}, not ${kindOf(issue.input)}`;
      return issue.message;
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int')
        return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}, not ${kindOf(issue.input)}`;
      return issue.message;
    case 'invalid_format':
      return typeof issue.input === 'string' && issue.input.length <= 40
        ? `${issue.message} (got ${JSON.stringify(issue.input)})`
        : issue.message;
    default:
      return issue.message;
  }
}

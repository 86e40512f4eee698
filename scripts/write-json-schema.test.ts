import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHAPE_VALIDATOR_FILE, shapeValidatorText } from './shape-validator';
import { jsonSchemaText } from './write-json-schema';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(`../public/data/${rel}`, import.meta.url)), 'utf8');
const schema = JSON.parse(read('dataset.schema.json')) as Record<string, unknown> & {
  properties: Record<string, { type?: string }>;
  required: string[];
  additionalProperties: boolean;
};
const dataset = JSON.parse(read('dataset.json')) as Record<string, unknown>;

describe('public/data/dataset.schema.json', () => {
  it('is what `npm run schema` generates from the zod schema (run it after changing src/data/schema.ts)', () => {
    expect(read('dataset.schema.json')).toBe(jsonSchemaText());
  });

  it(`is compiled into ${SHAPE_VALIDATOR_FILE}, up to date (run npm run schema), with no eval or import at run time`, () => {
    const generated = readFileSync(fileURLToPath(new URL(`../${SHAPE_VALIDATOR_FILE}`, import.meta.url)), 'utf8');
    expect(generated).toBe(shapeValidatorText(jsonSchemaText()));
    // The CSP has no 'unsafe-eval', and the worker bundles nothing of Ajv itself.
    expect(generated).not.toMatch(/new Function|\beval\(|\brequire\(|^import /m);
  });

  it('identifies itself for editors', () => {
    expect(schema).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: expect.any(String),
      title: 'Backchannel dataset',
      description: expect.stringContaining('npm run validate-data'),
    });
  });

  it('allows the "$schema" pointer the shipped dataset uses, and nothing else unknown', () => {
    expect(dataset.$schema).toBe('./dataset.schema.json');
    expect(schema.properties.$schema?.type).toBe('string');
    expect(schema.required).not.toContain('$schema');
    expect(schema.additionalProperties).toBe(false);
  });

  // ajv comes with eslint (a dev dependency); the check is skipped, saying so, if it ever goes.
  const ajv = (() => {
    try {
      return createRequire(import.meta.url)('ajv') as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
    } catch {
      return null;
    }
  })();

  it.skipIf(!ajv)(`accepts the shipped dataset and rejects a broken one, as an editor would${ajv ? '' : ' (SKIPPED: ajv is not installed)'}`, () => {
    const validate = new ajv!({ allErrors: true }).compile(schema);
    expect(validate(dataset), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(dataset) as { events: Record<string, unknown>[] };
    delete broken.events[0]!.title;
    expect(validate(broken)).toBe(false);
  });
});

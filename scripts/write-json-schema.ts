/**
 * `npm run schema`: writes public/data/dataset.schema.json from the zod schema, so that
 * curators' editors check a dataset as they type ("$schema": "./dataset.schema.json").
 * It also compiles that schema to the app's fast shape check (scripts/shape-validator.ts).
 * `npm run schema -- --check` only reports whether both files are up to date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetSchema } from '../src/data/schema';
import { z } from '../src/data/zod';
import { SHAPE_VALIDATOR_FILE, shapeValidatorText } from './shape-validator';

export const SCHEMA_FILE = 'public/data/dataset.schema.json';

/** The JSON Schema text, exactly as written to disk. */
export function jsonSchemaText(): string {
  // draft-07: the dialect editors (VS Code, JetBrains) have supported longest.
  const generated = z.toJSONSchema(DatasetSchema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' });
  const { $schema, ...rest } = generated;
  const doc = {
    $schema,
    $id: 'urn:backchannel:dataset:v1',
    title: 'Backchannel dataset',
    ...rest,
    description:
      'A Backchannel dataset (schemaVersion 1), documented in docs/data-format.md. Generated from src/data/schema.ts by `npm run schema`; do not edit by hand. ' +
      'This schema checks shape only: `npm run validate-data` also checks ids, references, quote offsets against the source texts and dates.',
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const text = jsonSchemaText();
  // The JSON Schema for editors, and the shape check compiled from it for the app.
  const outputs = [
    [SCHEMA_FILE, text],
    [SHAPE_VALIDATOR_FILE, shapeValidatorText(text)],
  ] as const;
  for (const [file, want] of outputs) {
    if (process.argv.includes('--check')) {
      const current = await readFile(file, 'utf8').catch(() => '');
      if (current !== want) {
        console.error(`${file} is out of date: run npm run schema`);
        process.exitCode = 1;
      } else console.log(`${file} is up to date`);
    } else {
      await writeFile(file, want);
      console.log(`wrote ${file}`);
    }
  }
}

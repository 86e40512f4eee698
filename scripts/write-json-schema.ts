/**
 * `npm run schema`: writes public/data/dataset.schema.json from the zod schema, so that
 * curators' editors check a dataset as they type ("$schema": "./dataset.schema.json").
 * `npm run schema -- --check` only reports whether the file is up to date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetSchema } from '../src/data/schema';
import { z } from '../src/data/zod';

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
  if (process.argv.includes('--check')) {
    const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    if (current !== text) {
      console.error(`${SCHEMA_FILE} is out of date: run npm run schema`);
      process.exitCode = 1;
    } else console.log(`${SCHEMA_FILE} is up to date`);
  } else {
    await writeFile(SCHEMA_FILE, text);
    console.log(`wrote ${SCHEMA_FILE}`);
  }
}

import { existsSync, readFileSync } from 'node:fs';
import type { Dataset } from '../src/data/schema';

/** Where the global setup writes the generated test fixtures (git ignores it). */
export const FIXTURE_DIR = new URL('./.generated', import.meta.url).pathname;
export const LARGE_NETWORK = { dir: 'network-3000', events: 3000, seed: 7 };
export const LARGE_TIMELINE = { file: 'timeline-2000.json', events: 2000, seed: 11 };

/** A generated file's text, or undefined when it does not exist. */
export function generatedFile(path: string): string | undefined {
  const file = `${FIXTURE_DIR}/${path}`;
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

export function generatedDataset(path: string): Dataset {
  const text = generatedFile(path);
  if (text === undefined) throw new Error(`${path} was not generated: run the suite through playwright.config.ts (its global setup)`);
  return JSON.parse(text) as Dataset;
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The four corruptions the issue names, each with the one line both the CLI and the app must
 * print for it. Shared by scripts/validate-data.test.ts and e2e/dataset.spec.ts.
 */
export const DATA_DIR = fileURLToPath(new URL('../public/data/', import.meta.url));
export const SHIPPED_TEXT = readFileSync(`${DATA_DIR}dataset.json`, 'utf8');
export const SOURCE_FILE = 'sources/rubio-lavrov-2025-02-15.txt';
export const SOURCE_TEXT = readFileSync(`${DATA_DIR}${SOURCE_FILE}`, 'utf8');

export interface ShippedShape {
  title: { en: string; es: string };
  events: { id: string; title?: unknown; topics: string[]; quotes: { start: number; end: number; text: string }[] }[];
}

export const shipped = (): ShippedShape => JSON.parse(SHIPPED_TEXT) as ShippedShape;

export function mutated(mutate: (d: ShippedShape) => void): string {
  const d = shipped();
  mutate(d);
  return JSON.stringify(d, null, 2);
}

const events = shipped().events;
const IMMEDIATELY = events.findIndex((e) => e.id === 'trump-putin-agree-to-negotiate');
const IMMEDIATELY_QUOTE = events[IMMEDIATELY]!.quotes.findIndex((q) => q.text === 'inmediatamente');

export const CORRUPTIONS = {
  offset: {
    text: () =>
      mutated((d) => {
        d.events[IMMEDIATELY]!.quotes[IMMEDIATELY_QUOTE]!.end += 1;
      }),
    line: `events[${IMMEDIATELY}].quotes[${IMMEDIATELY_QUOTE}]: text does not match sources/rubio-lavrov-2025-02-15.txt at 853–868 (the source has "inmediatamente”")`,
  },
  reference: {
    text: () =>
      mutated((d) => {
        d.events[0]!.topics[0] = 'no-such-topic';
      }),
    line: 'events[0].topics[0]: "no-such-topic" is not a topic id',
  },
  'required field': {
    text: () =>
      mutated((d) => {
        delete d.events[2]!.title;
      }),
    line: 'events[2].title: is required (an object)',
  },
  'JSON syntax': {
    text: () => SHIPPED_TEXT.replace('"schemaVersion": 1,', '"schemaVersion": 1'),
    line: `(root): malformed JSON at line 4, column 3: expected ',' or '}', found "\\""`,
  },
} as const;

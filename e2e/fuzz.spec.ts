import type { Page } from '@playwright/test';
import fc from 'fast-check';
import { SHIPPED_TEXT } from '../scripts/dataset-corruptions';
import { expect, test } from './fixtures';

/**
 * The shipped dataset, mutated at random (fast-check, fixed seed), rendered by the app in
 * Chromium: whatever the mutation, no exception, no console error, never a blank page; either
 * the three views draw it, or every problem is listed with a JSON path. The mutated datasets
 * are made up by this test, never reporting.
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

const SHIPPED = JSON.parse(SHIPPED_TEXT) as { [k: string]: Json };
const SEED = Number(process.env.FUZZ_SEED ?? 20_250_215);
const RUNS = Number(process.env.FUZZ_RUNS ?? 16);

const ALL: Path[] = [];
(function walk(node: Json, path: Path) {
  if (path.length) ALL.push(path);
  if (Array.isArray(node)) node.forEach((c, i) => walk(c, [...path, i]));
  else if (node && typeof node === 'object') for (const [k, c] of Object.entries(node)) walk(c, [...path, k]);
})(SHIPPED, []);

const isText = (p: Path) => {
  const key = String(p[p.length - 1]);
  const parent = String(p[p.length - 2]);
  // Names, titles, labels, summaries, notes: free to change. Ids, offsets and quote text are not.
  return ['name', 'en', 'es', 'basis', 'notes', 'publisher'].includes(key) || (parent === 'aliases' && typeof p[p.length - 1] === 'number');
};
const TEXT_PATHS = ALL.filter((p) => isText(p) && typeof get(SHIPPED, p) === 'string');
const EVENT_COUNT = (SHIPPED.events as Json[]).length;

function get(root: Json, path: Path): Json {
  return path.reduce<Json>((n, k) => (n as Record<string | number, Json>)[k]!, root);
}
function set(root: Json, path: Path, value: Json | undefined): void {
  const parent = get(root, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (value === undefined) delete parent[key];
  else parent[key] = value;
}

/** Valid but unusual text: what a curator's real data may hold, and what an attacker's may. */
const oddText = fc.oneof(
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '&amp; &lt;b&gt;',
    '\u202eesrever\u202c',
    'مرحبا بالعالم',
    '中文名字',
    '👩‍👩‍👧 🇺🇦 e\u0301',
    'line\u2028separator',
    '  padded  ',
    '%s %d {0} ${x}',
  ),
  // eslint-disable-next-line no-control-regex -- the schema refuses control characters: keep to valid text
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => /\S/.test(s) && !/[\u0000-\u001f]/.test(s)),
  fc.integer({ min: 200, max: 5000 }).map((n) => 'Ω'.repeat(n)),
);

const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const mutation = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constant('text' as const), fc.constantFrom(...TEXT_PATHS), oddText) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('day' as const), fc.nat({ max: EVENT_COUNT - 1 }), day) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('clone' as const), fc.nat({ max: EVENT_COUNT - 1 }), fc.nat({ max: 60 })) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('any' as const), fc.constantFrom(...ALL), fc.jsonValue({ maxDepth: 2 })) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('delete' as const), fc.constantFrom(...ALL), fc.constant(null)) },
);

function apply(mutations: [string, unknown, unknown][]): string {
  const d = structuredClone(SHIPPED) as { [k: string]: Json };
  for (const [kind, a, b] of mutations) {
    if (kind === 'text') set(d, a as Path, b as string);
    else if (kind === 'day') set(d, ['events', a as number, 'date'], { start: b as string, end: b as string, precision: 'day', basis: 'Fuzzed date.' });
    else if (kind === 'clone') {
      const events = d.events as { [k: string]: Json }[];
      const copy = structuredClone(events[a as number]!);
      copy.id = `fuzz-copy-${b as number}`;
      if (!events.some((e) => e.id === copy.id)) events.push(copy);
    } else if (kind === 'any') {
      try {
        set(d, a as Path, b as Json);
      } catch {
        // an earlier mutation removed the parent
      }
    } else {
      try {
        set(d, a as Path, undefined);
      } catch {
        // as above
      }
    }
  }
  return JSON.stringify(d);
}

// A JSON path as the validator writes it, then ": ", then the message.
const PROBLEM = /^(\(root\)|[A-Za-z_$][\w$]*|\[("[^"]*"|\d+)\])(\[\d+\]|\.[A-Za-z_$][\w$]*|\["[^"]*"\])*: \S/;

async function outcome(page: Page): Promise<'drawn' | 'problems'> {
  const problems = page.getByRole('heading', { name: /^The dataset has [\d,]+ problems?$/ });
  const ready = page.locator('main:not(:has([aria-busy="true"])) #quotes');
  await expect(problems.or(ready)).toBeVisible({ timeout: 20_000 });
  return (await problems.count()) > 0 ? 'problems' : 'drawn';
}

// The runs in batches, each a test of its own well within the default timeout, in one worker
// and in order, so the last can check what they covered together.
const BATCH = 2;
const seen = { drawn: 0, problems: 0 };
test.describe('mutated datasets never break the page', () => {
  test.describe.configure({ mode: 'serial' });
  for (let batch = 0; batch * BATCH < RUNS; batch++) {
    test(`runs ${batch * BATCH + 1}–${Math.min(RUNS, (batch + 1) * BATCH)} of ${RUNS} (seed ${SEED + batch})`, async ({ page, problems }) => {
      let body = SHIPPED_TEXT;
      await page.route('**/data/dataset.json', (r) => r.fulfill({ contentType: 'application/json', body }));
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
          body = apply(mutations as [string, unknown, unknown][]);
          await page.goto('/?lang=en');
          const what = await outcome(page);
          seen[what]++;
          await expect(page.getByRole('heading', { name: /^Backchannel/, level: 1 })).toBeVisible();
          if (what === 'drawn') {
            // No view fell over while drawing: none shows its error message.
            await expect(page.getByRole('alert')).toHaveCount(0);
            for (const name of ['Timeline', 'Actor network', 'Sources and quotes'])
              await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
          } else {
            const lines = await page.getByRole('list', { name: /^The dataset has/ }).getByRole('listitem').allTextContents();
            expect(lines.length).toBeGreaterThan(0);
            for (const line of lines) expect(line, 'every problem names its JSON path').toMatch(PROBLEM);
          }
          expect(problems, `after ${JSON.stringify(mutations).slice(0, 300)}`).toEqual([]);
        }),
        { numRuns: Math.min(BATCH, RUNS - batch * BATCH), seed: SEED + batch, endOnFailure: true },
      );
    });
  }
  test('the runs covered both outcomes, so the property was tested on drawn data too', () => {
    expect(seen.drawn).toBeGreaterThan(0);
    expect(seen.problems).toBeGreaterThan(0);
  });
});

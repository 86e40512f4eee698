/**
 * The drafting engine's budget: a 50,000-character article drafts in ≤ 200 ms. The article is
 * made of the paragraphs of the shipped article and of the two invented test fixtures (their
 * "invented" first lines left out), shuffled with a fixed seed until it reaches 50,000
 * characters; it is drafted against the shipped dataset's actors, in Node (the engine is the
 * same code in the browser). Run by `npm run bench`, or alone: `npx tsx bench/draft.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { draftArticle } from '../src/lib/curate';
import { seededRandom } from '../src/lib/random';
import { BUDGETS } from './budgets';
import { median, p95, round1 } from './stats';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');

export interface DraftBench {
  chars: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  /** CPU time of this process per draft (median): the work itself, less what other processes take. */
  cpuMedianMs: number;
  quotes: number;
  dates: number;
  mentions: number;
}

/** Paragraphs of real and invented text, shuffled, up to `chars` characters (never fewer). */
export function benchArticle(chars: number, seed = 20250215): string {
  const dataset = JSON.parse(read('public/data/dataset.json')) as { sources: { file: string; body: { start: number; end: number } }[] };
  const shipped = dataset.sources[0]!;
  const paragraphs = [
    ...read(`public/data/${shipped.file}`).slice(shipped.body.start, shipped.body.end).split('\n'),
    ...['src/lib/curate/fixtures/cumbre-valdoria.txt', 'src/lib/curate/fixtures/conferencia-agua.txt'].flatMap((f) => read(f).split('\n').slice(1)),
  ].filter((p) => p.trim());
  const r = seededRandom(seed);
  const out: string[] = [];
  let length = 0;
  while (length < chars) {
    const p = paragraphs[Math.floor(r() * paragraphs.length)]!;
    out.push(p);
    length += p.length + 1;
  }
  return out.join('\n');
}

export function measureDraft(chars = 50_000, runs = 20): DraftBench {
  const text = benchArticle(chars);
  const dataset = JSON.parse(read('public/data/dataset.json'));
  const input = { text, published: '2025-02-15', dataset };
  for (let i = 0; i < 3; i++) draftArticle(input); // warm-up: the JIT, and the alias index built once
  const times: number[] = [];
  const cpu: number[] = [];
  let last = draftArticle(input);
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    last = draftArticle(input);
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    chars: text.length,
    runs,
    medianMs: round1(median(times)),
    p95Ms: round1(p95(times)),
    cpuMedianMs: round1(median(cpu)),
    quotes: last.quotes.length,
    dates: last.dates.length,
    mentions: last.mentions.length,
  };
}

export function draftRow(b: DraftBench): string {
  const pass = b.medianMs <= BUDGETS.draftMs;
  return `${pass ? 'ok  ' : 'MISS'} draft a ${b.chars.toLocaleString('en-US')}-character article (ms, median of ${b.runs}): ${b.medianMs} (budget ${BUDGETS.draftMs}; p95 ${b.p95Ms}, CPU ${b.cpuMedianMs}) — ${b.quotes} quotations, ${b.mentions} mentions, ${b.dates} dates`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const b = measureDraft();
  console.log(draftRow(b));
  if (b.medianMs > BUDGETS.draftMs) process.exitCode = 1;
}

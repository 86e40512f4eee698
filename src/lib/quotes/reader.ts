import type { QuoteRef } from './quote-ref';
import { splitSegments, type Layer } from './segments';

/** One run of the source text in the reader: plain, or part of one or more quotes. */
export interface ReaderRun {
  start: number;
  end: number;
  /** The innermost quote covering the run: a click selects its event. */
  owner: QuoteRef | null;
  /** Every quote covering the run, innermost first. */
  covers: QuoteRef[];
  /** Inside a search hit. */
  match: boolean;
}

/** One line of the source (the text between two "\n"), which the reader shows as a block. */
export interface ReaderLine {
  start: number;
  end: number;
  runs: ReaderRun[];
  /** Whether any quote uses part of this line. */
  used: boolean;
}

type Mark = { kind: 'quote'; ref: QuoteRef } | { kind: 'match' };

function toRun(start: number, end: number, layers: readonly Mark[]): ReaderRun {
  const covers: QuoteRef[] = [];
  let match = false;
  for (const l of layers) {
    if (l.kind === 'quote') covers.push(l.ref);
    else match = true;
  }
  return { start, end, owner: covers[0] ?? null, covers, match };
}

/**
 * The whole source cut into lines and runs, so the reader renders precomputed pieces.
 * Segmentation runs once over the whole text; runs are then cut at line breaks.
 */
export function readerLines(
  text: string,
  quotes: readonly QuoteRef[],
  matches: readonly (readonly [number, number])[] = [],
): ReaderLine[] {
  const layers: Layer<Mark>[] = [];
  for (const ref of quotes) layers.push({ start: ref.quote.start, end: ref.quote.end, value: { kind: 'quote', ref } });
  for (const [start, end] of matches) layers.push({ start, end, value: { kind: 'match' } });
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  const lines: ReaderLine[] = [];
  let line: ReaderLine = { start: 0, end: 0, runs: [], used: false };
  const push = (start: number, end: number, marks: readonly Mark[]) => {
    if (end <= start) return;
    const run = toRun(start, end, marks);
    line.runs.push(run);
    if (run.owner) line.used = true;
  };
  let b = 0;
  for (const seg of splitSegments(0, text.length, layers)) {
    let from = seg.start;
    while (b < breaks.length && breaks[b]! < seg.end) {
      const nl = breaks[b++]!;
      push(from, nl, seg.layers);
      line.end = nl;
      lines.push(line);
      line = { start: nl + 1, end: nl + 1, runs: [], used: false };
      from = nl + 1;
    }
    push(from, seg.end, seg.layers);
  }
  line.end = text.length;
  lines.push(line);
  return lines;
}

/** Consecutive runs with the same owner: one clickable passage in the reader. */
export interface ReaderPiece {
  owner: QuoteRef | null;
  runs: ReaderRun[];
}

export function groupRuns(runs: readonly ReaderRun[]): ReaderPiece[] {
  const out: ReaderPiece[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && last.owner?.key === run.owner?.key) last.runs.push(run);
    else out.push({ owner: run.owner, runs: [run] });
  }
  return out;
}

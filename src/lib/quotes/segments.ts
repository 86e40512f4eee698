/**
 * Splitting text into runs for highlighting. Ranges may nest or overlap (a direct quote
 * inside a reporting passage, a search hit across both); each run lists the ranges that
 * cover it, innermost (shortest) first, so the innermost one owns a click.
 */
export interface Layer<T> {
  start: number;
  end: number;
  value: T;
}

export interface Segment<T> {
  start: number;
  end: number;
  /** Covering ranges, shortest first; ties keep input order. Empty for plain text. */
  layers: T[];
}

interface Ranked<T> extends Layer<T> {
  rank: number;
}

function innermostFirst<T>(a: Ranked<T>, b: Ranked<T>): number {
  return a.end - a.start - (b.end - b.start) || a.rank - b.rank;
}

/** Contiguous runs covering [from, to), cut wherever a range starts or ends. */
export function splitSegments<T>(from: number, to: number, ranges: readonly Layer<T>[]): Segment<T>[] {
  if (to <= from) return [];
  const clipped: Ranked<T>[] = [];
  ranges.forEach((r, rank) => {
    const start = Math.max(from, r.start);
    const end = Math.min(to, r.end);
    if (end > start) clipped.push({ start, end, value: r.value, rank });
  });
  const cuts = new Set<number>([from, to]);
  for (const r of clipped) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const byStart = [...clipped].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: Ranked<T>[] = [];
  const out: Segment<T>[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i]!;
    const b = bounds[i + 1]!;
    active = active.filter((r) => r.end > a);
    while (next < byStart.length && byStart[next]!.start <= a) active.push(byStart[next++]!);
    const layers = active.length > 1 ? [...active].sort(innermostFirst).map((r) => r.value) : active.map((r) => r.value);
    out.push({ start: a, end: b, layers });
  }
  return out;
}

/** A text cut into plain and marked pieces, for search hits in a title or a quote. */
export interface Piece {
  text: string;
  marked: boolean;
}

export function markPieces(text: string, marks: readonly (readonly [number, number])[]): Piece[] {
  if (!marks.length) return [{ text, marked: false }];
  return splitSegments(
    0,
    text.length,
    marks.map(([start, end]) => ({ start, end, value: true })),
  ).map((s) => ({ text: text.slice(s.start, s.end), marked: s.layers.length > 0 }));
}

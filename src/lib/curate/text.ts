/**
 * Text helpers shared by the drafting passes. Everything works on offsets into the article
 * as a JavaScript string (UTF-16 code units), the dataset's rule, and never copies the
 * article more than once per pass.
 */
import { fold } from '../search';

export interface Span {
  start: number;
  end: number;
}

/**
 * The article folded for matching (lower case, accents dropped, every run of white space one
 * space), with a map back: `origin[i]` is the article offset folded character `i` came from;
 * `origin[text.length]` is the end of the folded range.
 */
export interface FoldedText {
  text: string;
  origin: Int32Array;
}

const WS = /\s/u;

export function foldRange(source: string, from: number, to: number): FoldedText {
  const parts: string[] = [];
  const origin = new Int32Array(to - from + 1);
  let n = 0;
  let lastSpace = false;
  for (let i = from; i < to; i++) {
    const ch = source[i]!;
    if (WS.test(ch)) {
      if (lastSpace) continue;
      lastSpace = true;
      parts.push(' ');
      origin[n++] = i;
      continue;
    }
    lastSpace = false;
    const code = ch.charCodeAt(0);
    // A surrogate pair or a combining mark: keep the pair as is, drop the mark.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      parts.push(ch, source[i + 1]!);
      origin[n++] = i;
      origin[n++] = i + 1;
      i++;
      continue;
    }
    const f = code < 0x80 ? ch.toLowerCase() : fold(ch);
    for (let k = 0; k < f.length; k++) {
      if (n >= origin.length - 1) break;
      parts.push(f[k]!);
      origin[n++] = i;
    }
  }
  origin[n] = to;
  return { text: parts.join(''), origin: origin.subarray(0, n + 1) };
}

/** Article span of the folded range [a, b). */
export function unfold(f: FoldedText, a: number, b: number, source: string): Span {
  const start = f.origin[a]!;
  let end = b >= f.text.length ? f.origin[f.text.length]! : f.origin[b - 1]! + 1;
  // Take in the combining marks of the last letter (folding dropped them).
  while (end < source.length && /\p{M}/u.test(source[end]!)) end++;
  return { start, end };
}

export const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);

/** Whole-word test at a folded position: no letter or digit just outside [a, b). */
export function wholeWord(text: string, a: number, b: number): boolean {
  return !isLetter(text[a - 1]) && !isLetter(text[b]);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Index of the span holding `offset` in sorted, disjoint `spans`, or -1. */
export function spanAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Greedy choice of non-overlapping spans: longest first, then earliest (ties keep input
 * order, so callers list preferred kinds first). Result in text order. Occupancy is marked
 * in a byte per character, so the cost is the total length of the spans, not their pairs.
 */
export function longestFirst<T extends Span>(items: readonly T[]): T[] {
  if (!items.length) return [];
  const order = items.map((_, i) => i).sort((i, j) => {
    const a = items[i]!;
    const b = items[j]!;
    return b.end - b.start - (a.end - a.start) || a.start - b.start || i - j;
  });
  let lo = Infinity;
  let hi = 0;
  for (const it of items) {
    lo = Math.min(lo, it.start);
    hi = Math.max(hi, it.end);
  }
  const used = new Uint8Array(hi - lo);
  const taken: T[] = [];
  for (const i of order) {
    const it = items[i]!;
    let free = true;
    for (let k = it.start; k < it.end && free; k++) if (used[k - lo]) free = false;
    if (!free) continue;
    used.fill(1, it.start - lo, it.end - lo);
    taken.push(it);
  }
  return taken.sort((a, b) => a.start - b.start);
}

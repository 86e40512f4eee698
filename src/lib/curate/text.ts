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

/** White space as `\s` sees it, by code unit (a regex per character is too slow at 50,000). */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const foldedCodes = new Map<number, string>();
/** Code units to a string in one native call (the engine runs in browsers and Node alike). */
const UTF16 = new TextDecoder('utf-16le');

export function foldRange(source: string, from: number, to: number): FoldedText {
  const out = new Uint16Array(Math.max(0, to - from) * 2);
  const origin = new Int32Array(out.length + 1);
  let n = 0;
  let lastSpace = false;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (lastSpace) continue;
      lastSpace = true;
      out[n] = 32;
      origin[n++] = i;
      continue;
    }
    lastSpace = false;
    if (c < 0x80) {
      out[n] = c >= 65 && c <= 90 ? c + 32 : c;
      origin[n++] = i;
      continue;
    }
    // A surrogate pair stays as it is; a combining mark folds to nothing.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      out[n] = c;
      origin[n++] = i;
      out[n] = source.charCodeAt(i + 1);
      origin[n++] = i + 1;
      i++;
      continue;
    }
    let f = foldedCodes.get(c);
    if (f === undefined) {
      f = fold(String.fromCharCode(c));
      foldedCodes.set(c, f);
    }
    for (let k = 0; k < f.length && k < 2; k++) {
      out[n] = f.charCodeAt(k);
      origin[n++] = i;
    }
  }
  origin[n] = to;
  return { text: UTF16.decode(out.subarray(0, n)), origin: origin.subarray(0, n + 1) };
}

/** Article span of the folded range [a, b). */
export function unfold(f: FoldedText, a: number, b: number, source: string): Span {
  const start = f.origin[a]!;
  let end = b >= f.text.length ? f.origin[f.text.length]! : f.origin[b - 1]! + 1;
  // Take in the combining marks of the last letter (folding dropped them).
  while (end < source.length && /\p{M}/u.test(source[end]!)) end++;
  return { start, end };
}

/** Per UTF-16 code unit: 0 not yet known, 1 a letter, mark or digit, 2 anything else. */
const LETTER_TABLE = new Uint8Array(65536);
const LETTER_RE = /[\p{L}\p{M}\p{N}]/u;

/**
 * A letter, combining mark or digit, by code unit, remembered: the word scanners call this
 * for every character of the article. (A surrogate counts as a letter: most characters
 * outside the Basic Multilingual Plane that appear in news text are letters or emoji, and
 * either way they do not split a word in two halves.)
 */
export function isLetterCode(c: number): boolean {
  let t = LETTER_TABLE[c]!;
  if (t === 0) {
    t = (c >= 0xd800 && c <= 0xdfff) || LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_TABLE[c] = t;
  }
  return t === 1;
}

export const isLetter = (ch: string | undefined): boolean => ch !== undefined && ch.length > 0 && isLetterCode(ch.charCodeAt(0));

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

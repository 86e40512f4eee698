/**
 * Sentence segmentation for Spanish news text. A paragraph break ("\n") always ends a
 * sentence (headlines and promotion lines carry no full stop). Inside a paragraph a
 * sentence ends at . ! ? or … (with any closing quotes) followed by space and a capital,
 * a digit or an opening mark — unless the full stop closes an abbreviation that cannot end
 * a sentence ("EE." in "EE. UU.", "Sr.", an initial such as "F.").
 */
export interface TextSpan {
  start: number;
  end: number;
}

/** Abbreviations that are always followed by more of the same sentence (lower case). */
const NEVER_FINAL = new Set([
  'ee', 'sr', 'sra', 'srta', 'sres', 'dr', 'dra', 'lic', 'ing', 'gral', 'gen', 'cnel', 'pdte',
  'sto', 'sta', 'dña', 'núm', 'pág', 'págs', 'av', 'avda', 'ud', 'uds', 'vd', 'vds', 'mr', 'mrs', 'ms',
  'st', 'vs', 'aprox', 'tel', 'dpto', 'depto',
]);

const TERMINAL = /[.!?…]/u;
const CLOSER = /[”’»"')\]]/u;
const OPENER = /[“‘«"'(¿¡[]/u;
const STARTER = /[\p{Lu}\p{N}]/u;
const SPACE = /[ \t\u00a0\r\f\v]/u;
const LETTER = /\p{L}/u;

function abbreviationBefore(text: string, dot: number, from: number): boolean {
  let s = dot;
  while (s > from && LETTER.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (!word) return false;
  if (word.length === 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return true;
  return NEVER_FINAL.has(word.toLowerCase());
}

/** Where the sentence that starts its search at `i` ends, or -1 if the paragraph ends first. */
function boundaryAt(text: string, i: number, from: number, to: number): number {
  let j = i;
  while (j < to && TERMINAL.test(text[j]!)) j++;
  while (j < to && CLOSER.test(text[j]!)) j++;
  if (j >= to) return -1;
  if (!SPACE.test(text[j]!)) return -1;
  let k = j;
  while (k < to && SPACE.test(text[k]!)) k++;
  while (k < to && OPENER.test(text[k]!)) k++;
  if (k >= to || !STARTER.test(text[k]!)) return -1;
  // A lone full stop may close an abbreviation; an ellipsis or "?" never does.
  if (text[i] === '.' && !TERMINAL.test(text[i + 1] ?? '') && abbreviationBefore(text, i, from)) return -1;
  return j;
}

function pushTrimmed(out: TextSpan[], text: string, start: number, end: number) {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** The sentences of `text`, in order, as trimmed half-open spans (never spanning a "\n"). */
export function segmentSentences(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let para = 0;
  while (para <= text.length) {
    let paraEnd = text.indexOf('\n', para);
    if (paraEnd < 0) paraEnd = text.length;
    let start = para;
    for (let i = para; i < paraEnd; i++) {
      if (!TERMINAL.test(text[i]!) || (i > para && TERMINAL.test(text[i - 1]!))) continue;
      const end = boundaryAt(text, i, start, paraEnd);
      if (end < 0) continue;
      pushTrimmed(out, text, start, end);
      start = end;
      i = end - 1;
    }
    pushTrimmed(out, text, start, paraEnd);
    para = paraEnd + 1;
  }
  return out;
}

/** Index of the first sentence that ends after `offset` (binary search), or spans.length. */
export function sentenceAtOrAfter(spans: readonly TextSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** How many sentences start before `offset` (binary search). */
export function sentencesStartingBefore(spans: readonly TextSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Direct quotations: spans inside “…”, «…» or "…", with ‘…’ (or another pair) nested inside
 * them. Only the outermost pair is a quotation; what is nested stays part of it. A quotation
 * never crosses a paragraph break, so a stray mark (the shipped file opens and closes with a
 * lone “) pairs with nothing and is ignored, as is anything outside the body.
 */
import type { Span } from './text';

export interface Quotation extends Span {
  /** The marks themselves: `open` is the opening mark's offset, `close` the closing one's. */
  open: number;
  close: number;
}

type Opener = '“' | '«' | '"' | '‘' | '”';

const CLOSES: Record<Opener, string> = { '“': '”“', '«': '»', '"': '"', '‘': '’', '”': '”' };

const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
/** Before an opening mark: start, space, a bracket, a dash, or another opening mark. */
const opensAfter = (ch: string | undefined) => ch === undefined || /[\s([{¿¡—–\-/“«"‘:]/u.test(ch);

function scanParagraph(text: string, from: number, to: number, out: Quotation[]) {
  const stack: { mark: Opener; at: number }[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (!'“”«»"‘’'.includes(ch)) continue;
    const prev = i > from ? text[i - 1] : undefined;
    const next = i + 1 < to ? text[i + 1] : undefined;
    // A closing mark closes the innermost pair it belongs to; a pair left open inside that
    // one (a stray inner mark) is dropped. An apostrophe (’ between letters) closes nothing,
    // and ’ only ever closes the innermost ‘.
    const closesHere =
      ch === '’' ? !isWordChar(next) || !isWordChar(prev) : ch === '“' ? !isSpace(prev) && !isWordChar(next) : true;
    let k = -1;
    if (closesHere) {
      for (let j = stack.length - 1; j >= 0; j--) {
        if (CLOSES[stack[j]!.mark].includes(ch)) {
          k = j;
          break;
        }
        if (ch === '’') break;
      }
    }
    if (k >= 0) {
      const o = stack[k]!;
      stack.length = k;
      if (!k) out.push({ open: o.at, close: i, start: o.at + 1, end: i });
      continue;
    }
    const opening = opensAfter(prev) && !isSpace(next);
    if (ch === '«') {
      // Guillemets are unambiguous: « spaced » as in French typesetting still opens.
      stack.push({ mark: ch, at: i });
    } else if (ch === '“' || ch === '"') {
      if (opening) stack.push({ mark: ch, at: i });
    } else if (ch === '‘') {
      if (stack.length && opening) stack.push({ mark: '‘', at: i });
    } else if (ch === '”') {
      // Some texts open with ” as well; only at the top level and only where a quote can start.
      if (!stack.length && opening && isWordChar(next)) stack.push({ mark: '”', at: i });
    }
  }
}

/** Trim white space inside the marks; a quotation of nothing is no quotation. */
function trimmed(text: string, q: Quotation): Quotation | null {
  let { start, end } = q;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { ...q, start, end } : null;
}

/** The quotations of `text` inside `body`, in order. */
export function findQuotations(text: string, body: Span): Quotation[] {
  const raw: Quotation[] = [];
  let para = body.start;
  while (para < body.end) {
    let end = text.indexOf('\n', para);
    if (end < 0 || end > body.end) end = body.end;
    scanParagraph(text, para, end, raw);
    para = end + 1;
  }
  const out: Quotation[] = [];
  for (const q of raw) {
    const t = trimmed(text, q);
    if (t) out.push(t);
  }
  return out;
}

/**
 * The article's date expressions, each resolved against the publication date (or left
 * `null` with a reason), with the tense of its sentence where the side of publication
 * depends on it.
 */
import { findDateExpressions, type DateExpr } from './date-expressions';
import { resolveDate, type DraftDate } from './date-resolve';
import type { Sentence } from './sentences';
import { tenseNear } from './tense';
import { spanAt, type FoldedText, type Span } from './text';
import { wordAtOrAfter, type Word } from './words';

export interface DateMention extends Span {
  text: string;
  date: DraftDate | null;
  reason?: string;
  expr: DateExpr;
}

const NEEDS_TENSE = new Set<DateExpr['kind']>(['weekday', 'day', 'month', 'day-range']);

export function findDates(
  text: string,
  body: Span,
  folded: FoldedText,
  words: readonly Word[],
  sentences: readonly Sentence[],
  published: string,
): DateMention[] {
  const out: DateMention[] = [];
  for (const f of findDateExpressions(text, body, folded, sentences, published)) {
    let tense = null;
    if (NEEDS_TENSE.has(f.expr.kind)) {
      const s = sentences[spanAt(sentences, f.start)];
      if (s) {
        const a = wordAtOrAfter(words, f.start);
        const b = wordAtOrAfter(words, f.end);
        const cue = tenseNear(text, words, a, b, wordAtOrAfter(words, s.start), wordAtOrAfter(words, s.end));
        if (cue) tense = { tense: cue.tense, word: text.slice(words[cue.word]!.start, words[cue.last]!.end) };
      }
    }
    const quoted = text.slice(f.context?.start ?? f.start, f.context?.end ?? f.end);
    const r = resolveDate(f.expr, { quoted, published, tense });
    const d: DateMention = { start: f.start, end: f.end, text: text.slice(f.start, f.end), date: r.date, expr: f.expr };
    if (r.date === null) d.reason = r.reason;
    out.push(d);
  }
  return out;
}

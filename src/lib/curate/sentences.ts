/**
 * Sentences of the article body: the app's segmenter (paragraph breaks, abbreviations such
 * as "EE. UU.", "Sr." and initials), with sentences joined again where a quotation runs
 * across a full stop («No. Nunca», dijo.) so a quotation always lies in one sentence.
 */
import { segmentSentences } from '../quotes/sentences';
import type { Quotation } from './quotations';
import type { Span } from './text';

export interface Sentence extends Span {
  /** Paragraph number, counted from 0 within the body. */
  paragraph: number;
}

export function bodySentences(text: string, body: Span, quotes: readonly Quotation[]): Sentence[] {
  const slice = text.slice(body.start, body.end);
  const raw = segmentSentences(slice).map((s) => ({ start: s.start + body.start, end: s.end + body.start }));
  // Paragraph numbers: count line breaks as we go.
  const out: Sentence[] = [];
  let paragraph = 0;
  let at = body.start;
  let q = 0;
  for (let i = 0; i < raw.length; i++) {
    const s = raw[i]!;
    for (let k = text.indexOf('\n', at); k >= 0 && k < s.start; k = text.indexOf('\n', k + 1)) {
      paragraph++;
      at = k + 1;
    }
    let end = s.end;
    // Swallow following sentences while a quotation opened in this one is still open.
    while (q < quotes.length && quotes[q]!.close < s.start) q++;
    for (let j = q; j < quotes.length && quotes[j]!.open < end; j++) {
      while (quotes[j]!.close >= end && i + 1 < raw.length && raw[i + 1]!.start <= quotes[j]!.close) {
        i++;
        end = raw[i]!.end;
      }
    }
    out.push({ start: s.start, end, paragraph });
  }
  return out;
}

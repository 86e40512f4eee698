import { segmentSentences, sentenceAtOrAfter, sentencesStartingBefore, type TextSpan } from './sentences';

/**
 * A quote in its setting: from the start of the sentence before the one the quote starts
 * in, to the end of the sentence after the one it ends in. `before + quote + after` is
 * exactly `text.slice(start, end)`, so nothing is paraphrased or dropped.
 */
export interface QuoteContext {
  start: number;
  end: number;
  before: string;
  quote: string;
  after: string;
}

export function quoteContext(
  text: string,
  sentences: readonly TextSpan[],
  quoteStart: number,
  quoteEnd: number,
): QuoteContext {
  let start = quoteStart;
  let end = quoteEnd;
  // The sentences the quote touches run from `first` to `last`; a quote that starts or
  // ends in the gap between two sentences touches neither of them there.
  const first = sentenceAtOrAfter(sentences, quoteStart);
  const last = sentencesStartingBefore(sentences, quoteEnd) - 1;
  const before = sentences[first - 1] ?? sentences[first];
  const after = sentences[last + 1] ?? sentences[last];
  if (before) start = Math.min(start, before.start);
  if (after) end = Math.max(end, after.end);
  return {
    start,
    end,
    before: text.slice(start, quoteStart),
    quote: text.slice(quoteStart, quoteEnd),
    after: text.slice(quoteEnd, end),
  };
}

const sentenceCache = new WeakMap<object, Map<string, TextSpan[]>>();

/**
 * Sentences of one source text, segmented once per dataset (keyed by its texts map). Only
 * sentences inside the article body count, so context never reaches into a promotion line.
 */
export function sentencesFor(
  texts: ReadonlyMap<string, string>,
  sourceId: string,
  body?: { start: number; end: number } | null,
): TextSpan[] {
  let perSource = sentenceCache.get(texts);
  if (!perSource) {
    perSource = new Map();
    sentenceCache.set(texts, perSource);
  }
  let spans = perSource.get(sourceId);
  if (!spans) {
    spans = segmentSentences(texts.get(sourceId) ?? '');
    if (body) spans = spans.filter((s) => s.start >= body.start && s.end <= body.end);
    perSource.set(sourceId, spans);
  }
  return spans;
}

/**
 * The article under review as the workspace shows it: its highlights, and what the reader's
 * selection in it amounts to. Offsets in, values out; the DOM side (turning a DOM selection
 * into offsets) is views/curate/article-dom.ts.
 */
import type { Draft } from './draft';
import { quoteFromSelection, type Mark, type SelectionQuote } from './segments';
import type { Span } from './text';
import type { CuratedQuote } from './workspace';

/**
 * The highlights of one source: its accepted quotes, and the draft's proposals (quotes not yet
 * accepted, mentions, dates).
 */
export function articleMarks(sourceId: string, quotes: readonly CuratedQuote[], draft: Draft | null): Mark[] {
  const own = quotes.filter((q) => q.sourceId === sourceId);
  const accepted = new Set(own.map((q) => `${q.start}:${q.end}`));
  const marks: Mark[] = own.map((q) => ({ start: q.start, end: q.end, kind: 'accepted' }));
  if (draft) {
    for (const q of draft.quotes) if (!accepted.has(`${q.start}:${q.end}`)) marks.push({ start: q.start, end: q.end, kind: 'quote' });
    for (const m of draft.mentions) marks.push({ start: m.start, end: m.end, kind: 'mention' });
    for (const d of draft.dates) marks.push({ start: d.start, end: d.end, kind: 'date' });
  }
  return marks;
}

/** What the line above the article says. */
export type ArticleStatus =
  | { kind: 'hint' }
  // `span`: the same selection with no body to keep to, for marking the body itself.
  | { kind: 'selection'; quote: SelectionQuote; span: SelectionQuote }
  | { kind: 'made' | 'body'; start: number; end: number };

export const HINT: ArticleStatus = { kind: 'hint' };

/** A selection from `a` to `b`: the quote it makes inside the body, and the body it could mark. */
export function selected(text: string, a: number, b: number, body: Span | null): ArticleStatus {
  return { kind: 'selection', quote: quoteFromSelection(text, a, b, body), span: quoteFromSelection(text, a, b, null) };
}

/** The selection collapsed to a caret: a selection given up is no longer there to make a quote of. */
export function collapsed(status: ArticleStatus): ArticleStatus {
  return status.kind === 'selection' ? HINT : status;
}

import { memo, useMemo } from 'react';
import type { Quote } from '../../data/schema';
import { quoteContext, sentencesFor } from '../../lib/quotes/context';
import { splitSegments } from '../../lib/quotes/segments';
import { findMatches } from '../../lib/search';
import { useDatasetIndex } from '../../state/dataset-context';
import { SEARCH_MARK } from './Marked';

type Layer = 'quote' | 'hit';

/** The sentence before and after, from the source, with the quoted words marked. */
export const QuoteContext = memo(function QuoteContext({ quote, query, lang }: { quote: Quote; query: string; lang: string }) {
  const index = useDatasetIndex();
  const runs = useMemo(() => {
    const text = index.texts.get(quote.sourceId) ?? '';
    const ctx = quoteContext(text, sentencesFor(index.texts, quote.sourceId, index.sourceById.get(quote.sourceId)?.body), quote.start, quote.end);
    const slice = text.slice(ctx.start, ctx.end);
    const layers = [
      { start: quote.start, end: quote.end, value: 'quote' as Layer },
      ...findMatches(slice, query).map(([s, e]) => ({ start: ctx.start + s, end: ctx.start + e, value: 'hit' as Layer })),
    ];
    return splitSegments(ctx.start, ctx.end, layers).map((r) => ({
      text: text.slice(r.start, r.end),
      quote: r.layers.includes('quote'),
      hit: r.layers.includes('hit'),
    }));
  }, [index, quote, query]);
  return (
    <p lang={lang} className="text-xs leading-relaxed break-words whitespace-pre-line text-slate-700">
      {runs.map((r, i) => {
        if (!r.quote && !r.hit) return r.text;
        const cls = r.hit ? SEARCH_MARK : 'rounded-sm bg-sky-100 px-0 font-medium text-slate-950';
        return (
          <mark key={i} data-quoted={r.quote ? '' : undefined} className={cls}>
            {r.text}
          </mark>
        );
      })}
    </p>
  );
});

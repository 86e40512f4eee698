import { memo, useMemo } from 'react';
import { findMatches } from '../../lib/search';
import { markPieces } from '../../lib/quotes/segments';

export const SEARCH_MARK = 'rounded-sm bg-yellow-200 text-slate-950 underline decoration-yellow-600 decoration-2 underline-offset-2';

/** Text with the search hits marked; the text content stays exactly `text`. */
export const Marked = memo(function Marked({ text, query }: { text: string; query: string }) {
  const pieces = useMemo(() => markPieces(text, findMatches(text, query)), [text, query]);
  return (
    <>
      {pieces.map((p, i) =>
        p.marked ? (
          <mark key={i} data-search-hit="" className={SEARCH_MARK}>
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
});

import { useMemo, useRef, type KeyboardEvent } from 'react';
import type { Draft } from '../../lib/curate';
import { articleMarks } from '../../lib/curate/article';
import { segmentText, type SelectionQuote } from '../../lib/curate/segments';
import type { CuratedQuote, CuratedSource } from '../../lib/curate/workspace';
import { ArticleLegend, KIND_CLASS, SelectionBar } from './ArticleBars';
import { useArticleSelection, useCaretAfterDraw, useRefusedEdits } from './useArticleInput';
import { useCurateT } from './useCurateT';

/**
 * The article with the draft's highlights; a selection in it becomes a quote. The article is an
 * editable element that refuses every edit: that gives keyboard users a caret, so arrows,
 * Ctrl+arrows, Home/End and Shift select as in any text, and Enter makes the quote. The text
 * itself is never changed: every input is cancelled before it happens.
 */
export function ArticleText({
  source,
  draft,
  quotes,
  readOnly,
  canMarkBody,
  onQuote,
  onBody,
}: {
  source: CuratedSource;
  draft: Draft | null;
  quotes: readonly CuratedQuote[];
  readOnly: boolean;
  /** The body may be marked (or marked again) until a quote points into the text. */
  canMarkBody: boolean;
  onQuote: (q: { start: number; end: number; text: string }) => void;
  onBody: (body: { start: number; end: number }) => void;
}) {
  const t = useCurateT();
  const root = useRef<HTMLDivElement>(null);
  const text = source.text;
  const { status, setStatus, caret } = useArticleSelection(root, text, source.body);
  const generation = useRefusedEdits(root, text);
  const segments = useMemo(() => segmentText(text.length, articleMarks(source.id, quotes, draft), source.body), [text, draft, quotes, source.id, source.body]);
  // After a quote is made (or the body marked), the caret goes to its end, in the article, to
  // go on from there.
  const caretAfterDraw = useCaretAfterDraw(root, segments, status);

  const make = (q: SelectionQuote) => {
    if (!q.ok || readOnly) return;
    caretAfterDraw(q.end);
    onQuote(q);
    setStatus({ kind: 'made', start: q.start, end: q.end });
  };

  const markBody = (q: SelectionQuote) => {
    if (!q.ok || readOnly || !canMarkBody) return;
    caretAfterDraw(q.end);
    onBody({ start: q.start, end: q.end });
    setStatus({ kind: 'body', start: q.start, end: q.end });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (status.kind === 'selection') make(status.quote);
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <ArticleLegend />
      <SelectionBar status={status} caret={caret} readOnly={readOnly} canMarkBody={canMarkBody} onMake={make} onMarkBody={markBody} />
      <p id="curate-article-keys" className="sr-only">
        {t.articleKeys}
      </p>
      <div
        key={generation}
        ref={root}
        lang={source.lang}
        aria-label={t.article}
        aria-describedby="curate-article-keys"
        role="textbox"
        aria-readonly="true"
        aria-multiline="true"
        contentEditable
        suppressContentEditableWarning
        spellCheck={false}
        inputMode="none"
        data-testid="curate-article"
        onKeyDown={onKeyDown}
        className="min-h-0 flex-1 overflow-auto px-4 py-3 font-serif text-[15px] leading-7 whitespace-pre-wrap text-slate-900 caret-slate-900 focus-visible:-outline-offset-4"
      >
        {segments.map((s) => (
          <span
            key={s.start}
            data-start={s.start}
            data-end={s.end}
            className={[s.inBody ? '' : 'text-slate-500', ...s.kinds.map((k) => KIND_CLASS[k])].join(' ')}
          >
            {text.slice(s.start, s.end)}
          </span>
        ))}
      </div>
    </div>
  );
}

import type { ArticleStatus } from '../../lib/curate/article';
import type { MarkKind, SelectionQuote } from '../../lib/curate/segments';
import { BUTTON, PRIMARY } from './Field';
import { useCurateT } from './useCurateT';

export const KIND_CLASS: Record<MarkKind, string> = {
  quote: 'bg-amber-100',
  accepted: 'bg-emerald-100',
  mention: 'underline decoration-sky-700 decoration-2 underline-offset-2',
  date: 'outline outline-1 outline-fuchsia-700 rounded-sm',
};

/** What each highlight in the article means. */
export function ArticleLegend() {
  const t = useCurateT();
  const legend: [MarkKind | 'outside', string][] = [
    ['quote', t.legendQuote],
    ['accepted', t.legendAccepted],
    ['mention', t.legendMention],
    ['date', t.legendDate],
    ['outside', t.legendOutside],
  ];
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 px-3 py-1.5 text-xs text-slate-700">
      <span className="font-semibold" id="curate-legend">
        {t.legend}:
      </span>
      <ul aria-labelledby="curate-legend" className="flex flex-wrap gap-x-3">
        {legend.map(([k, label]) => (
          <li key={k}>
            <span className={k === 'outside' ? 'text-slate-500' : KIND_CLASS[k]}>{label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The selection's status (read out as it changes), what can be done with it, and the caret. */
export function SelectionBar({
  status,
  caret,
  readOnly,
  canMarkBody,
  onMake,
  onMarkBody,
}: {
  status: ArticleStatus;
  caret: number | null;
  readOnly: boolean;
  canMarkBody: boolean;
  onMake: (q: SelectionQuote) => void;
  onMarkBody: (q: SelectionQuote) => void;
}) {
  const t = useCurateT();
  const sel = status.kind === 'selection' ? status.quote : null;
  return (
    <div className="flex min-h-9 flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-1.5 text-xs">
      <span role="status" aria-live="polite" className="contents">
        {status.kind === 'made' || status.kind === 'body' ? (
          <span className="text-emerald-800">{status.kind === 'made' ? t.quoteMade(status.start, status.end) : t.bodyMarked(status.start, status.end)}</span>
        ) : !sel ? (
          <span className="text-slate-600">{t.selectionHint}</span>
        ) : sel.ok ? (
          <span className="text-slate-700">{t.selection(sel.start, sel.end)}</span>
        ) : (
          <span className="text-red-700">{sel.reason === 'empty' ? t.refusedEmpty : t.refusedOutside(sel.body!.start, sel.body!.end)}</span>
        )}
      </span>
      {sel?.ok && (
        <button type="button" className={PRIMARY} disabled={readOnly} onClick={() => onMake(sel)}>
          {t.makeQuote}
        </button>
      )}
      {status.kind === 'selection' && status.span.ok && canMarkBody && (
        <button type="button" className={BUTTON} disabled={readOnly} onClick={() => onMarkBody(status.span)}>
          {t.markBody}
        </button>
      )}
      {caret !== null && <span className="ml-auto text-slate-600">{t.caretAt(caret)}</span>}
    </div>
  );
}

import { useEffect, useMemo, useRef, useState } from 'react';
import type { Draft } from '../../lib/curate';
import { quoteFromSelection, segmentText, type Mark, type MarkKind, type SelectionQuote } from '../../lib/curate/segments';
import type { CuratedQuote, CuratedSource } from '../../lib/curate/workspace';
import { useT } from '../../state/i18n';
import { PRIMARY } from './Field';

const KIND_CLASS: Record<MarkKind, string> = {
  quote: 'bg-amber-100',
  accepted: 'bg-emerald-100',
  mention: 'underline decoration-sky-700 decoration-2 underline-offset-2',
  date: 'outline outline-1 outline-fuchsia-700 rounded-sm',
};

/** A DOM boundary as an offset in the text: each run's span knows where it starts. */
function offsetAt(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const span = node.parentElement?.closest<HTMLElement>('[data-start]');
    return span ? Number(span.dataset.start) + offset : null;
  }
  const el = node as HTMLElement;
  const run = el.closest<HTMLElement>('[data-start]');
  if (run && run !== root) return offset === 0 ? Number(run.dataset.start) : Number(run.dataset.end);
  const child = el.childNodes[offset] as HTMLElement | undefined;
  if (child?.dataset?.start) return Number(child.dataset.start);
  const last = el.querySelectorAll<HTMLElement>('[data-end]');
  return last.length ? Number(last[last.length - 1]!.dataset.end) : null;
}

/** The article with the draft's highlights; a selection in it becomes a quote. */
export function ArticleText({ source, draft, quotes, onQuote }: { source: CuratedSource; draft: Draft | null; quotes: readonly CuratedQuote[]; onQuote: (q: { start: number; end: number; text: string }) => void }) {
  const t = useT().curate;
  const root = useRef<HTMLDivElement>(null);
  const [sel, setSel] = useState<SelectionQuote | null>(null);
  const text = source.text;

  const segments = useMemo(() => {
    const marks: Mark[] = [];
    const accepted = new Set(quotes.filter((q) => q.sourceId === source.id).map((q) => `${q.start}:${q.end}`));
    for (const q of quotes) if (q.sourceId === source.id) marks.push({ start: q.start, end: q.end, kind: 'accepted' });
    if (draft) {
      for (const q of draft.quotes) if (!accepted.has(`${q.start}:${q.end}`)) marks.push({ start: q.start, end: q.end, kind: 'quote' });
      for (const m of draft.mentions) marks.push({ start: m.start, end: m.end, kind: 'mention' });
      for (const d of draft.dates) marks.push({ start: d.start, end: d.end, kind: 'date' });
    }
    return segmentText(text.length, marks, source.body);
  }, [text, draft, quotes, source.id, source.body]);

  useEffect(() => {
    const onChange = () => {
      const el = root.current;
      const s = document.getSelection();
      if (!el || !s || s.rangeCount === 0 || s.isCollapsed) return;
      const r = s.getRangeAt(0);
      if (!r.intersectsNode(el)) return;
      // A range that runs past the article's start or end is cut there (and then refused
      // if that lies outside the body).
      const startOff = el.contains(r.startContainer) ? offsetAt(el, r.startContainer, r.startOffset) ?? 0 : 0;
      const endOff = el.contains(r.endContainer) ? offsetAt(el, r.endContainer, r.endOffset) ?? text.length : text.length;
      setSel(quoteFromSelection(text, startOff, endOff, source.body));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [text, source.body]);

  const legend: [MarkKind | 'outside', string][] = [
    ['quote', t.legendQuote],
    ['accepted', t.legendAccepted],
    ['mention', t.legendMention],
    ['date', t.legendDate],
    ['outside', t.legendOutside],
  ];

  return (
    <div className="flex min-h-0 flex-1 flex-col">
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
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-1.5 text-xs" role="status" aria-live="polite">
        {!sel ? (
          <span className="text-slate-600">{t.selectionHint}</span>
        ) : sel.ok ? (
          <>
            <span className="text-slate-700">{t.selection(sel.start, sel.end)}</span>
            <button type="button" className={PRIMARY} onClick={() => onQuote(sel)}>
              {t.makeQuote}
            </button>
          </>
        ) : (
          <span className="text-red-700">{sel.reason === 'empty' ? t.refusedEmpty : t.refusedOutside(sel.body!.start, sel.body!.end)}</span>
        )}
      </div>
      <div
        ref={root}
        lang={source.lang}
        aria-label={t.article}
        role="document"
        tabIndex={0}
        data-testid="curate-article"
        className="min-h-0 flex-1 overflow-auto px-4 py-3 font-serif text-[15px] leading-7 whitespace-pre-wrap text-slate-900"
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

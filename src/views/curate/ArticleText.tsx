import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Draft } from '../../lib/curate';
import { quoteFromSelection, segmentText, type Mark, type MarkKind, type SelectionQuote } from '../../lib/curate/segments';
import type { CuratedQuote, CuratedSource } from '../../lib/curate/workspace';
import { BUTTON, PRIMARY } from './Field';
import { useCurateT } from './useCurateT';

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

/** The DOM point of an offset in the text: inside the run that holds it. */
function pointAt(root: HTMLElement, offset: number): { node: Node; offset: number } | null {
  for (const span of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(span.dataset.start);
    const end = Number(span.dataset.end);
    if (offset >= start && offset <= end && span.firstChild) return { node: span.firstChild, offset: offset - start };
  }
  return null;
}

type Status =
  | { kind: 'hint' }
  // `span`: the same selection with no body to keep to, for marking the body itself.
  | { kind: 'selection'; quote: SelectionQuote; span: SelectionQuote }
  | { kind: 'made' | 'body'; start: number; end: number };

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
  const [status, setStatus] = useState<Status>({ kind: 'hint' });
  const [caret, setCaret] = useState<number | null>(null);
  // Bumped if an edit slipped through (an input method's composition cannot be cancelled):
  // the article is drawn again from the text.
  const [generation, setGeneration] = useState(0);
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
      if (!el || !s || s.rangeCount === 0) return;
      const r = s.getRangeAt(0);
      if (!r.intersectsNode(el)) return;
      if (s.isCollapsed) {
        if (!el.contains(r.startContainer)) return;
        setCaret(offsetAt(el, r.startContainer, r.startOffset));
        // A selection given up is no longer there to make a quote of.
        setStatus((st) => (st.kind === 'selection' ? { kind: 'hint' } : st));
        return;
      }
      // A range that runs past the article's start or end is cut there (and then refused
      // if that lies outside the body).
      const startOff = el.contains(r.startContainer) ? (offsetAt(el, r.startContainer, r.startOffset) ?? 0) : 0;
      const endOff = el.contains(r.endContainer) ? (offsetAt(el, r.endContainer, r.endOffset) ?? text.length) : text.length;
      setCaret(null);
      setStatus({ kind: 'selection', quote: quoteFromSelection(text, startOff, endOff, source.body), span: quoteFromSelection(text, startOff, endOff, null) });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [text, source.body]);

  // Every edit is refused before it happens (typing, deleting, pasting, dropping, undo).
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const refuse = (e: Event) => {
      e.preventDefault();
      e.stopPropagation();
    };
    const redraw = () => {
      if (el.textContent !== text) setGeneration((g) => g + 1);
    };
    el.addEventListener('beforeinput', refuse);
    el.addEventListener('paste', refuse);
    el.addEventListener('cut', refuse);
    el.addEventListener('drop', refuse);
    el.addEventListener('dragover', refuse);
    el.addEventListener('input', redraw);
    el.addEventListener('compositionend', redraw);
    return () => {
      el.removeEventListener('beforeinput', refuse);
      el.removeEventListener('paste', refuse);
      el.removeEventListener('cut', refuse);
      el.removeEventListener('drop', refuse);
      el.removeEventListener('dragover', refuse);
      el.removeEventListener('input', redraw);
      el.removeEventListener('compositionend', redraw);
    };
  }, [text, generation]);

  // After a quote is made (or the body marked), the caret goes to its end, in the article, to
  // go on from there, once the article is drawn again with the new highlight: a selection
  // left across redrawn runs would otherwise move on its own.
  const caretTo = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = root.current;
    const at = caretTo.current;
    if (!el || at === null) return;
    caretTo.current = null;
    const p = pointAt(el, at);
    if (!p) return;
    el.focus({ preventScroll: true });
    document.getSelection()?.setBaseAndExtent(p.node, p.offset, p.node, p.offset);
  }, [segments, status]);

  const make = (q: SelectionQuote) => {
    if (!q.ok || readOnly) return;
    caretTo.current = q.end;
    onQuote(q);
    setStatus({ kind: 'made', start: q.start, end: q.end });
  };

  const markBody = (q: SelectionQuote) => {
    if (!q.ok || readOnly || !canMarkBody) return;
    caretTo.current = q.end;
    onBody({ start: q.start, end: q.end });
    setStatus({ kind: 'body', start: q.start, end: q.end });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (status.kind === 'selection') make(status.quote);
  };

  const legend: [MarkKind | 'outside', string][] = [
    ['quote', t.legendQuote],
    ['accepted', t.legendAccepted],
    ['mention', t.legendMention],
    ['date', t.legendDate],
    ['outside', t.legendOutside],
  ];
  const sel = status.kind === 'selection' ? status.quote : null;

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
          <button type="button" className={PRIMARY} disabled={readOnly} onClick={() => make(sel)}>
            {t.makeQuote}
          </button>
        )}
        {status.kind === 'selection' && status.span.ok && canMarkBody && (
          <button type="button" className={BUTTON} disabled={readOnly} onClick={() => markBody(status.span)}>
            {t.markBody}
          </button>
        )}
        {caret !== null && <span className="ml-auto text-slate-600">{t.caretAt(caret)}</span>}
      </div>
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

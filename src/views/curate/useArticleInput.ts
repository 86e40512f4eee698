import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { collapsed, HINT, selected, type ArticleStatus } from '../../lib/curate/article';
import type { Span } from '../../lib/curate/text';
import { pointAt, selectionIn } from './article-dom';

/** The reader's selection in the article, as a status (see lib/curate/article.ts) and a caret offset. */
export function useArticleSelection(root: RefObject<HTMLElement | null>, text: string, body: Span | null) {
  const [status, setStatus] = useState<ArticleStatus>(HINT);
  const [caret, setCaret] = useState<number | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    const onChange = () => {
      const at = root.current && selectionIn(root.current, text.length);
      if (!at) return;
      if ('caret' in at) {
        setCaret(at.caret);
        setStatus(collapsed);
        return;
      }
      setCaret(null);
      setStatus(selected(text, at.start, at.end, body));
    };
    document.addEventListener('selectionchange', onChange, { signal: stop.signal });
    return () => stop.abort();
  }, [root, text, body]);
  return { status, setStatus, caret };
}

const EDITS = ['beforeinput', 'paste', 'cut', 'drop', 'dragover'] as const;

/**
 * Every edit to the article is refused before it happens (typing, deleting, pasting, dropping,
 * undo). Returns a generation, bumped if an edit slipped through (an input method's
 * composition cannot be cancelled): the article is drawn again from the text under a new key.
 */
export function useRefusedEdits(root: RefObject<HTMLElement | null>, text: string): number {
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const stop = new AbortController();
    const refuse = (e: Event) => {
      e.preventDefault();
      e.stopPropagation();
    };
    const redraw = () => {
      if (el.textContent !== text) setGeneration((g) => g + 1);
    };
    for (const type of EDITS) el.addEventListener(type, refuse, { signal: stop.signal });
    el.addEventListener('input', redraw, { signal: stop.signal });
    el.addEventListener('compositionend', redraw, { signal: stop.signal });
    return () => stop.abort();
  }, [root, text, generation]);
  return generation;
}

/**
 * Puts the caret at an offset once the article is drawn again (after a quote is made or the
 * body marked): after the runs or the status change. A selection left across redrawn runs
 * would otherwise move on its own. Returns the function that asks for it.
 */
export function useCaretAfterDraw(root: RefObject<HTMLElement | null>, runs: unknown, status: unknown) {
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
  }, [root, runs, status]);
  return (offset: number) => {
    caretTo.current = offset;
  };
}

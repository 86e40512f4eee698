/**
 * The article's DOM and its offsets: each run is a span that knows where it starts and ends
 * in the text (`data-start`, `data-end`), so a DOM point maps to an exact offset and back.
 */

/** A DOM boundary as an offset in the text. */
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
export function pointAt(root: HTMLElement, offset: number): { node: Node; offset: number } | null {
  for (const span of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(span.dataset.start);
    const end = Number(span.dataset.end);
    if (offset >= start && offset <= end && span.firstChild) return { node: span.firstChild, offset: offset - start };
  }
  return null;
}

/**
 * The page's selection as offsets in the article (`length` characters long): a caret, a
 * range, or null when the selection is not in the article.
 */
export function selectionIn(root: HTMLElement, length: number): { caret: number | null } | { start: number; end: number } | null {
  const s = document.getSelection();
  if (!s || s.rangeCount === 0) return null;
  const r = s.getRangeAt(0);
  if (!r.intersectsNode(root)) return null;
  if (s.isCollapsed) return root.contains(r.startContainer) ? { caret: offsetAt(root, r.startContainer, r.startOffset) } : null;
  // A range that runs past the article's start or end is cut there (and then refused if that
  // lies outside the body).
  const start = root.contains(r.startContainer) ? (offsetAt(root, r.startContainer, r.startOffset) ?? 0) : 0;
  const end = root.contains(r.endContainer) ? (offsetAt(root, r.endContainer, r.endOffset) ?? length) : length;
  return { start, end };
}

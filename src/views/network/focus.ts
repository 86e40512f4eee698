const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';

/** The next element in Tab order after everything inside `container`. */
export function nextTabbableAfter(container: Element): HTMLElement | SVGElement | null {
  for (const el of document.querySelectorAll<HTMLElement | SVGElement>(TABBABLE)) {
    if (el.tabIndex < 0 || container.contains(el)) continue;
    if (!(container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (el.getClientRects().length === 0) continue;
    return el;
  }
  return null;
}

/** The id in a data attribute of the nearest mark around an event target. */
export function markId(target: EventTarget | null, attr: 'data-node' | 'data-edge'): string | null {
  const el = (target as Element | null)?.closest?.(`[${attr}]`);
  return el ? el.getAttribute(attr) : null;
}

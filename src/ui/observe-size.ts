import { flushSync } from 'react-dom';

export interface ElementSize {
  width: number;
  height: number;
}

/**
 * Reports an element's size inside its borders (padding included) whenever it changes, from
 * a ResizeObserver. Its notes come after the browser's own layout, so reading the size forces
 * no extra layout (reading it while React commits would: a full layout of the page in the
 * middle of the first render); the update is applied at once (flushSync), before the frame
 * is painted, so no frame shows the element unsized. An element of no size is not reported.
 */
export function observeSize(el: HTMLElement, onSize: (size: ElementSize) => void): () => void {
  const ro = new ResizeObserver(() => {
    const size = { width: Math.floor(el.clientWidth), height: Math.floor(el.clientHeight) };
    flushSync(() => onSize(size));
  });
  ro.observe(el);
  return () => ro.disconnect();
}

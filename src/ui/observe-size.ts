import { flushSync } from 'react-dom';

export interface ElementSize {
  width: number;
  height: number;
}

/**
 * Reports an element's size inside its borders (padding included) whenever it changes, from
 * a ResizeObserver. Its notes come after the browser's own layout, so reading the size forces
 * no extra layout (reading it while React commits would: a full layout of the page in the
 * middle of the first render). A change is applied at once (flushSync), before the frame is
 * painted, so no frame shows the element at its old size. The first size is not: drawing a
 * view for it inside the page's first layout made that frame one 250–350 ms task on a 2-core
 * machine (the longest of the start); applied in the next task, the page paints the regions
 * first and draws into them next. Every size is reported, a zero one too (the network lays
 * nothing out in it, and the timeline does not count itself drawn).
 */
export function observeSize(el: HTMLElement, onSize: (size: ElementSize) => void): () => void {
  let first = true;
  const ro = new ResizeObserver(() => {
    const size = { width: Math.floor(el.clientWidth), height: Math.floor(el.clientHeight) };
    if (first) {
      first = false;
      onSize(size);
    } else flushSync(() => onSize(size));
  });
  ro.observe(el);
  return () => ro.disconnect();
}

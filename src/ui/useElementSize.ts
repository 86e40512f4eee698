import { useLayoutEffect, useState, type RefObject } from 'react';
import { observeSize, type ElementSize } from './observe-size';

/**
 * The element's size inside its borders (padding included), kept current by a
 * ResizeObserver; null until it is first measured (see observeSize for when that is).
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): ElementSize | null {
  const [size, setSize] = useState<ElementSize | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    return observeSize(el, ({ width, height }) =>
      setSize((s) => (s && s.width === width && s.height === height ? s : { width, height })),
    );
  }, [ref]);
  return size;
}

import { useCallback, useState } from 'react';
import { observeSize } from '../../ui/observe-size';

/** Width and height of an element, kept current by a ResizeObserver (0 until measured). */
export function useElementSize<T extends HTMLElement>(): [(node: T | null) => void, { width: number; height: number }] {
  const [size, setSize] = useState({ width: 0, height: 0 });
  const ref = useCallback((node: T | null) => {
    if (!node) return;
    return observeSize(node, ({ width, height }) =>
      setSize((s) => (s.width === width && s.height === height ? s : { width, height })),
    );
  }, []);
  return [ref, size];
}

import { useLayoutEffect, useMemo, useState, useSyncExternalStore, type RefObject } from 'react';
import type { Size } from '../../lib/network/geometry';
import { networkOf, type NetworkGraph } from '../../lib/network/graph';
import { useDatasetIndex } from '../../state/dataset-context';
import { useVisibleEvents } from '../../state/filters';
import { whenFontReady } from './label-metrics';

/** The network of the events that survive the filters, rebuilt only when they change. */
export function useNetworkGraph(): NetworkGraph {
  const index = useDatasetIndex();
  const { ids } = useVisibleEvents();
  return useMemo(() => networkOf(index, ids), [index, ids]);
}

/** An element's size inside its borders (padding included), read now (it forces a layout if one is due). */
export function measureElement(el: HTMLElement | null): Size | null {
  return el ? { width: el.clientWidth, height: el.clientHeight } : null;
}

/**
 * The element's size inside its borders: read when it mounts (before paint, so the first frame
 * can use it), then kept current by a ResizeObserver; null until measured.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = (width: number, height: number) =>
      setSize((s) => (s && s.width === width && s.height === height ? s : { width, height }));
    const now = measureElement(el)!;
    update(now.width, now.height);
    const ro = new ResizeObserver(() => {
      const next = measureElement(el)!;
      update(next.width, next.height);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

// Labels are measured in the web font; layout waits for it (or a moment) so names fit.
let fontReady = typeof document === 'undefined' || !document.fonts;
const fontListeners = new Set<() => void>();
function markFontReady() {
  if (fontReady) return;
  fontReady = true;
  for (const l of fontListeners) l();
}
if (!fontReady) {
  whenFontReady(markFontReady);
  setTimeout(markFontReady, 1500);
}

export function useFontReady(): boolean {
  return useSyncExternalStore(
    (l) => {
      fontListeners.add(l);
      return () => fontListeners.delete(l);
    },
    () => fontReady,
    () => fontReady,
  );
}

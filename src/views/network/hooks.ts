import { useEffect, useMemo, useState, useSyncExternalStore, type RefObject } from 'react';
import type { Size } from '../../lib/network/geometry';
import { buildGraph, type NetworkGraph } from '../../lib/network/graph';
import { useDatasetIndex } from '../../state/dataset-context';
import { useVisibleEvents } from '../../state/filters';
import { whenFontReady } from './label-metrics';

/** The network of the events that survive the filters, rebuilt only when they change. */
export function useNetworkGraph(): NetworkGraph {
  const index = useDatasetIndex();
  const { ids } = useVisibleEvents();
  return useMemo(() => buildGraph(index, ids), [index, ids]);
}

/** The element's content size, kept current by a ResizeObserver; null until measured. */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      setSize((s) => (s && s.width === width && s.height === height ? s : { width, height }));
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

import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { Size } from '../../lib/network/geometry';
import { networkOf, type NetworkGraph } from '../../lib/network/graph';
import { useDatasetIndex } from '../../state/dataset-context';
import { useVisibleEvents } from '../../state/filters';
import { useUrlValue } from '../../state/url-store';
import { observeSize } from '../../ui/observe-size';

/** The network of the events that survive the filters, rebuilt only when they change. */
export function useNetworkGraph(): NetworkGraph {
  const index = useDatasetIndex();
  const { ids } = useVisibleEvents();
  const links = useUrlValue((s) => s.networkLinks);
  return useMemo(() => networkOf(index, ids, links), [index, ids, links]);
}

/** The element's size inside its borders, kept current by a ResizeObserver; null until measured. */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    return observeSize(el, ({ width, height }) =>
      setSize((s) => (s && s.width === width && s.height === height ? s : { width, height })),
    );
  }, [ref]);
  return size;
}

// Labels are measured in the web font; layout waits for it (or a moment) so names fit.
export { useFontReady } from '../../ui/fonts';

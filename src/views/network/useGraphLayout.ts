import { useCallback, useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { isLarge, type Size } from '../../lib/network/geometry';
import type { NetworkGraph } from '../../lib/network/graph';
import type { Point } from '../../lib/network/navigate';
import { layoutLabel } from './label-metrics';
import { LayoutStore, type LayoutSnapshot } from './layout-store';

/**
 * The graph's layout, kept in a store across renders (remembered places, dragged nodes, the
 * worker run in flight): the snapshot to draw, and the two ways to change it.
 */
export function useGraphLayout(
  graph: NetworkGraph,
  size: Size | null,
  fontReady: boolean,
): { layout: LayoutSnapshot; move: (id: string, to: Point) => void; reset: () => void } {
  // The first layout runs in the worker: the other views paint meanwhile.
  const [store] = useState(() => new LayoutStore(undefined, { firstInRunner: true }));
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const large = isLarge(graph);

  const labelSize = useCallback(
    (id: string) => {
      const n = graph.nodeById.get(id);
      return n ? layoutLabel(n.name) : undefined;
    },
    [graph],
  );

  // Until the store has taken this graph (in the effect below), draw what it will show.
  const layout = useMemo(
    () => (snapshot.graph === graph ? snapshot : store.preview(graph, size)),
    [snapshot, graph, size, store],
  );

  // Before paint, so a small graph never shows a frame without its layout (but its first).
  // The size comes from the ResizeObserver, after the browser's first layout of the page,
  // not read here mid-commit, where it would force that layout early. A large graph's layout
  // leaves labels out, so it does not wait for the label font either.
  useLayoutEffect(() => {
    if (size && (fontReady || large)) store.request(graph, size, labelSize);
  }, [store, graph, size, fontReady, large, labelSize]);
  useEffect(() => () => store.dispose(), [store]);

  const move = useCallback((id: string, to: Point) => store.move(id, to), [store]);
  const reset = useCallback(() => store.reset(labelSize), [store, labelSize]);
  return { layout, move, reset };
}

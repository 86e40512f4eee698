import { useCallback, useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore, type RefObject } from 'react';
import { edgesOnCanvas, fitTransform, isLarge, nodeRadius, type Transform } from '../../lib/network/geometry';
import type { NetworkGraph } from '../../lib/network/graph';
import { placeLabels, type PlacedLabel } from '../../lib/network/labels';
import type { Point } from '../../lib/network/navigate';
import { useElementSize, useFontReady } from './hooks';
import { labelVariants, layoutLabel } from './label-metrics';
import { LayoutStore } from './layout-store';
import { IDENTITY } from '../../lib/zoom/view';
import { useZoom } from '../../ui/useZoom';

/** On a large graph only the most involved actors are offered a label. */
const LARGE_LABELS = 200;
/** Zoom range, and presses left to the marks (node dragging) and the controls over the drawing. */
const ZOOM = { scaleExtent: [0.2, 8] as [number, number], ignore: '[data-node], [data-no-zoom]' };

/**
 * Everything positional about the graph, computed before render: the layout (kept in a
 * store), the zoom, node screen positions, radii and label placement. Components only draw.
 */
export function useGraphView(
  graph: NetworkGraph,
  pressed: ReadonlySet<string>,
  containerRef: RefObject<HTMLDivElement | null>,
  /** Height of what lies over the bottom of the area (a note): the fit and labels keep clear of it. */
  inset = 0,
) {
  const size = useElementSize(containerRef);
  const fontReady = useFontReady();
  // The first layout runs in the worker: the other views paint meanwhile.
  const [store] = useState(() => new LayoutStore(undefined, { firstInRunner: true }));
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const large = isLarge(graph);
  const canvasEdges = edgesOnCanvas(graph);

  const labelSize = useCallback((id: string) => {
    const n = graph.nodeById.get(id);
    return n ? layoutLabel(n.name) : undefined;
  }, [graph]);

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

  const { view: moved, controller: zoomer } = useZoom(containerRef, ZOOM);
  const zoom = moved ?? IDENTITY;
  useEffect(() => {
    if (layout.epoch > 0) zoomer.current?.set(IDENTITY);
  }, [layout.epoch, zoomer]);

  const view = useMemo<Transform | null>(() => {
    if (!layout.box || !size) return null;
    const fit = fitTransform(layout.box, { width: size.width, height: Math.max(1, size.height - inset) });
    return { k: zoom.k * fit.k, x: zoom.k * fit.x + zoom.x, y: zoom.k * fit.y + zoom.y };
  }, [layout.box, size, zoom, inset]);

  const screen = useMemo(() => {
    const out = new Map<string, Point>();
    if (!view) return out;
    for (const n of graph.nodes) {
      const p = layout.positions.get(n.id);
      if (p) out.set(n.id, { x: view.x + view.k * p.x, y: view.y + view.k * p.y });
    }
    return out;
  }, [graph, layout.positions, view]);

  // A large graph starts zoomed out: its marks shrink with the zoom until the reader zooms in.
  const markScale = large && view ? Math.max(0.3, Math.min(1, view.k * 1.6)) : 1;
  const radius = useMemo(
    () => new Map(graph.nodes.map((n) => [n.id, nodeRadius(n.count, graph.maxCount, large) * markScale])),
    [graph, large, markScale],
  );

  const labels = useMemo(() => {
    const out = new Map<string, PlacedLabel>();
    if (!size || !fontReady) return out;
    const order = [...graph.nodes].sort(
      (a, b) => Number(pressed.has(b.id)) - Number(pressed.has(a.id)) || b.count - a.count || a.name.localeCompare(b.name),
    );
    const requests = [];
    for (const n of order.slice(0, large ? LARGE_LABELS : order.length)) {
      const p = screen.get(n.id);
      if (!p || p.x < 0 || p.y < 0 || p.x > size.width || p.y > size.height) continue;
      requests.push({ id: n.id, x: p.x, y: p.y, r: radius.get(n.id)!, variants: labelVariants(n.name) });
    }
    return placeLabels(requests, { x0: 2, y0: 2, x1: size.width - 2, y1: size.height - 2 - inset });
  }, [graph, screen, radius, size, pressed, large, fontReady, inset]);

  const zoomBy = useCallback((f: number) => zoomer.current?.scaleBy(f), [zoomer]);
  const panBy = useCallback((dx: number, dy: number) => zoomer.current?.translateBy(dx, dy), [zoomer]);
  const reset = useCallback(() => store.reset(labelSize), [store, labelSize]);

  return { size, layout, store, view, screen, radius, markScale, labels, large, canvasEdges, zoomBy, panBy, reset };
}

export type GraphView = ReturnType<typeof useGraphView>;

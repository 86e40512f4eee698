import { useCallback, useEffect, useMemo, type RefObject } from 'react';
import { edgesOnCanvas, isLarge } from '../../lib/network/geometry';
import type { NetworkGraph } from '../../lib/network/graph';
import type { PlacedLabel } from '../../lib/network/labels';
import type { Point } from '../../lib/network/navigate';
import { graphLabels, markScale, nodeRadii, screenPositions, screenTransform } from '../../lib/network/scene';
import { IDENTITY } from '../../lib/zoom/view';
import { useZoom } from '../../ui/useZoom';
import { useFontReady } from '../../ui/fonts';
import { useElementSize } from '../../ui/useElementSize';
import { labelVariants } from './label-metrics';
import { useGraphLayout } from './useGraphLayout';

/** Zoom range, and presses left to the marks (node dragging) and the controls over the drawing. */
const ZOOM = { scaleExtent: [0.2, 8] as [number, number], ignore: '[data-node], [data-no-zoom]' };

/**
 * The graph computed for drawing: the drawing's size, the layout, the scene (what goes
 * where on screen, from src/lib/network/scene.ts) and the controls that change them.
 * Components only draw.
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
  const { layout, move, reset } = useGraphLayout(graph, size, fontReady);
  const large = isLarge(graph);

  const { view: zoomed, controller } = useZoom(containerRef, ZOOM);
  const zoom = zoomed ?? IDENTITY;
  useEffect(() => {
    if (layout.epoch > 0) controller.current?.set(IDENTITY);
  }, [layout.epoch, controller]);

  const view = useMemo(
    () => (layout.box && size ? screenTransform(layout.box, size, zoom, inset) : null),
    [layout.box, size, zoom, inset],
  );
  const screen = useMemo(() => (view ? screenPositions(graph, layout.positions, view) : new Map<string, Point>()), [graph, layout.positions, view]);
  const scale = markScale(large, view);
  const radius = useMemo(() => nodeRadii(graph, large, scale), [graph, large, scale]);
  const labels = useMemo(
    () => (size && fontReady ? graphLabels(graph, { screen, radius, size, pressed, large, inset, variants: labelVariants }) : new Map<string, PlacedLabel>()),
    [graph, screen, radius, size, pressed, large, fontReady, inset],
  );

  const zoomBy = useCallback((f: number) => controller.current?.scaleBy(f), [controller]);
  const panBy = useCallback((dx: number, dy: number) => controller.current?.translateBy(dx, dy), [controller]);
  const controls = useMemo(() => ({ zoomBy, panBy, reset, move }), [zoomBy, panBy, reset, move]);

  return {
    size,
    layout,
    scene: { view, screen, radius, markScale: scale, labels, large, canvasEdges: edgesOnCanvas(graph) },
    controls,
  };
}

export type GraphView = ReturnType<typeof useGraphView>;

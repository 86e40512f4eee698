import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ZoomController } from '../../lib/zoom/controller';
import { maxZoom, type BaseScale, type ZoomView } from '../../lib/timeline/scale';
import { useZoom } from '../../ui/useZoom';

/**
 * The zoom state of the plot: horizontal only, its world the plot's width; a vertical drag
 * scrolls the lanes. Until the reader moves the plot, the view is `initial` (the first
 * view, or the one a link asks for), computed for the current width, so the first frame
 * already shows it.
 */
export function useZoomView(
  node: RefObject<HTMLElement | null>,
  base: BaseScale | null,
  initial: ZoomView,
): { view: ZoomView; controller: RefObject<ZoomController | null>; moved: boolean } {
  const start = useRef(initial);
  useLayoutEffect(() => {
    start.current = initial;
  }, [initial]);
  const fit = (c: ZoomController, b: BaseScale) => c.update({ width: b.width, scaleExtent: [1, maxZoom(b)] });

  // Double-click stays a pair of clicks: marks toggle on click, and zoom has buttons and keys.
  const { view, controller } = useZoom(node, {
    axis: 'x',
    doubleClickZoom: false,
    scaleExtent: [1, 1],
    enabled: base !== null,
    setup: (c) => {
      if (!base) return;
      fit(c, base);
      c.set(start.current);
    },
  });

  useEffect(() => {
    const c = controller.current;
    if (!base || !c) return;
    fit(c, base);
    // Not moved yet: the initial view, recomputed for the new width.
    if (view === null) c.set(start.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a new size only
  }, [base]);

  return { view: view ?? initial, controller, moved: view !== null };
}

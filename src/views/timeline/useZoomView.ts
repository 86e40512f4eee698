import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createZoomController, type ZoomController } from '../../lib/timeline/zoom-controller';
import { IDENTITY, maxZoom, type BaseScale, type ZoomView } from '../../lib/timeline/scale';

/**
 * The zoom state of the plot. d3-zoom runs outside React; its changes reach React at most
 * once per animation frame. A vertical drag scrolls the lanes. Until the reader moves the
 * plot, the view is `initial` (the first view, or the one a link asks for), computed for
 * the current width, so the first frame already shows it.
 */
export function useZoomView(
  node: RefObject<HTMLElement | null>,
  base: BaseScale | null,
  initial: ZoomView,
): { view: ZoomView; controller: RefObject<ZoomController | null>; moved: boolean } {
  const [state, setState] = useState<ZoomView | null>(null);
  const controller = useRef<ZoomController | null>(null);
  const ready = base !== null;
  const start = useRef(initial);
  useLayoutEffect(() => {
    start.current = initial;
  }, [initial]);

  // Before paint: the controller starts at the initial view, so no frame shows another.
  useLayoutEffect(() => {
    const el = node.current;
    if (!ready || !el) return;
    let frame = 0;
    let pending: ZoomView = IDENTITY;
    let live = false;
    const c = createZoomController({
      node: el,
      onZoom: (v, source) => {
        if (!live) return;
        if (source instanceof MouseEvent && source.type === 'mousemove') el.scrollTop -= source.movementY;
        pending = v;
        if (!frame)
          frame = requestAnimationFrame(() => {
            frame = 0;
            setState((old) => (old && old.k === pending.k && old.x === pending.x ? old : pending));
          });
      },
    });
    controller.current = c;
    if (base) {
      c.update({ width: base.width, height: 1, maxK: maxZoom(base) });
      c.set(start.current, base, false);
    }
    live = true;
    return () => {
      cancelAnimationFrame(frame);
      c.destroy();
      controller.current = null;
    };
    // The controller is made once, when the plot first has a width; later sizes go to update().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [node, ready]);

  useEffect(() => {
    if (!base) return;
    const c = controller.current;
    if (!c) return;
    if (state === null) {
      // Not moved yet: the initial view, recomputed for the new width.
      c.update({ width: base.width, height: 1, maxK: maxZoom(base) });
      c.set(start.current, base, false);
    } else c.update({ width: base.width, height: 1, maxK: maxZoom(base) });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a new size only
  }, [base]);

  return { view: state ?? initial, controller, moved: state !== null };
}

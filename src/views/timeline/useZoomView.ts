import { useEffect, useRef, useState, type RefObject } from 'react';
import { createZoomController, type ZoomController } from '../../lib/timeline/zoom-controller';
import { IDENTITY, maxZoom, type BaseScale, type ZoomView } from '../../lib/timeline/scale';

/**
 * The zoom state of the plot. d3-zoom runs outside React; its changes reach React at most
 * once per animation frame. A vertical drag scrolls the lanes.
 */
export function useZoomView(
  node: RefObject<HTMLElement | null>,
  base: BaseScale | null,
): { view: ZoomView; controller: RefObject<ZoomController | null> } {
  const [view, setView] = useState<ZoomView>(IDENTITY);
  const controller = useRef<ZoomController | null>(null);
  const ready = base !== null;

  useEffect(() => {
    const el = node.current;
    if (!ready || !el) return;
    let frame = 0;
    let pending: ZoomView = IDENTITY;
    const c = createZoomController({
      node: el,
      onZoom: (v, source) => {
        if (source instanceof MouseEvent && source.type === 'mousemove') el.scrollTop -= source.movementY;
        pending = v;
        if (!frame)
          frame = requestAnimationFrame(() => {
            frame = 0;
            setView((old) => (old.k === pending.k && old.x === pending.x ? old : pending));
          });
      },
    });
    controller.current = c;
    return () => {
      cancelAnimationFrame(frame);
      c.destroy();
      controller.current = null;
    };
  }, [node, ready]);

  useEffect(() => {
    if (base) controller.current?.update({ width: base.width, height: 1, maxK: maxZoom(base) });
  }, [base]);

  return { view, controller };
}

import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createZoomController, type ZoomController, type ZoomControllerOptions } from '../lib/zoom/controller';
import type { View } from '../lib/zoom/view';

export interface UseZoomOptions extends Omit<ZoomControllerOptions, 'node' | 'onZoom'> {
  /** The controller is made once this is true (the element has its size, say); default true. */
  enabled?: boolean;
  /** Runs on the new controller before it reports anything: what it sets is the start, not a move. */
  setup?: (controller: ZoomController) => void;
}

/**
 * The pan/zoom controller on an element, made before paint. d3-zoom runs outside React; its
 * changes reach React at most once per animation frame. `view` is null until the first
 * change after setup. Options are read when the controller is made; later changes go
 * through `controller.current.update`.
 */
export function useZoom(
  ref: RefObject<HTMLElement | null>,
  { enabled = true, setup, ...options }: UseZoomOptions,
): { view: View | null; controller: RefObject<ZoomController | null> } {
  const [view, setView] = useState<View | null>(null);
  const controller = useRef<ZoomController | null>(null);
  const latest = useRef({ options, setup });
  useLayoutEffect(() => {
    latest.current = { options, setup };
  });

  useLayoutEffect(() => {
    const node = ref.current;
    if (!enabled || !node) return;
    let frame = 0;
    let pending: View | null = null;
    let live = false;
    const c = createZoomController({
      ...latest.current.options,
      node,
      onZoom: (v) => {
        if (!live) return;
        pending = v;
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          const next = pending!;
          setView((old) => (old && old.k === next.k && old.x === next.x && old.y === next.y ? old : next));
        });
      },
    });
    controller.current = c;
    latest.current.setup?.(c);
    live = true;
    return () => {
      cancelAnimationFrame(frame);
      c.destroy();
      controller.current = null;
    };
  }, [ref, enabled]);

  return { view, controller };
}

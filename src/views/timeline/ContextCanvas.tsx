import { useEffect, useRef } from 'react';
import { drawEvents } from '../../lib/timeline/canvas';
import type { Packing, TimelineModel } from '../../lib/timeline/layout';
import type { BaseScale, ZoomView } from '../../lib/timeline/scale';

interface Props {
  model: TimelineModel;
  packing: Packing;
  base: BaseScale;
  view: ZoomView;
  /** The slice of the plot on screen: the canvas covers only that, and moves with scrolling. */
  top: number;
  height: number;
  /** Events outside the filters: faint context, out of the accessibility tree. */
  faint: readonly number[];
  /** Events in the filters drawn here instead of as SVG (the dense path). */
  solid: readonly number[];
}

/** The canvas layer: drawn in one pass per frame, whatever the number of marks. */
export function ContextCanvas({ model, packing, base, view, top, height, faint, solid }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const dpr = typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, base.width, height);
    drawEvents(ctx, model, packing, base, view, faint, { alpha: 0.22, top, height });
    drawEvents(ctx, model, packing, base, view, solid, { alpha: 1, top, height });
  }, [model, packing, base, view, top, height, faint, solid, dpr]);
  return (
    <canvas
      ref={ref}
      aria-hidden="true"
      width={Math.round(base.width * dpr)}
      height={Math.round(height * dpr)}
      className="pointer-events-none absolute left-0"
      style={{ top, width: base.width, height }}
    />
  );
}

import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import { drawEvents, type StampTarget } from '../../lib/timeline/canvas';
import type { Packing, TimelineModel } from '../../lib/timeline/layout';
import type { Lens } from '../../lib/timeline/lens';
import type { BaseScale, ZoomView } from '../../lib/timeline/scale';
import { SpriteCache, type SurfaceFactory } from '../../lib/timeline/sprites';
import { StampLayer } from '../../lib/timeline/stamp-layer';
import { freshCanvas, offscreenCanvas, pixelRatio } from '../../ui/canvas';

interface Props {
  model: TimelineModel;
  packing: Packing;
  base: BaseScale;
  view: ZoomView;
  /** The screen mapping, compressed segments included. */
  lens: Lens;
  /** The slice of the plot on screen: the canvas covers only that, and moves with scrolling. */
  top: number;
  height: number;
  /** Events outside the filters: faint context, out of the accessibility tree. */
  faint: ArrayLike<number>;
  /** Events in the filters drawn here instead of as SVG (the dense path). */
  solid: ArrayLike<number>;
}

const surface: SurfaceFactory = (w, h) => offscreenCanvas(w, h).ctx;

/** A stamping buffer the size of the canvas, copied onto it through an offscreen canvas. */
function stampTarget(w: number, h: number): StampTarget | undefined {
  const { canvas, ctx } = offscreenCanvas(w, h);
  if (!ctx) return undefined;
  const layer = new StampLayer(w, h);
  const image = new ImageData(new Uint8ClampedArray(layer.data.buffer), w, h);
  return {
    layer,
    blit(dst, x, y, bw, bh) {
      ctx.putImageData(image, 0, 0, x, y, bw, bh);
      dst.drawImage(canvas, x, y, bw, bh, x, y, bw, bh);
    },
  };
}

/**
 * The canvas layer: drawn in one pass per frame, whatever the number of marks, and only
 * when what it shows changes (a new selection or focus is SVG drawn over it).
 */
export const ContextCanvas = memo(function ContextCanvas({ model, packing, base, view, lens, top, height, faint, solid }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const dpr = pixelRatio();
  const sprites = useMemo(() => new SpriteCache(dpr, surface), [dpr]);
  const w = Math.round(base.width * dpr);
  const h = Math.round(height * dpr);
  const target = useMemo(() => stampTarget(Math.max(1, w), Math.max(1, h)), [w, h]);
  // Before paint, so the marks never lag a frame behind the axis and the SVG marks.
  useLayoutEffect(() => {
    const ctx = freshCanvas(ref.current, base.width, height)?.ctx;
    if (!ctx) return;
    drawEvents(ctx, model, packing, base, view, faint, { alpha: 0.22, top, height, sprites, target, lens });
    drawEvents(ctx, model, packing, base, view, solid, { alpha: 1, top, height, sprites, target, lens });
  }, [model, packing, base, view, lens, top, height, faint, solid, sprites, target]);
  return (
    <canvas
      ref={ref}
      aria-hidden="true"
      className="pointer-events-none absolute left-0"
      style={{ top, width: base.width, height }}
    />
  );
});

import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, ZoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { interpolateView, type BaseScale, type ZoomView } from './scale';

export interface ZoomControllerOptions {
  node: Element;
  /** Called on every change; `source` is the DOM event of a gesture, null for an API call. */
  onZoom: (view: ZoomView, source: Event | null) => void;
}

export interface ZoomController {
  /** New size or bounds: keeps the current view inside them. */
  update(bounds: { width: number; height: number; maxK: number }): void;
  /** Go to a view; animated unless the reader prefers reduced motion. */
  set(view: ZoomView, base: BaseScale, animate?: boolean): void;
  get(): ZoomView;
  destroy(): void;
}

/** Clamp x so the world [0, width] always covers the screen; y is not used. */
export function constrainX(t: ZoomTransform, width: number): ZoomTransform {
  const x = Math.min(0, Math.max(width * (1 - t.k), t.x));
  return x === t.x && t.y === 0 ? t : new ZoomTransform(t.k, x, 0);
}

/** Ease for programmatic moves: quick to start, gentle to land. */
export const easeOutCubic = (t: number) => 1 - (1 - t) ** 3;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * d3-zoom wrapped once, framework-free: wheel, drag and pinch on `node`, horizontal only.
 * Vertical swipes stay with the browser (touch-action: pan-y) so a phone can still scroll
 * the page past the chart.
 */
export function createZoomController({ node, onZoom }: ZoomControllerOptions): ZoomController {
  let width = 1;
  let kMax = 1;
  let frame = 0;
  const behaviour = zoom<Element, unknown>()
    .scaleExtent([1, 1])
    .clickDistance(4)
    .constrain((t) => constrainX(t, width))
    .on('zoom', (e: D3ZoomEvent<Element, unknown>) => onZoom({ k: e.transform.k, x: e.transform.x }, e.sourceEvent ?? null));
  const sel = select(node) as Selection<Element, unknown, null, undefined>;
  // Double-click stays a pair of clicks: marks toggle on click, and zoom has buttons and keys.
  sel.call(behaviour).on('dblclick.zoom', null);
  (node as HTMLElement).style.touchAction = 'pan-y';

  // zoom.transform does not constrain by itself.
  const apply = (v: ZoomView) => {
    const k = Math.min(Math.max(v.k, 1), kMax);
    behaviour.transform(sel, constrainX(zoomIdentity.translate(v.x, 0).scale(k), width));
  };

  return {
    update({ width: w, height: h, maxK }) {
      const ratio = Math.max(1, w) / width;
      width = Math.max(1, w);
      kMax = Math.max(1, maxK);
      behaviour.extent([
        [0, 0],
        [width, Math.max(1, h)],
      ]);
      behaviour.scaleExtent([1, kMax]);
      // The world stretches with the plot: keep the same stretch of time in view.
      const t = zoomTransform(node);
      apply({ k: t.k, x: t.x * ratio });
    },
    set(view, base, animate = true) {
      cancelAnimationFrame(frame);
      const from = this.get();
      if (!animate || prefersReducedMotion()) return apply(view);
      const start = performance.now();
      const step = (now: number) => {
        const t = Math.min(1, (now - start) / 240);
        apply(t < 1 ? interpolateView(base, from, view, easeOutCubic(t)) : view);
        if (t < 1) frame = requestAnimationFrame(step);
      };
      frame = requestAnimationFrame(step);
    },
    get() {
      const t = zoomTransform(node);
      return { k: t.k, x: t.x };
    },
    destroy() {
      cancelAnimationFrame(frame);
      sel.on('.zoom', null);
    },
  };
}

import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { acceptsGesture } from './filter';
import { clampView, easeOutCubic, interpolateView, type View, type ViewLike, type ZoomLimits } from './view';

export interface ZoomControllerOptions {
  node: HTMLElement;
  /** Called on every change; `source` is the DOM event of a gesture, null for a call. */
  onZoom: (view: View, source: Event | null) => void;
  scaleExtent: [number, number];
  /**
   * 'x': horizontal only. y stays 0, the world [0, width] always covers the screen, and the
   * element keeps its vertical scrolling: swipes scroll it (touch-action: pan-y), and so
   * does the vertical part of a mouse drag. 'xy' (the default): free in both directions.
   */
  axis?: 'x' | 'xy';
  /** A CSS selector: presses that start inside it are left to the page (the wheel still zooms). */
  ignore?: string;
  /** Double-click zooms in (shift: out). Off where marks take clicks of their own. */
  doubleClickZoom?: boolean;
}

export interface ZoomController {
  /**
   * A new size or zoom range; the current view is kept inside them. In a bounded world
   * ('x') the world is as wide as the screen, so the same stretch stays in view.
   */
  update(options: { width?: number; height?: number; scaleExtent?: [number, number] }): void;
  /** Go to a view (clamped): at once, or eased unless the reader prefers reduced motion. */
  set(view: ViewLike, options?: { animate?: boolean }): void;
  get(): View;
  /** Zoom about the centre, at once (the zoom buttons). */
  scaleBy(factor: number): void;
  /** Pan by screen px, at once. */
  translateBy(dx: number, dy: number): void;
  destroy(): void;
}

/** How long a programmatic move and a double-click zoom take, in ms (d3's own 250 for the latter). */
const MOVE_MS = 240;
const DOUBLE_CLICK_MS = 250;

/**
 * d3-zoom wrapped once, framework-free (xyflow's shape): wheel, drag and pinch on `node`
 * report plain views; the filter and the constrain step are pure functions of their own.
 */
export function createZoomController({
  node,
  onZoom,
  scaleExtent,
  axis = 'xy',
  ignore,
  doubleClickZoom = true,
}: ZoomControllerOptions): ZoomController {
  const bounded = axis === 'x';
  let width = 1;
  let height = 1;
  let extent = scaleExtent;
  let frame = 0;
  const limits = (): ZoomLimits => ({ scaleExtent: extent, width: bounded ? width : undefined });
  const constrain = (v: ViewLike): View => {
    const c = clampView(v, limits());
    return { k: c.k, x: c.x, y: bounded ? 0 : (c.y ?? 0) };
  };
  const toTransform = (v: View) => zoomIdentity.translate(v.x, v.y).scale(v.k);

  const behaviour = zoom<HTMLElement, unknown>()
    .scaleExtent(extent)
    .clickDistance(4)
    .filter((event: Event) => acceptsGesture(event as MouseEvent, ignore))
    .constrain((t) => toTransform(constrain(t)))
    .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => {
      const source = (e.sourceEvent as Event | null) ?? null;
      // The vertical part of a drag scrolls the element, as a swipe does.
      if (bounded && source instanceof MouseEvent && source.type === 'mousemove') node.scrollTop -= source.movementY || 0;
      onZoom({ k: e.transform.k, x: e.transform.x, y: e.transform.y }, source);
    });
  const sel = select(node) as Selection<HTMLElement, unknown, null, undefined>;
  // Read as it is now, not once: the reader may change the setting while the page is open.
  const motion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
  const reduced = () => motion?.matches === true;
  const syncMotion = () => behaviour.duration(reduced() ? 0 : DOUBLE_CLICK_MS);
  syncMotion();
  motion?.addEventListener?.('change', syncMotion);
  sel.call(behaviour);
  if (!doubleClickZoom) sel.on('dblclick.zoom', null);
  if (bounded) node.style.touchAction = 'pan-y';

  // zoom.transform does not constrain by itself.
  const apply = (v: ViewLike) => behaviour.transform(sel, toTransform(constrain(v)));
  const get = (): View => {
    const t = zoomTransform(node);
    return { k: t.k, x: t.x, y: t.y };
  };

  return {
    update({ width: w, height: h, scaleExtent: range }) {
      const before = width;
      if (w !== undefined) width = Math.max(1, w);
      if (h !== undefined) height = Math.max(1, h);
      if (w !== undefined || h !== undefined)
        behaviour.extent([
          [0, 0],
          [width, height],
        ]);
      if (range) behaviour.scaleExtent((extent = range));
      const t = get();
      apply(bounded ? { ...t, x: t.x * (width / before) } : t);
    },
    set(view, { animate = false } = {}) {
      cancelAnimationFrame(frame);
      if (!animate || reduced()) return apply(view);
      const from = get();
      const to = constrain(view);
      const start = performance.now();
      const step = (now: number) => {
        const t = Math.min(1, (now - start) / MOVE_MS);
        apply(t < 1 ? interpolateView(from, to, easeOutCubic(t), { x: width / 2, y: height / 2 }) : to);
        if (t < 1) frame = requestAnimationFrame(step);
      };
      frame = requestAnimationFrame(step);
    },
    get,
    scaleBy(factor) {
      behaviour.scaleBy(sel, factor);
    },
    translateBy(dx, dy) {
      const k = zoomTransform(node).k;
      behaviour.translateBy(sel, dx / k, dy / k);
    },
    destroy() {
      cancelAnimationFrame(frame);
      motion?.removeEventListener?.('change', syncMotion);
      sel.on('.zoom', null);
    },
  };
}

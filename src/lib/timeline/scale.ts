import { clampView, type ZoomLimits } from '../zoom/view';
import { INSET_PX, MIN_VISIBLE_MS } from './constants';

/** A d3-zoom transform restricted to x: screen x = k · world x + x. */
export interface ZoomView {
  k: number;
  x: number;
}

export const IDENTITY: ZoomView = { k: 1, x: 0 };

/**
 * The fitted scale: all events' extent laid across `width` px with an inset at each end.
 * "World" px are screen px at zoom 1; zooming never changes this, so filtering never
 * makes the axis jump.
 */
export interface BaseScale {
  t0: number;
  t1: number;
  width: number;
  inset: number;
  /** World px per ms. */
  s: number;
}

export function baseScale(extent: readonly [number, number], width: number): BaseScale {
  const w = Math.max(1, width);
  const t0 = extent[0];
  const t1 = Math.max(extent[1], t0 + 1);
  const inset = Math.min(INSET_PX, w / 6);
  return { t0, t1, width: w, inset, s: (w - 2 * inset) / (t1 - t0) };
}

export function worldX(b: BaseScale, t: number): number {
  return b.inset + (t - b.t0) * b.s;
}

export function screenX(b: BaseScale, v: ZoomView, t: number): number {
  return v.k * worldX(b, t) + v.x;
}

export function timeAt(b: BaseScale, v: ZoomView, x: number): number {
  return b.t0 + ((x - v.x) / v.k - b.inset) / b.s;
}

/** Screen px per ms at zoom k. */
export function pxPerMs(b: BaseScale, k: number): number {
  return b.s * k;
}

/** The time span on screen. */
export function visibleRange(b: BaseScale, v: ZoomView): [number, number] {
  return [timeAt(b, v, 0), timeAt(b, v, b.width)];
}

/** Deepest zoom: about MIN_VISIBLE_MS across the plot. */
export function maxZoom(b: BaseScale): number {
  return Math.max(1, (b.width / b.s) / MIN_VISIBLE_MS);
}

/** What the zoom may do: from fitting all to the deepest zoom, the world never leaving the screen. */
export function zoomLimits(b: BaseScale): ZoomLimits {
  return { scaleExtent: [1, maxZoom(b)], width: b.width };
}

/** The view at zoom k that puts time t at screen x (default: the centre). */
export function viewCentredOn(b: BaseScale, k: number, t: number, at = b.width / 2): ZoomView {
  return clampView({ k, x: at - k * worldX(b, t) }, zoomLimits(b));
}

/** Zoom by `factor` about screen x `at`, keeping the time under `at` still. */
export function zoomAbout(b: BaseScale, v: ZoomView, factor: number, at = b.width / 2): ZoomView {
  const k = Math.min(Math.max(v.k * factor, 1), maxZoom(b));
  const world = (at - v.x) / v.k;
  return clampView({ k, x: at - k * world }, zoomLimits(b));
}

/**
 * Layout is packed once per power of two of zoom: a packing made at scale k stays free of
 * overlaps at every deeper zoom (spans only grow apart), so one bucket serves [k, 2k).
 */
export function zoomBucket(k: number): number {
  return 2 ** Math.floor(Math.log2(Math.max(1, k)) + 1e-9);
}

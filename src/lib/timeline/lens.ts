import { clampView } from '../zoom/view';
import { maxZoom, pxPerMs, screenX, timeAt, worldX, zoomLimits, type BaseScale, type ZoomView } from './scale';

/**
 * Focus and context on one axis. The zoom view maps time to screen x linearly; when events
 * lie beyond the screen's edge, that edge gives up a strip (the gutter) to a compressed
 * segment holding everything from the view's edge out to the data's end, behind a visible
 * break. So nothing is ever off screen: the densest fortnight reads apart while nine years
 * of background sit, compressed but present, at the left. The mapping stays continuous and
 * monotone: when the data's end just reaches the screen's edge, the segment is linear.
 */
export interface Segment {
  /** Screen x of its outer and inner edges (x0 < x1). */
  x0: number;
  x1: number;
  /** The times at x0 and x1. */
  t0: number;
  t1: number;
}

export interface Lens {
  base: BaseScale;
  view: ZoomView;
  left: Segment | null;
  right: Segment | null;
  /** The time span drawn at the zoom's own scale, between the segments. */
  focus: readonly [number, number];
}

/** Air between the focus's edges (a gutter or the plot's) and the range it was asked to show. */
const FOCUS_MARGIN = 16;

/** The strip a compressed segment takes: about a sixth of the plot, at most 96 px. */
export function gutterFor(width: number): number {
  return Math.round(Math.min(96, width * 0.16));
}

/** A plot narrower than four gutters has no room for segments: it stays linear. */
function usableGutter(width: number, gutter: number): number {
  return width >= 4 * gutter ? gutter : 0;
}

/** The lens of a view, given the data's extent (ms, end exclusive). */
export function makeLens(base: BaseScale, view: ZoomView, extent: readonly [number, number], gutter = gutterFor(base.width)): Lens {
  const w = base.width;
  const g = usableGutter(w, gutter);
  const left = g > 0 && extent[0] < timeAt(base, view, 0) ? { x0: 0, x1: g, t0: extent[0], t1: timeAt(base, view, g) } : null;
  const right = g > 0 && extent[1] > timeAt(base, view, w) ? { x0: w - g, x1: w, t0: timeAt(base, view, w - g), t1: extent[1] } : null;
  return {
    base,
    view,
    left,
    right,
    focus: [left ? left.t1 : timeAt(base, view, 0), right ? right.t0 : timeAt(base, view, w)],
  };
}

const through = (s: Segment, t: number) => s.x0 + ((t - s.t0) * (s.x1 - s.x0)) / Math.max(1, s.t1 - s.t0);
const back = (s: Segment, x: number) => s.t0 + ((x - s.x0) * (s.t1 - s.t0)) / Math.max(1e-9, s.x1 - s.x0);

/** Screen x of a time. */
export function lensX(l: Lens, t: number): number {
  if (l.left && t < l.left.t1) return through(l.left, t);
  if (l.right && t > l.right.t0) return through(l.right, t);
  return screenX(l.base, l.view, t);
}

/** The time at a screen x (the inverse of lensX). */
export function lensTime(l: Lens, x: number): number {
  if (l.left && x < l.left.x1) return back(l.left, x);
  if (l.right && x > l.right.x0) return back(l.right, x);
  return timeAt(l.base, l.view, x);
}

/** Everything on screen, from the left edge to the right, ms. */
export function lensRange(l: Lens): [number, number] {
  return [lensTime(l, 0), lensTime(l, l.base.width)];
}

/** The range inside the focus's margins: what viewForFocus was asked to show. */
export function focusRange(l: Lens): [number, number] {
  const x0 = (l.left ? l.left.x1 : 0) + FOCUS_MARGIN;
  const x1 = (l.right ? l.right.x0 : l.base.width) - FOCUS_MARGIN;
  return x1 > x0 ? [timeAt(l.base, l.view, x0), timeAt(l.base, l.view, x1)] : [l.focus[0], l.focus[1]];
}

/** The flattest slope anywhere on screen, px per ms: a packing made for it has no overlaps here. */
export function minSlope(l: Lens): number {
  let s = pxPerMs(l.base, l.view.k);
  for (const seg of [l.left, l.right]) if (seg) s = Math.min(s, (seg.x1 - seg.x0) / Math.max(1, seg.t1 - seg.t0));
  return s;
}

/**
 * The view that shows [from, to) in the focus, with `margin` px of air, leaving room for a
 * gutter on each side where the data reaches past the range (the segments will be there).
 */
export function viewForFocus(
  base: BaseScale,
  from: number,
  to: number,
  extent: readonly [number, number],
  margin = FOCUS_MARGIN,
  gutter = gutterFor(base.width),
): ZoomView {
  const g = usableGutter(base.width, gutter);
  const padL = (extent[0] < from ? g : 0) + margin;
  const padR = (extent[1] > to ? g : 0) + margin;
  const span = Math.max(worldX(base, to) - worldX(base, from), 1e-9);
  const usable = Math.max(1, base.width - padL - padR);
  const k = Math.min(Math.max(usable / span, 1), maxZoom(base));
  // Centre the range in the space between the paddings.
  const mid = (worldX(base, from) + worldX(base, to)) / 2;
  return clampView({ k, x: padL + usable / 2 - k * mid }, zoomLimits(base));
}

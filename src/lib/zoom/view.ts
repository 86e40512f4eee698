/** A d3-zoom transform as plain numbers: screen = k · world + (x, y). */
export interface View {
  k: number;
  x: number;
  y: number;
}

/** A view that may leave y out (a horizontal-only zoom): y is then 0. */
export type ViewLike = Omit<View, 'y'> & { y?: number };

export const IDENTITY: View = { k: 1, x: 0, y: 0 };

export interface ZoomLimits {
  scaleExtent: readonly [number, number];
  /** When set, the world [0, width] always covers the screen along x (d3-zoom's translateExtent). */
  width?: number;
}

/**
 * The one constrain step, for gestures and for views worked out by hand alike: the zoom
 * within its range and, in a bounded world, no gap past either end. Returns `v` itself
 * when it is inside.
 */
export function clampView<V extends { k: number; x: number }>(v: V, { scaleExtent, width }: ZoomLimits): V {
  const k = Math.min(Math.max(v.k, scaleExtent[0]), scaleExtent[1]);
  const x = width === undefined ? v.x : Math.min(0, Math.max(width * (1 - k), v.x));
  return k === v.k && x === v.x ? v : { ...v, k, x };
}

/**
 * Between two views, t in [0, 1]: the zoom changes geometrically (each step looks alike)
 * and the world point at `centre` moves linearly.
 */
export function interpolateView(from: View, to: View, t: number, centre: { x: number; y: number }): View {
  const k = from.k * (to.k / from.k) ** t;
  const at = (c: number, a: number, ka: number, b: number, kb: number) => {
    const wa = (c - a) / ka;
    const wb = (c - b) / kb;
    return c - k * (wa + (wb - wa) * t);
  };
  return { k, x: at(centre.x, from.x, from.k, to.x, to.k), y: at(centre.y, from.y, from.k, to.y, to.k) };
}

/** Ease for programmatic moves: quick to start, gentle to land. */
export const easeOutCubic = (t: number) => 1 - (1 - t) ** 3;

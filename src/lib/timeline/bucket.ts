import { countBeyond, type TimelineModel } from './layout';
import { minSlope, type Lens } from './lens';
import { zoomBucket } from './scale';
import { FEW_BEYOND } from '../thresholds';

/**
 * The packing (a power of two of the fitted scale) to draw a lens with. A packing made at
 * a scale is free of overlaps wherever the screen is at least that scale, so: the zoom's
 * bucket, or, while the segments hold few events, the flattest scale on screen (below 1).
 */
export function packingBucket(m: TimelineModel, l: Lens): number {
  const [before, after] = countBeyond(m, l.left ? l.left.t1 : -Infinity, l.right ? l.right.t0 : Infinity);
  if (before + after > FEW_BEYOND) return zoomBucket(l.view.k);
  const k = minSlope(l) / l.base.s;
  return k >= 1 ? zoomBucket(k) : 2 ** Math.max(-6, Math.floor(Math.log2(k)));
}

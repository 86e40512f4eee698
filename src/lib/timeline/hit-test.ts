import { LANE_HEAD, LANE_PAD, ROW } from './constants';
import { cellKey, type Packing, type TimelineModel } from './layout';
import { markBox } from './precision';
import { lensX, type Lens } from './lens';
import { screenX, type BaseScale, type ZoomView } from './scale';

/** The lane under a vertical position (px from the plot top), or -1. */
export function laneAt(pk: Packing, y: number): number {
  const tops = pk.laneTop;
  if (y < 0 || y >= tops[tops.length - 1]!) return -1;
  let lo = 0;
  let hi = tops.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tops[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The placement under a point (plot px), or -1: the lane and row from y, then a binary
 * search along that row. Rows are packed left to right without overlap, so one search
 * suffices; rows past the cap may overlap, so a few neighbours are checked too.
 */
export function hitTest(
  m: TimelineModel,
  pk: Packing,
  b: BaseScale,
  v: ZoomView,
  x: number,
  y: number,
  accept: (eventIndex: number) => boolean = () => true,
  lens?: Lens,
): number {
  const lane = laneAt(pk, y);
  if (lane < 0) return -1;
  const row = Math.floor((y - pk.laneTop[lane]! - LANE_HEAD - LANE_PAD) / ROW);
  if (row < 0) return -1;
  const cell = pk.cells.get(cellKey(lane, row));
  if (!cell) return -1;
  const xOf = lens ? (t: number) => lensX(lens, t) : (t: number) => screenX(b, v, t);
  const boxOf = (p: number) => {
    const mk = m.marks[m.pEvent[p]!]!;
    return markBox(mk.shape, xOf(mk.t0), xOf(mk.t1));
  };
  let lo = 0;
  let hi = cell.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (boxOf(cell[mid]!).hitLeft <= x) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let best = -1;
  let bestDist = Infinity;
  for (let j = at; j >= 0 && j > at - 64; j--) {
    const p = cell[j]!;
    const box = boxOf(p);
    if (box.hitRight < x || !accept(m.pEvent[p]!)) continue;
    const dist = Math.abs((box.left + box.right) / 2 - x);
    if (dist < bestDist) {
      best = p;
      bestDist = dist;
    }
  }
  return best;
}

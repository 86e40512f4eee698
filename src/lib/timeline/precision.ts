import { DAY_MS } from '../../data/dates';
import type { Precision } from '../../data/schema';
import type { EventTime } from '../event-time';
import { HIT, MIN_BAR_PX, POINT_R, STUB_PX } from './constants';

/**
 * How a date is drawn: an exact day is a point; a week, month, year or range is a span;
 * a range with one bound missing is a stub anchored on the known bound.
 */
export type MarkShape = 'point' | 'span' | 'open-start' | 'open-end';

export interface MarkExtent {
  shape: MarkShape;
  /** Time anchor(s), ms UTC. A point sits mid-day; a stub sits on its known day's edge. */
  t0: number;
  t1: number;
  /** A span for "some time in that week/month/year" (uncertainty), not "between dates". */
  soft: boolean;
}

export function markExtent(time: EventTime, precision: Precision): MarkExtent {
  // "On or after 15 Feb" starts where 15 Feb starts; "on or before 15 Feb" ends where it ends.
  if (time.openEnd) return { shape: 'open-end', t0: time.start, t1: time.start, soft: false };
  if (time.openStart) return { shape: 'open-start', t0: time.end, t1: time.end, soft: false };
  if (time.end - time.start <= DAY_MS) {
    const mid = time.start + DAY_MS / 2;
    return { shape: 'point', t0: mid, t1: mid, soft: false };
  }
  return { shape: 'span', t0: time.start, t1: time.end, soft: precision !== 'range' };
}

export interface MarkBox {
  /** What is drawn. */
  left: number;
  right: number;
  /** What the pointer can hit: at least HIT px wide, centred on the drawing. */
  hitLeft: number;
  hitRight: number;
}

/** The horizontal box of a mark whose anchors land at x0 and x1 (px). */
export function markBox(shape: MarkShape, x0: number, x1: number): MarkBox {
  return markBoxInto({ left: 0, right: 0, hitLeft: 0, hitRight: 0 }, shape, x0, x1);
}

/** markBox written into `out`: for loops over every mark, which should not allocate. */
export function markBoxInto(out: MarkBox, shape: MarkShape, x0: number, x1: number): MarkBox {
  let left: number;
  let right: number;
  switch (shape) {
    case 'point':
      left = x0 - POINT_R;
      right = x0 + POINT_R;
      break;
    case 'span':
      left = x0;
      right = Math.max(x1, x0 + MIN_BAR_PX);
      break;
    case 'open-end':
      left = x0;
      right = x0 + STUB_PX;
      break;
    case 'open-start':
      left = x0 - STUB_PX;
      right = x0;
      break;
  }
  const grow = Math.max(0, HIT - (right - left)) / 2;
  out.left = left;
  out.right = right;
  out.hitLeft = left - grow;
  out.hitRight = right + grow;
  return out;
}

/** How far (px) a mark's hit box can reach beyond its time anchors, for window queries. */
export const MAX_OVERHANG_PX = STUB_PX + HIT;

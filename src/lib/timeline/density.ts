import { DAY_MS } from '../../data/dates';
import type { TimelineModel } from './layout';

/**
 * How many events touch each of `bins` equal slices of [t0, t1): the overview strip's
 * histogram. Open bounds count only on their known day, never on an invented span.
 */
export function densityBins(
  m: TimelineModel,
  t0: number,
  t1: number,
  bins: number,
  include: (eventIndex: number) => boolean = () => true,
): Uint32Array {
  const out = new Uint32Array(Math.max(1, bins));
  const w = (t1 - t0) / out.length;
  m.marks.forEach((mk, e) => {
    if (!include(e)) return;
    const a = Math.floor((mk.t0 - t0) / w);
    const z = Math.floor((Math.max(mk.t0, mk.t1 - 1) - t0) / w);
    for (let i = Math.max(0, a); i <= Math.min(out.length - 1, z); i++) out[i]!++;
  });
  return out;
}

export interface Stretch {
  from: number;
  to: number;
  count: number;
}

/**
 * The busiest stretch: the window of `windowMs` in which the most events start, counting
 * only events no longer than the window (long ranges would make every window look busy),
 * trimmed to the events it holds. Null when no window holds more than one. O(n log n).
 */
export function busiestStretch(m: TimelineModel, windowMs: number): Stretch | null {
  const items: [number, number][] = [];
  for (const mk of m.marks) {
    // A stub stands for its known day only.
    const a = mk.shape === 'open-start' ? mk.t0 - DAY_MS : mk.t0;
    const z = mk.shape === 'open-end' ? mk.t0 + DAY_MS : mk.t1;
    if (z - a <= windowMs) items.push([a, z]);
  }
  items.sort((p, q) => p[0] - q[0]);
  let bestI = -1;
  let bestJ = -1;
  for (let i = 0, j = 0; i < items.length; i++) {
    while (j < items.length && items[j]![0] < items[i]![0] + windowMs) j++;
    if (j - i > 1 && j - i > bestJ - bestI) [bestI, bestJ] = [i, j];
  }
  if (bestI < 0) return null;
  let to = -Infinity;
  for (let k = bestI; k < bestJ; k++) to = Math.max(to, items[k]![1]);
  // Whole days: a stretch is read as dates.
  return { from: Math.floor(items[bestI]![0] / DAY_MS) * DAY_MS, to: Math.ceil(to / DAY_MS) * DAY_MS, count: bestJ - bestI };
}

/**
 * The histogram of `bins` (drawn `width` px wide, bars rising from the bottom of `height`)
 * as one SVG path of bars, each a hair narrower than its bin; '' when every bin is empty.
 */
export function histogramPath(bins: Uint32Array, max: number, width: number, height: number): string {
  const bw = width / bins.length;
  const barW = Math.max(1, bw - 0.5);
  const round = (v: number) => Math.round(v * 100) / 100;
  let d = '';
  bins.forEach((n, i) => {
    if (!n) return;
    const h = (n / max) * (height - 3);
    d += `M${round(i * bw)} ${round(height - h)}h${round(barW)}v${round(h)}h${round(-barW)}z`;
  });
  return d;
}

/**
 * The first view's stretch: the busiest window a fortieth of the record long (a week to six
 * months), so a decade opens on its busiest season and a fortnight's record on its busiest days.
 */
export function firstStretch(m: TimelineModel, extent: readonly [number, number]): Stretch | null {
  const span = extent[1] - extent[0];
  return busiestStretch(m, Math.min(180 * DAY_MS, Math.max(7 * DAY_MS, span / 40)));
}

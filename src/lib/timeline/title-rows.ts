import { ROW } from './constants';
import { cellKey, placementY, type Packing, type TimelineModel } from './layout';
import { lensX, type Lens } from './lens';
import { markBox, markBoxInto } from './precision';
import type { TitleItem, TitleRow } from './titles';

/** Marks this far past the plot's edges still bound a title's room. */
const MARGIN = 64;

export interface TitleRowsInput {
  /** Events whose marks are drawn (model indices): in the filters or faint. */
  drawn: ArrayLike<number>;
  /** 1 for the events in the filters: only they are offered titles. */
  wanted: Uint8Array;
  /** The rows on screen: plot y of the scroller's top, and its height. */
  top: number;
  height: number;
}

/**
 * The marks on screen, row by row, as title-placement input: every drawn mark is an
 * obstacle; an event in the filters asks for a title in its first row (in actor lanes, its
 * other rows only get the connector). O(drawn placements).
 */
export function titleRows(m: TimelineModel, pk: Packing, lens: Lens, input: TitleRowsInput): TitleRow[] {
  const w = lens.base.width;
  const lo = input.top - ROW;
  const hi = input.top + input.height + ROW;
  const rows = new Map<number, { y: number; items: TitleItem[] }>();
  const box = markBox('point', 0, 0);
  for (let i = 0; i < input.drawn.length; i++) {
    const e = input.drawn[i]!;
    const mk = m.marks[e]!;
    markBoxInto(box, mk.shape, lensX(lens, mk.t0), lensX(lens, mk.t1));
    if (box.right < -MARGIN || box.left > w + MARGIN) continue;
    const first = m.first[e]!;
    for (let p = first; p < m.first[e + 1]!; p++) {
      const y = placementY(m, pk, p);
      if (y < lo || y > hi) continue;
      const key = cellKey(m.pLane[p]!, pk.rows[p]!);
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { y, items: [] }));
      row.items.push({
        e,
        left: box.left,
        right: box.right,
        wants: p === first && input.wanted[e] === 1 && box.right > 0 && box.left < w,
        inside: mk.shape === 'span',
      });
    }
  }
  return [...rows.keys()].sort((a, b) => a - b).map((k) => rows.get(k)!);
}

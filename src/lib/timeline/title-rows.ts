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
  /**
   * Screen spans where no title goes (a compressed segment crowded with marks): their marks
   * are skipped, and each span is one obstacle in every row instead.
   */
  blocked?: readonly (readonly [number, number])[];
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
  const blocked = input.blocked ?? [];
  const hidden = () => blocked.some(([a, z]) => box.left >= a && box.right <= z);
  for (let i = 0; i < input.drawn.length; i++) {
    const e = input.drawn[i]!;
    const mk = m.marks[e]!;
    const first = m.first[e]!;
    let boxed = false;
    for (let p = first; p < m.first[e + 1]!; p++) {
      const y = placementY(m, pk, p);
      if (y < lo || y > hi) continue;
      // Rows off screen cost nothing more; the box is worked out once, for the first row on screen.
      if (!boxed) {
        markBoxInto(box, mk.shape, lensX(lens, mk.t0), lensX(lens, mk.t1));
        boxed = true;
        if (box.right < -MARGIN || box.left > w + MARGIN || hidden()) break;
      }
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
  for (const row of rows.values()) for (const [a, z] of blocked) row.items.push({ e: -1, left: a, right: z, wants: false, inside: false });
  return [...rows.keys()].sort((a, b) => a - b).map((k) => rows.get(k)!);
}

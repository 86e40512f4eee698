/**
 * Where the titles go. A title sits in its mark's row, beside the mark: to its right, inside
 * it (a span wide enough), or to its left; shortened with an ellipsis where only part fits
 * (never below `min`, the first 20 characters), else left to hover and focus. Titles never
 * overlap each other, nor a mark. The selected and the hovered event come first and always
 * get theirs ("forced", drawn above the rest, if need be over marks).
 *
 * Computed from positions before anything is drawn (scales, then positions, then marks), in
 * one fixed order — priority, then left to right — and with a fixed order of candidates, so the same
 * positions always give the same titles and a small zoom changes nothing that still fits.
 * Cost: a sort of each row's marks and a binary search per title.
 */

export interface TitleItem {
  /** The event (model index). */
  e: number;
  /** Its drawn mark on screen, px. */
  left: number;
  right: number;
  /** Offered a title (in the filters, its first placement, on screen); else only an obstacle. */
  wants: boolean;
  /** A span: its inside may hold its title. */
  inside: boolean;
}

export interface TitleRow {
  /** Row centre, px from the plot top. */
  y: number;
  items: readonly TitleItem[];
}

export interface TitleSizes {
  /** Width of the whole title's box, px. */
  full: (e: number) => number;
  /** Width of the shortest allowed box (the first 20 characters and an ellipsis), px. */
  min: (e: number) => number;
  /**
   * A cheap lower bound of `min` (no measuring): with less room than this a title is left
   * out before it is measured, so thousands of crowded marks cost no text measurement.
   */
  atLeast?: (e: number) => number;
}

export interface TitleOptions {
  /** Plot width, px. */
  width: number;
  /** Events whose titles always show, most important first: the selected, then the hovered. */
  priority?: readonly number[];
}

export type TitleSide = 'right' | 'inside' | 'left';

export interface PlacedTitle {
  e: number;
  y: number;
  /** The title's box, px. */
  x: number;
  w: number;
  side: TitleSide;
  /** The whole title fits; otherwise it is shortened to the box. */
  full: boolean;
  /** A priority title that found no free place: drawn above whatever it covers. */
  forced: boolean;
}

/** Between a title and its own mark. */
const TITLE_PAD = 4;
/** Between a title and any other title or mark. */
export const TITLE_GAP = 8;
/** Kept clear at the plot's edges. */
export const TITLE_EDGE = 2;

interface Span {
  l: number;
  r: number;
}

/** Titles placed in one row, kept sorted by left edge (they never overlap). */
class RowTitles {
  readonly list: Span[] = [];

  /** First title whose left edge is at or past x. */
  private after(x: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid]!.l < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Free room from `a` rightwards, up to `limit`: 0 when a title covers a. */
  roomRight(a: number, limit: number): number {
    const j = this.after(a);
    const prev = this.list[j - 1];
    if (prev && prev.r + TITLE_GAP > a) return 0;
    const next = this.list[j];
    return Math.max(0, Math.min(limit, next ? next.l - TITLE_GAP : Infinity) - a);
  }

  /** Free room from `b` leftwards, down to `limit`. */
  roomLeft(b: number, limit: number): number {
    const j = this.after(b);
    // A title just right of b (a forced one over the next mark) leaves no room either.
    const next = this.list[j];
    if (next && next.l < b + TITLE_GAP) return 0;
    const prev = this.list[j - 1];
    if (prev && prev.r + TITLE_GAP > b) return 0;
    return Math.max(0, b - Math.max(limit, prev ? prev.r + TITLE_GAP : -Infinity));
  }

  add(l: number, r: number) {
    this.list.splice(this.after(l), 0, { l, r });
  }
}

export function placeTitles(rows: readonly TitleRow[], sizes: TitleSizes, opts: TitleOptions): PlacedTitle[] {
  const out: PlacedTitle[] = [];
  const rank = new Map<number, number>();
  (opts.priority ?? []).forEach((e, i) => {
    if (!rank.has(e)) rank.set(e, i);
  });
  const maxX = opts.width - TITLE_EDGE;
  for (const row of rows) {
    const items = [...row.items].sort((p, q) => p.left - q.left || p.e - q.e);
    const n = items.length;
    // Before item i, the furthest any mark reaches to the right.
    const reach = new Float64Array(n + 1);
    reach[0] = -Infinity;
    for (let i = 0; i < n; i++) reach[i + 1] = Math.max(reach[i]!, items[i]!.right);
    // Priority first, in its order; then left to right. Left to right, a title placed earlier
    // lies left of the next mark, so whether a right-hand title fits depends on the marks alone:
    // a zoom that widens the gaps cannot flip it (a left-hand title of a later mark, placed
    // first, could take the room an earlier mark's right-hand title needs).
    const first: number[] = [];
    const rest: number[] = [];
    for (let i = 0; i < n; i++) if (items[i]!.wants) (rank.has(items[i]!.e) ? first : rest).push(i);
    first.sort((i, j) => rank.get(items[i]!.e)! - rank.get(items[j]!.e)!);
    const order = first.length ? [...first, ...rest] : rest;
    const titles = new RowTitles();

    for (const i of order) {
      const it = items[i]!;
      const nextLeft = i + 1 < n ? items[i + 1]!.left : Infinity;
      // Right: from the mark to the next mark (none may start before the title does).
      const a = Math.max(it.right + TITLE_PAD, TITLE_EDGE);
      const rightRoom = reach[i]! + TITLE_GAP > a ? 0 : titles.roomRight(a, Math.min(maxX, nextLeft - TITLE_GAP));
      // Left: back to the furthest reach of the marks before it.
      const b = Math.min(it.left - TITLE_PAD, maxX);
      // (A mark starting with this one, or just after, leaves no gap on the left either.)
      const leftRoom = b > TITLE_EDGE && nextLeft >= b + TITLE_GAP ? titles.roomLeft(b, Math.max(TITLE_EDGE, reach[i]! + TITLE_GAP)) : 0;
      // Inside: a span that no other mark enters.
      const ia = Math.max(it.left, TITLE_EDGE) + TITLE_PAD;
      const ib = Math.min(it.right, maxX) - TITLE_PAD;
      const clear = it.inside && reach[i]! + TITLE_GAP <= it.left && nextLeft >= it.right + TITLE_GAP;
      const insideRoom = clear && ib > ia ? titles.roomRight(ia, ib) : 0;

      const best = Math.max(rightRoom, insideRoom, leftRoom);
      if (!rank.has(it.e) && sizes.atLeast && best < sizes.atLeast(it.e)) continue;
      const full = sizes.full(it.e);
      const min = Math.min(full, sizes.min(it.e));
      let placed: PlacedTitle | null = null;
      const at = (side: TitleSide, w: number, forced = false): PlacedTitle => ({
        e: it.e,
        y: row.y,
        x: side === 'left' ? b - w : side === 'right' ? a : ia,
        w,
        side,
        full: w >= full,
        forced,
      });
      if (rightRoom >= full) placed = at('right', full);
      else if (insideRoom >= full) placed = at('inside', full);
      else if (leftRoom >= full) placed = at('left', full);
      // Shortened: in the same order of sides, not the roomiest (which a small zoom could flip).
      else if (rightRoom >= min) placed = at('right', rightRoom);
      else if (insideRoom >= min) placed = at('inside', insideRoom);
      else if (leftRoom >= min) placed = at('left', leftRoom);
      if (!placed && rank.has(it.e)) {
        // A priority title takes the side with more room, marks or not; only titles stop it.
        const r = a < maxX ? titles.roomRight(a, maxX) : 0;
        const l = b > TITLE_EDGE ? titles.roomLeft(b, TITLE_EDGE) : 0;
        const w = Math.min(full, Math.max(r, l));
        if (w > 0) placed = at(r >= l ? 'right' : 'left', w, true);
      }
      if (placed) {
        titles.add(placed.x, placed.x + placed.w);
        out.push(placed);
      }
    }
  }
  // Time order, the forced ones last so that they are drawn above the rest.
  return out.sort((p, q) => Number(p.forced) - Number(q.forced) || p.e - q.e || p.y - q.y);
}

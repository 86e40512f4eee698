import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeTitles, TITLE_EDGE, TITLE_GAP, type PlacedTitle, type TitleItem, type TitleRow } from './titles';

const W = 600;
/** Test sizes: 6 px a character plus 6 px of padding; the shortest allowed is 20 characters. */
const chars = new Map<number, number>();
const sizes = {
  full: (e: number) => (chars.get(e) ?? 40) * 6 + 6,
  min: (e: number) => Math.min(chars.get(e) ?? 40, 20) * 6 + 6 + 6,
};
const item = (e: number, left: number, right = left + 12, o: Partial<TitleItem> = {}): TitleItem => ({ e, left, right, wants: true, inside: false, ...o });
const row = (...items: TitleItem[]): TitleRow => ({ y: 12, items });
const byE = (ts: PlacedTitle[]) => new Map(ts.map((t) => [t.e, t]));

describe('placeTitles', () => {
  it('puts a title to the right of its mark when it fits', () => {
    const [t] = placeTitles([row(item(1, 100))], sizes, { width: W });
    expect(t).toMatchObject({ e: 1, x: 116, w: 246, side: 'right', full: true, forced: false });
  });

  it('goes inside a wide span, then to the left, when the right is taken', () => {
    const spans = placeTitles([row(item(1, 50, 400, { inside: true }), item(2, 410, 422))], sizes, { width: W });
    expect(byE(spans).get(1)).toMatchObject({ side: 'inside', x: 54, full: true });
    const left = placeTitles([row(item(1, 20, 32, { wants: false }), item(2, 300, 312), item(3, 330, 342))], sizes, { width: 360 });
    expect(byE(left).get(2)).toMatchObject({ side: 'left', x: 296 - 246, full: true });
  });

  it('shortens a title that does not fit, keeping at least 20 characters, else leaves it to hover', () => {
    chars.set(1, 60);
    const short = placeTitles([row(item(1, 0), item(2, 200))], sizes, { width: W });
    const t = byE(short).get(1)!;
    expect(t.full).toBe(false);
    expect(t.w).toBe(200 - TITLE_GAP - 16);
    expect(t.w).toBeGreaterThanOrEqual(sizes.min(1));
    // Room for fewer than 20 characters: no title, the mark stays.
    const none = placeTitles([row(item(1, 0), item(2, 120))], sizes, { width: 180 });
    expect(byE(none).has(1)).toBe(false);
    chars.clear();
  });

  it('gives the selected and the hovered event their titles first, even over marks', () => {
    const crowded = row(item(1, 100), item(2, 130), item(3, 160));
    expect(placeTitles([crowded], sizes, { width: 400 }).map((t) => t.e)).toEqual([3]);
    const picked = byE(placeTitles([crowded], sizes, { width: 400, priority: [2, 1] }));
    expect(picked.get(2)).toMatchObject({ forced: true, side: 'right' });
    // Without a place of its own, the hovered one takes the other side of its mark.
    expect(picked.get(1)).toMatchObject({ forced: true, side: 'left' });
    expect(picked.has(3)).toBe(false);
    // Forced titles are listed last, to be drawn above the rest.
    const all = placeTitles([crowded, { y: 40, items: [item(9, 0)] }], sizes, { width: 400, priority: [2] });
    expect(all[all.length - 1]!.e).toBe(2);
  });

  it('depends on positions only: the same marks in any order give the same titles', () => {
    const items = [item(4, 300), item(1, 0), item(3, 220, 260, { inside: true }), item(2, 90)];
    const a = placeTitles([row(...items)], sizes, { width: W });
    const b = placeTitles([row(...[...items].reverse())], sizes, { width: W });
    expect(b).toEqual(a);
  });

  it('offers no title to a mark that only bounds the others', () => {
    const ts = placeTitles([row(item(1, 0), item(2, 300, 312, { wants: false }))], sizes, { width: W });
    expect(ts.map((t) => t.e)).toEqual([1]);
    expect(ts[0]!.x + ts[0]!.w).toBeLessThanOrEqual(300 - TITLE_GAP);
  });

  const scenes = fc
    .record({
      width: fc.integer({ min: 200, max: 1400 }),
      rows: fc.array(
        fc.array(
          fc.record({
            left: fc.integer({ min: -300, max: 1500 }),
            len: fc.oneof(fc.constant(12), fc.integer({ min: 6, max: 600 })),
            wants: fc.boolean(),
            chars: fc.integer({ min: 4, max: 90 }),
          }),
          { maxLength: 14 },
        ),
        { minLength: 1, maxLength: 4 },
      ),
      priority: fc.array(fc.nat(60), { maxLength: 2 }),
    })
    .map(({ width, rows, priority }) => {
      let e = 0;
      const len = new Map<number, number>();
      const built: TitleRow[] = rows.map((items, r) => ({
        y: 12 + 24 * r,
        items: items.map((it) => {
          len.set(e, it.chars);
          return { e: e++, left: it.left, right: it.left + it.len, wants: it.wants, inside: it.len > 12 };
        }),
      }));
      return { width, rows: built, priority, len };
    });

  it('never overlaps two titles, nor a title and another mark; keeps to the plot and to ≥ 20 characters', () => {
    fc.assert(
      fc.property(scenes, ({ width, rows, priority, len }) => {
        const sz = { full: (e: number) => len.get(e)! * 6 + 6, min: (e: number) => Math.min(len.get(e)!, 20) * 6 + 12 };
        const placed = placeTitles(rows, sz, { width, priority });
        const itemOf = new Map(rows.flatMap((r) => r.items.map((it) => [it.e, { it, y: r.y }] as const)));
        for (const t of placed) {
          const { it, y } = itemOf.get(t.e)!;
          expect(it.wants).toBe(true);
          expect(t.y).toBe(y);
          expect(t.x).toBeGreaterThanOrEqual(TITLE_EDGE - 1e-9);
          expect(t.x + t.w).toBeLessThanOrEqual(width - TITLE_EDGE + 1e-9);
          expect(t.w).toBeLessThanOrEqual(sz.full(t.e));
          expect(t.full).toBe(t.w >= sz.full(t.e));
          if (t.forced) {
            expect(priority).toContain(t.e);
            continue;
          }
          expect(t.w).toBeGreaterThanOrEqual(Math.min(sz.full(t.e), sz.min(t.e)));
          if (t.side === 'inside') expect(t.x >= it.left && t.x + t.w <= it.right).toBe(true);
          for (const r of rows)
            if (r.y === y)
              for (const o of r.items)
                if (o.e !== t.e) expect(t.x + t.w + TITLE_GAP <= o.left + 1e-9 || o.right + TITLE_GAP <= t.x + 1e-9).toBe(true);
        }
        for (const p of placed)
          for (const q of placed)
            if (p !== q && p.y === q.y) expect(p.x + p.w + TITLE_GAP <= q.x + 1e-9 || q.x + q.w + TITLE_GAP <= p.x + 1e-9).toBe(true);
        // The first priority event always gets its title when its mark has a side to put it.
        const first = priority.find((e) => itemOf.get(e)?.it.wants);
        if (first !== undefined) {
          const { it } = itemOf.get(first)!;
          if (it.right + 8 < width - 4 || it.left - 8 > 4) expect(placed.some((t) => t.e === first)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  // Found by an unseeded run: the selected event's title, forced to the left of its mark over the
  // mark before it, left that mark's own left-hand title 7 px from it (the gap is 8).
  it('a left-hand title keeps its gap to a forced title just right of it', () => {
    const len = new Map([[0, 4], [1, 4]]);
    const sz = { full: (e: number) => len.get(e)! * 6 + 6, min: (e: number) => Math.min(len.get(e)!, 20) * 6 + 12 };
    const placed = placeTitles([row(item(0, 159, 165), item(1, 122, 134))], sz, { width: 200, priority: [0] });
    const t = byE(placed);
    expect(t.get(0)).toMatchObject({ side: 'left', forced: true, x: 125 });
    const other = t.get(1);
    if (other) expect(other.x + other.w + TITLE_GAP).toBeLessThanOrEqual(125);
  });

  it('zooming in keeps whole titles whole and on their side, while the plot’s edge leaves them room', () => {
    fc.assert(
      fc.property(scenes, fc.double({ min: 1, max: 1.5, noNaN: true }), ({ width, rows, len }, zoom) => {
        const sz = { full: (e: number) => len.get(e)! * 6 + 6, min: (e: number) => Math.min(len.get(e)!, 20) * 6 + 12 };
        const at = (k: number) =>
          rows.map((r) => ({
            y: r.y,
            items: r.items.map((it) => ({ ...it, left: width / 2 + (it.left - width / 2) * k, right: width / 2 + (it.right - width / 2) * k })),
          }));
        const inside = (rs: TitleRow[]) => rs.every((r) => r.items.every((it) => it.left >= 0 && it.right <= width));
        const before = at(1);
        const after = at(zoom);
        fc.pre(inside(after));
        const a = byE(placeTitles(before, sz, { width }));
        const b = byE(placeTitles(after, sz, { width }));
        const moved = new Map(after.flatMap((r) => r.items.map((it) => [it.e, it] as const)));
        for (const [e, t] of a) {
          if (!t.full || t.side !== 'right' || t.forced) continue;
          if (moved.get(e)!.right + 4 + t.w > width - TITLE_EDGE - 1) continue;
          expect(b.get(e)).toMatchObject({ full: true, side: 'right' });
        }
      }),
      // Seeded so every run checks the same 300 scenes; the case below is one a random run found.
      { numRuns: 300, seed: 20250215 },
    );
  });

  // Found by an unseeded run (seed -631405143): at a zoom of 1.1 the right-hand mark's title no
  // longer fits before the plot's edge and moved to its left, where it took the room of the
  // left-hand mark's title, which then flipped too. Titles are now placed left to right.
  it('a title pushed off the edge does not flip its neighbour’s whole right-hand title', () => {
    const len = new Map([[0, 4], [1, 4]]);
    const width = 200;
    const sz = { full: (e: number) => len.get(e)! * 6 + 6, min: (e: number) => Math.min(len.get(e)!, 20) * 6 + 12 };
    const rows = (k: number): TitleRow[] => [
      {
        y: 12,
        items: [
          { e: 0, left: 100 + (152 - 100) * k, right: 100 + (158 - 100) * k, wants: true, inside: false },
          { e: 1, left: 100 + (72 - 100) * k, right: 100 + (84 - 100) * k, wants: true, inside: false },
        ],
      },
    ];
    const a = byE(placeTitles(rows(1), sz, { width }));
    const b = byE(placeTitles(rows(1.1034482758620694), sz, { width }));
    expect(a.get(0)).toMatchObject({ full: true, side: 'right' });
    expect(a.get(1)).toMatchObject({ full: true, side: 'right' });
    // Mark 0's right side now ends 3e-14 px past the edge: its title may go, mark 1's stays.
    expect(b.get(1)).toMatchObject({ full: true, side: 'right' });
  });
});

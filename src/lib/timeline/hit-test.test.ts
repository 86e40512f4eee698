import { describe, expect, it } from 'vitest';
import { LANE_HEAD } from './constants';
import { hitTest, laneAt } from './hit-test';
import { buildModel, MAX_ROWS, pack, placementY } from './layout';
import { markBox } from './precision';
import { viewForFocus } from './lens';
import { baseScale, pxPerMs, screenX, zoomBucket } from './scale';
import { shippedIndex, syntheticIndex } from './test-fixtures';

describe('hitTest', () => {
  const index = shippedIndex();
  const m = buildModel(index, 'side');
  const b = baseScale(index.extent, 560);
  const v = viewForFocus(b, Date.UTC(2025, 1, 10), Date.UTC(2025, 1, 24), index.extent, 32, 0);
  const pk = pack(m, pxPerMs(b, zoomBucket(v.k)), MAX_ROWS.side);

  const centreOf = (id: string) => {
    const e = m.indexOf.get(id)!;
    const mk = m.marks[e]!;
    const box = markBox(mk.shape, screenX(b, v, mk.t0), screenX(b, v, mk.t1));
    return [(box.left + box.right) / 2, placementY(m, pk, m.first[e]!)] as const;
  };

  it('finds the event under a mark', () => {
    for (const id of ['rubio-lavrov-call', 'agreement-restore-dialogue', 'saudi-arabia-talks-planned', 'trump-putin-meeting-planned']) {
      const [x, y] = centreOf(id);
      expect(m.ids[m.pEvent[hitTest(m, pk, b, v, x, y)]!]).toBe(id);
    }
  });

  it('finds nothing between rows, in a lane’s label strip or outside the plot', () => {
    const [x, y] = centreOf('rubio-lavrov-call');
    expect(hitTest(m, pk, b, v, x, pk.laneTop[0]! + LANE_HEAD / 2)).toBe(-1);
    expect(hitTest(m, pk, b, v, x, -5)).toBe(-1);
    expect(hitTest(m, pk, b, v, x, pk.laneTop[pk.laneTop.length - 1]! + 5)).toBe(-1);
    expect(hitTest(m, pk, b, v, 2, y)).toBe(-1);
  });

  it('skips events the caller does not accept (those outside the filters)', () => {
    const [x, y] = centreOf('rubio-lavrov-call');
    expect(hitTest(m, pk, b, v, x, y, (e) => m.ids[e] !== 'rubio-lavrov-call')).toBe(-1);
  });

  it('agrees with where 10,000 events are drawn', () => {
    const big = syntheticIndex(10_000, 5);
    const mb = buildModel(big, 'side');
    const bb = baseScale(big.extent, 1200);
    const vb = { k: 32, x: -20_000 };
    const boxOf = (p: number) => {
      const mk = mb.marks[mb.pEvent[p]!]!;
      return markBox(mk.shape, screenX(bb, vb, mk.t0), screenX(bb, vb, mk.t1));
    };
    // Uncapped rows: nothing overlaps, so the hit is exactly the mark under the point.
    const exact = pack(mb, pxPerMs(bb, 32), 4000);
    for (let p = 0; p < mb.pEvent.length; p += 97) {
      const box = boxOf(p);
      expect(hitTest(mb, exact, bb, vb, (box.left + box.right) / 2, placementY(mb, exact, p))).toBe(p);
    }
    // Capped rows overlap where the cap bites: the hit is still a mark under the point.
    const capped = pack(mb, pxPerMs(bb, 32), MAX_ROWS.side);
    expect(capped.overflow.some(Boolean)).toBe(true);
    for (let p = 0; p < mb.pEvent.length; p += 97) {
      const box = boxOf(p);
      const x = (box.left + box.right) / 2;
      const y = placementY(mb, capped, p);
      const hit = hitTest(mb, capped, bb, vb, x, y);
      expect(hit).toBeGreaterThanOrEqual(0);
      expect(placementY(mb, capped, hit)).toBe(y);
      expect(boxOf(hit).hitLeft).toBeLessThanOrEqual(x);
      expect(boxOf(hit).hitRight).toBeGreaterThanOrEqual(x);
    }
  });
});

describe('laneAt', () => {
  it('finds the lane by binary search on lane tops', () => {
    const index = shippedIndex();
    const m = buildModel(index, 'actor');
    const b = baseScale(index.extent, 560);
    const pk = pack(m, pxPerMs(b, 1), MAX_ROWS.actor);
    for (let l = 0; l < m.lanes.length; l++) {
      expect(laneAt(pk, pk.laneTop[l]!)).toBe(l);
      expect(laneAt(pk, pk.laneTop[l + 1]! - 0.5)).toBe(l);
    }
  });
});

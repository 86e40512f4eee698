import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../data/integrity';
import { GAP } from './constants';
import { buildModel, cellKey, createPacker, eventsInRange, MAX_ROWS, pack, placementY, type TimelineModel, type Packing } from './layout';
import { eventSides } from './lanes';
import { markBox } from './precision';
import { baseScale, pxPerMs } from './scale';
import { syntheticDataset } from './synthetic';
import { shippedIndex, syntheticIndex } from './test-fixtures';

const index = shippedIndex();

/** Every pair of placements in one lane row, checked for overlapping targets at scale s. */
function overlaps(m: TimelineModel, pk: Packing, s: number): string[] {
  const bad: string[] = [];
  for (const [key, cell] of pk.cells) {
    const boxes = [...cell].filter((p) => !pk.overflow[p]).map((p) => {
      const mk = m.marks[m.pEvent[p]!]!;
      return { p, ...markBox(mk.shape, mk.t0 * s, mk.t1 * s) };
    });
    boxes.sort((a, b) => a.hitLeft - b.hitLeft);
    for (let i = 1; i < boxes.length; i++)
      if (boxes[i]!.hitLeft < boxes[i - 1]!.hitRight + GAP - 1e-6) bad.push(`${key}: ${boxes[i - 1]!.p} / ${boxes[i]!.p}`);
  }
  return bad;
}

describe('buildModel', () => {
  it('draws each event once in side lanes, in its lead side’s lane, with all its sides', () => {
    const m = buildModel(index, 'side');
    expect(m.pEvent.length).toBe(index.events.length);
    const call = m.indexOf.get('rubio-lavrov-call')!;
    expect(m.first[call + 1]! - m.first[call]!).toBe(1);
    expect(m.lanes[m.pLane[m.first[call]!]!]!.id).toBe('us');
    expect(m.sides[call]).toEqual(['us', 'ru']);
  });

  it('gives an event one placement per distinct actor in actor lanes', () => {
    const m = buildModel(index, 'actor');
    const call = m.indexOf.get('rubio-lavrov-call')!;
    const lanes = Array.from(m.pLane.slice(m.first[call]!, m.first[call + 1]!), (l) => m.lanes[l]!.id);
    expect(lanes.sort()).toEqual(index.eventById.get('rubio-lavrov-call')!.actors.map((a) => a.id).sort());
  });

  it('gives every event the sides eventSides names, sharing one array per list', () => {
    for (const ix of [index, syntheticIndex(3000, 5)]) {
      const sideOf = (id: string) => ix.actorById.get(id)?.side ?? 'other';
      const m = buildModel(ix, 'side');
      ix.events.forEach((ev, e) => expect(m.sides[e]).toEqual(eventSides(ev, sideOf)));
      const distinct = new Set(m.sides);
      expect(new Set(m.sides.map((s) => s.join())).size).toBe(distinct.size);
    }
  });

  it('numbers each placement’s look: its shape, plan, certainty and colours', () => {
    const big = syntheticIndex(3000, 6);
    for (const mode of ['side', 'actor'] as const) {
      const m = buildModel(big, mode);
      for (let p = 0; p < m.pEvent.length; p++) {
        const e = m.pEvent[p]!;
        const style = m.styles[m.pStyle[p]!]!;
        expect(style).toEqual({
          shape: m.marks[e]!.shape,
          soft: m.marks[e]!.shape === 'span' && m.marks[e]!.soft,
          planned: m.planned[e] === 1,
          sides: m.pSides[p],
        });
      }
      // Bounded by the combinations, not by the events: ≤ 16 looks per list of sides.
      expect(m.styles.length).toBeLessThanOrEqual(16 * new Set(m.pSides).size);
      expect(m.styles.length).toBeLessThan(m.pEvent.length / 4);
      expect(new Set(m.styles.map((s) => JSON.stringify(s))).size).toBe(m.styles.length);
    }
  });

  it('keeps events in the index’s time order and marks plans', () => {
    const m = buildModel(index, 'side');
    expect(m.ids).toEqual(index.events.map((e) => e.id));
    expect(m.planned[m.indexOf.get('saudi-arabia-talks-planned')!]).toBe(1);
    expect(m.planned[m.indexOf.get('rubio-lavrov-call')!]).toBe(0);
  });
});

describe('pack (stacking)', () => {
  const b = baseScale(index.extent, 560);

  for (const mode of ['side', 'actor'] as const) {
    it(`never overlaps two targets in a ${mode} lane row, at its zoom and deeper`, () => {
      const m = buildModel(index, mode);
      for (const k of [1, 2, 8, 64, 512]) {
        const pk = pack(m, pxPerMs(b, k), 99);
        expect(overlaps(m, pk, pxPerMs(b, k))).toEqual([]);
        expect(overlaps(m, pk, pxPerMs(b, k * 1.99))).toEqual([]);
      }
    });
  }

  it('stacks the events of one busy day in separate rows', () => {
    const m = buildModel(index, 'side');
    const pk = pack(m, pxPerMs(b, 256), MAX_ROWS.side);
    const sameDay = ['rubio-lavrov-call', 'agreement-restore-dialogue', 'agreement-communication-line'].map((id) => m.first[m.indexOf.get(id)!]!);
    const ys = sameDay.map((p) => placementY(m, pk, p));
    expect(new Set(ys).size).toBe(3);
  });

  it('uses fewer rows as the zoom separates events', () => {
    const m = buildModel(index, 'side');
    const rows = (k: number) => pack(m, pxPerMs(b, k), 99).laneRows[0]!;
    expect(rows(1)).toBeGreaterThan(rows(512));
    expect(rows(512)).toBeGreaterThan(1);
  });

  it('caps the rows of a lane and flags what had to share a row', () => {
    const m = buildModel(index, 'side');
    const pk = pack(m, pxPerMs(b, 1), 3);
    expect(Math.max(...pk.laneRows)).toBe(3);
    expect(pk.overflow.reduce((a, c) => a + c, 0)).toBeGreaterThan(0);
    const lanes = pk.laneTop;
    for (let i = 1; i < lanes.length; i++) expect(lanes[i]!).toBeGreaterThan(lanes[i - 1]!);
  });

  it('files every placement in the cell of its lane and row', () => {
    const m = buildModel(index, 'actor');
    const pk = pack(m, pxPerMs(b, 4), MAX_ROWS.actor);
    let total = 0;
    for (const [key, cell] of pk.cells) {
      total += cell.length;
      for (const p of cell) expect(cellKey(m.pLane[p]!, pk.rows[p]!)).toBe(key);
    }
    expect(total).toBe(m.pEvent.length);
  });

  it('keeps room for each title beside its mark while rows are free, and never overlaps marks for it', () => {
    const big = syntheticIndex(3000, 9);
    for (const ix of [index, big]) {
      const m = buildModel(ix, 'side');
      const reserve = Float64Array.from(ix.events, (_, e) => 60 + (e % 7) * 40);
      for (const k of [1, 64]) {
        const s = pxPerMs(baseScale(ix.extent, 560), k);
        const pk = pack(m, s, MAX_ROWS.side, reserve);
        expect(overlaps(m, pk, s)).toEqual([]);
        // In a lane that did not use all its rows, a mark and the room after it are its row's own.
        for (const cell of pk.cells.values()) {
          const list = [...cell].sort((p, q) => p - q).map((p) => ({ p, ...markBox(m.marks[m.pEvent[p]!]!.shape, m.marks[m.pEvent[p]!]!.t0 * s, m.marks[m.pEvent[p]!]!.t1 * s) }));
          list.sort((x, y) => x.hitLeft - y.hitLeft);
          const lane = m.pLane[list[0]!.p]!;
          if (pk.laneRows[lane]! >= MAX_ROWS.side) continue;
          for (let i = 1; i < list.length; i++)
            expect(list[i]!.hitLeft).toBeGreaterThanOrEqual(list[i - 1]!.hitRight + reserve[m.pEvent[list[i - 1]!.p]!]! + GAP - 1e-6);
        }
      }
    }
  });

  it('packs each zoom bucket once', () => {
    const m = buildModel(index, 'side');
    const packer = createPacker(m, b.s, MAX_ROWS.side);
    expect(packer(4)).toBe(packer(4));
    expect(packer(4)).not.toBe(packer(8));
  });
});

describe('eventsInRange (virtualisation)', () => {
  it('finds exactly the events whose marks reach into a window', () => {
    const m = buildModel(syntheticIndex(600, 7), 'side');
    const lo = m.sortedT0[0]!;
    const hi = m.runMaxT1[m.runMaxT1.length - 1]!;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }), (a, w) => {
        const from = lo + (hi - lo) * a;
        const to = from + (hi - lo) * w;
        const brute = m.marks.flatMap((mk, e) => (mk.t1 >= from && mk.t0 <= to ? [e] : []));
        expect([...eventsInRange(m, from, to)]).toEqual(brute);
      }),
      { numRuns: 200 },
    );
  });

  it('includes a long range that started before the window', () => {
    const m = buildModel(index, 'side');
    const ids = Array.from(eventsInRange(m, Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 2)), (e) => m.ids[e]);
    expect(ids).toEqual(['reciprocal-embassy-expulsions']);
  });
});

describe('10,000 events', () => {
  const big = syntheticIndex(10_000, 3);
  const b = baseScale(big.extent, 1200);

  // Correctness at scale only: how fast this runs is measured by `npm run bench` (zoom and
  // pan frames at 10,000 and 50,000 events), never by a clock in a unit test.
  it('builds lanes and stacks that never overlap, within the row cap', () => {
    for (const mode of ['side', 'actor'] as const) {
      const m = buildModel(big, mode);
      const pk = pack(m, pxPerMs(b, 8), MAX_ROWS[mode]);
      expect(Math.max(...pk.laneRows)).toBeLessThanOrEqual(MAX_ROWS[mode]);
      expect(overlaps(m, pk, pxPerMs(b, 8))).toEqual([]);
    }
  });

  it('answers a window query with exactly the events a full scan finds', () => {
    const m = buildModel(big, 'side');
    for (let i = 0; i < 50; i++) {
      const from = m.sortedT0[0]! + i * 20 * 86_400_000;
      const to = from + 7 * 86_400_000;
      const brute = m.marks.flatMap((mk, e) => (mk.t1 >= from && mk.t0 <= to ? [e] : []));
      expect([...eventsInRange(m, from, to)]).toEqual(brute);
    }
  });
});

describe('the synthetic dataset', () => {
  it('passes the same integrity checks as curated data', () => {
    expect(checkIntegrity(syntheticDataset(2000, 11), new Map([['synthetic', 'x']]))).toEqual([]);
  });
});

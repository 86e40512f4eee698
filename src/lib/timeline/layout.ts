import type { Side } from '../../data/schema';
import type { DatasetIndex } from '../dataset-index';
import { GAP, LANE_HEAD, LANE_PAD, ROW } from './constants';
import { actorLanes, eventSides, sideLanes, type Lane, type LaneMode } from './lanes';
import { markBox, markExtent, type MarkExtent } from './precision';

/**
 * Everything about the marks that does not depend on zoom, built once per dataset and lane
 * mode. Events are addressed by their position in `ids` (time order) only inside this
 * module and its callers' render loops; anything stored (selection, focus) is an id.
 */
export interface TimelineModel {
  mode: LaneMode;
  lanes: readonly Lane[];
  ids: readonly string[];
  indexOf: ReadonlyMap<string, number>;
  marks: readonly MarkExtent[];
  planned: Uint8Array;
  /** The sides drawn on each event's mark, lead side first. */
  sides: readonly (readonly Side[])[];
  /** Placements, one per (event, lane): event i owns [first[i], first[i + 1]). */
  first: Int32Array;
  pEvent: Int32Array;
  pLane: Int32Array;
  /** Colours of a placement: an event's sides in side lanes, its actor's side in actor lanes. */
  pSides: readonly (readonly Side[])[];
  /** Events ordered by mark.t0, with the running maximum of mark.t1, for window queries. */
  byT0: Int32Array;
  sortedT0: Float64Array;
  runMaxT1: Float64Array;
}

export function buildModel(index: DatasetIndex, mode: LaneMode): TimelineModel {
  const events = index.events;
  const actorSide = new Map<string, Side>();
  for (const a of index.dataset.actors) actorSide.set(a.id, a.side);
  const sideOf = (id: string): Side => actorSide.get(id) ?? 'other';
  const lanes = mode === 'side' ? sideLanes(events, sideOf) : actorLanes(events, index.actorById);
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
  const n = events.length;
  const ids: string[] = [];
  const marks: MarkExtent[] = [];
  const sides: Side[][] = [];
  const planned = new Uint8Array(n);
  const first = new Int32Array(n + 1);
  const pEvent: number[] = [];
  const pLane: number[] = [];
  const pSides: (readonly Side[])[] = [];
  const single = new Map<Side, readonly Side[]>();
  const one = (s: Side) => {
    let v = single.get(s);
    if (!v) single.set(s, (v = [s]));
    return v;
  };
  events.forEach((ev, i) => {
    ids.push(ev.id);
    marks.push(markExtent(index.time.get(ev.id)!, ev.date.precision));
    const evSides = eventSides(ev, sideOf);
    sides.push(evSides);
    planned[i] = ev.status === 'planned' ? 1 : 0;
    first[i] = pEvent.length;
    if (mode === 'side') {
      pEvent.push(i);
      pLane.push(laneIndex.get(evSides[0]!)!);
      pSides.push(evSides);
    } else {
      const lanesOf: number[] = [];
      for (const a of ev.actors) {
        const lane = laneIndex.get(a.id)!;
        if (!lanesOf.includes(lane)) lanesOf.push(lane);
      }
      for (const lane of lanesOf.sort((a, b) => a - b)) {
        pEvent.push(i);
        pLane.push(lane);
        pSides.push(one(lanes[lane]!.side));
      }
    }
  });
  first[n] = pEvent.length;
  const byT0 = Int32Array.from(ids.keys()).sort((a, b) => marks[a]!.t0 - marks[b]!.t0 || a - b);
  const sortedT0 = new Float64Array(n);
  const runMaxT1 = new Float64Array(n);
  let max = -Infinity;
  byT0.forEach((e, j) => {
    sortedT0[j] = marks[e]!.t0;
    max = Math.max(max, marks[e]!.t1);
    runMaxT1[j] = max;
  });
  return {
    mode,
    lanes,
    ids,
    indexOf: new Map(ids.map((id, i) => [id, i])),
    marks,
    planned,
    sides,
    first,
    pEvent: Int32Array.from(pEvent),
    pLane: Int32Array.from(pLane),
    pSides,
    byT0,
    sortedT0,
    runMaxT1,
  };
}

/** Event indices whose marks reach into [from, to] (ms), in time order. O(log n + hits). */
export function eventsInRange(m: TimelineModel, from: number, to: number): number[] {
  const n = m.byT0.length;
  // First position whose running max end reaches `from`: nothing before it can overlap.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m.runMaxT1[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let j = lo; j < n && m.sortedT0[j]! <= to; j++) {
    const e = m.byT0[j]!;
    if (m.marks[e]!.t1 >= from) out.push(e);
  }
  return out.sort((a, b) => a - b);
}

/** Rows and lane heights for one zoom bucket. */
export interface Packing {
  /** Screen px per ms this packing was made for; valid for any deeper zoom. */
  s: number;
  rows: Int16Array;
  /** Placements that had to share a row (the lane hit its row cap): zoom in to separate. */
  overflow: Uint8Array;
  laneRows: Int32Array;
  /** Top of each lane, px; the last entry is the total height. */
  laneTop: Float64Array;
  /** Placements per lane row, sorted left to right, for hit-testing. */
  cells: ReadonlyMap<number, Int32Array>;
}

export const cellKey = (lane: number, row: number) => lane * 4096 + row;

/**
 * Greedy first-fit interval packing per lane, in px at scale `s` (px per ms), using each
 * mark's hit box plus a gap, so that no two targets in a row overlap. O(P log P + P · rows).
 */
export function pack(m: TimelineModel, s: number, maxRows: number): Packing {
  const P = m.pEvent.length;
  const left = new Float64Array(P);
  const right = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    const mk = m.marks[m.pEvent[p]!]!;
    const box = markBox(mk.shape, mk.t0 * s, mk.t1 * s);
    left[p] = box.hitLeft;
    right[p] = box.hitRight;
  }
  const order = Int32Array.from({ length: P }, (_, p) => p).sort((a, b) => left[a]! - left[b]! || a - b);
  const L = m.lanes.length;
  const ends: number[][] = Array.from({ length: L }, () => []);
  const rows = new Int16Array(P);
  const overflow = new Uint8Array(P);
  const cellLists = new Map<number, number[]>();
  for (const p of order) {
    const laneEnds = ends[m.pLane[p]!]!;
    let row = laneEnds.findIndex((end) => end + GAP <= left[p]!);
    if (row < 0 && laneEnds.length < maxRows) row = laneEnds.push(-Infinity) - 1;
    if (row < 0) {
      // Every row is busy here: share the row that frees up first, and say so.
      row = 0;
      for (let r = 1; r < laneEnds.length; r++) if (laneEnds[r]! < laneEnds[row]!) row = r;
      overflow[p] = 1;
    }
    laneEnds[row] = Math.max(laneEnds[row]!, right[p]!);
    rows[p] = row;
    const key = cellKey(m.pLane[p]!, row);
    const list = cellLists.get(key);
    if (list) list.push(p);
    else cellLists.set(key, [p]);
  }
  const laneRows = new Int32Array(L);
  const laneTop = new Float64Array(L + 1);
  for (let l = 0; l < L; l++) {
    laneRows[l] = Math.max(1, ends[l]!.length);
    laneTop[l + 1] = laneTop[l]! + LANE_HEAD + laneRows[l]! * ROW + 2 * LANE_PAD;
  }
  const cells = new Map<number, Int32Array>();
  for (const [k, list] of cellLists) cells.set(k, Int32Array.from(list));
  return { s, rows, overflow, laneRows, laneTop, cells };
}

/** The vertical centre of a placement, px from the top of the plot. */
export function placementY(m: TimelineModel, pk: Packing, p: number): number {
  return pk.laneTop[m.pLane[p]!]! + LANE_HEAD + LANE_PAD + pk.rows[p]! * ROW + ROW / 2;
}

/** Row caps: enough to stack a busy day readably, bounded so 10,000 events stay a sane height. */
export const MAX_ROWS: Record<LaneMode, number> = { side: 16, actor: 6 };

/**
 * Packings per zoom bucket, made on demand and kept: zooming back and forth repacks
 * nothing. `s1` is px per ms at zoom 1.
 */
export function createPacker(m: TimelineModel, s1: number, maxRows: number): (bucket: number) => Packing {
  const cache = new Map<number, Packing>();
  return (bucket) => {
    let pk = cache.get(bucket);
    if (!pk) cache.set(bucket, (pk = pack(m, s1 * bucket, maxRows)));
    return pk;
  };
}

import type { Side } from '../../data/schema';
import type { DatasetIndex } from '../dataset-index';
import { SIDE_ORDER } from '../sides';
import { GAP, LANE_HEAD, LANE_PAD, ROW } from './constants';
import type { MarkStyle } from './geometry';
import { actorLanes, decodeSides, lanesForSides, sidesCode, type Lane, type LaneMode } from './lanes';
import { orderByKey } from './order';
import { markBox, markBoxInto, markExtent, type MarkExtent, type MarkShape } from './precision';

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
  /**
   * The distinct looks of the marks (shape, certainty, plan, colours) and each placement's
   * look: ten thousand marks share a few hundred, so the canvas draws each look once.
   */
  styles: readonly MarkStyle[];
  pStyle: Int32Array;
  /** Events ordered by mark.t0, with the running maximum of mark.t1, for window queries. */
  byT0: Int32Array;
  sortedT0: Float64Array;
  runMaxT1: Float64Array;
  /** Every mark.t1, ascending: how many marks end past a time, by binary search. */
  sortedT1: Float64Array;
}

const SHAPES: readonly MarkShape[] = ['point', 'span', 'open-start', 'open-end'];

/**
 * Built once per dataset and lane mode, on the first render: written for a cold engine at
 * 50,000 events (no comparator sorts, no string keys per event, one side lookup per actor).
 */
export function buildModel(index: DatasetIndex, mode: LaneMode): TimelineModel {
  const events = index.events;
  const n = events.length;
  const sideOfActor = new Map<string, number>();
  for (const a of index.dataset.actors) sideOfActor.set(a.id, SIDE_ORDER.indexOf(a.side));
  const OTHER = SIDE_ORDER.indexOf('other');
  const sideIndex = (id: string) => sideOfActor.get(id) ?? OTHER;

  // Equal lists of sides become one shared array: looks compare by number, sprites cache by identity.
  const sideLists: (readonly Side[])[] = [];
  const listOf = new Map<number, number>();
  const intern = (code: number) => {
    let id = listOf.get(code);
    if (id === undefined) {
      listOf.set(code, (id = sideLists.length));
      sideLists.push(decodeSides(code));
    }
    return id;
  };

  const ids = new Array<string>(n);
  const marks = new Array<MarkExtent>(n);
  const evList = new Int32Array(n);
  const shape = new Uint8Array(n);
  const planned = new Uint8Array(n);
  const soft = new Uint8Array(n);
  const t0 = new Float64Array(n);
  const leads = new Uint8Array(SIDE_ORDER.length);
  for (let i = 0; i < n; i++) {
    const ev = events[i]!;
    ids[i] = ev.id;
    const mk = markExtent(index.time.get(ev.id)!, ev.date.precision);
    marks[i] = mk;
    t0[i] = mk.t0;
    shape[i] = SHAPES.indexOf(mk.shape);
    // Softness only changes how a span is drawn.
    soft[i] = mk.shape === 'span' && mk.soft ? 1 : 0;
    planned[i] = ev.status === 'planned' ? 1 : 0;
    const list = intern(sidesCode(ev, sideIndex));
    evList[i] = list;
    leads[SIDE_ORDER.indexOf(sideLists[list]![0]!)] = 1;
  }

  const lanes =
    mode === 'side' ? lanesForSides(new Set(SIDE_ORDER.filter((_, i) => leads[i]))) : actorLanes(events, index.actorById);
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
  const laneList = lanes.map((l) => intern(SIDE_ORDER.indexOf(l.side) + 1));

  // The looks, numbered: (side list, shape, plan, softness) → style index.
  const styles: MarkStyle[] = [];
  const styleOf = new Map<number, number>();
  const look = (e: number, list: number) => {
    const key = ((list * 4 + shape[e]!) * 2 + planned[e]!) * 2 + soft[e]!;
    let i = styleOf.get(key);
    if (i === undefined) {
      styleOf.set(key, (i = styles.length));
      styles.push({ shape: SHAPES[shape[e]!]!, soft: soft[e] === 1, planned: planned[e] === 1, sides: sideLists[list]! });
    }
    return i;
  };

  const first = new Int32Array(n + 1);
  let pEvent: Int32Array;
  let pLane: Int32Array;
  let pStyle: Int32Array;
  const pSides: (readonly Side[])[] = [];
  if (mode === 'side') {
    pEvent = new Int32Array(n);
    pLane = new Int32Array(n);
    pStyle = new Int32Array(n);
    const laneOfSide = SIDE_ORDER.map((s) => laneIndex.get(s) ?? -1);
    for (let i = 0; i < n; i++) {
      const sides = sideLists[evList[i]!]!;
      first[i] = i;
      pEvent[i] = i;
      pLane[i] = laneOfSide[SIDE_ORDER.indexOf(sides[0]!)]!;
      pSides.push(sides);
      pStyle[i] = look(i, evList[i]!);
    }
    first[n] = n;
  } else {
    const pe: number[] = [];
    const pl: number[] = [];
    const ps: number[] = [];
    const lanesOf: number[] = [];
    for (let i = 0; i < n; i++) {
      first[i] = pe.length;
      lanesOf.length = 0;
      for (const a of events[i]!.actors) {
        const lane = laneIndex.get(a.id)!;
        if (!lanesOf.includes(lane)) lanesOf.push(lane);
      }
      lanesOf.sort((a, b) => a - b);
      for (const lane of lanesOf) {
        pe.push(i);
        pl.push(lane);
        pSides.push(sideLists[laneList[lane]!]!);
        ps.push(look(i, laneList[lane]!));
      }
    }
    first[n] = pe.length;
    pEvent = Int32Array.from(pe);
    pLane = Int32Array.from(pl);
    pStyle = Int32Array.from(ps);
  }

  // Times are whole half-days (midnights and middays), so a one-second grid orders exactly.
  const byT0 = orderByKey(t0, 1000);
  const sortedT0 = new Float64Array(n);
  const runMaxT1 = new Float64Array(n);
  let max = -Infinity;
  for (let j = 0; j < n; j++) {
    const mk = marks[byT0[j]!]!;
    sortedT0[j] = mk.t0;
    if (mk.t1 > max) max = mk.t1;
    runMaxT1[j] = max;
  }
  return {
    mode,
    lanes,
    ids,
    // The index already maps ids to this same time order.
    indexOf: index.order,
    marks,
    planned,
    sides: Array.from(evList, (l) => sideLists[l]!),
    first,
    pEvent,
    pLane,
    pSides,
    styles,
    pStyle,
    byT0,
    sortedT0,
    runMaxT1,
    sortedT1: Float64Array.from(marks, (mk) => mk.t1).sort(),
  };
}

/** How many marks start before `t` and how many end after `u`: what lies beyond the focus. */
export function countBeyond(m: TimelineModel, t: number, u: number): [number, number] {
  const below = (a: Float64Array, x: number, strict: boolean) => {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? a[mid]! < x : a[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [below(m.sortedT0, t, true), m.sortedT1.length - below(m.sortedT1, u, false)];
}

/**
 * Event indices whose marks reach into [from, to] (ms), in time order. O(log n + hits), and
 * a numeric sort without a comparator: at 50,000 events this runs on every zoom frame.
 */
export function eventsInRange(m: TimelineModel, from: number, to: number): Int32Array {
  const n = m.byT0.length;
  // First position whose running max end reaches `from`: nothing before it can overlap.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m.runMaxT1[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < n && m.sortedT0[end]! <= to) end++;
  const out = new Int32Array(end - lo);
  let k = 0;
  for (let j = lo; j < end; j++) {
    const e = m.byT0[j]!;
    if (m.marks[e]!.t1 >= from) out[k++] = e;
  }
  return out.subarray(0, k).sort();
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
 *
 * `reserve` (px per event) keeps room for a title right of the mark: a row is first sought
 * where mark and title fit; when the lane's rows are all in use, one where the mark fits
 * (an earlier title there is then shortened or left to hover, never overlapped). Fixed px
 * do not grow with the zoom, so the packing stays free of overlaps at every deeper zoom.
 */
export function pack(m: TimelineModel, s: number, maxRows: number, reserve?: ArrayLike<number>): Packing {
  const P = m.pEvent.length;
  const n = m.marks.length;
  // Hit boxes per event: every placement of an event has the same one.
  const evLeft = new Float64Array(n);
  const evRight = new Float64Array(n);
  const box = markBox('point', 0, 0);
  for (let e = 0; e < n; e++) {
    const mk = m.marks[e]!;
    markBoxInto(box, mk.shape, mk.t0 * s, mk.t1 * s);
    evLeft[e] = box.hitLeft;
    evRight[e] = box.hitRight;
  }
  // Placements by left edge. On a 1/256 px grid: targets closer than that may come in
  // placement order, which can change who shares a row but never lets two overlap.
  const pEvent = m.pEvent;
  const left = new Float64Array(P);
  for (let p = 0; p < P; p++) left[p] = evLeft[pEvent[p]!]!;
  const order = orderByKey(left, 1 / 256);

  const L = m.lanes.length;
  const ends = new Float64Array(L * maxRows);
  // With titles: how far each row's marks alone reach (`ends` holds marks and titles).
  const markEnds = reserve ? new Float64Array(L * maxRows) : ends;
  const used = new Int32Array(L);
  const rows = new Int16Array(P);
  const overflow = new Uint8Array(P);
  const cellLists = new Map<number, number[]>();
  for (let i = 0; i < P; i++) {
    const p = order[i]!;
    const e = pEvent[p]!;
    const lane = m.pLane[p]!;
    const base = lane * maxRows;
    const left = evLeft[e]!;
    const count = used[lane]!;
    let row = -1;
    for (let r = 0; r < count; r++)
      if (ends[base + r]! + GAP <= left) {
        row = r;
        break;
      }
    if (row < 0 && count < maxRows) {
      row = count;
      used[lane] = count + 1;
      ends[base + row] = -Infinity;
      markEnds[base + row] = -Infinity;
    }
    if (row < 0 && reserve)
      for (let r = 0; r < count; r++)
        if (markEnds[base + r]! + GAP <= left) {
          row = r;
          break;
        }
    if (row < 0) {
      // Every row is busy here: share the row that frees up first, and say so.
      row = 0;
      for (let r = 1; r < count; r++) if (markEnds[base + r]! < markEnds[base + row]!) row = r;
      overflow[p] = 1;
    }
    const right = evRight[e]!;
    if (reserve) {
      if (right > markEnds[base + row]!) markEnds[base + row] = right;
      const withTitle = right + reserve[e]!;
      if (withTitle > ends[base + row]!) ends[base + row] = withTitle;
    } else if (right > ends[base + row]!) ends[base + row] = right;
    rows[p] = row;
    const key = cellKey(lane, row);
    const list = cellLists.get(key);
    if (list) list.push(p);
    else cellLists.set(key, [p]);
  }
  const laneRows = new Int32Array(L);
  const laneTop = new Float64Array(L + 1);
  for (let l = 0; l < L; l++) {
    laneRows[l] = Math.max(1, used[l]!);
    laneTop[l + 1] = laneTop[l]! + LANE_HEAD + laneRows[l]! * ROW + 2 * LANE_PAD;
  }
  const cells = new Map<number, Int32Array>();
  for (const [key, list] of cellLists) cells.set(key, Int32Array.from(list));
  return { s, rows, overflow, laneRows, laneTop, cells };
}

/** Every lane one row high and nothing filed: the stand-in until the plot has a width to pack for. */
export function unpacked(m: TimelineModel): Packing {
  const P = m.pEvent.length;
  const L = m.lanes.length;
  const laneTop = new Float64Array(L + 1);
  for (let l = 0; l < L; l++) laneTop[l + 1] = laneTop[l]! + LANE_HEAD + ROW + 2 * LANE_PAD;
  return { s: 0, rows: new Int16Array(P), overflow: new Uint8Array(P), laneRows: new Int32Array(L).fill(1), laneTop, cells: new Map() };
}

/** 1 for each event (model index) among `ids`, else 0: a filter as an array, for loops that run every frame. */
export function idMask(m: TimelineModel, ids: readonly string[]): Uint8Array {
  const mask = new Uint8Array(m.ids.length);
  for (const id of ids) {
    const e = m.indexOf.get(id);
    if (e !== undefined) mask[e] = 1;
  }
  return mask;
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
export function createPacker(m: TimelineModel, s1: number, maxRows: number, reserve?: ArrayLike<number>): (bucket: number) => Packing {
  const cache = new Map<number, Packing>();
  return (bucket) => {
    let pk = cache.get(bucket);
    if (!pk) cache.set(bucket, (pk = pack(m, s1 * bucket, maxRows, reserve)));
    return pk;
  };
}

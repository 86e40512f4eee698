import type { ActorRole } from '../../data/schema';
import type { DatasetIndex } from '../dataset-index';
import { SIDE_ORDER } from '../sides';
import { MAX_CLIQUE } from '../thresholds';
import type { EdgeRelation } from './graph';
import { concatCompare } from './layout-prep';
import { compareNames } from '../collate';

/**
 * Who is joined by an event. `dealings` (the default): the actors who take part in it, as
 * participants or speakers; an actor only mentioned, or the subject of it, is not joined
 * to anyone by it. `mentions`: every pair of its actors, co-mentions included.
 */
export type LinkMode = 'dealings' | 'mentions';

const LINKING: Record<LinkMode, ReadonlySet<ActorRole>> = {
  dealings: new Set(['participant', 'speaker']),
  mentions: new Set(['participant', 'speaker', 'subject', 'mentioned']),
};

/**
 * The network's view of a dataset, built once per dataset and link mode so that each filter
 * change only counts: actors and actor pairs get numbers, every event lists its actors and
 * pairs as numbers, and every pair has its string id and its place in id order ready.
 */
export interface GraphIndex {
  actorIds: readonly string[];
  /** Per actor: side order, then name order (English collation, then id). */
  sideRank: Int32Array;
  nameRank: Int32Array;
  /** Event (by its place in time order) → its distinct known actors / pairs, as CSR lists. */
  actorStart: Int32Array;
  actors: Int32Array;
  pairStart: Int32Array;
  pairs: Int32Array;
  /** 1 for an event drawn as a hub (more than MAX_CLIQUE linking actors). */
  hub: Uint8Array;
  /** Pair p joins actors pairA[p] < pairB[p] (by id); its edge id; its rank in id order. */
  pairA: Int32Array;
  pairB: Int32Array;
  pairId: readonly string[];
  pairRank: Int32Array;
  relations: readonly IndexedRelation[];
}

export interface IndexedRelation {
  pair: number;
  kind: EdgeRelation['kind'];
  from: string;
  to: string;
  /** Its events as places in time order (unknown ids dropped), in the relation's order. */
  events: Int32Array;
  eventIds: readonly string[];
}

const cache: Record<LinkMode, WeakMap<DatasetIndex, GraphIndex>> = { dealings: new WeakMap(), mentions: new WeakMap() };

/** Each item's place when 0 … n-1 are sorted by `compare`. */
function rankBy(n: number, compare: (i: number, j: number) => number): Int32Array {
  const order = Array.from({ length: n }, (_, i) => i).sort(compare);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[order[r]!] = r;
  return rank;
}

export function graphIndex(index: DatasetIndex, mode: LinkMode = 'dealings'): GraphIndex {
  let g = cache[mode].get(index);
  if (!g) {
    g = build(index, LINKING[mode]);
    cache[mode].set(index, g);
  }
  return g;
}

function build(index: DatasetIndex, linking: ReadonlySet<ActorRole>): GraphIndex {
  const actorIds = index.dataset.actors.map((a) => a.id);
  const nActors = actorIds.length;
  const actorOf = new Map<string, number>();
  actorIds.forEach((id, i) => actorOf.set(id, i));
  const sides = new Map(SIDE_ORDER.map((s, i) => [s, i]));
  const sideRank = Int32Array.from(index.dataset.actors, (a) => sides.get(a.side) ?? SIDE_ORDER.length);
  const actorList = index.dataset.actors;
  const nameRank = rankBy(nActors, (i, j) => compareNames(actorList[i]!.name, actorList[j]!.name) || (actorIds[i]! < actorIds[j]! ? -1 : 1));

  // Id order, and the order of ids as the first half of `${a}|${b}` (see concatCompare).
  const idRank = rankBy(nActors, (i, j) => (actorIds[i]! < actorIds[j]! ? -1 : actorIds[i]! > actorIds[j]! ? 1 : 0));
  const keyRank = rankBy(nActors, (i, j) => concatCompare(actorIds[i]!, actorIds[j]!));

  const nEvents = index.events.length;
  const actorStart = new Int32Array(nEvents + 1);
  const pairStart = new Int32Array(nEvents + 1);
  const members: number[] = [];
  // Per event, its linking actors: the first `linkCount[e]` of its members (kept in front).
  const linkCount = new Int32Array(nEvents);
  const hub = new Uint8Array(nEvents);
  const seen = new Int32Array(nActors).fill(-1);
  const linked = new Int32Array(nActors).fill(-1);
  let occurrences = 0;
  const others: number[] = [];
  for (let e = 0; e < nEvents; e++) {
    const first = members.length;
    others.length = 0;
    const actorsOf = index.events[e]!.actors;
    // An actor listed twice (participant and speaker, say) links if either role does.
    for (const a of actorsOf) {
      const x = actorOf.get(a.id);
      if (x !== undefined && linking.has(a.role)) linked[x] = e;
    }
    for (const a of actorsOf) {
      const x = actorOf.get(a.id);
      if (x === undefined || seen[x] === e) continue;
      seen[x] = e;
      if (linked[x] === e) members.push(x);
      else others.push(x);
    }
    const k = members.length - first;
    linkCount[e] = k;
    for (const x of others) members.push(x);
    if (k > MAX_CLIQUE) hub[e] = 1;
    occurrences += hub[e] ? k - 1 : (k * (k - 1)) / 2;
    actorStart[e + 1] = members.length;
  }
  const actors = Int32Array.from(members);

  const pairs = new PairTable(occurrences + index.dataset.relations.length, nActors);
  const pairList = new Int32Array(occurrences);
  let q = 0;
  const pairOf = (x: number, y: number) => (idRank[x]! < idRank[y]! ? pairs.get(x, y) : pairs.get(y, x));
  for (let e = 0; e < nEvents; e++) {
    const s0 = actorStart[e]!;
    const s1 = s0 + linkCount[e]!;
    if (hub[e]) {
      // The hub: the event's first linking actor, joined to each of the others.
      for (let j = s0 + 1; j < s1; j++) pairList[q++] = pairOf(actors[s0]!, actors[j]!);
    } else {
      for (let i = s0; i < s1; i++) for (let j = i + 1; j < s1; j++) pairList[q++] = pairOf(actors[i]!, actors[j]!);
    }
    pairStart[e + 1] = q;
  }

  const relations: IndexedRelation[] = [];
  for (const r of index.dataset.relations) {
    const x = actorOf.get(r.from);
    const y = actorOf.get(r.to);
    if (x === undefined || y === undefined || x === y) continue;
    const slots = r.eventIds.map((id) => index.order.get(id)).filter((s): s is number => s !== undefined);
    relations.push({ pair: idRank[x]! < idRank[y]! ? pairs.get(x, y) : pairs.get(y, x), kind: r.kind, from: r.from, to: r.to, events: Int32Array.from(slots), eventIds: r.eventIds });
  }

  const nPairs = pairs.size;
  const pairA = pairs.a.slice(0, nPairs);
  const pairB = pairs.b.slice(0, nPairs);
  const pairId = Array.from(pairA, (a, p) => `${actorIds[a]}|${actorIds[pairB[p]!]}`);
  const pairRank = pairOrder(pairA, pairB, keyRank, idRank);

  return {
    actorIds,
    sideRank,
    nameRank,
    actorStart,
    actors,
    pairStart,
    pairs: pairList,
    hub,
    pairA,
    pairB,
    pairId,
    pairRank,
    relations,
  };
}

/** Numbers actor pairs (a, b) in the order first seen: an open-addressing hash on typed arrays. */
class PairTable {
  size = 0;
  a: Int32Array;
  b: Int32Array;
  private slots: Int32Array;
  private mask: number;
  private readonly n: number;

  constructor(most: number, actors: number) {
    let cap = 16;
    while (cap < most * 2) cap *= 2;
    this.slots = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    this.a = new Int32Array(Math.max(1, most));
    this.b = new Int32Array(Math.max(1, most));
    this.n = actors;
  }

  get(a: number, b: number): number {
    let h = Math.imul(a * this.n + b, 0x9e3779b1) & this.mask;
    for (;;) {
      const p = this.slots[h]!;
      if (p < 0) break;
      if (this.a[p] === a && this.b[p] === b) return p;
      h = (h + 1) & this.mask;
    }
    const p = this.size++;
    this.slots[h] = p;
    this.a[p] = a;
    this.b[p] = b;
    return p;
  }
}

/** Each pair's place in the order of its `${a}|${b}` id: bucketed by a, then by b within. */
function pairOrder(pairA: Int32Array, pairB: Int32Array, keyRank: Int32Array, idRank: Int32Array): Int32Array {
  const n = keyRank.length;
  const start = new Int32Array(n + 1);
  for (const a of pairA) start[keyRank[a]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const byA = new Int32Array(pairA.length);
  for (let p = 0; p < pairA.length; p++) byA[fill[keyRank[pairA[p]!]!]!++] = p;
  const rank = new Int32Array(pairA.length);
  for (let i = 0; i < n; i++) {
    const group = byA.subarray(start[i]!, start[i + 1]!).sort((p, q) => idRank[pairB[p]!]! - idRank[pairB[q]!]!);
    group.forEach((p, j) => (rank[p] = start[i]! + j));
  }
  return rank;
}

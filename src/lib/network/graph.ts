import type { ActorKind, RelationKind, Side } from '../../data/schema';
import type { DatasetIndex } from '../dataset-index';
import { graphIndex, type LinkMode } from './graph-index';

export type { LinkMode };

export interface GraphNode {
  id: string;
  name: string;
  side: Side;
  kind: ActorKind;
  /** Events in the current filters that the actor takes part in. */
  count: number;
  /** Distinct actors it is joined to. */
  degree: number;
}

export interface EdgeRelation {
  kind: RelationKind;
  from: string;
  to: string;
  /** The relation's events that survive the filters (all of them when it names none). */
  eventIds: readonly string[];
}

export interface GraphEdge {
  /** `${source}|${target}`: ids are kebab-case, so `|` cannot occur in them. */
  id: string;
  /** The relation's `from` when there is one, so names read in the relation's direction. */
  source: string;
  target: string;
  /** Visible events both actors take part in, in time order. */
  eventIds: readonly string[];
  weight: number;
  relations: readonly EdgeRelation[];
}

export interface NetworkGraph {
  /** Side order, then most events first, then name. */
  nodes: readonly GraphNode[];
  /** Heaviest first, then by id. */
  edges: readonly GraphEdge[];
  nodeById: ReadonlyMap<string, GraphNode>;
  edgeById: ReadonlyMap<string, GraphEdge>;
  /** Each node's edges, heaviest first. */
  edgesByNode: ReadonlyMap<string, readonly GraphEdge[]>;
  maxCount: number;
  maxWeight: number;
  /** Visible events with too many actors to join every pair: drawn as hubs (see MAX_CLIQUE). */
  hubs: readonly string[];
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * The actor network of the visible events: an actor is a node when it appears in at least
 * one of them, in any role; two actors are joined by every event in which both take part
 * (as participants or speakers; with `mode` 'mentions', in any role) and by the dataset's
 * explicit relations. A relation shows while one of its events is visible, or, when it names
 * no event, while both its actors are in the graph. Cost: linear in the visible events' actor
 * pairs, counted on numbers prepared once per dataset (see graphIndex), and bounded by hubs.
 */
export function buildGraph(index: DatasetIndex, visibleIds: readonly string[], mode: LinkMode = 'dealings'): NetworkGraph {
  const gi = graphIndex(index, mode);
  const nActors = gi.actorIds.length;
  const nPairs = gi.pairId.length;
  const counts = new Int32Array(nActors);
  const lists: (string[] | undefined)[] = new Array(nPairs);
  const touched: number[] = [];
  const visible = new Uint8Array(index.events.length);
  const hubs: string[] = [];

  for (const eventId of visibleIds) {
    const e = index.order.get(eventId);
    if (e === undefined || visible[e]) continue;
    visible[e] = 1;
    if (gi.hub[e]) hubs.push(eventId);
    for (let k = gi.actorStart[e]!; k < gi.actorStart[e + 1]!; k++) counts[gi.actors[k]!]!++;
    for (let k = gi.pairStart[e]!; k < gi.pairStart[e + 1]!; k++) {
      const p = gi.pairs[k]!;
      const list = lists[p];
      if (list) list.push(eventId);
      else {
        lists[p] = [eventId];
        touched.push(p);
      }
    }
  }

  const relations: (EdgeRelation[] | undefined)[] = new Array(nPairs);
  for (const r of gi.relations) {
    if (!counts[gi.pairA[r.pair]!] || !counts[gi.pairB[r.pair]!]) continue;
    const shown: string[] = [];
    for (const e of r.events) if (visible[e]) shown.push(index.events[e]!.id);
    if (r.eventIds.length > 0 && shown.length === 0) continue;
    const rel: EdgeRelation = { kind: r.kind, from: r.from, to: r.to, eventIds: shown };
    const list = relations[r.pair];
    if (list) list.push(rel);
    else {
      relations[r.pair] = [rel];
      if (!lists[r.pair]) touched.push(r.pair);
    }
  }

  const degree = new Int32Array(nActors);
  const made: GraphEdge[] = new Array(touched.length);
  // Each edge's place when by id (pairs are ranked in id order), then by weight, heaviest first.
  const byRank = new Int32Array(nPairs).fill(-1);
  let maxWeight = 0;
  touched.forEach((p, i) => {
    const a = gi.pairA[p]!;
    const b = gi.pairB[p]!;
    degree[a]!++;
    degree[b]!++;
    const eventIds = lists[p] ?? [];
    const rels = relations[p] ?? [];
    const rel = rels[0];
    // Without a relation, the actor with more events is named first, then by name.
    const aFirst = rel ? rel.from === gi.actorIds[a] : counts[a]! > counts[b]! || (counts[a] === counts[b] && gi.nameRank[a]! < gi.nameRank[b]!);
    const idA = gi.actorIds[a]!;
    const idB = gi.actorIds[b]!;
    made[i] = { id: gi.pairId[p]!, source: aFirst ? idA : idB, target: aFirst ? idB : idA, eventIds, weight: eventIds.length, relations: rels };
    byRank[gi.pairRank[p]!] = i;
    if (eventIds.length > maxWeight) maxWeight = eventIds.length;
  });
  const order = heaviestFirst(made, byRank, maxWeight);
  const edges = Array.from(order, (i) => made[i]!);
  // Each edge's two actors as numbers, in edge order: no string lookups to list them per actor.
  const ends = new Int32Array(edges.length * 2);
  order.forEach((i, k) => {
    ends[2 * k] = gi.pairA[touched[i]!]!;
    ends[2 * k + 1] = gi.pairB[touched[i]!]!;
  });

  const present: number[] = [];
  for (let x = 0; x < nActors; x++) if (counts[x]) present.push(x);
  present.sort((x, y) => gi.sideRank[x]! - gi.sideRank[y]! || counts[y]! - counts[x]! || gi.nameRank[x]! - gi.nameRank[y]!);
  const nodes: GraphNode[] = [];
  const nodeById = new Map<string, GraphNode>();
  const edgesByNode = new Map<string, GraphEdge[]>();
  const own: GraphEdge[][] = new Array(nActors);
  let maxCount = 0;
  for (const x of present) {
    const actor = index.actorById.get(gi.actorIds[x]!)!;
    const node: GraphNode = { id: actor.id, name: actor.name, side: actor.side, kind: actor.kind, count: counts[x]!, degree: degree[x]! };
    nodes.push(node);
    nodeById.set(node.id, node);
    edgesByNode.set(node.id, (own[x] = []));
    if (node.count > maxCount) maxCount = node.count;
  }
  const edgeById = new Map<string, GraphEdge>();
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    edgeById.set(e.id, e);
    own[ends[2 * i]!]!.push(e);
    own[ends[2 * i + 1]!]!.push(e);
  }

  return { nodes, edges, nodeById, edgeById, edgesByNode, maxCount, maxWeight, hubs };
}

const whole: Record<LinkMode, WeakMap<DatasetIndex, NetworkGraph>> = { dealings: new WeakMap(), mentions: new WeakMap() };

/**
 * buildGraph, with the unfiltered graph kept per dataset: clearing a filter, the commonest
 * way back, brings the same graph object back at no cost (and with it everything drawn from
 * it). `visibleIds` holds distinct ids of the dataset, as filterEvents gives them, so as
 * many ids as events means every event.
 */
export function networkOf(index: DatasetIndex, visibleIds: readonly string[], mode: LinkMode = 'dealings'): NetworkGraph {
  if (visibleIds.length !== index.events.length) return buildGraph(index, visibleIds, mode);
  let g = whole[mode].get(index);
  if (!g) {
    g = buildGraph(index, visibleIds, mode);
    whole[mode].set(index, g);
  }
  return g;
}

/** A counting sort: edge indices in id order (by rank), then stably by weight, heaviest first. */
function heaviestFirst(edges: readonly GraphEdge[], byRank: Int32Array, maxWeight: number): Int32Array {
  const start = new Int32Array(maxWeight + 2);
  for (const e of edges) start[maxWeight - e.weight + 1]!++;
  for (let w = 0; w <= maxWeight; w++) start[w + 1]! += start[w]!;
  const out = new Int32Array(edges.length);
  for (const i of byRank) if (i >= 0) out[start[maxWeight - edges[i]!.weight]!++] = i;
  return out;
}

/** The other end of an edge. */
export function otherEnd(edge: GraphEdge, id: string): string {
  return edge.source === id ? edge.target : edge.source;
}

/** The actor and everyone it is joined to in this graph. */
export function neighbourhood(graph: NetworkGraph, id: string): Set<string> {
  const out = new Set<string>();
  if (!graph.nodeById.has(id)) return out;
  out.add(id);
  for (const e of graph.edgesByNode.get(id) ?? []) out.add(otherEnd(e, id));
  return out;
}

/** An actor's name in this graph, or its id where the graph does not hold it. */
export function nameOf(graph: NetworkGraph, id: string): string {
  return graph.nodeById.get(id)?.name ?? id;
}

/** The events an edge stands for: its shared ones, else those of its stated relations, in time order. */
export function edgeEvents(edge: GraphEdge, order: ReadonlyMap<string, number>): string[] {
  if (edge.eventIds.length) return [...edge.eventIds];
  const ids = new Set(edge.relations.flatMap((r) => r.eventIds));
  return [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

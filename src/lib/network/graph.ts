import type { ActorKind, RelationKind, Side } from '../../data/schema';
import type { DatasetIndex } from '../dataset-index';
import { SIDE_ORDER } from '../sides';

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
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

interface EdgeAcc {
  a: string;
  b: string;
  eventIds: string[];
  relations: EdgeRelation[];
}

const SIDE_RANK = new Map(SIDE_ORDER.map((s, i) => [s, i]));

/**
 * The actor network of the visible events: an actor is a node when it takes part in at least
 * one of them; two actors are joined by every event they share and by the dataset's explicit
 * relations. A relation shows while one of its events is visible, or, when it names no event,
 * while both its actors are in the graph. Cost: linear in the visible events' actor pairs.
 */
export function buildGraph(index: DatasetIndex, visibleIds: readonly string[]): NetworkGraph {
  const counts = new Map<string, number>();
  const acc = new Map<string, EdgeAcc>();
  const edgeFor = (x: string, y: string): EdgeAcc => {
    const key = pairKey(x, y);
    let e = acc.get(key);
    if (!e) {
      e = { a: x < y ? x : y, b: x < y ? y : x, eventIds: [], relations: [] };
      acc.set(key, e);
    }
    return e;
  };

  for (const eventId of visibleIds) {
    const ev = index.eventById.get(eventId);
    if (!ev) continue;
    const ids = [...new Set(ev.actors.map((a) => a.id))].filter((id) => index.actorById.has(id));
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) edgeFor(ids[i]!, ids[j]!).eventIds.push(eventId);
  }

  const visible = new Set(visibleIds);
  for (const r of index.dataset.relations) {
    if (r.from === r.to || !counts.has(r.from) || !counts.has(r.to)) continue;
    const shown = r.eventIds.filter((id) => visible.has(id));
    if (r.eventIds.length > 0 && shown.length === 0) continue;
    edgeFor(r.from, r.to).relations.push({ kind: r.kind, from: r.from, to: r.to, eventIds: shown });
  }

  const degree = new Map<string, number>();
  const edges: GraphEdge[] = [];
  for (const [id, e] of acc) {
    degree.set(e.a, (degree.get(e.a) ?? 0) + 1);
    degree.set(e.b, (degree.get(e.b) ?? 0) + 1);
    const rel = e.relations[0];
    const [source, target] = rel ? [rel.from, rel.to] : byProminence(e.a, e.b, counts, index);
    edges.push({ id, source, target, eventIds: e.eventIds, weight: e.eventIds.length, relations: e.relations });
  }
  edges.sort((p, q) => q.weight - p.weight || (p.id < q.id ? -1 : 1));

  const nodes: GraphNode[] = [];
  for (const [id, count] of counts) {
    const actor = index.actorById.get(id)!;
    nodes.push({ id, name: actor.name, side: actor.side, kind: actor.kind, count, degree: degree.get(id) ?? 0 });
  }
  nodes.sort(
    (p, q) =>
      SIDE_RANK.get(p.side)! - SIDE_RANK.get(q.side)! ||
      q.count - p.count ||
      p.name.localeCompare(q.name, 'en') ||
      (p.id < q.id ? -1 : 1),
  );

  const edgesByNode = new Map<string, GraphEdge[]>();
  for (const n of nodes) edgesByNode.set(n.id, []);
  for (const e of edges) {
    edgesByNode.get(e.source)!.push(e);
    edgesByNode.get(e.target)!.push(e);
  }

  return {
    nodes,
    edges,
    nodeById: new Map(nodes.map((n) => [n.id, n])),
    edgeById: new Map(edges.map((e) => [e.id, e])),
    edgesByNode,
    maxCount: nodes.reduce((m, n) => Math.max(m, n.count), 0),
    maxWeight: edges.reduce((m, e) => Math.max(m, e.weight), 0),
  };
}

/** Without a relation, the actor with more events is named first. */
function byProminence(
  a: string,
  b: string,
  counts: ReadonlyMap<string, number>,
  index: DatasetIndex,
): [string, string] {
  const d = (counts.get(b) ?? 0) - (counts.get(a) ?? 0);
  if (d !== 0) return d < 0 ? [a, b] : [b, a];
  return index.actorById.get(a)!.name.localeCompare(index.actorById.get(b)!.name, 'en') <= 0 ? [a, b] : [b, a];
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

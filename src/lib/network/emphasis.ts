import type { DatasetIndex } from '../dataset-index';
import { neighbourhood, otherEnd, pairKey, type NetworkGraph } from './graph';

export interface EmphasisInput {
  /** A node the pointer or keyboard focus rests on in the graph. */
  node: string | null;
  /** An edge the pointer or keyboard focus rests on. */
  edge: string | null;
  /** An event previewed in another view (hover). */
  hoverEvent: string | null;
  selectedEvent: string | null;
  /** Actors in the actor filter. */
  pressed: readonly string[];
}

/**
 * What stands out: `lit` marks are drawn strong and the rest dimmed; with nothing lit,
 * nothing is dimmed. The strongest cue wins: what the reader points at in the graph, then
 * an event previewed elsewhere, then the selected event, then the filtered actors.
 */
export interface Emphasis {
  source: 'node' | 'edge' | 'hover-event' | 'selected-event' | 'pressed' | null;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Up to this many actors, an event's edges are looked up pair by pair. */
const PAIR_LOOKUPS = 24;

const NONE: Emphasis = { source: null, nodes: new Set(), edges: new Set() };

export function ofEvent(index: DatasetIndex, graph: NetworkGraph, eventId: string): Pick<Emphasis, 'nodes' | 'edges'> | null {
  const ev = index.eventById.get(eventId);
  if (!ev) return null;
  const ids = [...new Set(ev.actors.map((a) => a.id))].filter((id) => graph.nodeById.has(id));
  if (!ids.length) return null;
  const edges = new Set<string>();
  if (ids.length <= PAIR_LOOKUPS) {
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const e = graph.edgeById.get(pairKey(ids[i]!, ids[j]!));
        if (e && e.eventIds.includes(eventId)) edges.add(e.id);
      }
  } else {
    // A crowd (drawn as a hub): walk the actors' own edges, not every pair of them.
    const inEvent = new Set(ids);
    for (const id of ids)
      for (const e of graph.edgesByNode.get(id) ?? [])
        if (!edges.has(e.id) && inEvent.has(otherEnd(e, id)) && e.eventIds.includes(eventId)) edges.add(e.id);
  }
  return { nodes: new Set(ids), edges };
}

function ofNodes(graph: NetworkGraph, ids: readonly string[]): Pick<Emphasis, 'nodes' | 'edges'> | null {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const id of ids) {
    for (const n of neighbourhood(graph, id)) nodes.add(n);
    for (const e of graph.edgesByNode.get(id) ?? []) edges.add(e.id);
  }
  return nodes.size ? { nodes, edges } : null;
}

export function emphasis(index: DatasetIndex, graph: NetworkGraph, input: EmphasisInput): Emphasis {
  if (input.node) {
    const r = ofNodes(graph, [input.node]);
    if (r) return { source: 'node', ...r };
  }
  if (input.edge) {
    const e = graph.edgeById.get(input.edge);
    if (e) return { source: 'edge', nodes: new Set([e.source, e.target]), edges: new Set([e.id]) };
  }
  if (input.hoverEvent) {
    const r = ofEvent(index, graph, input.hoverEvent);
    if (r) return { source: 'hover-event', ...r };
  }
  if (input.selectedEvent) {
    const r = ofEvent(index, graph, input.selectedEvent);
    if (r) return { source: 'selected-event', ...r };
  }
  if (input.pressed.length) {
    const r = ofNodes(graph, input.pressed);
    if (r) return { source: 'pressed', ...r };
  }
  return NONE;
}

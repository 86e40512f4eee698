import type { GraphEdge, GraphNode, NetworkGraph } from '../../lib/network/graph';
import type { Messages } from '../../i18n/messages';

/** "Sergei Lavrov, Russia, 5 events": the name first, as screen-reader users search by it. */
export function nodeLabel(t: Messages, node: GraphNode): string {
  return t.network.nodeName(node.name, t.common.sides[node.side], t.common.eventCount(node.count));
}

export function nameOf(graph: NetworkGraph, id: string): string {
  return graph.nodeById.get(id)?.name ?? id;
}

/** "Marco Rubio — Sergei Lavrov: 5 shared events, counterpart". */
export function edgeLabel(t: Messages, graph: NetworkGraph, edge: GraphEdge): string {
  const kinds = [...new Set(edge.relations.map((r) => t.common.relationKinds[r.kind]))].join(', ');
  return t.network.edgeName(nameOf(graph, edge.source), nameOf(graph, edge.target), t.network.sharedEvents(edge.weight), kinds);
}

/** The events an edge stands for: shared ones, else those of its stated relations. */
export function edgeEvents(edge: GraphEdge, order: ReadonlyMap<string, number>): string[] {
  if (edge.eventIds.length) return [...edge.eventIds];
  const ids = new Set(edge.relations.flatMap((r) => r.eventIds));
  return [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

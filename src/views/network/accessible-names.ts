import type { Messages } from '../../i18n/messages';
import { nameOf, type GraphEdge, type GraphNode, type NetworkGraph } from '../../lib/network/graph';

/** "Sergei Lavrov, Russia, 5 events": the name first, as screen-reader users search by it. */
export function nodeLabel(t: Messages, node: GraphNode): string {
  return t.network.nodeName(node.name, t.common.sides[node.side], t.common.eventCount(node.count));
}

/** "Marco Rubio — Sergei Lavrov: 5 shared events, counterpart". */
export function edgeLabel(t: Messages, graph: NetworkGraph, edge: GraphEdge): string {
  const kinds = [...new Set(edge.relations.map((r) => t.common.relationKinds[r.kind]))].join(', ');
  return t.network.edgeName(nameOf(graph, edge.source), nameOf(graph, edge.target), t.network.sharedEvents(edge.weight), kinds);
}

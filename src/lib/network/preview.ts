import type { GraphEdge, NetworkGraph } from './graph';
import { isDragging, type Interaction } from './interaction-state';
import type { Point } from './navigate';
import { LARGE_SVG_EDGES } from '../thresholds';

/**
 * What the interaction state shows, as pure functions of it: the actor and edge to light,
 * where a tooltip points, and which edges become marks of their own.
 */

/** The actor and edge in play: pointed at, else focused (else hovered in another view, else the popover's). */
export function cues(s: Interaction, hoveredActor: string | null): { node: string | null; edge: string | null } {
  if (s.quiet) return { node: null, edge: null };
  return { node: s.pointNode ?? s.focusNode ?? hoveredActor, edge: s.pointEdge ?? s.focusEdge ?? s.popover?.edgeId ?? null };
}

export interface TipAnchor {
  kind: 'node' | 'edge';
  target: string;
  /** The point the tooltip stands on, in px inside the drawing. */
  x: number;
  y: number;
}

/** The tooltip: none while quiet, dragging or showing the popover; the pointer's mark over the focused one. */
export function tipAnchor(
  s: Interaction,
  graph: NetworkGraph,
  screen: ReadonlyMap<string, Point>,
  radius: ReadonlyMap<string, number>,
): TipAnchor | null {
  if (s.quiet || s.popover || isDragging(s)) return null;
  const node = s.pointNode ?? (s.pointEdge ? null : s.focusNode);
  const edge = s.pointNode ? null : (s.pointEdge ?? s.focusEdge);
  if (node && graph.nodeById.has(node)) {
    const p = screen.get(node);
    if (p) return { kind: 'node', target: node, x: p.x, y: p.y - (radius.get(node) ?? 8) - 4 };
  }
  const e = edge ? graph.edgeById.get(edge) : undefined;
  const a = e && screen.get(e.source);
  const b = e && screen.get(e.target);
  if (e && a && b) return { kind: 'edge', target: e.id, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - 8 };
  return null;
}

/**
 * The edges drawn as marks (that can be pointed at and focused): all of them, or, when the
 * canvas draws them, those of the actors in play and the popover's.
 */
export function markedEdges(
  graph: NetworkGraph,
  s: Pick<Interaction, 'pointNode' | 'focusNode' | 'focusEdge' | 'popover'>,
  roving: string | null,
  onCanvas: boolean,
): readonly GraphEdge[] {
  if (!onCanvas) return graph.edges;
  const ids = [s.pointNode, s.focusNode, s.focusEdge ? roving : null].filter((id): id is string => !!id);
  const out = new Map<string, GraphEdge>();
  for (const id of ids) for (const e of (graph.edgesByNode.get(id) ?? []).slice(0, LARGE_SVG_EDGES)) out.set(e.id, e);
  const pop = s.popover && graph.edgeById.get(s.popover.edgeId);
  if (pop) out.set(pop.id, pop);
  return [...out.values()];
}

import { CROWDED_REST, EDGE_COLOR, EDGE_MIN_W, EDGE_OPACITY, RELATION_DASH } from '../draw-style';
import { edgeWidth } from './geometry';
import type { GraphEdge } from './graph';

export type Tone = 'lit' | 'dim' | 'normal';

export interface EdgeLook {
  /** Screen px. */
  width: number;
  color: string;
  /** An SVG stroke-dasharray (screen px), or none for a solid line. */
  dash: string | undefined;
  opacity: number;
}

/**
 * How an edge is drawn, the same on the SVG and on the canvas: colour and dash from its first
 * stated relation (else its weight), width from its weight shrunk by `scale` (a large graph
 * zoomed out) down to EDGE_MIN_W, opacity from its tone, fainter at rest when `crowded`.
 */
export function edgeLook(edge: GraphEdge, maxWeight: number, tone: Tone, { scale = 1, crowded = false } = {}): EdgeLook {
  const rel = edge.relations[0];
  const kind = rel ? 'relation' : edge.weight > 1 ? 'repeated' : 'single';
  const width = edgeWidth(edge.weight, maxWeight);
  return {
    width: Math.max(EDGE_MIN_W, width * scale),
    color: tone === 'lit' ? EDGE_COLOR.lit : EDGE_COLOR[kind],
    dash: rel ? RELATION_DASH[rel.kind] : undefined,
    opacity: tone === 'dim' ? EDGE_OPACITY.dim : tone === 'lit' ? EDGE_OPACITY.lit : EDGE_OPACITY[kind] * (crowded ? CROWDED_REST : 1),
  };
}

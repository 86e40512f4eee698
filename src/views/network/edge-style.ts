import type { RelationKind } from '../../data/schema';
import { edgeWidth } from '../../lib/network/geometry';
import type { GraphEdge } from '../../lib/network/graph';

/** Line style per stated relation; plain co-occurrence is a solid line. */
export const RELATION_DASH: Record<RelationKind, string> = {
  counterpart: '10 4',
  leads: '2 3',
  'member-of': '8 3 2 3',
  'spokesperson-for': '4 3',
  'envoy-of': '12 3 2 3 2 3',
  'adviser-to': '5 2 1 2',
};

export type Tone = 'lit' | 'dim' | 'normal';

export interface EdgeLook {
  width: number;
  color: string;
  dash: string | undefined;
  opacity: number;
}

export function edgeLook(edge: GraphEdge, maxWeight: number, tone: Tone): EdgeLook {
  const rel = edge.relations[0];
  const base = rel ? '#334155' : edge.weight > 1 ? '#64748b' : '#94a3b8';
  return {
    width: edgeWidth(edge.weight, maxWeight),
    color: tone === 'lit' ? '#0f172a' : base,
    dash: rel ? RELATION_DASH[rel.kind] : undefined,
    opacity: tone === 'dim' ? 0.12 : tone === 'lit' ? 1 : rel || edge.weight > 1 ? 0.8 : 0.6,
  };
}

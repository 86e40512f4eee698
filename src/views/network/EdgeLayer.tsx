import { memo, type DOMAttributes } from 'react';
import type { Emphasis } from '../../lib/network/emphasis';
import type { GraphEdge, NetworkGraph } from '../../lib/network/graph';
import type { Point } from '../../lib/network/navigate';
import { useT } from '../../state/i18n';
import { edgeLook, type Tone } from '../../lib/network/edge-style';
import { edgesOnCanvas } from '../../lib/network/geometry';
import { edgeLabel } from './accessible-names';

interface MarkProps {
  edge: GraphEdge;
  name: string;
  a: Point;
  b: Point;
  maxWeight: number;
  scale: number;
  crowded: boolean;
  tone: Tone;
  describedBy: string | undefined;
}

const EdgeMark = memo(function EdgeMark({ edge, name, a, b, maxWeight, scale, crowded, tone, describedBy }: MarkProps) {
  const look = edgeLook(edge, maxWeight, tone, { scale, crowded });
  const line = { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
  return (
    <g
      role="button"
      tabIndex={-1}
      aria-label={name}
      aria-describedby={describedBy}
      data-edge={edge.id}
      data-tone={tone}
      className="group cursor-pointer outline-none"
    >
      <line {...line} stroke="#f59e0b" strokeWidth={look.width + 6} className="opacity-0 group-focus-visible:opacity-100" />
      <line {...line} stroke="transparent" strokeWidth={Math.max(9, look.width + 6)} />
      <line
        {...line}
        stroke={look.color}
        strokeWidth={look.width}
        strokeDasharray={look.dash}
        strokeOpacity={look.opacity}
        className="group-hover:stroke-slate-900"
      />
    </g>
  );
});

export interface EdgeLayerProps {
  graph: NetworkGraph;
  /** The edges to draw here: all of them, or on a large graph only those worth reaching. */
  edges: readonly GraphEdge[];
  screen: ReadonlyMap<string, Point>;
  emphasis: Emphasis;
  anchorName: string | null;
  /** Line widths shrink with the marks while a large graph is zoomed out. */
  scale: number;
  tip: { id: string; target: string } | null;
  handlers: DOMAttributes<SVGGElement>;
}

/**
 * Connections under the actors; lit ones are drawn last, on top of the rest. None is a Tab
 * stop of its own: Tab from an actor leads to its connections (see nodeKey in src/lib/network/interaction.ts).
 */
export function EdgeLayer({ graph, edges, screen, emphasis, anchorName, scale, tip, handlers }: EdgeLayerProps) {
  const t = useT();
  const any = emphasis.source !== null;
  const crowded = edgesOnCanvas(graph);
  const tone = (e: GraphEdge): Tone => (!any ? 'normal' : emphasis.edges.has(e.id) ? 'lit' : 'dim');
  // Lightest first, so heavy ties are drawn, and take the pointer, over the faint ones.
  const byWeight = [...edges].reverse();
  const ordered = any ? [...byWeight.filter((e) => tone(e) !== 'lit'), ...byWeight.filter((e) => tone(e) === 'lit')] : byWeight;
  return (
    <g role="group" aria-label={anchorName ? t.network.connectionsOf(anchorName) : undefined} {...handlers}>
        {ordered.map((e) => {
          const a = screen.get(e.source);
          const b = screen.get(e.target);
          if (!a || !b) return null;
          return (
            <EdgeMark
              key={e.id}
              edge={e}
              name={edgeLabel(t, graph, e)}
              a={a}
              b={b}
              maxWeight={graph.maxWeight}
              scale={scale}
              crowded={crowded}
              tone={tone(e)}
              describedBy={tip?.target === e.id ? tip.id : undefined}
            />
          );
        })}
    </g>
  );
}

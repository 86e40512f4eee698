import { memo, type DOMAttributes } from 'react';
import type { Emphasis } from '../../lib/network/emphasis';
import type { GraphNode, NetworkGraph } from '../../lib/network/graph';
import type { PlacedLabel } from '../../lib/network/labels';
import type { Point } from '../../lib/network/navigate';
import { SIDE_COLORS } from '../../lib/sides';
import { useT } from '../../state/i18n';
import type { Tone } from './edge-style';
import { LABEL_FONT_SIZE, LABEL_LINE } from './label-metrics';
import { nodeLabel } from './names';

/** Every node is at least this big to the pointer and for WCAG target size (24 px across). */
const MIN_HIT = 12;

interface MarkProps {
  node: GraphNode;
  name: string;
  x: number;
  y: number;
  r: number;
  label: PlacedLabel | undefined;
  tone: Tone;
  pressed: boolean;
  tabbable: boolean;
  describedBy: string | undefined;
}

const NodeMark = memo(function NodeMark({ node, name, x, y, r, label, tone, pressed, tabbable, describedBy }: MarkProps) {
  const fill = SIDE_COLORS[node.side];
  const person = node.kind === 'person';
  const s = r * 1.6;
  return (
    <g
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      aria-pressed={pressed}
      aria-describedby={describedBy}
      data-node={node.id}
      data-tone={tone}
      transform={`translate(${x},${y})`}
      className="group cursor-pointer touch-none outline-none"
    >
      <circle r={Math.max(MIN_HIT, r + 3)} fill="transparent" />
      {label && (
        <rect x={label.left - x} y={label.top - y} width={label.width} height={label.height} fill="transparent" />
      )}
      <circle
        r={Math.max(MIN_HIT, r + 6)}
        fill="none"
        stroke="#f59e0b"
        strokeWidth={3}
        className="opacity-0 group-focus-visible:opacity-100"
      />
      {pressed && <circle r={r + 3.5} fill="none" stroke="#0f172a" strokeWidth={2.5} />}
      {person ? (
        <circle r={r} fill={fill} stroke="#fff" strokeWidth={1.5} opacity={tone === 'dim' ? 0.3 : 1} />
      ) : (
        <rect
          x={-s / 2}
          y={-s / 2}
          width={s}
          height={s}
          rx={2.5}
          fill={fill}
          stroke="#fff"
          strokeWidth={1.5}
          opacity={tone === 'dim' ? 0.3 : 1}
        />
      )}
      {label && (
        <text
          fontSize={LABEL_FONT_SIZE}
          fill={tone === 'dim' ? '#64748b' : '#0f172a'}
          fontWeight={tone === 'lit' || pressed ? 650 : 500}
          textAnchor={label.align}
          className="stroke-white [paint-order:stroke] [stroke-linejoin:round] [stroke-width:4px]"
        >
          {label.lines.map((line, i) => (
            <tspan
              key={i}
              x={(label.align === 'start' ? label.left : label.align === 'end' ? label.left + label.width : label.left + label.width / 2) - x}
              y={label.top - y + 1 + LABEL_LINE * i + LABEL_FONT_SIZE * 0.9}
            >
              {line}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
});

export interface NodeLayerProps {
  graph: NetworkGraph;
  screen: ReadonlyMap<string, Point>;
  radius: ReadonlyMap<string, number>;
  labels: ReadonlyMap<string, PlacedLabel>;
  emphasis: Emphasis;
  pressed: ReadonlySet<string>;
  rovingId: string | null;
  tip: { id: string; target: string } | null;
  /** Delegated handlers: one set for all nodes, which read `data-node` from the target. */
  handlers: DOMAttributes<SVGGElement>;
}

/** The actors, drawn over the edges; a roving tabindex makes the group one Tab stop. */
export function NodeLayer({ graph, screen, radius, labels, emphasis, pressed, rovingId, tip, handlers }: NodeLayerProps) {
  const t = useT();
  const lit = emphasis.nodes;
  const any = emphasis.source !== null;
  return (
    <g role="group" aria-label={t.network.actorsGroup} {...handlers}>
        {graph.nodes.map((n) => {
          const p = screen.get(n.id);
          if (!p) return null;
          return (
            <NodeMark
              key={n.id}
              node={n}
              name={nodeLabel(t, n)}
              x={p.x}
              y={p.y}
              r={radius.get(n.id)!}
              label={labels.get(n.id)}
              tone={!any ? 'normal' : lit.has(n.id) ? 'lit' : 'dim'}
              pressed={pressed.has(n.id)}
              tabbable={n.id === rovingId}
              describedBy={tip?.target === n.id ? tip.id : undefined}
            />
          );
        })}
    </g>
  );
}

import { memo, useLayoutEffect, useRef, type DOMAttributes } from 'react';
import type { Side } from '../../data/schema';
import type { Emphasis } from '../../lib/network/emphasis';
import type { NetworkGraph } from '../../lib/network/graph';
import type { PlacedLabel } from '../../lib/network/labels';
import type { Point } from '../../lib/network/navigate';
import { NODE_RIM, ORG_CORNER, ORG_SQUARE } from '../../lib/draw-style';
import { SIDE_COLORS } from '../../lib/sides';
import { useT } from '../../state/i18n';
import type { Tone } from '../../lib/network/edge-style';
import { LABEL_FONT_SIZE, LABEL_LINE } from './label-metrics';
import { nodeLabel } from './accessible-names';

/** Every node is at least this big to the pointer and for WCAG target size (24 px across). */
const MIN_HIT = 12;

interface MarkProps {
  id: string;
  side: Side;
  person: boolean;
  name: string;
  x: number;
  y: number;
  r: number;
  label: PlacedLabel | undefined;
  pressed: boolean;
  tabbable: boolean;
  describedBy: string | undefined;
  /** False when a canvas paints the shape (large graphs): the element is then only its target. */
  shape: boolean;
}

/**
 * One actor. Its props are plain values, so a render that moves or relabels a few actors
 * leaves the others alone; how lit or dimmed it is comes from its `data-tone` attribute
 * (set by NodeLayer) through CSS, so a change of emphasis re-renders none of them.
 */
const NodeMark = memo(function NodeMark({ id, side, person, name, x, y, r, label, pressed, tabbable, describedBy, shape }: MarkProps) {
  const s = r * ORG_SQUARE;
  // NODE_DIM_OPACITY, as a class: a change of emphasis re-renders no mark.
  const dim = 'group-data-[tone=dim]:opacity-30';
  return (
    <g
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      aria-pressed={pressed}
      aria-describedby={describedBy}
      data-node={id}
      transform={`translate(${x},${y})`}
      className="group cursor-pointer touch-none outline-none"
    >
      <circle r={Math.max(MIN_HIT, r + 3)} fill="transparent" />
      {label && (
        <rect x={label.left - x} y={label.top - y} width={label.width} height={label.height} fill="transparent" />
      )}
      {/* Only the Tab stop can hold focus (focusing an actor makes it the Tab stop). */}
      {tabbable && (
        <circle
          r={Math.max(MIN_HIT, r + 6)}
          fill="none"
          stroke="#f59e0b"
          strokeWidth={3}
          className="opacity-0 group-focus-visible:opacity-100"
        />
      )}
      {pressed && <circle r={r + 3.5} fill="none" stroke="#0f172a" strokeWidth={2.5} />}
      {shape &&
        (person ? (
          <circle r={r} fill={SIDE_COLORS[side]} stroke={NODE_RIM.color} strokeWidth={NODE_RIM.width} className={dim} />
        ) : (
          <rect x={-s / 2} y={-s / 2} width={s} height={s} rx={ORG_CORNER} fill={SIDE_COLORS[side]} stroke={NODE_RIM.color} strokeWidth={NODE_RIM.width} className={dim} />
        ))}
      {label && (
        <text
          fontSize={LABEL_FONT_SIZE}
          textAnchor={label.align}
          className={`fill-[#0f172a] stroke-white [paint-order:stroke] [stroke-linejoin:round] [stroke-width:4px] group-data-[tone=dim]:fill-[#64748b] ${pressed ? 'font-[650]' : 'font-medium group-data-[tone=lit]:font-[650]'}`}
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
  /** Whether the marks draw their own shapes (else NodeCanvas does). */
  shapes: boolean;
}

export function toneOf(emphasis: Emphasis, id: string): Tone {
  return emphasis.source === null ? 'normal' : emphasis.nodes.has(id) ? 'lit' : 'dim';
}

/** The actors, drawn over the edges; a roving tabindex makes the group one Tab stop. */
export function NodeLayer({ graph, screen, radius, labels, emphasis, pressed, rovingId, tip, handlers, shapes }: NodeLayerProps) {
  const t = useT();
  const ref = useRef<SVGGElement>(null);
  // Tones are written straight to the marks, before paint, and only where they change.
  useLayoutEffect(() => {
    for (const el of ref.current?.children ?? []) {
      const id = el.getAttribute('data-node');
      if (!id) continue;
      const tone = toneOf(emphasis, id);
      if (el.getAttribute('data-tone') !== tone) el.setAttribute('data-tone', tone);
    }
  }, [emphasis, graph, screen]);
  return (
    <g ref={ref} role="group" aria-label={t.network.actorsGroup} {...handlers}>
      {graph.nodes.map((n) => {
        const p = screen.get(n.id);
        if (!p) return null;
        return (
          <NodeMark
            key={n.id}
            id={n.id}
            side={n.side}
            person={n.kind === 'person'}
            name={nodeLabel(t, n)}
            x={p.x}
            y={p.y}
            r={radius.get(n.id)!}
            label={labels.get(n.id)}
            pressed={pressed.has(n.id)}
            tabbable={n.id === rovingId}
            describedBy={tip?.target === n.id ? tip.id : undefined}
            shape={shapes}
          />
        );
      })}
    </g>
  );
}

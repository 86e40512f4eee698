import { memo } from 'react';
import { BAR_H, HIT, POINT_R } from '../../lib/timeline/constants';
import { clipSpan, markPrims } from '../../lib/timeline/geometry';
import { placementY, type Packing, type TimelineModel } from '../../lib/timeline/layout';
import { markBox } from '../../lib/timeline/precision';
import { MarkShapes } from './MarkShapes';

interface Props {
  model: TimelineModel;
  packing: Packing;
  /** Index of the event in the model. */
  e: number;
  /** Screen x of the mark's anchors. */
  x0: number;
  x1: number;
  plotWidth: number;
  name: string;
  tabStop: boolean;
  selected: boolean;
  highlighted: boolean;
  describedBy: string | undefined;
  prefix: string;
}

/**
 * One event, drawn once: a focusable button holding its mark in each of its lanes (one in
 * side lanes; one per actor in actor lanes, joined by a connector). Handlers are delegated
 * to the layer, which finds the event by `data-event-id`.
 */
export const EventMark = memo(function EventMark(p: Props) {
  const { model, packing, e } = p;
  const mk = model.marks[e]!;
  const [ax, w] = mk.shape === 'span' ? clipSpan(p.x0, p.x1, p.plotWidth) : [p.x0, 0];
  const box = markBox(mk.shape, 0, w);
  const first = model.first[e]!;
  const ys: number[] = [];
  for (let q = first; q < model.first[e + 1]!; q++) ys.push(placementY(model, packing, q));
  const planned = model.planned[e] === 1;
  const half = mk.shape === 'point' ? POINT_R : BAR_H / 2;
  const ring = { x: box.left - 4, y: -half - 4, width: box.right - box.left + 8, height: 2 * half + 8 };
  const strong = p.selected || p.highlighted;
  return (
    <g
      role="button"
      tabIndex={p.tabStop ? 0 : -1}
      aria-pressed={p.selected}
      aria-label={p.name}
      aria-describedby={p.describedBy}
      data-event-id={model.ids[e]}
      className="group cursor-pointer"
      transform={`translate(${ax} 0)`}
    >
      {ys.length > 1 && (
        <line
          x1={0}
          x2={0}
          y1={ys[0]}
          y2={ys[ys.length - 1]}
          stroke={strong ? '#0f172a' : '#94a3b8'}
          strokeWidth={strong ? 2 : 1}
          strokeDasharray={strong ? undefined : '1 2'}
        />
      )}
      {ys.map((y, i) => (
        <g key={i} transform={`translate(0 ${y})`}>
          {p.highlighted && <rect {...ring} x={ring.x - 2} y={ring.y - 2} width={ring.width + 4} height={ring.height + 4} rx={8} fill="#fde68a" />}
          <rect x={box.hitLeft} y={-HIT / 2} width={box.hitRight - box.hitLeft} height={HIT} fill="transparent" />
          <MarkShapes prims={markPrims({ shape: mk.shape, soft: mk.soft, planned, sides: model.pSides[first + i]! }, w)} prefix={p.prefix} />
          {p.selected && <rect {...ring} rx={5} fill="none" stroke="#0f172a" strokeWidth={2} />}
          <rect
            {...ring}
            x={ring.x - 2}
            y={ring.y - 2}
            width={ring.width + 4}
            height={ring.height + 4}
            rx={7}
            fill="none"
            stroke="#b45309"
            strokeWidth={3}
            className="invisible group-focus-visible:visible"
          />
        </g>
      ))}
    </g>
  );
});

import type { FocusEvent, KeyboardEvent, RefObject } from 'react';
import type { DatasetIndex } from '../../lib/dataset-index';
import type { Packing, TimelineModel } from '../../lib/timeline/layout';
import { lensX, type Lens } from '../../lib/timeline/lens';
import type { BaseScale } from '../../lib/timeline/scale';
import type { AxisTicks } from '../../lib/timeline/ticks';
import type { Lang } from '../../i18n/lang';
import type { Messages } from '../../i18n/messages';
import { EventMark } from './EventMark';
import { eventName } from './labels';
import { FadeGradients } from './MarkShapes';

const PREFIX = 'tl';

interface Props {
  svgRef: RefObject<SVGSVGElement | null>;
  index: DatasetIndex;
  model: TimelineModel;
  packing: Packing;
  base: BaseScale;
  lens: Lens;
  height: number;
  ticks: AxisTicks;
  /** Model indices of the marks to render as SVG, in time order. */
  events: readonly number[];
  stopId: string | null;
  selectedId: string | null;
  highlighted: ReadonlySet<string>;
  tipFor: string | null;
  tipId: string;
  windowMs: readonly [number, number] | null;
  label: string;
  hintId: string;
  lang: Lang;
  t: Messages;
  keys: { onKeyDown: (ev: KeyboardEvent) => void; onFocus: (ev: FocusEvent) => void; onBlur: () => void };
}

/** The focusable marks over a faint grid, the time window's shading and the selection's line. */
export function MarksLayer({ svgRef, ...p }: Props) {
  const { model, base, lens, height } = p;
  const x = (t: number) => lensX(lens, t);
  const selected = p.selectedId !== null ? model.indexOf.get(p.selectedId) : undefined;
  return (
    <svg
      ref={svgRef}
      role="group"
      aria-label={p.label}
      aria-describedby={p.hintId}
      width={base.width}
      height={height}
      className="absolute top-0 left-0 overflow-hidden"
      onKeyDown={p.keys.onKeyDown}
      onFocus={p.keys.onFocus}
      onBlur={p.keys.onBlur}
    >
      <FadeGradients prefix={PREFIX} />
      <g aria-hidden="true" className="pointer-events-none">
        {p.ticks.ticks.map((tk) => (
          <line key={tk.t} x1={tk.x} x2={tk.x} y1={0} y2={height} stroke="#e2e8f0" />
        ))}
        {p.ticks.context.map((c) => (c.x > 0 ? <line key={`c${c.t}`} x1={c.x} x2={c.x} y1={0} y2={height} stroke="#cbd5e1" /> : null))}
        {p.windowMs && (
          <>
            <rect x={-1} y={0} width={Math.max(0, x(p.windowMs[0]) + 1)} height={height} fill="#64748b" fillOpacity={0.1} />
            <rect x={x(p.windowMs[1])} y={0} width={Math.max(0, base.width - x(p.windowMs[1]) + 1)} height={height} fill="#64748b" fillOpacity={0.1} />
          </>
        )}
        {selected !== undefined && p.events.includes(selected) && (
          <line x1={x(model.marks[selected]!.t0)} x2={x(model.marks[selected]!.t0)} y1={0} y2={height} stroke="#0f172a" strokeDasharray="2 3" />
        )}
      </g>
      {p.events.map((e) => {
        const id = model.ids[e]!;
        const mk = model.marks[e]!;
        return (
          <EventMark
            key={id}
            model={model}
            packing={p.packing}
            e={e}
            x0={x(mk.t0)}
            x1={x(mk.t1)}
            plotWidth={base.width}
            name={eventName(p.index.eventById.get(id)!, p.lang, p.t)}
            tabStop={id === p.stopId}
            selected={id === p.selectedId}
            highlighted={p.highlighted.has(id)}
            describedBy={p.tipFor === id ? p.tipId : undefined}
            prefix={PREFIX}
          />
        );
      })}
    </svg>
  );
}

import type { FocusEvent, KeyboardEvent, RefObject } from 'react';
import type { MarksPlan } from '../../lib/timeline/frame-plan';
import { lensX } from '../../lib/timeline/lens';
import { useDatasetIndex } from '../../state/dataset-context';
import { useLang, useT } from '../../state/i18n';
import { EventMark } from './EventMark';
import { eventName } from './labels';
import { FadeGradients } from './MarkShapes';

const PREFIX = 'tl';

interface Props {
  svgRef: RefObject<SVGSVGElement | null>;
  /** What to draw (see marksPlan in src/lib/timeline/frame-plan.ts). */
  plan: MarksPlan;
  keys: { onKeyDown: (ev: KeyboardEvent) => void; onFocus: (ev: FocusEvent) => void; onBlur: () => void };
  /** Ids of the keyboard hint and of the tooltip, which describe the marks. */
  hintId: string;
  tipId: string;
}

/** The focusable marks over a faint grid, the time window's shading and the selection's line. */
export function MarksLayer({ svgRef, plan, keys, hintId, tipId }: Props) {
  const index = useDatasetIndex();
  const lang = useLang();
  const t = useT();
  const { model, packing, lens, height, ticks, shade } = plan;
  const width = lens.base.width;
  return (
    <svg
      ref={svgRef}
      role="group"
      aria-label={t.timeline.marks}
      aria-describedby={hintId}
      width={width}
      height={height}
      className="absolute top-0 left-0 overflow-hidden"
      onKeyDown={keys.onKeyDown}
      onFocus={keys.onFocus}
      onBlur={keys.onBlur}
    >
      <FadeGradients prefix={PREFIX} />
      <g aria-hidden="true" className="pointer-events-none">
        {ticks.ticks.map((tk) => (
          <line key={tk.t} x1={tk.x} x2={tk.x} y1={0} y2={height} stroke="#e2e8f0" />
        ))}
        {ticks.context.map((c) => (c.x > 0 ? <line key={`c${c.t}`} x1={c.x} x2={c.x} y1={0} y2={height} stroke="#cbd5e1" /> : null))}
        {shade && (
          <>
            <rect x={-1} y={0} width={Math.max(0, shade[0] + 1)} height={height} fill="#64748b" fillOpacity={0.1} />
            <rect x={shade[1]} y={0} width={Math.max(0, width - shade[1] + 1)} height={height} fill="#64748b" fillOpacity={0.1} />
          </>
        )}
        {plan.selectedX !== null && <line x1={plan.selectedX} x2={plan.selectedX} y1={0} y2={height} stroke="#0f172a" strokeDasharray="2 3" />}
      </g>
      {plan.events.map((e) => {
        const id = model.ids[e]!;
        const mk = model.marks[e]!;
        return (
          <EventMark
            key={id}
            model={model}
            packing={packing}
            e={e}
            x0={lensX(lens, mk.t0)}
            x1={lensX(lens, mk.t1)}
            plotWidth={width}
            name={eventName(index.eventById.get(id)!, lang, t)}
            tabStop={id === plan.stopId}
            selected={id === plan.selectedId}
            highlighted={plan.highlighted.has(id)}
            describedBy={plan.tipFor === id ? tipId : undefined}
            prefix={PREFIX}
          />
        );
      })}
    </svg>
  );
}

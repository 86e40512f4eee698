import type { AxisTicks } from '../../lib/timeline/ticks';

export const AXIS_H = 34;

/** A compressed stretch at an edge of the axis: its box and the years it holds. */
export interface AxisSegment {
  side: 'left' | 'right';
  x0: number;
  x1: number;
}

interface Props {
  ticks: AxisTicks;
  width: number;
  label: string;
  segments?: readonly AxisSegment[];
}

/** The break between a compressed segment and the focus: two slashes across the axis line. */
function Break({ x }: { x: number }) {
  return (
    <g transform={`translate(${x} 0)`}>
      <rect x={-4} y={0} width={8} height={AXIS_H} fill="#ffffff" />
      <path d={`M-5 ${AXIS_H - 2}L-1 2M1 ${AXIS_H - 2}L5 2`} stroke="#475569" strokeWidth={1.5} fill="none" />
    </g>
  );
}

/** Tick labels on top, the wider period (month, year) beneath them, in the interface language. */
export function Axis({ ticks, width, label, segments = [] }: Props) {
  return (
    <svg role="img" aria-label={label} width={width} height={AXIS_H} className="block shrink-0 border-b border-slate-300 bg-white select-none">
      {ticks.ticks.map((tk) => (
        <g key={tk.t} transform={`translate(${tk.x} 0)`}>
          <line y1={AXIS_H - 6} y2={AXIS_H} stroke="#94a3b8" />
          <text y={13} textAnchor="middle" className="fill-slate-700 text-[11px] tabular-nums">
            {tk.label}
          </text>
        </g>
      ))}
      {ticks.context.map((c) => (
        <g key={`c${c.t}`} transform={`translate(${c.x} 0)`}>
          {c.x > 0 && <line y1={16} y2={AXIS_H} stroke="#475569" />}
          <text x={4} y={27} className="fill-slate-900 text-[11px] font-semibold">
            {c.label}
          </text>
        </g>
      ))}
      {segments.map((s) => (
        <g key={s.side}>
          <rect x={s.x0} y={0} width={s.x1 - s.x0} height={AXIS_H} fill="#f1f5f9" />
          <Break x={s.side === 'left' ? s.x1 : s.x0} />
        </g>
      ))}
    </svg>
  );
}

import type { AxisTicks } from '../../lib/timeline/ticks';

export const AXIS_H = 34;

interface Props {
  ticks: AxisTicks;
  width: number;
  label: string;
}

/** Tick labels on top, the wider period (month, year) beneath them, in the interface language. */
export function Axis({ ticks, width, label }: Props) {
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
    </svg>
  );
}

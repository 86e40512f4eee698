import { brushX, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { memo, useEffect, useMemo, useRef } from 'react';
import { densityBins, histogramPath } from '../../lib/timeline/density';
import type { TimelineModel } from '../../lib/timeline/layout';
import { IDENTITY, screenX, timeAt, visibleRange, type BaseScale, type ZoomView } from '../../lib/timeline/scale';
import { axisTicks } from '../../lib/timeline/ticks';
import { useLang, useT } from '../../state/i18n';

const BARS_H = 24;
export const OVERVIEW_H = 38;

interface Props {
  model: TimelineModel;
  /** 1 for each event (model index) in the filters. */
  included: Uint8Array;
  base: BaseScale;
  view: ZoomView;
  /** What the main plot shows at its own scale (its compressed segments aside), ms. */
  focus?: readonly [number, number];
  /** The time window filter, ms (end exclusive), or null. */
  window: readonly [number, number] | null;
  /** The time window in words, for the overview's name. */
  windowText: string;
  onBrush: (range: [number, number] | null) => void;
}

/**
 * A histogram as one path (a long event fills every bin: a rect per bin would be hundreds
 * of elements), redrawn when the filters change, not on every zoom frame.
 */
const Bars = memo(function Bars({ bins, max, width, fill }: { bins: Uint32Array; max: number; width: number; fill: string }) {
  const d = useMemo(() => histogramPath(bins, max, width, BARS_H), [bins, max, width]);
  return d ? <path d={d} fill={fill} /> : null;
});

/**
 * The whole time span at a glance: a histogram of events, the part the main plot shows,
 * and a brush that sets the time window filter. Keyboard users have the window buttons.
 */
export const Overview = memo(function Overview({ model, included, base, view, focus, window, windowText, onBrush }: Props) {
  const lang = useLang();
  const tl = useT().timeline;
  const label = `${tl.overview}. ${tl.window}: ${windowText}`;
  const brushRef = useRef<SVGGElement>(null);
  const onBrushRef = useRef(onBrush);
  useEffect(() => {
    onBrushRef.current = onBrush;
  }, [onBrush]);
  const { width } = base;

  const { all, inFilter, max, ticks } = useMemo(() => {
    const [t0, t1] = visibleRange(base, IDENTITY);
    const bins = Math.max(1, Math.floor(width / 3));
    const allBins = densityBins(model, t0, t1, bins);
    return {
      all: allBins,
      inFilter: densityBins(model, t0, t1, bins, (e) => included[e] === 1),
      max: Math.max(1, ...allBins),
      ticks: axisTicks(t0, t1, width, lang).ticks.filter((tk) => tk.label),
    };
  }, [model, included, base, width, lang]);

  const brush = useMemo(
    () =>
      brushX<unknown>()
        .extent([
          [0, 0],
          [width, BARS_H],
        ])
        .on('end', (event: D3BrushEvent<unknown>) => {
          if (!event.sourceEvent) return; // our own brush.move below
          const sel = event.selection as [number, number] | null;
          onBrushRef.current(sel ? [timeAt(base, IDENTITY, sel[0]), timeAt(base, IDENTITY, sel[1])] : null);
        }),
    [base, width],
  );

  useEffect(() => {
    const g = brushRef.current;
    if (!g) return;
    const sel = select(g);
    sel.call(brush);
    sel.select('.selection').attr('fill', '#1d4ed8').attr('fill-opacity', 0.16).attr('stroke', '#1d4ed8');
    return () => {
      sel.on('.brush', null).selectAll('*').remove();
    };
  }, [brush]);

  useEffect(() => {
    const g = brushRef.current;
    if (!g) return;
    const x = (t: number) => Math.min(width, Math.max(0, screenX(base, IDENTITY, t)));
    select(g).call(brush.move, window ? [x(window[0]), x(window[1])] : null);
  }, [brush, window, base, width]);

  const [v0, v1] = focus ?? visibleRange(base, view);
  const vx0 = screenX(base, IDENTITY, v0);
  const vx1 = screenX(base, IDENTITY, v1);
  return (
    <svg role="img" aria-label={label} width={width} height={OVERVIEW_H} className="block shrink-0 border-y border-slate-200 bg-slate-50 select-none">
      <g aria-hidden="true">
        <Bars bins={all} max={max} width={width} fill="#cbd5e1" />
        <Bars bins={inFilter} max={max} width={width} fill="#334155" />
        {view.k > 1.001 && (
          <rect x={vx0} y={0.5} width={Math.max(2, vx1 - vx0)} height={BARS_H - 1} fill="none" stroke="#0f172a" strokeWidth={1.5} strokeDasharray="3 2" />
        )}
        {/* At zoom 1 the main axis already says the same. */}
        {view.k > 1.001 && ticks.map((tk) => (
          <text key={tk.t} x={tk.x} y={OVERVIEW_H - 3} textAnchor="middle" className="fill-slate-700 text-[10px] tabular-nums">
            {tk.label}
          </text>
        ))}
      </g>
      <g ref={brushRef} />
    </svg>
  );
});

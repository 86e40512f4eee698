import { useT } from '../../state/i18n';
import { AXIS_H } from './Axis';

export interface SegmentInfo {
  side: 'left' | 'right';
  x0: number;
  x1: number;
  /** Events in the filters drawn there, at least in part. */
  count: number;
  /** The dates it holds, short ("2016–2025") and in full ("1 Jan 2016 – 9 Feb 2025"). */
  short: string;
  range: string;
}

/** Behind the marks: the compressed segments shaded, each cut from the focus by a dashed break. */
export function SegmentShades({ segments }: { segments: readonly SegmentInfo[] }) {
  return (
    <>
      {segments.map((s) => (
        <div
          key={s.side}
          aria-hidden="true"
          className={`pointer-events-none absolute inset-y-0 bg-slate-500/[0.07] ${s.side === 'left' ? 'border-r-2' : 'border-l-2'} border-dashed border-slate-400`}
          style={{ left: s.x0, width: s.x1 - s.x0 }}
        />
      ))}
    </>
  );
}

/**
 * Over the axis, each segment says what it holds and how many events, and brings them into
 * view at the zoom's own scale on click: nothing outside the focus goes unseen or uncounted.
 */
export function SegmentButtons({ segments, onShow }: { segments: readonly SegmentInfo[]; onShow: (side: 'left' | 'right') => void }) {
  const t = useT().timeline;
  return (
    <>
      {segments.map((s) => {
        const wide = s.x1 - s.x0 >= 80;
        return (
          <button
            key={s.side}
            type="button"
            onClick={() => onShow(s.side)}
            title={s.range}
            className="absolute top-0 z-10 flex flex-col items-center justify-center overflow-hidden rounded-sm px-0.5 text-center leading-tight text-slate-800 hover:bg-slate-200"
            style={{ left: s.x0 + (s.side === 'left' ? 0 : 5), width: s.x1 - s.x0 - 5, height: AXIS_H }}
          >
            <span aria-hidden="true" data-export-label="" className="text-[10px] whitespace-nowrap tabular-nums">
              {s.short}
            </span>
            <span aria-hidden="true" className="text-[10px] font-semibold whitespace-nowrap">
              {s.side === 'left' && '◂ '}
              {wide ? t.segmentCount(s.side, s.count) : s.count}
              {s.side === 'right' && ' ▸'}
            </span>
            <span className="sr-only">{t.segmentName(s.side, s.count, s.short)}</span>
          </button>
        );
      })}
    </>
  );
}

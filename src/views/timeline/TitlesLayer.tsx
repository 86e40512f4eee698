import { memo } from 'react';
import type { PlacedTitle } from '../../lib/timeline/titles';
import { fitTitle } from './title-metrics';

interface Props {
  titles: readonly PlacedTitle[];
  ids: readonly string[];
  titleOf: (e: number) => string;
  /** The selected and the hovered event: their titles are drawn stronger, above the rest. */
  strong: ReadonlySet<number>;
}

const TITLE_H = 14;

/**
 * One positioned element per title on screen, no more: the marks keep the accessible names
 * (a title repeats one), so this layer is hidden from assistive technology. A title beside its
 * mark can be pointed at and clicked like it (the plot finds it by `data-title-for`); one drawn
 * inside a span lets the pointer through to the span.
 */
export const TitlesLayer = memo(function TitlesLayer({ titles, ids, titleOf, strong }: Props) {
  return (
    <div aria-hidden="true" className="pointer-events-none absolute inset-0">
      {titles.map((t) => {
        const title = titleOf(t.e);
        const lit = strong.has(t.e) || t.forced;
        return (
          <span
            key={ids[t.e]}
            data-title-for={ids[t.e]}
            data-export-label=""
            className={`${t.side === 'inside' ? 'pointer-events-none' : 'pointer-events-auto cursor-pointer'} absolute overflow-hidden rounded-sm px-[3px] text-[11px] leading-[14px] font-medium whitespace-nowrap ${
              lit ? 'z-10 bg-white text-slate-950 shadow-sm ring-1 ring-slate-400' : 'bg-white/90 text-slate-800'
            }`}
            style={{ left: t.x, top: t.y - TITLE_H / 2, width: t.w, height: TITLE_H }}
          >
            {t.full ? title : fitTitle(title, t.w)}
          </span>
        );
      })}
    </div>
  );
});

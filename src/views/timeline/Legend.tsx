import { memo, type ReactNode } from 'react';
import { markPrims, type MarkStyle } from '../../lib/timeline/geometry';
import type { LaneMode } from '../../lib/timeline/lanes';
import { useT } from '../../state/i18n';
import { FadeGradients, MarkShapes } from './MarkShapes';

function Swatch({ style, width = 22, children }: { style: MarkStyle; width?: number; children?: ReactNode }) {
  const anchor = style.shape === 'point' ? 12 : style.shape === 'open-start' ? 38 : 4;
  return (
    <svg width={style.shape.startsWith('open') ? 44 : 26} height={18} aria-hidden="true" className="shrink-0">
      <g transform={`translate(${anchor} 9)`}>
        <MarkShapes prims={markPrims(style, width)} prefix="tl-key" />
        {children}
      </g>
    </svg>
  );
}

interface Props {
  mode: LaneMode;
  filtering: boolean;
}

/** What each mark means: the honest-dates vocabulary in one line or two. */
export const Legend = memo(function Legend({ mode, filtering }: Props) {
  const t = useT().timeline;
  const item = (swatch: ReactNode, text: string) => (
    <li className="flex items-center gap-1">
      {swatch}
      <span>{text}</span>
    </li>
  );
  const one = ['us'] as const;
  return (
    <div className="border-t border-slate-200 px-3 py-1.5">
      <svg width={0} height={0} aria-hidden="true" className="absolute">
        <FadeGradients prefix="tl-key" />
      </svg>
      <h3 className="sr-only">{t.legend}</h3>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-[11px] leading-tight text-slate-700">
        {item(<Swatch style={{ shape: 'point', soft: false, planned: false, sides: one }} />, t.legendPoint)}
        {item(<Swatch style={{ shape: 'span', soft: true, planned: false, sides: one }} />, t.legendSoft)}
        {item(<Swatch style={{ shape: 'span', soft: false, planned: false, sides: one }} />, t.legendRange)}
        {item(<Swatch style={{ shape: 'open-end', soft: false, planned: false, sides: one }} />, t.legendOpen)}
        {item(<Swatch style={{ shape: 'point', soft: false, planned: true, sides: one }} />, t.legendPlanned)}
        {mode === 'side'
          ? item(<Swatch style={{ shape: 'point', soft: false, planned: false, sides: ['us', 'ru'] }} />, t.legendSides)
          : item(
              <svg width={26} height={18} aria-hidden="true">
                <line x1={12} x2={12} y1={3} y2={15} stroke="#64748b" />
                <circle cx={12} cy={4} r={3} fill="#1d4ed8" />
                <circle cx={12} cy={14} r={3} fill="#b91c1c" />
              </svg>,
              t.legendConnector,
            )}
        {filtering && (
          <li className="flex items-center gap-1">
            <svg width={26} height={18} aria-hidden="true" className="opacity-25">
              <circle cx={12} cy={9} r={6} fill="#1d4ed8" />
            </svg>
            <span>{t.legendFaint}</span>
          </li>
        )}
      </ul>
    </div>
  );
});

import { useT } from '../../state/i18n';

interface Props {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
}

const BUTTON =
  'inline-flex size-7 items-center justify-center rounded border border-slate-300 bg-white text-slate-800 shadow-sm hover:bg-slate-100';

/** Zoom for those without a wheel or pinch, and a way back to the start. */
export function ZoomControls({ onZoomIn, onZoomOut, onReset }: Props) {
  const t = useT().network;
  return (
    <div className="flex gap-1" data-no-zoom>
      <button type="button" className={BUTTON} onClick={onZoomIn} aria-label={t.zoomIn} title={t.zoomIn}>
        <svg width="14" height="14" aria-hidden="true">
          <path d="M7 2v10M2 7h10" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      <button type="button" className={BUTTON} onClick={onZoomOut} aria-label={t.zoomOut} title={t.zoomOut}>
        <svg width="14" height="14" aria-hidden="true">
          <path d="M2 7h10" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      <button type="button" className={BUTTON} onClick={onReset} aria-label={t.reset} title={t.reset}>
        <svg width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M2.5 7a4.5 4.5 0 1 0 1.4-3.3" />
          <path d="M2 1.5v3h3" />
        </svg>
      </button>
    </div>
  );
}

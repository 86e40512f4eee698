import { useT } from '../../state/i18n';

interface Props {
  canZoomIn: boolean;
  canZoomOut: boolean;
  onZoom: (factor: number) => void;
  onFit: () => void;
  busiest: { label: string; long: string } | null;
  onBusiest: () => void;
  windowText: string;
  hasWindow: boolean;
  onUseView: () => void;
  onClearWindow: () => void;
}

const BTN =
  'inline-flex min-h-7 min-w-7 items-center whitespace-nowrap justify-center rounded-md border border-slate-300 bg-white px-2 text-xs font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-500 disabled:hover:bg-white';

/** Zoom buttons for keyboard users (the plot also takes wheel, drag and pinch) and the time window. */
export function NavBar(p: Props) {
  const t = useT().timeline;
  return (
    <div role="group" aria-label={t.navigation} className="flex flex-wrap items-center gap-x-3 gap-y-1.5 px-3 py-1.5">
      <div className="flex flex-wrap items-center gap-1">
        <button type="button" className={BTN} aria-label={t.zoomOut} title={t.zoomOut} disabled={!p.canZoomOut} onClick={() => p.onZoom(0.5)}>
          <span aria-hidden="true" className="text-sm leading-none">−</span>
        </button>
        <button type="button" className={BTN} aria-label={t.zoomIn} title={t.zoomIn} disabled={!p.canZoomIn} onClick={() => p.onZoom(2)}>
          <span aria-hidden="true" className="text-sm leading-none">+</span>
        </button>
        <button type="button" className={BTN} title={t.fitAllLong} disabled={!p.canZoomOut} onClick={p.onFit}>
          {t.fitAll}
        </button>
        {p.busiest && (
          <button type="button" className={BTN} aria-label={p.busiest.long} title={p.busiest.long} onClick={p.onBusiest}>
            {p.busiest.label}
          </button>
        )}
      </div>
      <div className="flex min-w-0 flex-wrap items-center gap-1.5 text-xs text-slate-700">
        {/* With no window set, the button says it all: the status is left to screen readers, saving a line. */}
        <span className={p.hasWindow ? undefined : 'sr-only'}>
          <span className="font-medium">{t.window}:</span> <span className="text-slate-900">{p.windowText}</span>
        </span>
        {p.hasWindow ? (
          <button type="button" className={BTN} onClick={p.onClearWindow}>
            {t.clearWindow}
          </button>
        ) : (
          <button type="button" className={BTN} onClick={p.onUseView} disabled={!p.canZoomOut}>
            {t.useViewAsWindow}
          </button>
        )}
      </div>
    </div>
  );
}

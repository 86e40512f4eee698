import { useId, useState } from 'react';
import { downloadBlob } from '../../lib/export/download';
import { findGraphicRoot } from '../../lib/export/find-root';
import { useDatasetIndex } from '../../state/dataset-context';
import { useVisibleEvents } from '../../state/filters';
import { useLang, useT } from '../../state/i18n';
import { usePopover } from '../../ui/usePopover';

const GRAPHIC_VIEWS = [
  { regionId: 'timeline', file: 'timeline' },
  { regionId: 'network', file: 'network' },
] as const;

/** Downloads of the current view: data as CSV/JSON, the two graphics as SVG/PNG. */
export function ExportMenu() {
  const t = useT();
  const tf = t.filters;
  const lang = useLang();
  const index = useDatasetIndex();
  const visible = useVisibleEvents();
  const { open, setOpen, close, buttonRef, panelRef } = usePopover();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const menuId = useId();
  const empty = visible.ids.length === 0;

  const link = () => window.location.href;
  const done = (file: string) => {
    setStatus(tf.exported(file));
    close();
  };

  const items: { key: string; label: string; disabled?: boolean; run: () => Promise<void> }[] = [
    {
      key: 'csv',
      label: empty ? tf.exportEmpty(tf.exportCsv) : tf.exportCsv,
      disabled: empty,
      run: async () => {
        const { eventsToCsv } = await import('../../lib/export/csv');
        const file = `backchannel-events.csv`;
        downloadBlob(new Blob([eventsToCsv(index, visible.ids, lang, link())], { type: 'text/csv;charset=utf-8' }), file);
        done(file);
      },
    },
    {
      key: 'json',
      // A dataset needs at least one source: an empty export would not be one.
      label: empty ? tf.exportEmpty(tf.exportJson) : tf.exportJson,
      disabled: empty,
      run: async () => {
        const { eventsToJson } = await import('../../lib/export/json');
        const file = `backchannel-events.json`;
        const body = JSON.stringify(eventsToJson(index, visible.ids, link()), null, 2);
        downloadBlob(new Blob([body], { type: 'application/json' }), file);
        done(file);
      },
    },
  ];
  for (const v of GRAPHIC_VIEWS) {
    const name = v.regionId === 'timeline' ? t.app.regionTimeline : t.app.regionNetwork;
    const root = open ? document.getElementById(v.regionId) : null;
    const graphic = root ? findGraphicRoot(root) : null;
    for (const format of ['svg', 'png'] as const) {
      items.push({
        key: `${v.file}-${format}`,
        label: graphic ? (format === 'svg' ? tf.exportSvg(name) : tf.exportPng(name)) : tf.exportUnavailable(name),
        disabled: !graphic,
        run: async () => {
          if (!graphic) return;
          const title = `${index.dataset.title[lang]} — ${name}`;
          const { serializeGraphic, svgToPng } = await import('../../lib/export/graphic');
          const { markup, width, height } = serializeGraphic(graphic, title);
          const file = `backchannel-${v.file}.${format}`;
          const blob =
            format === 'svg'
              ? new Blob([markup], { type: 'image/svg+xml' })
              : await svgToPng(markup, width, height);
          downloadBlob(blob, file);
          done(file);
        },
      });
      if (!graphic) break;
    }
  }

  // Every failure is said, in the page: a chunk that did not download, a graphic the browser
  // could not rasterise, a refused export.
  const run = (item: (typeof items)[number]) => {
    setFailure(null);
    item.run().catch((e: unknown) => {
      close();
      setStatus('');
      setFailure(tf.exportFailed(item.label, e instanceof Error ? e.message : String(e)));
    });
  };

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => {
          setFailure(null);
          setOpen(!open);
        }}
        className="flex min-h-8 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        {tf.export}
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </button>
      {open && (
        <div ref={panelRef} id={menuId} className="absolute top-full right-0 z-40 mt-1 w-72 max-w-[calc(100vw-1.5rem)] rounded-lg border border-slate-300 bg-white py-1 shadow-xl">
          <ul>
            {items.map((item, i) => (
              <li key={item.key}>
                <button
                  type="button"
                  autoFocus={i === items.findIndex((x) => !x.disabled)}
                  disabled={item.disabled}
                  onClick={() => run(item)}
                  className="w-full px-3 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-600"
                >
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" className="sr-only">
        {status}
      </p>
      {failure && (
        <div
          role="alert"
          className="absolute top-full right-0 z-40 mt-1 flex w-80 max-w-[calc(100vw-1.5rem)] items-start gap-2 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-950 shadow-xl"
        >
          <p className="min-w-0 flex-1 break-words">{failure}</p>
          <button
            type="button"
            onClick={() => setFailure(null)}
            className="shrink-0 rounded border border-red-300 bg-white px-2 py-0.5 text-xs font-medium text-red-900 hover:bg-red-100"
          >
            {tf.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}

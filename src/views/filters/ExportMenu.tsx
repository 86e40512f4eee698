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
  const menuId = useId();

  const link = () => window.location.href;
  const done = (file: string) => {
    setStatus(tf.exported(file));
    close();
  };

  const items: { key: string; label: string; disabled?: boolean; run: () => Promise<void> }[] = [
    {
      key: 'csv',
      label: tf.exportCsv,
      run: async () => {
        const { eventsToCsv } = await import('../../lib/export/csv');
        const file = `backchannel-events.csv`;
        downloadBlob(new Blob([eventsToCsv(index, visible.ids, lang, link())], { type: 'text/csv;charset=utf-8' }), file);
        done(file);
      },
    },
    {
      key: 'json',
      label: tf.exportJson,
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

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
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
                  autoFocus={i === 0}
                  disabled={item.disabled}
                  onClick={() => void item.run()}
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
    </div>
  );
}

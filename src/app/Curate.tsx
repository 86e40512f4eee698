import { lazy, Suspense, useEffect, useState } from 'react';
import type { DatasetIndex } from '../lib/dataset-index';
import { DatasetContext } from '../state/dataset-context';
import { useT } from '../state/i18n';
import { setUrlState, useUrlValue } from '../state/url-store';
import { Region } from './Region';

// The workspace (the drafting engine, its date parser, the zip writer) loads when it opens:
// a reader who never curates does not download it.
const CuratePreview = lazy(() => import('./CuratePreview').then((m) => ({ default: m.CuratePreview })));
const CurationWorkspace = lazy(() => import('../views/curate/CurationWorkspace').then((m) => ({ default: m.CurationWorkspace })));

/** The header's "Curate" control: opens the workspace (or closes it) through the URL. */
export function CurateControl() {
  const t = useT().curate;
  const mode = useUrlValue((s) => s.curate);
  return (
    <button
      type="button"
      aria-pressed={mode !== 'closed'}
      title={t.openHint}
      className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-pressed:border-slate-800 aria-pressed:bg-slate-800 aria-pressed:text-white"
      onClick={() => setUrlState(mode === 'closed' ? { curate: 'open' } : { curate: 'closed', curateEvent: null, curateSource: null })}
    >
      {t.open}
    </button>
  );
}

/** The workspace region, or the preview of what it holds. */
export function CurateMain({ mode, inView }: { mode: 'open' | 'preview'; inView: DatasetIndex | null }) {
  const all = useT();
  const t = all.curate;
  const loading = <p className="p-4 text-sm text-slate-700">{all.app.loading}</p>;
  if (mode === 'preview')
    return (
      <Suspense fallback={loading}>
        <CuratePreview />
      </Suspense>
    );
  return (
    <main className="flex min-h-0 flex-1 flex-col p-3">
      <Region id="curate" name={t.region} className="min-h-0 flex-1">
        <DatasetContext.Provider value={inView}>
          <Suspense fallback={loading}>
            <CurationWorkspace />
          </Suspense>
        </DatasetContext.Provider>
      </Region>
    </main>
  );
}

/**
 * Leaving with unexported changes asks first. The saved work is read back from IndexedDB only
 * once the workspace (or its preview) is opened in this page: a reader who never curates pays
 * nothing for it at start, neither the read nor the store's code. Work left unexported in an
 * earlier visit stays saved in the browser, so leaving a page that never opened it loses nothing.
 */
export function useCurationGuard(): void {
  const mode = useUrlValue((s) => s.curate);
  const [opened, setOpened] = useState(mode !== 'closed');
  if (mode !== 'closed' && !opened) setOpened(true);
  useEffect(() => {
    if (!opened) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    import('../state/curation-store').then(
      (store) => {
        if (cancelled) return;
        store.restoreCuration();
        stop = store.guardUnexported();
      },
      // The workspace's own chunk fails the same way and says so in its region.
      () => {},
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [opened]);
}

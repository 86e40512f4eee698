import { Suspense, type ReactNode } from 'react';
import { useT } from '../state/i18n';
import { lazyWithRetry } from '../ui/lazy-retry';
import { FilterBar } from '../views/filters/FilterBar';
import { QuotesView } from '../views/quotes/QuotesView';
import { TimelineView } from '../views/timeline/TimelineView';
import { Region } from './Region';
import { RegionBoundary } from './RegionBoundary';
import { Skeleton } from './Skeleton';

// The network is the largest view's code (its graph, canvases, drag and labels) and the last
// to draw, since it waits for its layout worker anyway: it downloads beside the dataset (the
// app's start asks for it), not in the page's first script.
const NetworkView = lazyWithRetry(() => import('../views/network/NetworkView').then((m) => m.NetworkView));

/** Starts the network view's download; a failure is shown by its region when it renders. */
export const preloadNetworkView = () => NetworkView.preload();

/** The three regions: side by side on a wide screen, stacked on a phone; each fails on its own. */
export function Workspace({ loading }: { loading?: ReactNode }) {
  const all = useT();
  const t = all.app;
  const busy = loading !== undefined;
  return (
    <>
      {busy ? (
        // The bar's place, kept while the dataset loads, so the views do not move down when it comes.
        <div aria-hidden="true" className="border-b border-slate-200 bg-white px-4 py-2">
          <div className="h-8 sm:h-[34px]" />
        </div>
      ) : (
        <RegionBoundary>
          <FilterBar />
        </RegionBoundary>
      )}
      <main className="grid min-h-0 flex-1 grid-cols-1 gap-3 p-3 lg:grid-cols-[minmax(0,1.5fr)_minmax(0,1fr)_minmax(0,1fr)]">
        {/* Stacked on a phone, the drawn timeline is about a screen high: its skeleton too, so the
            regions below do not jump when it draws. */}
        <Region id="timeline" name={t.regionTimeline} busy={busy} className={`min-h-[24rem] ${busy ? 'max-lg:min-h-svh' : ''}`}>
          <RegionBoundary>{loading ?? <TimelineView />}</RegionBoundary>
        </Region>
        <Region id="network" name={t.regionNetwork} busy={busy} className="min-h-[24rem]">
          <RegionBoundary>
            {loading ?? (
              <Suspense fallback={<Skeleton label={all.network.layingOut} />}>
                <NetworkView />
              </Suspense>
            )}
          </RegionBoundary>
        </Region>
        <Region id="quotes" name={t.regionQuotes} busy={busy} className="min-h-[24rem]">
          <RegionBoundary>{loading ?? <QuotesView />}</RegionBoundary>
        </Region>
      </main>
    </>
  );
}

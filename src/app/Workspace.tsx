import type { ReactNode } from 'react';
import { useT } from '../state/i18n';
import { FilterBar } from '../views/filters/FilterBar';
import { NetworkView } from '../views/network/NetworkView';
import { QuotesView } from '../views/quotes/QuotesView';
import { TimelineView } from '../views/timeline/TimelineView';
import { Region } from './Region';
import { RegionBoundary } from './RegionBoundary';

/** The three regions: side by side on a wide screen, stacked on a phone; each fails on its own. */
export function Workspace({ loading }: { loading?: ReactNode }) {
  const t = useT().app;
  const busy = loading !== undefined;
  return (
    <>
      {!busy && (
        <RegionBoundary>
          <FilterBar />
        </RegionBoundary>
      )}
      <main className="grid min-h-0 flex-1 grid-cols-1 gap-3 p-3 lg:grid-cols-[minmax(0,1.5fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <Region id="timeline" name={t.regionTimeline} busy={busy} className="min-h-[24rem]">
          <RegionBoundary>{loading ?? <TimelineView />}</RegionBoundary>
        </Region>
        <Region id="network" name={t.regionNetwork} busy={busy} className="min-h-[24rem]">
          <RegionBoundary>{loading ?? <NetworkView />}</RegionBoundary>
        </Region>
        <Region id="quotes" name={t.regionQuotes} busy={busy} className="min-h-[24rem]">
          <RegionBoundary>{loading ?? <QuotesView />}</RegionBoundary>
        </Region>
      </main>
    </>
  );
}

import { useDeferredValue, useMemo, type ReactNode } from 'react';
import type { DatasetIndex } from '../lib/dataset-index';
import { DatasetContext, useDatasetIndex } from './dataset-context';
import { useLiveFilter, visibleEvents, VisibleEventsContext } from './filters';

/**
 * The deferred filter result, computed here once for every view. Only this component
 * follows the URL's filter urgently; its children are the same elements on a click, so
 * React skips them, and the views re-render when the deferred value arrives.
 */
function VisibleEventsScope({ children }: { children: ReactNode }) {
  const index = useDatasetIndex();
  const deferred = useDeferredValue(useLiveFilter());
  const visible = useMemo(() => visibleEvents(index, deferred), [index, deferred]);
  return <VisibleEventsContext.Provider value={visible}>{children}</VisibleEventsContext.Provider>;
}

/** The loaded dataset and the events its filters leave, for everything inside. */
export function DatasetScope({ index, children }: { index: DatasetIndex; children: ReactNode }) {
  return (
    <DatasetContext.Provider value={index}>
      <VisibleEventsScope>{children}</VisibleEventsScope>
    </DatasetContext.Provider>
  );
}

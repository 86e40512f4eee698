import { startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { DatasetIndex } from '../lib/dataset-index';
import type { EventFilter } from '../lib/filter';
import { DatasetContext, useDatasetIndex } from './dataset-context';
import { useLiveFilter, visibleEvents, VisibleEventsContext } from './filters';

/**
 * The filter the views show: the live one, handed over after the frame that shows the click
 * has been painted, in a transition (a further click interrupts it). React would otherwise
 * start the views' render before that frame, and a long render step would delay its paint.
 */
function useShownFilter(index: DatasetIndex, live: EventFilter): EventFilter {
  const [shown, setShown] = useState({ index, filter: live });
  const current = shown.index === index && shown.filter === live;
  useEffect(() => {
    if (current) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setShown({ index, filter: live })));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [current, index, live]);
  // Another dataset is shown with its own filter at once: the old one may name ids it lacks.
  return shown.index === index ? shown.filter : live;
}

/**
 * The filter result, computed here once for every view. Only this component follows the
 * URL's filter urgently; its children are the same elements on a click, so React skips
 * them, and the views re-render when the shown filter follows.
 */
function VisibleEventsScope({ children }: { children: ReactNode }) {
  const index = useDatasetIndex();
  const shown = useShownFilter(index, useLiveFilter());
  const visible = useMemo(() => visibleEvents(index, shown), [index, shown]);
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

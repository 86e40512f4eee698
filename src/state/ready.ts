import { useEffect } from 'react';
import type { DatasetIndex } from '../lib/dataset-index';

export type ViewName = 'timeline' | 'network' | 'quotes';

/** Whether all three views have painted `index`; `complete: false` when a new dataset starts. */
export interface DrawnState {
  index: DatasetIndex;
  complete: boolean;
}

const VIEWS: readonly ViewName[] = ['timeline', 'network', 'quotes'];
let current: DatasetIndex | null = null;
const drawn = new Set<ViewName>();
const listeners = new Set<(state: DrawnState) => void>();

/**
 * Listen for the views' progress. What follows from it (the benchmark's mark, the tests'
 * `data-ready`, idle work) is the app's to do: see src/app/effects.ts.
 */
export function onDrawn(listener: (state: DrawnState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Records that `view` shows `index`; once all three do, listeners hear `complete`. */
export function reportDrawn(index: DatasetIndex, view: ViewName): void {
  if (index !== current) {
    current = index;
    drawn.clear();
    for (const l of listeners) l({ index, complete: false });
  }
  if (drawn.has(view)) return;
  drawn.add(view);
  if (VIEWS.every((v) => drawn.has(v))) for (const l of listeners) l({ index, complete: true });
}

/** Call from a view once its content for this dataset is on screen. */
export function useReportDrawn(index: DatasetIndex, view: ViewName, isDrawn = true): void {
  useEffect(() => {
    if (!isDrawn) return;
    // The frame after the commit is the one the user sees.
    const id = requestAnimationFrame(() => reportDrawn(index, view));
    return () => cancelAnimationFrame(id);
  }, [index, view, isDrawn]);
}

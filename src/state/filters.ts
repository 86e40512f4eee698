import { createContext, useContext, useMemo } from 'react';
import { DAY_MS, dayToMs } from '../data/dates';
import type { DatasetIndex } from '../lib/dataset-index';
import { filterEvents, type EventFilter } from '../lib/filter';
import { toggled } from '../lib/list';
import { useDatasetIndex } from './dataset-context';
import type { UrlState } from './url-state';
import { setUrlState, useUrlState, useUrlValue } from './url-store';

/** The URL's filter with ids that are not in this dataset dropped (a stale link still opens). */
export function filterFromUrl(index: DatasetIndex, s: UrlState): EventFilter {
  const from = s.from ? dayToMs(s.from) : null;
  const to = s.to ? dayToMs(s.to) + DAY_MS : null;
  return {
    actors: s.actors.filter((id) => index.actorById.has(id)),
    actorMatch: s.actorMatch,
    topics: s.topics.filter((id) => index.topicById.has(id)),
    kinds: s.kinds,
    statuses: s.statuses,
    precisions: s.precisions,
    window:
      from === null && to === null
        ? null
        : { from: from ?? -Infinity, to: to ?? Infinity },
    query: s.q,
  };
}

export function filterKey(f: EventFilter): string {
  return JSON.stringify([f.actors, f.actorMatch, f.topics, f.kinds, f.statuses, f.precisions, f.window, f.query]);
}

export interface VisibleEvents {
  filter: EventFilter;
  /** Surviving event ids, in time order. */
  ids: readonly string[];
  set: ReadonlySet<string>;
  total: number;
}

// One shared result for all views: the three regions ask for the same filter at once.
let memo: { index: DatasetIndex; key: string; value: VisibleEvents } | null = null;

export function visibleEvents(index: DatasetIndex, filter: EventFilter): VisibleEvents {
  const key = filterKey(filter);
  if (memo && memo.index === index && memo.key === key) return memo.value;
  const ids = filterEvents(index, filter);
  const value = { filter, ids, set: new Set(ids), total: index.events.length };
  memo = { index, key, value };
  return value;
}

/** Provided once per dataset by DatasetScope (dataset-scope.tsx). */
export const VisibleEventsContext = createContext<VisibleEvents | null>(null);

/**
 * The events that survive the URL's filters. The views follow a filter change in a
 * deferred render: the control the reader touched (a checkbox, a chip) repaints at once,
 * and the three views redraw right after, in a render that a further click can interrupt.
 * The views read it from context, not from the URL, so a click re-renders only the controls.
 */
export function useVisibleEvents(): VisibleEvents {
  const visible = useContext(VisibleEventsContext);
  if (!visible) throw new Error('useVisibleEvents() outside a DatasetScope');
  return visible;
}

/** The URL's filter as it is now, for the controls that set it (pickers, chips, toggles). */
export function useLiveFilter(): EventFilter {
  const index = useDatasetIndex();
  const filter = filterFromUrl(index, useUrlState());
  const key = filterKey(filter);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the filter's content
  return useMemo(() => filter, [index, key]);
}

/** The selected event, if it exists in this dataset. */
export function useSelectedEventId(): string | null {
  const index = useDatasetIndex();
  // One key, not the whole state: a filter click must not re-render what shows the selection.
  const event = useUrlValue((s) => s.event);
  return event && index.eventById.has(event) ? event : null;
}

export function selectEvent(id: string | null): void {
  setUrlState({ event: id });
}

/** Add the actor to the actor filter, or remove it if it is already there. */
export function toggleActorFilter(id: string): void {
  setUrlState((s) => ({ actors: toggled(s.actors, id) }));
}

/** Add the topic to the topic filter, or remove it if it is already there. */
export function toggleTopicFilter(id: string): void {
  setUrlState((s) => ({ topics: toggled(s.topics, id) }));
}

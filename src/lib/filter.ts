import type { EventKind, EventStatus, Precision } from '../data/schema';
import { searchTextOf, type DatasetIndex } from './dataset-index';
import { overlaps } from './event-time';
import { fold } from './search';

export interface EventFilter {
  actors: readonly string[];
  /** `any`: events with at least one of the actors; `all`: events with every one of them. */
  actorMatch: 'any' | 'all';
  topics: readonly string[];
  kinds: readonly EventKind[];
  statuses: readonly EventStatus[];
  precisions: readonly Precision[];
  /** Inclusive window in ms, or null for all time. */
  window: { from: number; to: number } | null;
  query: string;
}

export function isFiltering(f: EventFilter): boolean {
  return (
    f.actors.length > 0 ||
    f.topics.length > 0 ||
    f.kinds.length > 0 ||
    f.statuses.length > 0 ||
    f.precisions.length > 0 ||
    f.window !== null ||
    f.query.trim() !== ''
  );
}

function union(index: ReadonlyMap<string, readonly string[]>, keys: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const k of keys) for (const id of index.get(k) ?? []) out.add(id);
  return out;
}

function intersection(index: ReadonlyMap<string, readonly string[]>, keys: readonly string[]): Set<string> {
  let out: Set<string> | null = null;
  for (const k of keys) {
    const ids: readonly string[] = index.get(k) ?? [];
    out = out === null ? new Set(ids) : new Set(ids.filter((id) => out!.has(id)));
  }
  return out ?? new Set();
}

/**
 * The events that survive a filter, as ids in time order. The actor and topic facets start
 * from the inverted lists, so a narrow filter never scans every event's actor list.
 */
export function filterEvents(index: DatasetIndex, f: EventFilter): string[] {
  const byActor = f.actors.length
    ? f.actorMatch === 'all'
      ? intersection(index.eventsByActor, f.actors)
      : union(index.eventsByActor, f.actors)
    : null;
  const byTopic = f.topics.length ? union(index.eventsByTopic, f.topics) : null;
  const kinds = f.kinds.length ? new Set<string>(f.kinds) : null;
  const statuses = f.statuses.length ? new Set<string>(f.statuses) : null;
  const precisions = f.precisions.length ? new Set<string>(f.precisions) : null;
  const q = fold(f.query.trim());
  const text = q ? searchTextOf(index) : null;
  const out: string[] = [];
  for (const ev of index.events) {
    if (byActor && !byActor.has(ev.id)) continue;
    if (byTopic && !byTopic.has(ev.id)) continue;
    if (kinds && !kinds.has(ev.kind)) continue;
    if (statuses && !statuses.has(ev.status)) continue;
    if (precisions && !precisions.has(ev.date.precision)) continue;
    if (f.window && !overlaps(index.time.get(ev.id)!, f.window.from, f.window.to)) continue;
    if (q && !text!.get(ev.id)!.includes(q)) continue;
    out.push(ev.id);
  }
  return out;
}

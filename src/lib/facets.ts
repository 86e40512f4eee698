import type { DatasetIndex } from './dataset-index';
import { filterEvents, type EventFilter } from './filter';

export interface FacetCounts {
  actors: ReadonlyMap<string, number>;
  topics: ReadonlyMap<string, number>;
  kinds: ReadonlyMap<string, number>;
  statuses: ReadonlyMap<string, number>;
  precisions: ReadonlyMap<string, number>;
}

function countBy(ids: readonly string[], keysOf: (id: string) => Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of ids) for (const k of keysOf(id)) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

/**
 * How many events each facet value would show. Each facet is counted with every other
 * filter applied but its own, so a picker shows what choosing a value would add.
 */
export function facetCounts(index: DatasetIndex, f: EventFilter): FacetCounts {
  const ev = (id: string) => index.eventById.get(id)!;
  const without = (patch: Partial<EventFilter>) => filterEvents(index, { ...f, ...patch });
  return {
    actors: countBy(without({ actors: [] }), (id) => ev(id).actors.map((a) => a.id)),
    topics: countBy(without({ topics: [] }), (id) => ev(id).topics),
    kinds: countBy(without({ kinds: [] }), (id) => [ev(id).kind]),
    statuses: countBy(without({ statuses: [] }), (id) => [ev(id).status]),
    precisions: countBy(without({ precisions: [] }), (id) => [ev(id).date.precision]),
  };
}

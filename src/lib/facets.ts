import type { DatasetIndex } from './dataset-index';
import { filterEvents, type EventFilter } from './filter';

export type Facet = 'actors' | 'topics' | 'kinds' | 'statuses' | 'precisions';

const CLEAR: Record<Facet, Partial<EventFilter>> = {
  actors: { actors: [] },
  topics: { topics: [] },
  kinds: { kinds: [] },
  statuses: { statuses: [] },
  precisions: { precisions: [] },
};

/**
 * How many events each value of one facet would show. The facet is counted with every
 * other filter applied but its own, so a picker shows what choosing a value would add.
 * One facet at a time: a closed picker costs nothing.
 */
export function facetCount(index: DatasetIndex, f: EventFilter, facet: Facet): Map<string, number> {
  const out = new Map<string, number>();
  const bump = (k: string) => out.set(k, (out.get(k) ?? 0) + 1);
  for (const id of filterEvents(index, { ...f, ...CLEAR[facet] })) {
    const ev = index.eventById.get(id)!;
    switch (facet) {
      case 'actors':
        for (const a of ev.actors) bump(a.id);
        break;
      case 'topics':
        for (const t of ev.topics) bump(t);
        break;
      case 'kinds':
        bump(ev.kind);
        break;
      case 'statuses':
        bump(ev.status);
        break;
      case 'precisions':
        bump(ev.date.precision);
        break;
    }
  }
  return out;
}

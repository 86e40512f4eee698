import type { Dataset, DatasetEvent, EventDate } from '../data/schema';
import { buildIndex, type DatasetIndex } from './dataset-index';
import type { EventFilter } from './filter';

/** Small hand-made datasets for unit tests of the pure functions. */
export function makeEvent(
  id: string,
  o: {
    actors?: string[];
    topics?: string[];
    kind?: DatasetEvent['kind'];
    status?: DatasetEvent['status'];
    date?: Partial<EventDate>;
    title?: string;
  } = {},
): DatasetEvent {
  return {
    id,
    kind: o.kind ?? 'statement',
    status: o.status ?? 'occurred',
    date: { start: '2025-02-15', end: '2025-02-15', precision: 'day', basis: 'test', ...o.date },
    title: { en: o.title ?? `Event ${id}`, es: o.title ?? `Evento ${id}` },
    summary: { en: `Summary ${id}`, es: `Resumen ${id}` },
    actors: (o.actors ?? ['x']).map((a) => ({ id: a, role: 'participant' as const })),
    topics: o.topics ?? [],
    location: null,
    quotes: [
      {
        sourceId: 's',
        start: 0,
        end: 4,
        text: 'Hola',
        speakerId: null,
        kind: 'passage' as const,
        translation: { en: 'Hello' },
      },
    ],
  };
}

export function makeIndex(events: DatasetEvent[]): DatasetIndex {
  const actorIds = [...new Set(events.flatMap((e) => e.actors.map((a) => a.id)))];
  const topicIds = [...new Set(events.flatMap((e) => e.topics))];
  const dataset: Dataset = {
    schemaVersion: 1,
    title: { en: 'Test', es: 'Prueba' },
    sources: [
      { id: 's', lang: 'es', file: 'sources/s.txt', publisher: null, published: null, title: null, url: null, notes: null },
    ],
    actors: actorIds.map((id) => ({
      id,
      name: id.toUpperCase(),
      aliases: [],
      kind: 'person' as const,
      side: 'other' as const,
      role: { en: 'Role', es: 'Rol' },
    })),
    topics: topicIds.map((id) => ({ id, label: { en: id, es: id } })),
    events,
    relations: [],
  };
  return buildIndex(dataset, new Map([['s', 'Hola mundo']]));
}

/** A filter that lets every event through, to spread the filter under test over. */
export const NO_FILTER: EventFilter = {
  actors: [],
  actorMatch: 'any',
  topics: [],
  kinds: [],
  statuses: [],
  precisions: [],
  window: null,
  query: '',
};

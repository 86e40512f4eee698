import datasetText from '../../../public/data/dataset.json?raw';
import type { Actor, Dataset, DatasetEvent, Relation, Side } from '../../data/schema';
import { DatasetSchema } from '../../data/schema';
import { buildIndex, type DatasetIndex } from '../dataset-index';

/** Test-only helpers: a hand-made dataset, and the shipped one read from disk. */

export function actor(id: string, side: Side = 'other', kind: Actor['kind'] = 'person'): Actor {
  return { id, name: id.replace(/(^|-)\w/g, (m) => m.toUpperCase()), aliases: [], kind, side, role: { en: 'Role', es: 'Rol' } };
}

export function event(id: string, actors: string[], day = '2025-02-15'): DatasetEvent {
  return {
    id,
    kind: 'meeting',
    status: 'occurred',
    date: { start: day, end: day, precision: 'day', basis: 'test' },
    title: { en: `Event ${id}`, es: `Evento ${id}` },
    summary: { en: 'S', es: 'S' },
    actors: actors.map((a) => ({ id: a, role: 'participant' as const })),
    topics: [],
    location: null,
    quotes: [{ sourceId: 's', start: 0, end: 4, text: 'Hola', speakerId: null, kind: 'passage', translation: { en: 'Hi' } }],
  };
}

export function makeIndex(actors: Actor[], events: DatasetEvent[], relations: Relation[] = []): DatasetIndex {
  const dataset: Dataset = {
    schemaVersion: 1,
    title: { en: 'T', es: 'T' },
    sources: [{ id: 's', lang: 'es', file: 's.txt', publisher: null, published: null, title: null, url: null, notes: null }],
    actors,
    topics: [],
    events,
    relations,
  };
  return buildIndex(dataset, new Map([['s', 'Hola']]));
}

let shipped: DatasetIndex | null = null;

export function shippedIndex(): DatasetIndex {
  if (!shipped) {
    const dataset = DatasetSchema.parse(JSON.parse(datasetText));
    shipped = buildIndex(dataset, new Map());
  }
  return shipped;
}

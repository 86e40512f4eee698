import { inlineSources } from '../../data/forms';
import type { Dataset } from '../../data/schema';
import type { DatasetIndex } from '../dataset-index';

/** Why an export was refused: shown to the reader as it is. */
export class ExportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportRefused';
  }
}

/**
 * The filtered view as a dataset of its own (it opens in the app and passes validate-data),
 * with where it came from in the documented `export` field. An empty view is refused: a
 * dataset needs at least one source, and no event means no source to keep.
 */
export function eventsToJson(index: DatasetIndex, ids: readonly string[], link: string, at: Date = new Date()): Dataset {
  const d = index.dataset;
  const events = ids.map((id) => index.eventById.get(id)).filter((e) => e !== undefined);
  if (events.length === 0) throw new ExportRefused('no event matches the current filters, and a dataset needs at least one');
  const eventIds = new Set(events.map((e) => e.id));
  const actorIds = new Set<string>();
  const topicIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const ev of events) {
    for (const a of ev.actors) actorIds.add(a.id);
    for (const t of ev.topics) topicIds.add(t);
    for (const q of ev.quotes) sourceIds.add(q.sourceId);
  }
  const relations = d.relations
    .filter((r) => actorIds.has(r.from) && actorIds.has(r.to))
    .map((r) => ({ ...r, eventIds: r.eventIds.filter((id) => eventIds.has(id)) }));
  return {
    schemaVersion: 1,
    export: { link, exportedAt: at.toISOString(), eventCount: events.length, totalEvents: d.events.length },
    title: d.title,
    sources: inlineSources({ ...d, sources: d.sources.filter((s) => sourceIds.has(s.id)) }, index.texts).sources,
    actors: d.actors.filter((a) => actorIds.has(a.id)),
    topics: d.topics.filter((t) => topicIds.has(t.id)),
    events,
    relations,
  };
}

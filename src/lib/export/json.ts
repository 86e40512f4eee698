import { inlineSources } from '../../data/forms';
import type { Dataset } from '../../data/schema';
import type { DatasetIndex } from '../dataset-index';

export interface JsonExport {
  link: string;
  eventCount: number;
  totalEvents: number;
  /**
   * A valid, self-contained dataset of just the filtered events (each source's text inline):
   * the one file opens in the app and passes validate-data.
   */
  dataset: Dataset;
}

/** The filtered view as a self-contained dataset, with the link that restores the view. */
export function eventsToJson(index: DatasetIndex, ids: readonly string[], link: string): JsonExport {
  const d = index.dataset;
  const events = ids.map((id) => index.eventById.get(id)).filter((e) => e !== undefined);
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
    link,
    eventCount: events.length,
    totalEvents: d.events.length,
    dataset: {
      schemaVersion: 1,
      title: d.title,
      sources: inlineSources({ ...d, sources: d.sources.filter((s) => sourceIds.has(s.id)) }, index.texts).sources,
      actors: d.actors.filter((a) => actorIds.has(a.id)),
      topics: d.topics.filter((t) => topicIds.has(t.id)),
      events,
      relations,
    },
  };
}

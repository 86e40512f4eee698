import type { SourceTexts } from '../data/integrity';
import type { Actor, Dataset, DatasetEvent, Source, Topic } from '../data/schema';
import { eventTime, type EventTime } from './event-time';
import { fold } from './search';

/**
 * Everything the views look up, built once per dataset: lookups by id, events in time
 * order, and the inverted lists the filters intersect. Nothing here is rebuilt on render.
 */
export interface DatasetIndex {
  dataset: Dataset;
  texts: SourceTexts;
  /** Events in time order (start, then end, then id); `order` maps id → position. */
  events: readonly DatasetEvent[];
  order: ReadonlyMap<string, number>;
  time: ReadonlyMap<string, EventTime>;
  eventById: ReadonlyMap<string, DatasetEvent>;
  actorById: ReadonlyMap<string, Actor>;
  topicById: ReadonlyMap<string, Topic>;
  sourceById: ReadonlyMap<string, Source>;
  /** Event ids in time order, per actor and per topic. */
  eventsByActor: ReadonlyMap<string, readonly string[]>;
  eventsByTopic: ReadonlyMap<string, readonly string[]>;
  /** The extent of all events, ms, end exclusive. */
  extent: [number, number];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildIndex(dataset: Dataset, texts: SourceTexts): DatasetIndex {
  const time = new Map<string, EventTime>();
  for (const ev of dataset.events) time.set(ev.id, eventTime(ev.date));
  const events = [...dataset.events].sort((a, b) => {
    const ta = time.get(a.id)!;
    const tb = time.get(b.id)!;
    return ta.start - tb.start || ta.end - tb.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  const order = new Map<string, number>();
  const eventById = new Map<string, DatasetEvent>();
  const eventsByActor = new Map<string, string[]>();
  const eventsByTopic = new Map<string, string[]>();
  let min = Infinity;
  let max = -Infinity;
  events.forEach((ev, i) => {
    order.set(ev.id, i);
    eventById.set(ev.id, ev);
    for (const a of ev.actors) push(eventsByActor, a.id, ev.id);
    for (const t of ev.topics) push(eventsByTopic, t, ev.id);
    const t = time.get(ev.id)!;
    min = Math.min(min, t.start);
    max = Math.max(max, t.end);
  });
  if (!events.length) {
    min = Date.UTC(2025, 0, 1);
    max = Date.UTC(2025, 11, 31);
  }
  return {
    dataset,
    texts,
    events,
    order,
    time,
    eventById,
    actorById: new Map(dataset.actors.map((a) => [a.id, a])),
    topicById: new Map(dataset.topics.map((t) => [t.id, t])),
    sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
    eventsByActor,
    eventsByTopic,
    extent: [min, max],
  };
}

const searchTexts = new WeakMap<DatasetIndex, Map<string, string>>();

/**
 * Accent- and case-folded text of each event's titles, summaries, quotes and translations,
 * built once per dataset on first use (or once the views are drawn and the page is idle: see
 * src/app/effects.ts), not while the dataset loads: it is the largest part of the index and
 * only search needs it.
 */
export function searchTextOf(index: DatasetIndex): ReadonlyMap<string, string> {
  let map = searchTexts.get(index);
  if (!map) {
    map = new Map();
    for (const ev of index.events) {
      const parts = [ev.title.en, ev.title.es, ev.summary.en, ev.summary.es];
      for (const q of ev.quotes) parts.push(q.text, q.translation.en);
      map.set(ev.id, fold(parts.join('\n')));
    }
    searchTexts.set(index, map);
  }
  return map;
}

import type { DatasetEvent, Quote } from '../../data/schema';
import type { DatasetIndex } from '../dataset-index';

/**
 * Quotes carry no id of their own; an event id plus the quote's place in its source is
 * stable across edits that reorder the quote list.
 */
export function quoteKey(eventId: string, q: Pick<Quote, 'sourceId' | 'start' | 'end'>): string {
  return `${eventId}/${q.sourceId}:${q.start}-${q.end}`;
}

export interface QuoteRef {
  key: string;
  eventId: string;
  quote: Quote;
}

export function quoteRefs(ev: DatasetEvent): QuoteRef[] {
  return ev.quotes.map((quote) => ({ key: quoteKey(ev.id, quote), eventId: ev.id, quote }));
}

const bySourceCache = new WeakMap<DatasetIndex, Map<string, QuoteRef[]>>();

/** Every quote of the dataset, per source, in text order; built once per dataset. */
export function quotesBySource(index: DatasetIndex): ReadonlyMap<string, readonly QuoteRef[]> {
  let map = bySourceCache.get(index);
  if (!map) {
    map = new Map();
    for (const ev of index.events) {
      for (const ref of quoteRefs(ev)) {
        const list = map.get(ref.quote.sourceId);
        if (list) list.push(ref);
        else map.set(ref.quote.sourceId, [ref]);
      }
    }
    for (const list of map.values()) list.sort((a, b) => a.quote.start - b.quote.start || b.quote.end - a.quote.end);
    bySourceCache.set(index, map);
  }
  return map;
}

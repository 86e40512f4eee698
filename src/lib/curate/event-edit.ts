/** Edits to one event in the workspace that are more than setting a field. */
import type { Topic } from '../../data/schema';
import { slugify, uniqueId, type CuratedEvent, type CurationDoc, type Pair } from './workspace';

/** The dataset id an English title gives an event: no other event's, '' while untitled. */
function idFor(doc: CurationDoc, key: string, title: string): string {
  return title ? uniqueId(slugify(title), new Set(doc.events.filter((e) => e.key !== key).map((e) => e.id)), 'event') : '';
}

/**
 * One language of the title or the summary set to `value`. The id follows the English title
 * until the curator gives one of their own.
 */
export function pairPatch(doc: CurationDoc, event: CuratedEvent, field: 'title' | 'summary', lang: keyof Pair, value: string): Partial<CuratedEvent> {
  const patch: Partial<CuratedEvent> = { [field]: { ...event[field], [lang]: value } };
  if (field === 'title' && lang === 'en' && (event.id === '' || event.id === idFor(doc, event.key, event.title.en))) patch.id = idFor(doc, event.key, value);
  return patch;
}

/** A topic the curator names in both languages, with an id no other topic has. */
export function newTopic(doc: CurationDoc, en: string, es: string): Topic {
  return { id: uniqueId(slugify(en), new Set(doc.topics.map((x) => x.id)), 'topic'), label: { en: en.trim(), es: es.trim() } };
}

/**
 * From the workspace to a dataset and back. The dataset is what `validate-data` checks and
 * what the export writes: sources name `sources/<id>.txt`, and the texts travel alongside.
 */
import { inlineSources } from '../../data/forms';
import type { SourceTexts } from '../../data/integrity';
import type { Problem } from '../../data/problems';
import type { Dataset, DatasetEvent, Quote } from '../../data/schema';
import type { Validation } from '../../data/validate';
import { validateParsed } from '../../data/validate-sync';
import { quoteId, type CuratedEvent, type CurationDoc, type CuratedQuote } from './workspace';

export const sourceFile = (id: string) => `sources/${id}.txt`;

/** The basis as exported: a date from outside the article says so, in the dataset's words. */
export function exportedBasis(basis: string, origin: 'text' | 'outside'): string {
  if (origin !== 'outside' || /outside the article/i.test(basis) || !/\S/.test(basis)) return basis;
  return `${basis.trimEnd()} The date comes from outside the article.`;
}

function toQuote(q: CuratedQuote): Quote {
  return { sourceId: q.sourceId, start: q.start, end: q.end, text: q.text, speakerId: q.speakerId, kind: q.kind, translation: { en: q.translation } };
}

function toEvent(e: CuratedEvent, quotes: ReadonlyMap<string, CuratedQuote>): DatasetEvent {
  return {
    id: e.id,
    kind: e.kind,
    status: e.status,
    date: { start: e.date.start, end: e.date.end, precision: e.date.precision, basis: exportedBasis(e.date.basis, e.date.origin) },
    title: { ...e.title },
    summary: { ...e.summary },
    actors: e.actors.map((a) => ({ ...a })),
    topics: [...e.topics],
    location: e.location,
    // An id that names no accepted quote cannot happen through the reducer; skip it if it does.
    quotes: e.quoteIds.flatMap((id) => (quotes.has(id) ? [toQuote(quotes.get(id)!)] : [])),
  };
}

/** The curated dataset (not yet checked: blanks stay blank) and its source texts by id. */
export function toDataset(doc: CurationDoc): { dataset: Dataset; texts: SourceTexts } {
  const quotes = new Map(doc.quotes.map((q) => [q.id, q]));
  const dataset: Dataset = {
    schemaVersion: 1,
    title: { ...doc.title },
    sources: doc.sources.map((s) => ({
      id: s.id,
      lang: s.lang,
      file: sourceFile(s.id),
      publisher: s.publisher,
      published: s.published,
      title: s.title,
      url: s.url,
      notes: s.notes,
      ...(s.body ? { body: { ...s.body } } : {}),
    })),
    actors: doc.actors.map((a) => ({ ...a, aliases: [...a.aliases], role: { ...a.role } })),
    topics: doc.topics.map((t) => ({ id: t.id, label: { ...t.label } })),
    events: doc.events.map((e) => toEvent(e, quotes)),
    relations: doc.relations.map((r) => ({ ...r, eventIds: [...r.eventIds] })),
  };
  return { dataset, texts: new Map(doc.sources.map((s) => [s.id, s.text])) };
}

/**
 * The self-contained form the JSON export writes: each source carries its text inline, so the
 * one file validates and opens wherever it lies.
 */
export function toSelfContained(doc: CurationDoc): Dataset {
  const { dataset, texts } = toDataset(doc);
  return inlineSources(dataset, texts);
}

/** The same checks as `validate-data`, on the curated dataset with its texts inline. */
export function validateCuration(doc: CurationDoc): Validation {
  const { dataset, texts } = toDataset(doc);
  return validateParsed(dataset, texts);
}

export function curationProblems(doc: CurationDoc): Problem[] {
  const v = validateCuration(doc);
  return v.ok ? [] : v.problems;
}

/**
 * A dataset (shipped or opened) as a workspace to go on from. Quotes are pooled by their
 * place in the source; two events quoting the same span share it.
 */
export function fromDataset(dataset: Dataset, texts: SourceTexts): CurationDoc {
  const quotes = new Map<string, CuratedQuote>();
  const events: CuratedEvent[] = dataset.events.map((e, i) => ({
    key: `e${i + 1}`,
    id: e.id,
    kind: e.kind,
    status: e.status,
    date: { ...e.date, origin: /outside the article/i.test(e.date.basis) ? 'outside' : 'text' },
    title: { ...e.title },
    summary: { ...e.summary },
    actors: e.actors.map((a) => ({ ...a })),
    topics: [...e.topics],
    location: e.location,
    quoteIds: e.quotes.map((q) => {
      const id = quoteId(q.sourceId, q.start, q.end);
      if (!quotes.has(id))
        quotes.set(id, { id, sourceId: q.sourceId, start: q.start, end: q.end, text: q.text, kind: q.kind, speakerId: q.speakerId, translation: q.translation.en });
      return id;
    }),
  }));
  return {
    title: { ...dataset.title },
    sources: dataset.sources.map((s) => ({
      id: s.id,
      lang: s.lang,
      text: texts.get(s.id) ?? '',
      publisher: s.publisher,
      published: s.published,
      title: s.title,
      url: s.url,
      notes: s.notes,
      body: s.body ?? null,
    })),
    actors: dataset.actors.map((a) => ({ ...a, aliases: [...a.aliases], role: { ...a.role } })),
    topics: dataset.topics.map((t) => ({ id: t.id, label: { ...t.label } })),
    events,
    relations: dataset.relations.map((r) => ({ ...r, eventIds: [...r.eventIds] })),
    quotes: [...quotes.values()].sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start)),
    dismissed: [],
    nextKey: events.length + 1,
  };
}

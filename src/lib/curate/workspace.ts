/**
 * The curation workspace as a value: what the curator has decided so far (sources with their
 * texts inline, accepted quotes, actors, events), and a reducer with undo and redo. Pure: the
 * same action on the same state gives the same state, so every step can be replayed and tested.
 * Things are named by ids, never by positions in an array.
 */
import type { Actor, ActorRole, Bilingual, EventKind, EventStatus, Precision, QuoteKind, Relation, Topic } from '../../data/schema';
import type { Span } from './text';

/** A source with its text inline: exactly as given, never normalised. */
export interface CuratedSource {
  id: string;
  lang: string;
  text: string;
  publisher: string | null;
  published: string | null;
  title: string | null;
  url: string | null;
  notes: string | null;
  body: Span | null;
}

/** An accepted quote; its id is its place in its source, `<sourceId>@<start>-<end>`. */
export interface CuratedQuote {
  id: string;
  sourceId: string;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  speakerId: string | null;
  translation: string;
}

/** Whether a date was resolved from the article or added from a fact outside it. */
export type DateOrigin = 'text' | 'outside';

export interface CuratedDate {
  start: string | null;
  end: string | null;
  precision: Precision;
  basis: string;
  origin: DateOrigin;
}

/** Text the curator writes; blank until written (flagged by validation, never filled). */
export interface Pair {
  en: string;
  es: string;
}

export interface CuratedEvent {
  /** Stable within the workspace; `id` is the dataset id, which the curator may change. */
  key: string;
  id: string;
  kind: EventKind;
  status: EventStatus;
  date: CuratedDate;
  title: Pair;
  summary: Pair;
  actors: { id: string; role: ActorRole }[];
  topics: string[];
  location: Bilingual | null;
  quoteIds: string[];
}

export interface CurationDoc {
  title: Pair;
  sources: CuratedSource[];
  actors: Actor[];
  topics: Topic[];
  events: CuratedEvent[];
  relations: Relation[];
  quotes: CuratedQuote[];
  /** Draft proposals the curator dismissed, by proposal key (see proposalKey in proposals.ts). */
  dismissed: string[];
  nextKey: number;
}

export interface WorkspaceState {
  past: CurationDoc[];
  doc: CurationDoc;
  future: CurationDoc[];
  /** Changes made since the last export (or since the start). */
  dirty: boolean;
  /** The coalescing key of the last change: typing in one field is one undo step. */
  lastCoalesce: string | null;
}

export type Change =
  /** `pristine`: the document is a dataset as published (the one in view), nothing to export yet. */
  | { type: 'reset'; doc: CurationDoc; pristine?: boolean }
  | { type: 'setTitle'; title: Pair }
  | { type: 'addSource'; source: CuratedSource }
  | { type: 'updateSource'; id: string; patch: Partial<Omit<CuratedSource, 'id'>> }
  | { type: 'acceptQuote'; quote: Omit<CuratedQuote, 'id'> }
  | { type: 'updateQuote'; id: string; patch: Partial<Pick<CuratedQuote, 'kind' | 'speakerId' | 'translation'>> }
  | { type: 'removeQuote'; id: string }
  | { type: 'dismiss'; key: string }
  | { type: 'undismiss'; key: string }
  | { type: 'addActor'; actor: Actor }
  | { type: 'updateActor'; id: string; patch: Partial<Omit<Actor, 'id'>> }
  | { type: 'addTopic'; topic: Topic }
  | { type: 'addEvent'; event: Omit<CuratedEvent, 'key'> }
  | { type: 'updateEvent'; key: string; patch: Partial<Omit<CuratedEvent, 'key'>> }
  | { type: 'attachQuote'; key: string; quoteId: string }
  | { type: 'detachQuote'; key: string; quoteId: string }
  | { type: 'removeEvent'; key: string };

export type Action = (Change & { coalesce?: string }) | { type: 'undo' } | { type: 'redo' } | { type: 'exported' } | { type: 'load'; state: WorkspaceState };

const HISTORY = 200;

export function emptyDoc(): CurationDoc {
  return { title: { en: '', es: '' }, sources: [], actors: [], topics: [], events: [], relations: [], quotes: [], dismissed: [], nextKey: 1 };
}

/** A new event: every field the curator's to fill in (blanks are flagged, never filled). */
export function blankEvent(): Omit<CuratedEvent, 'key'> {
  return {
    id: '',
    kind: 'statement',
    status: 'occurred',
    date: { start: null, end: null, precision: 'range', basis: '', origin: 'text' },
    title: { en: '', es: '' },
    summary: { en: '', es: '' },
    actors: [],
    topics: [],
    location: null,
    quoteIds: [],
  };
}

export function initialWorkspace(doc: CurationDoc = emptyDoc()): WorkspaceState {
  return { past: [], doc, future: [], dirty: false, lastCoalesce: null };
}

export const quoteId = (sourceId: string, start: number, end: number) => `${sourceId}@${start}-${end}`;

/** A kebab-case id from a name: accents folded, other characters dropped. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>, fallback: string): string {
  const b = base || fallback;
  if (!taken.has(b)) return b;
  for (let n = 2; ; n++) if (!taken.has(`${b}-${n}`)) return `${b}-${n}`;
}

const replace = <T>(list: readonly T[], match: (x: T) => boolean, f: (x: T) => T): T[] => list.map((x) => (match(x) ? f(x) : x));

/** One change to the document; an unknown id leaves it as it was (the same object). */
export function applyChange(doc: CurationDoc, change: Change): CurationDoc {
  switch (change.type) {
    case 'reset':
      return change.doc;
    case 'setTitle':
      return { ...doc, title: change.title };
    case 'addSource':
      if (doc.sources.some((s) => s.id === change.source.id)) return doc;
      return { ...doc, sources: [...doc.sources, change.source] };
    case 'updateSource': {
      const src = doc.sources.find((s) => s.id === change.id);
      if (!src) return doc;
      // The text and the body are what quotes point into: once a quote is taken, they stay.
      const used = doc.quotes.some((q) => q.sourceId === change.id);
      if (used && (change.patch.text !== undefined || change.patch.body !== undefined)) return doc;
      return { ...doc, sources: replace(doc.sources, (s) => s.id === change.id, (s) => ({ ...s, ...change.patch })) };
    }
    case 'acceptQuote': {
      const id = quoteId(change.quote.sourceId, change.quote.start, change.quote.end);
      if (doc.quotes.some((q) => q.id === id)) return doc;
      const quotes = [...doc.quotes, { ...change.quote, id }].sort(
        (a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start || a.end - b.end),
      );
      return { ...doc, quotes };
    }
    case 'updateQuote':
      if (!doc.quotes.some((q) => q.id === change.id)) return doc;
      return { ...doc, quotes: replace(doc.quotes, (q) => q.id === change.id, (q) => ({ ...q, ...change.patch })) };
    case 'removeQuote':
      if (!doc.quotes.some((q) => q.id === change.id)) return doc;
      return {
        ...doc,
        quotes: doc.quotes.filter((q) => q.id !== change.id),
        events: doc.events.map((e) => (e.quoteIds.includes(change.id) ? { ...e, quoteIds: e.quoteIds.filter((id) => id !== change.id) } : e)),
      };
    case 'dismiss':
      return doc.dismissed.includes(change.key) ? doc : { ...doc, dismissed: [...doc.dismissed, change.key] };
    case 'undismiss':
      return doc.dismissed.includes(change.key) ? { ...doc, dismissed: doc.dismissed.filter((k) => k !== change.key) } : doc;
    case 'addActor':
      if (doc.actors.some((a) => a.id === change.actor.id)) return doc;
      return { ...doc, actors: [...doc.actors, change.actor] };
    case 'updateActor':
      if (!doc.actors.some((a) => a.id === change.id)) return doc;
      return { ...doc, actors: replace(doc.actors, (a) => a.id === change.id, (a) => ({ ...a, ...change.patch })) };
    case 'addTopic':
      if (doc.topics.some((t) => t.id === change.topic.id)) return doc;
      return { ...doc, topics: [...doc.topics, change.topic] };
    case 'addEvent':
      return { ...doc, events: [...doc.events, { ...change.event, key: `e${doc.nextKey}` }], nextKey: doc.nextKey + 1 };
    case 'updateEvent': {
      const ev = doc.events.find((e) => e.key === change.key);
      if (!ev) return doc;
      const events = replace(doc.events, (e) => e.key === change.key, (e) => ({ ...e, ...change.patch }));
      // Relations name events by id (they are not edited here): a new id carries them along,
      // unless another event already has it (that clash is a problem of its own).
      const to = change.patch.id;
      const renamed = to !== undefined && to !== ev.id && ev.id !== '' && !doc.events.some((e) => e.key !== ev.key && e.id === to);
      if (!renamed || !doc.relations.some((r) => r.eventIds.includes(ev.id))) return { ...doc, events };
      return { ...doc, events, relations: doc.relations.map((r) => (r.eventIds.includes(ev.id) ? { ...r, eventIds: r.eventIds.map((id) => (id === ev.id ? to : id)) } : r)) };
    }
    case 'attachQuote': {
      const ev = doc.events.find((e) => e.key === change.key);
      const q = doc.quotes.find((x) => x.id === change.quoteId);
      if (!ev || !q || ev.quoteIds.includes(q.id)) return doc;
      // The speaker must be among the event's actors: attaching the quote brings them in.
      const actors = q.speakerId && !ev.actors.some((a) => a.id === q.speakerId) ? [...ev.actors, { id: q.speakerId, role: 'speaker' as const }] : ev.actors;
      return { ...doc, events: replace(doc.events, (e) => e.key === change.key, (e) => ({ ...e, actors, quoteIds: [...e.quoteIds, q.id] })) };
    }
    case 'detachQuote':
      return {
        ...doc,
        events: replace(doc.events, (e) => e.key === change.key, (e) => ({ ...e, quoteIds: e.quoteIds.filter((id) => id !== change.quoteId) })),
      };
    case 'removeEvent': {
      const ev = doc.events.find((e) => e.key === change.key);
      if (!ev) return doc;
      // A relation no longer cites an event that is gone (unless another event has its id).
      const cited = ev.id !== '' && !doc.events.some((e) => e.key !== ev.key && e.id === ev.id);
      const relations = cited ? doc.relations.map((r) => (r.eventIds.includes(ev.id) ? { ...r, eventIds: r.eventIds.filter((id) => id !== ev.id) } : r)) : doc.relations;
      return { ...doc, events: doc.events.filter((e) => e.key !== change.key), relations };
    }
  }
}

/** The workspace reducer: each change is an undo step, except consecutive edits of one field. */
export function workspaceReducer(state: WorkspaceState, action: Action): WorkspaceState {
  switch (action.type) {
    case 'load':
      return action.state;
    case 'undo': {
      const prev = state.past[state.past.length - 1];
      if (!prev) return state;
      return { past: state.past.slice(0, -1), doc: prev, future: [state.doc, ...state.future], dirty: true, lastCoalesce: null };
    }
    case 'redo': {
      const next = state.future[0];
      if (!next) return state;
      return { past: [...state.past, state.doc], doc: next, future: state.future.slice(1), dirty: true, lastCoalesce: null };
    }
    case 'exported':
      return { ...state, dirty: false, lastCoalesce: null };
    default: {
      const doc = applyChange(state.doc, action);
      if (doc === state.doc) return state;
      const coalesce = action.coalesce ?? null;
      const merge = coalesce !== null && coalesce === state.lastCoalesce;
      const past = merge ? state.past : [...state.past, state.doc].slice(-HISTORY);
      const pristine = action.type === 'reset' && action.pristine === true && !state.dirty;
      return { past, doc, future: [], dirty: !pristine, lastCoalesce: coalesce };
    }
  }
}

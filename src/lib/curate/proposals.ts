/**
 * The draft's proposals for one source, as the workspace lists them, and what accepting one
 * puts in the workspace. Each proposal has a key (a dismissal is remembered by it), a label
 * (what its buttons are named after) and whether it is dismissed or already taken up.
 */
import type { ActorRole } from '../../data/schema';
import type { Draft, DraftDateMention, DraftEvent, DraftMention, DraftQuote } from './draft';
import { blankEvent, quoteId, type CuratedEvent, type CuratedQuote, type CurationDoc } from './workspace';

type Kind = 'quote' | 'mention' | 'date' | 'event';
const proposalKey = (kind: Kind, sourceId: string, start: number, end: number) => `${kind}:${sourceId}@${start}-${end}`;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

interface Proposal {
  key: string;
  label: string;
  dismissed: boolean;
}

export interface QuoteProposal extends Proposal {
  quote: DraftQuote;
  /** The id it has once accepted. */
  id: string;
  accepted: boolean;
  /** The speaker's name when the draft matched an actor. */
  speaker: string | null;
}

export interface DateProposal extends Proposal {
  mention: DraftDateMention;
  /** The open event already has this date. */
  used: boolean;
  /** It can go into the open event (it resolved, and an event is open). */
  usable: boolean;
}

export interface DraftProposals {
  quotes: QuoteProposal[];
  /** Names the text gives that are no actor yet, once each. */
  mentions: (Proposal & { mention: DraftMention })[];
  dates: DateProposal[];
  events: (Proposal & { event: DraftEvent })[];
}

/** The proposals of `draft` (a draft of source `sourceId`); a date goes into `openEvent`. */
export function draftProposals(doc: CurationDoc, sourceId: string, draft: Draft, openEvent: CuratedEvent | null): DraftProposals {
  const dismissed = new Set(doc.dismissed);
  const accepted = new Set(doc.quotes.map((q) => q.id));
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  const unknown = new Map<string, DraftMention>();
  for (const m of draft.mentions) if (m.actorId === null && !unknown.has(m.text.toLowerCase())) unknown.set(m.text.toLowerCase(), m);
  const item = (kind: Kind, start: number, end: number, label: string): Proposal => {
    const key = proposalKey(kind, sourceId, start, end);
    return { key, label, dismissed: dismissed.has(key) };
  };
  const d0 = openEvent?.date;
  return {
    quotes: draft.quotes.map((q) => ({
      ...item('quote', q.start, q.end, `«${clip(q.text, 60)}»`),
      quote: q,
      id: quoteId(sourceId, q.start, q.end),
      accepted: accepted.has(quoteId(sourceId, q.start, q.end)),
      speaker: q.speaker?.actorId ? (names.get(q.speaker.actorId) ?? null) : null,
    })),
    mentions: [...unknown.values()].map((m) => ({ ...item('mention', m.start, m.end, m.text), mention: m })),
    dates: draft.dates.map((d) => ({
      ...item('date', d.start, d.end, d.text),
      mention: d,
      used: !!d.date && !!d0 && d0.start === d.date.start && d0.end === d.date.end && d0.precision === d.date.precision && d0.basis === d.date.basis,
      usable: !!d.date && !!openEvent,
    })),
    events: draft.events.map((e) => ({ ...item('event', e.sentence.start, e.sentence.end, clip(e.sentence.text, 70)), event: e })),
  };
}

/** A proposed quote as accepted: a direct quote, its speaker the actor the draft matched. */
export function acceptedQuote(sourceId: string, q: DraftQuote): Omit<CuratedQuote, 'id'> {
  return { sourceId, start: q.start, end: q.end, text: q.text, kind: 'direct', speakerId: q.speaker?.actorId ?? null, translation: '' };
}

/** A name a created event gave that is no actor yet, with the role the draft gave it. */
export interface PendingActor {
  name: string;
  role: ActorRole;
}

/** Pending names by the key of the event that gave them. */
export type PendingActors = Readonly<Record<string, readonly PendingActor[]>>;

/**
 * A proposed event as created: its kind, status, date and known actors, the key it will get,
 * the accepted quotes it holds (attached one by one, so that each speaker joins it) and the
 * names in it that are no actor yet.
 */
export function createdEvent(
  doc: CurationDoc,
  sourceId: string,
  d: DraftEvent,
): { key: string; event: Omit<CuratedEvent, 'key'>; quoteIds: string[]; pending: PendingActor[] } {
  const blank = blankEvent();
  const actors = d.actors.filter((a) => a.actorId).map((a) => ({ id: a.actorId!, role: a.role }));
  const byOffset = new Set(d.quotes.map((q) => `${q.start}-${q.end}`));
  return {
    key: `e${doc.nextKey}`,
    event: {
      ...blank,
      kind: d.kind,
      status: d.status,
      date: d.date ? { ...d.date, origin: 'text' } : blank.date,
      actors: [...new Map(actors.map((a) => [a.id, a])).values()],
    },
    quoteIds: doc.quotes.filter((q) => q.sourceId === sourceId && byOffset.has(`${q.start}-${q.end}`)).map((q) => q.id),
    pending: d.actors.filter((a) => !a.actorId).map((a) => ({ name: a.name, role: a.role })),
  };
}

/** The names an event is still waiting for: those no actor has taken since. */
export function pendingNames(doc: CurationDoc, pending: PendingActors, key: string): string[] {
  return (pending[key] ?? []).filter((p) => !doc.actors.some((a) => a.name === p.name)).map((p) => p.name);
}

/**
 * An actor added for the name `name` that event `key` gave: it joins that event in the role
 * the draft gave (unless it is there already), and the name is pending no more.
 */
export function joinPending(
  doc: CurationDoc,
  pending: PendingActors,
  key: string,
  name: string,
  actorId: string,
): { actors: CuratedEvent['actors'] | null; pending: PendingActors } {
  const ev = doc.events.find((e) => e.key === key);
  const role = pending[key]?.find((p) => p.name === name)?.role;
  const actors = ev && role && !ev.actors.some((x) => x.id === actorId) ? [...ev.actors, { id: actorId, role }] : null;
  return { actors, pending: { ...pending, [key]: (pending[key] ?? []).filter((x) => x.name !== name) } };
}

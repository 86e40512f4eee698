import type { Actor, DatasetEvent, Side } from '../../data/schema';
import { SIDE_ORDER } from '../sides';
import { quoteRefs, type QuoteRef } from './quote-ref';

/** One side's account of an event: what its speakers said, in the event's quote order. */
export interface Account {
  side: Side;
  /** Speaker ids in the order they first speak. */
  speakers: readonly string[];
  quotes: readonly QuoteRef[];
}

export interface Accounts {
  /** Two or more, in side order (the negotiating parties first). */
  sides: readonly Account[];
  /** Quotes with no named speaker (the article's own reporting): no side's account. */
  unattributed: readonly QuoteRef[];
}

/**
 * The sides' accounts of an event, when its quotes come from speakers of more than one
 * side (a call both governments reported, say); null otherwise. A speaker the dataset does
 * not know has no side and is left out with the unattributed quotes.
 */
export function accountsOf(ev: DatasetEvent, actorById: ReadonlyMap<string, Actor>): Accounts | null {
  const bySide = new Map<Side, { speakers: string[]; quotes: QuoteRef[] }>();
  const unattributed: QuoteRef[] = [];
  for (const ref of quoteRefs(ev)) {
    const actor = ref.quote.speakerId ? actorById.get(ref.quote.speakerId) : undefined;
    if (!actor) {
      unattributed.push(ref);
      continue;
    }
    let acc = bySide.get(actor.side);
    if (!acc) bySide.set(actor.side, (acc = { speakers: [], quotes: [] }));
    if (!acc.speakers.includes(actor.id)) acc.speakers.push(actor.id);
    acc.quotes.push(ref);
  }
  if (bySide.size < 2) return null;
  const sides = SIDE_ORDER.filter((s) => bySide.has(s)).map((side) => ({ side, ...bySide.get(side)! }));
  return { sides, unattributed };
}

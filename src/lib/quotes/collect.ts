import type { Side } from '../../data/schema';
import type { DatasetIndex } from '../dataset-index';
import { quoteRefs, type QuoteRef } from './quote-ref';

/** Who a quote is attributed to, by side; `unnamed` when the article names no speaker. */
export type SpeakerSide = Side | 'unnamed';

export function speakerSide(index: DatasetIndex, speakerId: string | null): SpeakerSide {
  if (speakerId === null) return 'unnamed';
  return index.actorById.get(speakerId)?.side ?? 'unnamed';
}

export interface QuoteGroup {
  eventId: string;
  quotes: QuoteRef[];
}

export interface QuoteGroups {
  /** Events in time order, each with its quotes in the dataset's order. */
  groups: QuoteGroup[];
  quoteCount: number;
  /** Quotes per speaker side among the events given (before the side filter). */
  sides: ReadonlyMap<SpeakerSide, number>;
}

/**
 * The quotes of the visible events, grouped under their event in time order. With `side`,
 * only quotes attributed to that side are kept, and events left without one drop out.
 */
export function collectQuoteGroups(
  index: DatasetIndex,
  ids: readonly string[],
  side: SpeakerSide | null,
): QuoteGroups {
  const groups: QuoteGroup[] = [];
  const sides = new Map<SpeakerSide, number>();
  let quoteCount = 0;
  for (const id of ids) {
    const ev = index.eventById.get(id);
    if (!ev) continue;
    const quotes: QuoteRef[] = [];
    for (const ref of quoteRefs(ev)) {
      const s = speakerSide(index, ref.quote.speakerId);
      sides.set(s, (sides.get(s) ?? 0) + 1);
      if (side === null || s === side) quotes.push(ref);
    }
    if (!quotes.length) continue;
    groups.push({ eventId: id, quotes });
    quoteCount += quotes.length;
  }
  return { groups, quoteCount, sides };
}

/**
 * How many groups make a page of about `quoteLimit` quotes: whole groups only, at least one,
 * so a long event is never cut in half.
 */
export function groupsForQuoteLimit(groups: readonly QuoteGroup[], quoteLimit: number): number {
  let quotes = 0;
  let n = 0;
  while (n < groups.length && (n === 0 || quotes < quoteLimit)) quotes += groups[n++]!.quotes.length;
  return n;
}

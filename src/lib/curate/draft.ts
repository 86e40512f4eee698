/**
 * The drafting engine: from a Spanish news text and its publication date to a draft of the
 * dataset entries a curator would write — the source with its text inline, every direct
 * quotation with its speaker, the actors named, the dates resolved and draft events. Pure:
 * no I/O, the same in the browser and in Node. Offsets index the article as a JavaScript
 * string, and every `text` equals its slice.
 */
import type { ActorRole, EventKind, EventStatus, Source } from '../../data/schema';
import { aliasIndex, type ActorRef } from './aliases';
import { isValidIsoDate } from './calendar';
import { findDates } from './dates';
import type { DraftDate } from './date-resolve';
import { draftEvents, type DraftEvent } from './events';
import { findMentions } from './mentions';
import { findQuotations } from './quotations';
import { bodySentences } from './sentences';
import { attributeQuotes } from './speakers';
import { foldRange, type Span } from './text';
import { bodyWords } from './words';

export type { ActorRef, DraftDate, DraftEvent, EventKind, EventStatus, ActorRole, Span };

/** A dataset source entry with its text inline instead of a `file`. */
export type DraftSource = Omit<Source, 'file' | 'body'> & { text: string; body: Span | null };

export interface DraftSpeaker {
  actorId: string | null;
  name: string | null;
  start: number;
  end: number;
}

export interface DraftQuote {
  start: number;
  end: number;
  text: string;
  kind: 'direct';
  speaker: DraftSpeaker | null;
  sentence: Span;
}

export interface DraftMention {
  start: number;
  end: number;
  text: string;
  actorId: string | null;
}

export interface DraftDateMention {
  start: number;
  end: number;
  text: string;
  date: DraftDate | null;
  reason?: string;
}

export interface Draft {
  source: DraftSource;
  quotes: DraftQuote[];
  mentions: DraftMention[];
  dates: DraftDateMention[];
  events: DraftEvent[];
}

export interface DraftInput {
  text: string;
  /** Publication date, YYYY-MM-DD: relative dates are resolved against it. */
  published: string;
  /** Where the article lies in the text (the rest is ignored); the whole text when absent. */
  body?: Span | null;
  /** Actors to match by alias; without them every name is a candidate. */
  dataset?: { actors: readonly ActorRef[] } | null;
  /** Known metadata for the source entry (id, publisher, title…); unknown stays null. */
  source?: Partial<Omit<DraftSource, 'text' | 'published' | 'body'>>;
}

/** Input the engine cannot draft from; the message is one line, fit to show as is. */
export class DraftInputError extends Error {
  override name = 'DraftInputError';
}

function checkInput(input: DraftInput): Span {
  if (typeof input.text !== 'string' || !/\S/u.test(input.text)) throw new DraftInputError('the article is empty');
  if (!isValidIsoDate(input.published)) throw new DraftInputError(`the publication date must be a real date as YYYY-MM-DD, not ${JSON.stringify(input.published)}`);
  const body = input.body ?? { start: 0, end: input.text.length };
  if (!Number.isInteger(body.start) || !Number.isInteger(body.end) || body.start < 0 || body.end > input.text.length || body.start >= body.end)
    throw new DraftInputError(`the body ${body.start}:${body.end} does not lie within the article (0:${input.text.length})`);
  return body;
}

export function draftArticle(input: DraftInput): Draft {
  const body = checkInput(input);
  const { text, published } = input;
  const index = input.dataset ? aliasIndex(input.dataset.actors) : null;

  const quotes = findQuotations(text, body);
  const sentences = bodySentences(text, body, quotes);
  const words = bodyWords(text, body);
  const folded = foldRange(text, body.start, body.end);
  const dates = findDates(text, body, folded, words, sentences, published);
  const inDate = new Uint8Array(words.length);
  {
    let w = 0;
    for (const d of dates) {
      while (w < words.length && words[w]!.end <= d.start) w++;
      for (let k = w; k < words.length && words[k]!.start < d.end; k++) inDate[k] = 1;
    }
  }
  const mentions = findMentions(text, body, folded, words, sentences, index);
  const speakers = attributeQuotes({ text, words, sentences, quotes, mentions, inDate });
  const inQuote = new Uint8Array(words.length);
  {
    let q = 0;
    for (let i = 0; i < words.length; i++) {
      while (q < quotes.length && quotes[q]!.close < words[i]!.start) q++;
      const cur = quotes[q];
      if (cur && cur.open < words[i]!.start && words[i]!.end <= cur.close) inQuote[i] = 1;
    }
  }
  const events = draftEvents({ text, published, words, sentences, quotes, speakers, mentions, dates, inQuote });

  const sentenceOf = (offset: number) => sentences.find((s) => s.start <= offset && offset < s.end)!;
  const draftQuotes: DraftQuote[] = quotes.map((q, i) => {
    const sp = speakers[i];
    const s = sentenceOf(q.start);
    return {
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      kind: 'direct',
      speaker: sp ? { actorId: sp.actorId, name: sp.name, start: sp.start, end: sp.end } : null,
      sentence: { start: s.start, end: s.end },
    };
  });

  // Mentions: everything found, plus speakers the article describes without a name of its own.
  const seen = new Set<string>();
  const draftMentions: DraftMention[] = [];
  const addMention = (start: number, end: number, actorId: string | null) => {
    const key = `${start}:${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    draftMentions.push({ start, end, text: text.slice(start, end), actorId });
  };
  for (const m of mentions.mentions) if (m.entity >= 0 || m.kind !== 'office' || !m.short) addMention(m.start, m.end, m.actorId);
  speakers.forEach((sp) => sp && sp.via === 'verb' && addMention(sp.start, sp.end, sp.actorId));
  draftMentions.sort((a, b) => a.start - b.start || b.end - a.end);

  const s = input.source ?? {};
  return {
    source: {
      id: s.id ?? `source-${published}`,
      lang: s.lang ?? 'es',
      text,
      publisher: s.publisher ?? null,
      published,
      title: s.title ?? null,
      url: s.url ?? null,
      notes: s.notes ?? null,
      body: input.body ? { start: body.start, end: body.end } : null,
    },
    quotes: draftQuotes,
    mentions: draftMentions,
    dates: dates.map((d) => {
      const out: DraftDateMention = { start: d.start, end: d.end, text: d.text, date: d.date };
      if (d.reason !== undefined) out.reason = d.reason;
      return out;
    }),
    events,
  };
}

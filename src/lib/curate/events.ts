/**
 * Draft events: one per sentence that holds a quotation, a date or a word naming an event
 * (a call, a meeting, an agreement…), with a proposed kind and status, the actors the sentence
 * names and their roles, its date and its quotations. A proposal for the curator to merge,
 * split and correct; it never invents a date: with none in the sentence it proposes the open
 * range the tense allows (on or before publication for what happened).
 */
import type { ActorRole, EventKind, EventStatus } from '../../data/schema';
import { named } from './calendar';
import type { DateMention } from './dates';
import type { DraftDate } from './date-resolve';
import type { MentionAnalysis } from './mentions';
import type { Quotation } from './quotations';
import { reportingVerbs } from './reporting';
import type { Sentence } from './sentences';
import type { Speaker } from './speakers';
import { tenseAt, type TenseMark } from './tense';
import type { Span } from './text';
import { wordAtOrAfter, type Word } from './words';

export interface DraftEventActor {
  actorId: string | null;
  name: string;
  role: ActorRole;
}

export interface DraftEvent {
  sentence: Span & { text: string };
  kind: EventKind;
  status: EventStatus;
  actors: DraftEventActor[];
  date: DraftDate | null;
  /** The quotations it holds, by their offsets (a quotation's identity in its source). */
  quotes: Span[];
}

/** Folded word prefixes that name a kind of event. */
const CUES: [EventKind, RegExp][] = [
  ['agreement', /^(?:acord(?:aron|o|aran|ado)|acuerdo|pact(?:aron|o|ado)|firm(?:aron|o|ado)|convinieron)$/u],
  ['call', /^(?:llamada|llamadas|telefonica|telefonicamente|llamo|hablado|hablo|hablaron|hablara)$/u],
  ['meeting', /^(?:reunion(?:es)?|reunir(?:a|an|se)|reuni(?:o|eron|eran)|cumbre|encuentro|conversaciones)$/u],
  ['appointment', /^(?:nombr(?:o|ado|amiento)|design(?:o|ado|acion)|ordenado|encabezaran|encabezar)$/u],
  ['request', /^(?:solicit(?:ado|o|aron|ud)|pidi(?:o|eron)|pide|exigi(?:o|eron)|cuestionario|peticion)$/u],
  ['announcement', /^(?:anunci(?:o|aron|ado))$/u],
  ['reaction', /^(?:alarmad[oa]s?|preocupacion|condeno|rechazo|temen|reacciono|critic(?:o|aron|ado))$/u],
];
const cueCache = new Map<string, EventKind | null>();
function cueOf(folded: string): EventKind | null {
  let k = cueCache.get(folded);
  if (k === undefined) {
    k = CUES.find(([, re]) => re.test(folded))?.[0] ?? null;
    if (cueCache.size > 50_000) cueCache.clear();
    cueCache.set(folded, k);
  }
  return k;
}
const PRIORITY: EventKind[] = ['agreement', 'call', 'meeting', 'appointment', 'request', 'announcement', 'reaction', 'statement', 'background'];
const ROLE_RANK: Record<ActorRole, number> = { speaker: 3, participant: 2, subject: 1, mentioned: 0 };

export interface EventContext {
  text: string;
  published: string;
  words: readonly Word[];
  sentences: readonly Sentence[];
  quotes: readonly Quotation[];
  speakers: readonly (Speaker | null)[];
  mentions: MentionAnalysis;
  dates: readonly DateMention[];
  /** Word indexes inside quotation marks. */
  inQuote: Uint8Array;
}

export function draftEvents(ctx: EventContext): DraftEvent[] {
  const { text, words, sentences, quotes, speakers, mentions, dates } = ctx;
  const out: DraftEvent[] = [];
  let q = 0;
  let d = 0;
  let m = 0;
  for (const s of sentences) {
    const from = wordAtOrAfter(words, s.start);
    const to = wordAtOrAfter(words, s.end);
    const qs: number[] = [];
    while (q < quotes.length && quotes[q]!.start < s.end) qs.push(q++);
    const ds: DateMention[] = [];
    while (d < dates.length && dates[d]!.start < s.end) ds.push(dates[d++]!);
    const ms: number[] = [];
    while (m < mentions.mentions.length && mentions.mentions[m]!.start < s.end) ms.push(m++);

    const hits = new Map<EventKind, number>();
    // The main verb is taken to be the first finite verb outside quotation marks.
    let main: TenseMark | null = null;
    for (let i = from; i < to; i++) {
      if (ctx.inQuote[i]) continue;
      const w = words[i]!.folded;
      const kind = cueOf(w);
      if (kind) hits.set(kind, (hits.get(kind) ?? 0) + 1);
      const t: TenseMark | null = main ? null : tenseAt(words, i);
      if (t?.strength === 2) main = t;
    }
    // A sentence whose main verb reports speech ("Trump dijo el jueves que …") is a statement first.
    const reported = reportingVerbs(words, from, to, (i) => ctx.inQuote[i] === 1).filter((v) => !v.segun);
    const speaks = (qs.length ? 1 : 0) + (main && reported.some((v) => v.first === main!.index || v.last === main!.index) ? 1 : 0) || (reported.length ? 1 : 0);
    if (speaks) hits.set('statement', (hits.get('statement') ?? 0) + speaks);
    if (!hits.size && !ds.length && !qs.length) continue;
    const firstDate = ds.find((x) => x.date)?.date ?? null;
    const status: EventStatus = main ? (main.tense === 'future' ? 'planned' : 'occurred') : firstDate?.start && firstDate.start > ctx.published ? 'planned' : 'occurred';
    // A date that contradicts the main verb belongs to something else in the sentence
    // ("ha hablado … antes de las conversaciones … la próxima semana").
    const fits = (x: DraftDate) => (status === 'planned' ? (x.end ?? x.start ?? '') >= ctx.published : (x.start ?? x.end ?? '') <= ctx.published);
    const resolved = ds.map((x) => x.date).find((x): x is DraftDate => x !== null && fits(x)) ?? null;
    const yearsBack = resolved?.end ? Number(ctx.published.slice(0, 4)) - Number(resolved.end.slice(0, 4)) : 0;
    let kind: EventKind = 'background';
    if (yearsBack < 2 && hits.size) {
      let best = 0;
      for (const k of PRIORITY) {
        const n = hits.get(k) ?? 0;
        if (n > best) {
          best = n;
          kind = k;
        }
      }
    }

    // Actors: who speaks, who the sentence is about (before its first verb, or "con"/"entre" X), who else it names.
    const actors = new Map<string, DraftEventActor>();
    const put = (key: string, a: DraftEventActor) => {
      const had = actors.get(key);
      if (!had || ROLE_RANK[a.role] > ROLE_RANK[had.role]) actors.set(key, had ? { ...had, role: a.role } : a);
    };
    for (const i of qs) {
      const sp = speakers[i];
      if (sp && sp.name) put(sp.actorId ?? `name:${sp.entity >= 0 ? `e${sp.entity}` : sp.name}`, { actorId: sp.actorId, name: sp.name, role: 'speaker' });
    }
    // Without a main verb the sentence's subject cannot be told apart: everyone is mentioned.
    const subjectEnd = main ? words[main.index]!.start : s.start;
    let previous: { end: number; role: ActorRole } | null = null;
    for (const i of ms) {
      const mention = mentions.mentions[i]!;
      if (mention.entity < 0) continue;
      const e = mentions.entities[mention.entity]!;
      const before = text.slice(Math.max(s.start, mention.start - 8), mention.start);
      const inQuote = ctx.inQuote[wordAtOrAfter(words, mention.start)] === 1;
      // "entre Rusia y Ucrania": the second of a pair takes the first one's role.
      const paired: boolean = previous !== null && /^\s*(?:y|e)\s+(?:el |la |los |las )?$/u.test(text.slice(previous.end, mention.start));
      const role: ActorRole = paired
        ? previous!.role
        : !inQuote && (mention.end <= subjectEnd || /\b(?:con|entre)\s+(?:el |la |los |las |su )?$/u.test(before))
          ? 'participant'
          : 'mentioned';
      previous = { end: mention.end, role };
      put(e.actorId ?? `name:e${mention.entity}`, { actorId: e.actorId, name: e.name, role });
    }
    out.push({
      sentence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
      kind,
      status,
      actors: [...actors.values()],
      date: resolved ?? openDate(ctx.published, main, words, text),
      quotes: qs.map((i) => ({ start: quotes[i]!.start, end: quotes[i]!.end })),
    });
  }
  return out;
}

/** No date in the sentence (or none that fits): the open range the main verb's tense allows, or null. */
function openDate(pub: string, main: TenseMark | null, words: readonly Word[], text: string): DraftDate | null {
  if (!main) return null;
  const cue = text.slice(words[main.index]!.start, words[main.last]!.end);
  return main.tense === 'past'
    ? { start: null, end: pub, precision: 'range', basis: `The sentence gives no date; «${cue}» is in the past tense: on or before publication on ${named(pub)}.` }
    : { start: pub, end: null, precision: 'range', basis: `The sentence gives no date; «${cue}» is in the future tense: on or after publication on ${named(pub)}.` };
}

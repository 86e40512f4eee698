/**
 * Who says each quotation, as its sentence gives it:
 * 1. a reporting verb right after it: “…”, dijo la portavoz …, Tammy Bruce;
 * 2. else the nearest reporting verb before it: Trump dijo el jueves que aún hay “…”;
 * 3. else one later in the sentence: … una “voluntad mutua…” como …, agregó el ministerio;
 * the subject being the mention (or apposition group) just before the verb, or just after it
 * when subject and verb are inverted. A verb with no subject ("añadió.") and a quotation in a
 * sentence with no reporting verb continue the previous quotation's speaker — the latter only
 * from the sentence just before, and only when that sentence has no subject of its own, so an
 * unattributed quotation stays without a speaker.
 */
import type { Entity, MentionAnalysis } from './mentions';
import type { Quotation } from './quotations';
import { reportingVerbs, type ReportingVerb } from './reporting';
import type { Sentence } from './sentences';
import { TITLES } from './mentions';
import { isFiniteVerb } from './tense';
import { wordAtOrAfter, DETERMINERS, type Word } from './words';

export interface Speaker {
  actorId: string | null;
  name: string | null;
  start: number;
  end: number;
  /** The entity named, or -1 for a description the article gives without a name of its own. */
  entity: number;
  /** How it was found. */
  via: 'verb' | 'continued';
}

export interface SpeakerContext {
  text: string;
  words: readonly Word[];
  sentences: readonly Sentence[];
  quotes: readonly Quotation[];
  mentions: MentionAnalysis;
  /** Words inside a date expression ("dijo el jueves que…"): skipped between verb and subject. */
  inDate: Uint8Array;
}

const SKIP = new Set(
  'también además luego hoy ayer anoche entonces incluso finalmente después ya asimismo posteriormente no sólo solo más tarde nuevamente'.split(' '),
);
const RELATIVES = new Set(['quien', 'quienes', 'que']);
const PREPOSITIONS = new Set(['a', 'al', 'ante', 'con', 'contra', 'de', 'del', 'desde', 'en', 'entre', 'hacia', 'hasta', 'para', 'por', 'sobre', 'tras', 'durante', 'mediante']);
/** Set phrases between a verb and its subject ("señaló a su vez el canciller"). */
const SET_PHRASES = ['a su vez', 'por su parte', 'por otra parte', 'por otro lado', 'sin embargo', 'no obstante', 'en cambio', 'de nuevo', 'una vez más', 'por su lado'].map((p) => p.split(' '));
const CONTINUATIONS = new Set(['y', 'e', 'pero', 'aunque', 'asimismo', 'igualmente', 'por', 'otra', 'parte', 'su', 'vez']);
const NP_STARTERS = new Set([...DETERMINERS, 'fuentes', 'algunos', 'algunas', 'varios', 'varias', 'otro', 'otra', 'otros', 'otras', 'dos', 'tres']);
const STOP_NP = /[,.;:!?()«»“”"—–]/u;

interface Found {
  group: number;
  start: number;
  end: number;
}

export function attributeQuotes(ctx: SpeakerContext): (Speaker | null)[] {
  const { text, words, sentences, quotes, mentions } = ctx;
  const inQuote = new Uint8Array(words.length);
  {
    let q = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      while (q < quotes.length && quotes[q]!.close < w.start) q++;
      const cur = quotes[q];
      if (cur && cur.open < w.start && w.end <= cur.close) inQuote[i] = 1;
    }
  }
  // Word → top-level mention group that starts / ends at it.
  const groupStarting = new Int32Array(words.length).fill(-1);
  const groupEnding = new Int32Array(words.length).fill(-1);
  mentions.groups.forEach((g, k) => {
    const first = wordAtOrAfter(words, g.start);
    let last = first;
    while (last + 1 < words.length && words[last + 1]!.start < g.end) last++;
    if (first < words.length && !inQuote[first]) {
      if (groupStarting[first]! < 0) groupStarting[first] = k;
      groupEnding[last] = k;
    }
  });

  const gapText = (a: number, b: number) => text.slice(a, b);
  const fromGroup = (k: number): Found => {
    const g = mentions.groups[k]!;
    const head = mentions.mentions[g.head]!;
    return { group: k, start: head.start, end: head.end };
  };

  /**
   * The subject after a verb (inverted): "dijo el jueves la portavoz …", "señaló a su vez el
   * canciller …", "dijo a este diario una fuente municipal". Adverbs, dates and set phrases are
   * passed over; a name inside a prepositional phrase ("a la agencia TASS") is the verb's
   * object, not its subject, until a comma or a new determiner ends the phrase.
   */
  function after(v: ReportingVerb, limit: number): Found | null {
    let inPhrase = false;
    let afterPreposition = false;
    for (let i = v.last + 1; i < words.length && words[i]!.start < limit && i - v.last <= 14; i++) {
      const w = words[i]!;
      const gap = gapText(words[i - 1]!.end, w.start);
      const afterTitle = TITLES.has(words[i - 1]!.folded) && gap.startsWith('.');
      if (/[.;:!?“”«»"(—]/u.test(afterTitle ? gap.slice(1) : gap)) return null;
      if (gap.includes(',')) inPhrase = false;
      const phrase = SET_PHRASES.find((p) => p.every((x, k) => words[i + k]?.lower === x));
      if (phrase) {
        i += phrase.length - 1;
        continue;
      }
      const title = TITLES.has(w.folded) && text[w.end] === '.';
      if (ctx.inDate[i] || SKIP.has(w.lower) || title) continue;
      if (w.lower === 'que' || isFiniteVerb(words, i)) return null;
      if (PREPOSITIONS.has(w.lower)) {
        inPhrase = true;
        afterPreposition = true;
        continue;
      }
      const det = DETERMINERS.has(w.folded);
      if (det && !afterPreposition) inPhrase = false;
      afterPreposition = false;
      const k = groupStarting[i]! >= 0 ? i : det && groupStarting[i + 1]! >= 0 ? i + 1 : det && TITLES.has(words[i + 1]?.folded ?? '') && groupStarting[i + 2]! >= 0 ? i + 2 : -1;
      if (k >= 0) {
        const g = mentions.groups[groupStarting[k]!]!;
        if (!inPhrase) return fromGroup(groupStarting[k]!);
        while (i + 1 < words.length && words[i + 1]!.start < g.end) i++;
        continue;
      }
      if (!inPhrase && NP_STARTERS.has(w.lower)) {
        // A description with no name: "según una persona familiarizada con el asunto".
        let j = i;
        while (j + 1 < words.length && j - i < 7 && words[j + 1]!.start < limit && !STOP_NP.test(gapText(words[j]!.end, words[j + 1]!.start)) && words[j + 1]!.lower !== 'que')
          j++;
        return { group: -1, start: w.start, end: words[j]!.end };
      }
    }
    return null;
  }

  /** The subject before a verb: "Trump dijo", "El Ministerio … dijo", "Los analistas dijeron". */
  function before(v: ReportingVerb, floor: number): Found | null {
    let i = v.first - 1;
    let skips = 0;
    // "Friedrich Merz, quien añadió …": the relative pronoun stands for the name before it.
    if (i > 0 && RELATIVES.has(words[i]!.lower) && words[i - 1]!.start >= floor && /^\s*,\s*$/u.test(gapText(words[i - 1]!.end, words[i]!.start)) && groupEnding[i - 1]! >= 0)
      return fromGroup(groupEnding[i - 1]!);
    while (i >= 0 && words[i]!.start >= floor && skips < 5) {
      const gap = gapText(words[i]!.end, words[i + 1]!.start);
      // A parenthesis between subject and verb ("el gobernador …, —que visitó la zona— prometiera").
      const close = /[—)]\s*$/u.exec(gap);
      if (close) {
        const opener = gap.trimEnd().endsWith(')') ? '(' : '—';
        const at = text.lastIndexOf(opener, words[i]!.start);
        if (at >= floor) {
          let k = i;
          while (k >= 0 && words[k]!.start > at) k--;
          if (k >= 0 && words[k]!.start >= floor && /^[\s,]*$/u.test(gapText(words[k]!.end, at))) {
            i = k;
            skips++;
            if (groupEnding[i]! >= 0) return fromGroup(groupEnding[i]!);
            continue;
          }
        }
        return null;
      }
      if (!/^[\s,]*$/u.test(gap)) return null;
      if (groupEnding[i]! >= 0) return fromGroup(groupEnding[i]!);
      if (ctx.inDate[i] || SKIP.has(words[i]!.lower)) {
        i--;
        skips++;
        continue;
      }
      break;
    }
    // A description with no name, back to the start of its clause.
    const last = i;
    if (last < 0 || words[last]!.start < floor || inQuote[last]) return null;
    if (STOP_NP.test(gapText(words[last]!.end, words[last + 1]!.start))) return null;
    let j = last;
    while (j - 1 >= 0 && words[j - 1]!.start >= floor && last - j < 5 && !STOP_NP.test(gapText(words[j - 1]!.end, words[j]!.start))) j--;
    const clauseOpen = j === 0 || words[j - 1]!.start < floor || STOP_NP.test(gapText(words[j - 1]!.end, words[j]!.start));
    if (!clauseOpen || !NP_STARTERS.has(words[j]!.lower) || words[j]!.lower === 'que') return null;
    return { group: -1, start: words[j]!.start, end: words[last]!.end };
  }

  const toSpeaker = (f: Found): Speaker => {
    if (f.group < 0) return { actorId: null, name: text.slice(f.start, f.end), start: f.start, end: f.end, entity: -1, via: 'verb' };
    const g = mentions.groups[f.group]!;
    const e = g.members.map((i) => mentions.mentions[i]!.entity).find((x) => x >= 0) ?? -1;
    const ent: Entity | undefined = mentions.entities[e];
    return {
      actorId: ent?.actorId ?? null,
      name: ent?.name ?? text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      entity: e,
      via: 'verb',
    };
  };

  /** Nothing but adverbs between the clause's start and the verb ("“…”, añadió"; "Y luego dijo"). */
  function clauseEmptyBefore(v: ReportingVerb, floor: number): boolean {
    for (let i = v.first - 1; i >= 0 && words[i]!.start >= floor; i--) {
      if (STOP_NP.test(gapText(words[i]!.end, words[i + 1]!.start))) return true;
      if (!SKIP.has(words[i]!.lower) && !ctx.inDate[i] && words[i]!.lower !== 'y' && words[i]!.lower !== 'que') return false;
    }
    return true;
  }

  /**
   * Whether the sentence goes on from the one before without a subject of its own: it opens
   * with the quotation, or with a verb after nothing but "también", "además"… ("También
   * acordaron crear “…”"). "La prensa habló de una “crisis”" has a subject: no continuation.
   */
  function continuesBefore(fromWord: number, at: number): boolean {
    for (let i = fromWord; i < words.length && words[i]!.start < at; i++) {
      if (inQuote[i]) continue;
      if (isFiniteVerb(words, i)) return true;
      if (!SKIP.has(words[i]!.lower) && !CONTINUATIONS.has(words[i]!.lower) && !ctx.inDate[i]) return false;
    }
    return true;
  }

  /** The mention that opens sentence `k` (its subject, as news sentences go), ending before `limit`. */
  function subjectOf(k: number, limit: number): Found | null {
    const first = wordAtOrAfter(words, sentences[k]!.start);
    const i = groupStarting[first]! >= 0 ? first : DETERMINERS.has(words[first]?.folded ?? '') && groupStarting[first + 1]! >= 0 ? first + 1 : -1;
    if (i < 0 || inQuote[i]) return null;
    const g = groupStarting[i]!;
    return mentions.groups[g]!.end <= limit ? fromGroup(g) : null;
  }

  const out: (Speaker | null)[] = [];
  let last = null as { sentence: number; speaker: Speaker } | null;
  let s = 0;
  for (const q of quotes) {
    while (s < sentences.length && sentences[s]!.end <= q.open) s++;
    const sentence = sentences[s]!;
    const from = wordAtOrAfter(words, sentence.start);
    const to = wordAtOrAfter(words, sentence.end);
    const verbs = reportingVerbs(words, from, to, (i) => inQuote[i] === 1);
    const startOf = (v: ReportingVerb) => words[v.first]!.start;
    const endOf = (v: ReportingVerb) => words[v.last]!.end;
    let found: Found | null = null;
    let verbWithoutSubject = false;
    let bareVerb = false;
    let coordinated = false;
    const noSubject = (v: ReportingVerb, floor: number) => {
      verbWithoutSubject = true;
      bareVerb = clauseEmptyBefore(v, floor);
      const w = words[v.first - 1];
      coordinated = w !== undefined && w.start >= floor && (w.lower === 'y' || w.lower === 'e');
    };
    const right = verbs.find((v) => startOf(v) > q.close);
    const left = [...verbs].reverse().find((v) => endOf(v) <= q.open);
    if (right && /^[\s,.;:—–-]*$/u.test(gapText(q.close + 1, startOf(right)))) {
      found = after(right, sentence.end) ?? before(right, q.close + 1);
      if (!found) noSubject(right, q.close + 1);
    } else if (right && !right.segun && groupStarting[wordAtOrAfter(words, q.close + 1)]! >= 0) {
      // “…”, Peskov dijo.
      found = before(right, q.close + 1);
    }
    if (!found && !verbWithoutSubject && left) {
      found = left.segun ? after(left, q.open) : before(left, sentence.start) ?? after(left, q.open);
      if (!found && !left.segun) noSubject(left, sentence.start);
    }
    if (!found && !verbWithoutSubject && right) {
      found = right.segun ? after(right, sentence.end) : after(right, sentence.end) ?? before(right, q.close + 1);
      if (!found && !right.segun) noSubject(right, q.close + 1);
    }
    if (!found && !verbWithoutSubject && !verbs.length && /:\s*$/u.test(text.slice(Math.max(sentence.start, q.open - 3), q.open))) {
      // "Zelenski fue tajante: «…»": the sentence's subject, named first, introduces it.
      const k = groupStarting[from]! >= 0 ? from : DETERMINERS.has(words[from]?.folded ?? '') && groupStarting[from + 1]! >= 0 ? from + 1 : -1;
      if (k >= 0 && mentions.groups[groupStarting[k]!]!.end < q.open) found = fromGroup(groupStarting[k]!);
    }
    if (!found && verbWithoutSubject && !(last && last.sentence === s) && (coordinated || bareVerb)) {
      // A verb with no subject of its own speaks for the subject named last: its own sentence's
      // ("Ibáñez criticó el plan y dijo: «…»"), or the sentence before's when nobody has spoken
      // since ("Ibáñez ha criticado la propuesta. «Es humo», ha declarado.").
      const own = coordinated ? subjectOf(s, q.open) : null;
      const previous = !own && bareVerb && s > 0 && (!last || last.sentence < s - 1) ? subjectOf(s - 1, sentences[s - 1]!.end) : null;
      found = own ?? previous;
    }
    let speaker: Speaker | null = found ? toSpeaker(found) : null;
    // Continue the previous speaker: after a verb with no subject of its own ("añadió." —
    // nothing else in its clause; or any such verb in the sentence of the last quotation), or
    // for a quotation in a sentence that names nobody before it.
    const continues = verbWithoutSubject ? bareVerb || (last !== null && last.sentence === s) : continuesBefore(from, q.open);
    if (!speaker && continues && last && s - last.sentence <= (verbWithoutSubject ? 3 : 1)) speaker = { ...last.speaker, via: 'continued' };
    if (speaker) last = { sentence: s, speaker };
    out.push(speaker);
  }
  return out;
}

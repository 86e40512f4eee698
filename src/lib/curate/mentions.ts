/**
 * Who the article names: dataset aliases first (they claim their words), then capitalised
 * name sequences and offices ("el director de la CIA", "la portavoz del departamento de
 * Estado") the dataset does not know. Adjacent mentions in apposition ("la portavoz …, Tammy
 * Bruce", "el asesor … Mike Waltz") form a group naming one actor; groups are then linked into
 * entities, so a later short reference ("el ministerio", "Peskov") finds the actor named
 * earlier.
 */
import { matchAliases, type AliasIndex } from './aliases';
import type { Sentence } from './sentences';
import { isFiniteVerb } from './tense';
import { spanAt, type FoldedText, type Span } from './text';
import { DETERMINERS, STOPWORDS, type Word } from './words';

export type MentionKind = 'alias' | 'name' | 'office';

export interface Mention extends Span {
  kind: MentionKind;
  actorId: string | null;
  /** Folded words that identify it (function words left out). */
  words: string[];
  /** An office's noun, folded ("ministerio"); null for names. */
  head: string | null;
  /** A determiner and an office noun alone ("el ministerio"): a reference to someone named before. */
  short: boolean;
  /** Inside another mention (an alias within an office: "el portavoz del Kremlin"). */
  nested: boolean;
  /** The entity it names, or -1 when a short reference finds none. */
  entity: number;
  /** Its apposition group. */
  group: number;
}

export interface Group extends Span {
  members: number[];
  /** The member that names the actor best: a person's name over an office. */
  head: number;
}

export interface Entity {
  actorId: string | null;
  /** The fullest name the article gives (the dataset's name for a known actor). */
  name: string;
  nameWords: Set<string>;
  words: Set<string>;
  /** The first mention. */
  first: number;
}

export interface MentionAnalysis {
  mentions: Mention[];
  groups: Group[];
  entities: Entity[];
}

const PERSON_OFFICES =
  'presidente presidenta vicepresidente vicepresidenta ministro ministra viceministro viceministra canciller secretario secretaria ' +
  'subsecretario subsecretaria portavoz vocero vocera director directora subdirector subdirectora jefe jefa asesor asesora consejero ' +
  'consejera enviado enviada embajador embajadora negociador negociadora representante delegado delegada comandante senador senadora ' +
  'diputado diputada gobernador gobernadora alcalde alcaldesa fiscal mandatario mandataria lider homologo homologa coordinador ' +
  'coordinadora funcionario funcionaria rey reina principe princesa emir monarca premier primer primera ' +
  'presidentes ministros secretarios portavoces directores jefes asesores enviados embajadores negociadores representantes ' +
  'delegados funcionarios diplomaticos lideres mandatarios autoridades diplomatico diplomatica dirigente';
/**
 * Nouns a news text uses for a person it has already named, whatever their office ("agregó el
 * diplomático", "dijo el mandatario"): with no earlier actor holding the noun, such a short
 * reference names the person named last.
 */
const ADJECTIVE_TOO = new Set(['diplomatico', 'diplomatica']);
const GENERIC_PERSON = new Set('diplomatico diplomatica mandatario mandataria funcionario funcionaria lider dirigente'.split(' '));
const BODY_OFFICES =
  'ministerio departamento gobierno cancilleria embajada oficina agencia parlamento congreso senado ejercito comision consejo ' +
  'tribunal portavocia presidencia administracion kremlin';
export const OFFICE_NOUNS = new Set(`${PERSON_OFFICES} ${BODY_OFFICES}`.split(' '));

const NATIONALITIES = new Set(
  (
    'ruso rusa rusos rusas estadounidense estadounidenses norteamericano norteamericana ucraniano ucraniana ucranianos ucranianas ' +
    'europeo europea europeos europeas chino china chinos britanico britanica frances francesa aleman alemana saudi saudita sauditas ' +
    'turco turca israeli irani palestino palestina sirio siria iraqui espanol espanola italiano italiana polaco polaca japones japonesa ' +
    'bielorruso bielorrusa hungaro hungara qatari catari egipcio egipcia mexicano mexicana canadiense brasileno brasilena argentino ' +
    'argentina venezolano venezolana colombiano colombiana chileno chilena cubano cubana indio india iraní finlandes finlandesa sueco sueca ' +
    'noruego noruega suizo suiza austriaco austriaca belga holandes holandesa neerlandes griego griega rumano rumana moldavo moldava ' +
    'georgiano georgiana armenio armenia azerbaiyano kazajo emirati'
  ).split(' '),
);
const AFTER_NOUN = new Set(
  'especial adjunto adjunta general interino interina principal permanente saliente entrante electo electa ejecutivo ejecutiva'.split(' '),
);
const LINKS = new Set(['de', 'del', 'para']);
const ARTICLES = new Set(['el', 'la', 'los', 'las']);
/** Words that may join capitalised words inside one name ("Ministerio de Relaciones Exteriores"). */
const NAME_JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'von', 'van', 'der', 'den', 'di', 'da', 'du', 'dos', 'das', 'bin', 'ibn']);

function gapIs(text: string, a: Word, b: Word, allowed: RegExp): boolean {
  return allowed.test(text.slice(a.end, b.start));
}
const SPACE = /^[ \t\u00a0]+$/u;
/** Titles written before a name ("el Sr. Sokolov", "la Dra. Ferrer"): not part of the name. */
export const TITLES = new Set(['sr', 'sra', 'srta', 'dr', 'dra', 'lic', 'gral', 'ing']);
/** "EE. UU.": an all-capitals abbreviation, its full stop and a space. */
const isAllCaps = (text: string, w: Word) => w.end - w.start >= 2 && /^[\p{Lu}\p{N}]+$/u.test(text.slice(w.start, w.end));
const isAbbreviation = (text: string, w: Word) => w.end - w.start <= 3 && /^\p{Lu}+$/u.test(text.slice(w.start, w.end)) && text[w.end] === '.';

interface Builder {
  text: string;
  words: readonly Word[];
  claimed: Int32Array; // word index → alias mention index + 1, or 0
  lowercaseSeen: Set<string>;
  sentenceStarts: Set<number>; // word indexes that open a sentence or a quotation
  /** Capitalised words the article also uses alone, mid-sentence: surnames ("Witkoff"). */
  singleNames: Set<string>;
  /** Capitalised words seen anywhere but at the start of a sentence. */
  capitalisedInside: Set<string>;
}

/** A run of capitalised words from word `i` (names joined by "de", "del"…). Returns the end index. */
function capRun(b: Builder, i: number, stopAtAlias: boolean): number {
  const { words, text } = b;
  let end = i + 1;
  for (let j = i + 1; j < words.length; j++) {
    const prev = words[j - 1]!;
    const w = words[j]!;
    const dotted = /^\. $/u.test(text.slice(prev.end, w.start)) && (isAbbreviation(text, prev) || TITLES.has(prev.folded));
    const joined = gapIs(text, prev, w, SPACE) || dotted;
    if (!joined || b.sentenceStarts.has(j)) break;
    if (stopAtAlias && b.claimed[j] && b.claimed[j] !== b.claimed[i]) break;
    if (w.cap) {
      // "la CIA John Ratcliffe": an acronym does not run on into a person's name.
      if (prev.cap && isAllCaps(text, prev) && !isAllCaps(text, w) && !isAbbreviation(text, prev)) break;
      // "Medio Oriente Steve Witkoff": a surname the article also uses alone starts a new name
      // (with the first name before it).
      if (j + 1 < words.length && b.singleNames.has(words[j + 1]!.folded) && j - 1 > i && words[j + 1]!.cap && gapIs(text, w, words[j + 1]!, SPACE)) break;
      end = j + 1;
      continue;
    }
    // Joiners, one or several, between capitalised words: "de Relaciones", "von der Leyen".
    let k = j;
    while (k < words.length && NAME_JOINERS.has(words[k]!.folded) && k - j < 3 && (k === j || gapIs(text, words[k - 1]!, words[k]!, SPACE))) k++;
    if (k > j && words[k]?.cap && gapIs(text, words[k - 1]!, words[k]!, SPACE)) {
      j = k - 1;
      continue;
    }
    break;
  }
  return end;
}

/** Span end of words [i, end): takes in a trailing full stop of an abbreviation ("UU."). */
function runEnd(b: Builder, end: number): number {
  const last = b.words[end - 1]!;
  return isAbbreviation(b.text, last) && end - 1 > 0 && isAbbreviation(b.text, b.words[end - 2]!) ? last.end + 1 : last.end;
}

function contentWords(words: readonly Word[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) if (!STOPWORDS.has(words[i]!.folded)) out.push(words[i]!.folded);
  return out;
}

interface Draft extends Span {
  kind: MentionKind;
  actorId: string | null;
  words: string[];
  head: string | null;
  short: boolean;
  firstWord: number;
  lastWord: number;
}

/** An office: [determiner] noun [nationality | adjective | de/del/para (+ article) + name or 1–2 words]*. */
function officeAt(b: Builder, i: number): Draft | null {
  const { words, text } = b;
  const noun = words[i]!;
  if (!OFFICE_NOUNS.has(noun.folded) || b.claimed[i]) return null;
  let first = i;
  let last = i;
  if ((noun.folded === 'primer' || noun.folded === 'primera') && /^ministr[oa]$/u.test(words[i + 1]?.folded ?? '')) last = i + 1;
  else if (noun.folded === 'primer' || noun.folded === 'primera') return null;
  const det = words[i - 1];
  const hasDet = det !== undefined && DETERMINERS.has(det.folded) && gapIs(text, det, noun, SPACE) && !b.claimed[i - 1];
  if (hasDet) first = i - 1;
  // Also adjectives ("el contacto diplomático"): a person only right after a determiner.
  if (!hasDet && ADJECTIVE_TOO.has(noun.folded)) return null;
  let links = 0;
  let spanEnd = words[last]!.end;
  while (links < 4) {
    const j = last + 1;
    const w = words[j];
    if (!w || !gapIs(text, words[last]!, w, SPACE) || b.sentenceStarts.has(j)) break;
    if (NATIONALITIES.has(w.folded) || AFTER_NOUN.has(w.folded)) {
      last = j;
      spanEnd = w.end;
      links++;
      continue;
    }
    if (!LINKS.has(w.folded)) break;
    let k = j + 1;
    if (w.folded === 'de' && words[k] && ARTICLES.has(words[k]!.folded)) k++;
    const target = words[k];
    if (!target || !gapIs(text, words[k - 1]!, target, SPACE)) break;
    if (target.cap) {
      const end = capRun(b, k, true);
      last = end - 1;
      spanEnd = runEnd(b, end);
    } else if (!STOPWORDS.has(target.folded) && !isFiniteVerb(words, k)) {
      last = k;
      const second = words[k + 1];
      if (second && gapIs(text, target, second, SPACE) && !second.cap && !STOPWORDS.has(second.folded) && !LINKS.has(second.folded) && !isFiniteVerb(words, k + 1))
        last = k + 1;
      spanEnd = words[last]!.end;
    } else break;
    links++;
  }
  // A bare noun with neither determiner nor complement is no mention ("presidente" alone), and
  // "un portavoz" alone describes someone new: the speaker's description takes it in whole.
  if (!hasDet && last === i) return null;
  if (hasDet && last === i && /^un(?:a|os|as)?$/u.test(det!.folded)) return null;
  return {
    start: words[first]!.start,
    end: spanEnd,
    kind: 'office',
    actorId: null,
    words: contentWords(words, i, last + 1),
    head: words[i]!.folded === 'primer' || words[i]!.folded === 'primera' ? words[i + 1]!.folded : noun.folded,
    short: hasDet && last === i,
    firstWord: first,
    lastWord: last,
  };
}

/** A capitalised name the dataset does not know, or null for a sentence opener ("La", "Además"). */
function nameAt(b: Builder, i: number, runEndIndex: number): Draft | null {
  const { words } = b;
  let from = i;
  let end = runEndIndex;
  // A capitalised first word of a sentence is a name only if it is never written in lower case.
  while (
    from < end &&
    (TITLES.has(words[from]!.folded) ||
      (b.sentenceStarts.has(from) && (STOPWORDS.has(words[from]!.folded) || b.lowercaseSeen.has(words[from]!.folded))))
  ) {
    from++;
    while (from < end && !words[from]!.cap) from++;
  }
  if (from >= end) return null;
  // Trailing joiners are not part of the name.
  while (end > from && !words[end - 1]!.cap) end--;
  // One capitalised word opening a sentence ("Hemos dado…", "Llevamos meses…") is a name only
  // if the article also capitalises it elsewhere, or a verb follows it ("Peskov dijo").
  if (end - from === 1 && b.sentenceStarts.has(from) && !b.capitalisedInside.has(words[from]!.folded)) {
    const next = words[from + 1];
    // …a verb in the third person, that is: "Nunca aceptaremos" is no name.
    if (!next || next.cap || !isFiniteVerb(words, from + 1) || isFiniteVerb(words, from) || /(?:mos|é|aste|iste)$/u.test(next.lower)) return null;
  }
  const parts = contentWords(words, from, end);
  if (!parts.length || (end - from === 1 && STOPWORDS.has(words[from]!.folded))) return null;
  return {
    start: words[from]!.start,
    end: runEnd(b, end),
    kind: 'name',
    actorId: null,
    words: parts,
    head: null,
    short: false,
    firstWord: from,
    lastWord: end - 1,
  };
}

export function findMentions(
  text: string,
  body: Span,
  folded: FoldedText,
  words: readonly Word[],
  sentences: readonly Sentence[],
  index: AliasIndex | null,
): MentionAnalysis {
  const claimed = new Int32Array(words.length);
  const drafts: Draft[] = [];
  if (index) {
    let w = 0;
    for (const m of matchAliases(text, folded, index)) {
      while (w < words.length && words[w]!.end <= m.start) w++;
      const firstWord = w;
      let lastWord = w;
      while (lastWord + 1 < words.length && words[lastWord + 1]!.start < m.end) lastWord++;
      drafts.push({ ...m, kind: 'alias', words: contentWords(words, firstWord, lastWord + 1), head: null, short: false, firstWord, lastWord });
      for (let k = firstWord; k <= lastWord; k++) claimed[k] = drafts.length;
    }
  }
  const aliasCount = drafts.length;
  // Words that open a sentence, or follow a colon, an opening mark or a dash.
  const sentenceStarts = new Set<number>();
  for (let i = 0, s = 0; i < words.length; i++) {
    const w = words[i]!;
    const prevEnd = i > 0 ? words[i - 1]!.end : body.start;
    let opens = false;
    while (s < sentences.length && sentences[s]!.end <= w.start) s++;
    const sentence = sentences[s];
    if (sentence && sentence.start >= prevEnd) opens = true;
    const gap = text.slice(prevEnd, w.start);
    // A capital after a full stop inside a quotation («No. Nunca…») opens a sentence too,
    // unless the stop closes an abbreviation, a title or an initial ("EE. UU.", "Sr.", "J.").
    const prev = words[i - 1];
    const stop = /[.!?…]["”»’]?\s+$/u.test(gap) && prev && !isAbbreviation(text, prev) && !TITLES.has(prev.folded) && prev.end - prev.start > 1;
    if (opens || stop || /[:“«"‘—]\s*$/u.test(gap)) sentenceStarts.add(i);
  }
  const lowercaseSeen = new Set<string>();
  for (const w of words) if (!w.cap) lowercaseSeen.add(w.folded);
  const singleNames = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.cap || sentenceStarts.has(i) || STOPWORDS.has(w.folded) || isAllCaps(text, w)) continue;
    const capBefore = i > 0 && words[i - 1]!.cap && /^ $/u.test(text.slice(words[i - 1]!.end, w.start));
    const capAfter = i + 1 < words.length && words[i + 1]!.cap && /^ $/u.test(text.slice(w.end, words[i + 1]!.start));
    if (!capBefore && !capAfter) singleNames.add(w.folded);
  }
  const capitalisedInside = new Set<string>();
  for (let i = 0; i < words.length; i++) if (words[i]!.cap && !sentenceStarts.has(i)) capitalisedInside.add(words[i]!.folded);
  const b: Builder = { text, words, claimed, lowercaseSeen, sentenceStarts, singleNames, capitalisedInside };

  // Offices and unknown names compete, longest first; neither takes an alias's words, except
  // that an office's complement may hold an alias, which then stays a mention of its own.
  const others: Draft[] = [];
  for (let i = 0; i < words.length; i++) {
    const o = officeAt(b, i);
    if (o) others.push(o);
  }
  const inOffice = new Uint8Array(words.length);
  // Capitalised runs partition the words: each run is read once, from its first word.
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.cap || claimed[i]) continue;
    const end = capRun(b, i, true);
    const n = nameAt(b, i, end);
    if (n) others.push(n);
    i = end - 1;
  }
  others.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const kept: Draft[] = [];
  for (const d of others) {
    let free = true;
    for (let k = d.firstWord; k <= d.lastWord && free; k++) if (inOffice[k]) free = false;
    // An alias may sit inside an office's complement, never at its head.
    if (free && claimed[d.firstWord]) free = false;
    if (free && d.kind === 'name') for (let k = d.firstWord; k <= d.lastWord && free; k++) if (claimed[k]) free = false;
    if (!free) continue;
    for (let k = d.firstWord; k <= d.lastWord; k++) inOffice[k] = 1;
    kept.push(d);
  }
  const all = [...drafts.slice(0, aliasCount), ...kept].sort((x, y) => x.start - y.start || y.end - x.end);
  const mentions: Mention[] = all.map((d) => ({
    start: d.start,
    end: d.end,
    kind: d.kind,
    actorId: d.actorId,
    words: d.words,
    head: d.head,
    short: d.short,
    nested: false,
    entity: -1,
    group: -1,
  }));
  // Nesting: an alias inside an office.
  for (let i = 0, open = -1; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (open >= 0 && m.start < mentions[open]!.end) m.nested = true;
    else open = i;
  }
  const groups = groupAppositions(text, mentions, sentences);
  const entities = linkEntities(text, mentions, groups, index);
  return { mentions, groups, entities };
}

const APPOSITION_GAP = /^(?:,\s*| )$/u;

/** Office + name ("la portavoz …, Tammy Bruce"), or name + office between commas ("Rubio, el secretario…,"). */
function groupAppositions(text: string, mentions: Mention[], sentences: readonly Sentence[]): Group[] {
  const groups: Group[] = [];
  const top = mentions.map((m, i) => ({ m, i })).filter((x) => !x.m.nested);
  for (let t = 0; t < top.length; t++) {
    const a = top[t]!;
    const members = [a.i];
    let head = a.i;
    const b = top[t + 1];
    if (b && spanAt(sentences, a.m.start) === spanAt(sentences, b.m.start)) {
      const gap = text.slice(a.m.end, b.m.start);
      const sameActor = a.m.actorId !== null && a.m.actorId === b.m.actorId;
      const compatible = a.m.actorId === null || b.m.actorId === null || sameActor;
      if (APPOSITION_GAP.test(gap) && compatible) {
        const aOffice = a.m.kind === 'office' || (a.m.kind === 'alias' && a.m.words.some((w) => OFFICE_NOUNS.has(w)));
        const bOffice = b.m.kind === 'office' || (b.m.kind === 'alias' && b.m.words.some((w) => OFFICE_NOUNS.has(w)));
        const bIsName = b.m.kind === 'name' || (b.m.kind === 'alias' && !bOffice);
        const aIsName = a.m.kind === 'name' || (a.m.kind === 'alias' && !aOffice);
        // "Rubio, el secretario de Estado," — the office must be closed by a comma (or end the clause).
        const after = text.slice(b.m.end, b.m.end + 2);
        if ((aOffice && bIsName) || sameActor) {
          members.push(b.i);
          head = bIsName ? b.i : a.i;
          t++;
        } else if (aIsName && bOffice && gap.startsWith(',') && /^(?:,|\.|$)/u.test(after)) {
          members.push(b.i);
          t++;
        }
      }
    }
    const g = groups.length;
    for (const i of members) mentions[i]!.group = g;
    groups.push({ start: mentions[members[0]!]!.start, end: mentions[members[members.length - 1]!]!.end, members, head });
  }
  // A nested alias joins no group of its own but needs one for look-ups.
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.group >= 0) continue;
    m.group = groups.length;
    groups.push({ start: m.start, end: m.end, members: [i], head: i });
  }
  groups.sort((x, y) => x.start - y.start);
  groups.forEach((g, k) => g.members.forEach((i) => (mentions[i]!.group = k)));
  return groups;
}

const subset = (small: Iterable<string>, big: Set<string>) => {
  let any = false;
  for (const w of small) {
    if (!big.has(w)) return false;
    any = true;
  }
  return any;
};

function linkEntities(text: string, mentions: Mention[], groups: Group[], index: AliasIndex | null): Entity[] {
  const entities: Entity[] = [];
  const byActor = new Map<string, number>();
  const byOffice = new Map<string, number>();
  const add = (e: Entity) => entities.push(e) - 1;
  // A person: a dataset actor of that kind, or a name of two words or more ("Staffan de Mistura", not "Moscú").
  const isPerson = (e: Entity) => (e.actorId ? index?.actors.get(e.actorId)?.kind === 'person' : e.nameWords.size >= 2);
  for (const g of groups) {
    const ms = g.members.map((i) => mentions[i]!);
    const head = mentions[g.head]!;
    const actorId = ms.find((m) => m.actorId)?.actorId ?? null;
    const nameWords = ms.filter((m) => m.kind === 'name' || (m.kind === 'alias' && !m.words.some((w) => OFFICE_NOUNS.has(w)))).flatMap((m) => m.words);
    const allWords = ms.flatMap((m) => (m.head ? [m.head, ...m.words] : m.words));
    let e = -1;
    if (actorId) {
      e = byActor.get(actorId) ?? -1;
      if (e < 0) {
        e = add({ actorId, name: index?.actors.get(actorId)?.name ?? text.slice(head.start, head.end), nameWords: new Set(), words: new Set(), first: g.members[0]! });
        byActor.set(actorId, e);
      }
    } else if (nameWords.length) {
      // "Peskov" after "Dmitri Peskov" (or the other way round) is the same person.
      const mine = new Set(nameWords);
      for (let k = entities.length - 1; k >= 0 && e < 0; k--) {
        const c = entities[k]!;
        if (subset(nameWords, c.nameWords) || (c.nameWords.size && subset(c.nameWords, mine))) e = k;
      }
      const name = text.slice(head.start, head.end);
      if (e < 0) e = add({ actorId: null, name, nameWords: new Set(), words: new Set(), first: g.members[0]! });
      else if (!entities[e]!.actorId && nameWords.length > entities[e]!.nameWords.size) entities[e]!.name = name;
    } else if (head.short) {
      // "el ministerio": the latest entity whose names or offices hold that noun.
      for (let k = entities.length - 1; k >= 0 && e < 0; k--) if (entities[k]!.words.has(head.head!)) e = k;
      if (GENERIC_PERSON.has(head.head!)) for (let k = entities.length - 1; k >= 0 && e < 0; k--) if (isPerson(entities[k]!)) e = k;
    } else {
      // The same office named again ("el director de la CIA") is the same actor.
      const key = allWords.join(' ');
      e = byOffice.get(key) ?? -1;
      if (e < 0) {
        e = add({ actorId: null, name: text.slice(head.start, head.end), nameWords: new Set(), words: new Set(), first: g.members[0]! });
        byOffice.set(key, e);
      }
    }
    if (e < 0) continue;
    const ent = entities[e]!;
    nameWords.forEach((w) => ent.nameWords.add(w));
    allWords.forEach((w) => ent.words.add(w));
    for (const m of ms) {
      m.entity = e;
      if (!m.actorId && ent.actorId) m.actorId = ent.actorId;
    }
  }
  return entities;
}

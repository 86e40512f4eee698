/**
 * Dataset actors' aliases, matched in the article without regard to accents or case, whole
 * words only, longest match first. The index is built once per actor list; a scan costs one
 * look-up per word of the article.
 */
import { foldRange, isLetter, isLetterCode, unfold, type FoldedText, type Span } from './text';

/** A letter or digit of the folded text (marks are folded away): what alias words are made of. */
const isWordCode = isLetterCode;

export interface ActorRef {
  id: string;
  name: string;
  aliases: readonly string[];
  kind?: string;
}

interface Entry {
  folded: string;
  actorId: string;
}

export interface AliasIndex {
  byFirstWord: Map<string, Entry[]>;
  actors: Map<string, ActorRef>;
}

export interface AliasMatch extends Span {
  actorId: string;
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const cache = new WeakMap<readonly ActorRef[], AliasIndex>();

export function aliasIndex(actors: readonly ActorRef[]): AliasIndex {
  const hit = cache.get(actors);
  if (hit) return hit;
  const byFirstWord = new Map<string, Entry[]>();
  const seen = new Set<string>();
  for (const a of actors) {
    // The actor's usual name counts as an alias too.
    for (const alias of [a.name, ...a.aliases]) {
      const folded = foldRange(alias, 0, alias.length).text.trim();
      const first = FIRST_WORD.exec(folded)?.[0];
      if (!first || seen.has(`${a.id}\u0000${folded}`)) continue;
      seen.add(`${a.id}\u0000${folded}`);
      const list = byFirstWord.get(first) ?? [];
      list.push({ folded, actorId: a.id });
      byFirstWord.set(first, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((x, y) => y.folded.length - x.folded.length);
  const index = { byFirstWord, actors: new Map(actors.map((a) => [a.id, a])) };
  cache.set(actors, index);
  return index;
}

/** Every alias occurrence in the folded body, longest first at each word, never overlapping. */
export function matchAliases(source: string, folded: FoldedText, index: AliasIndex): AliasMatch[] {
  const out: AliasMatch[] = [];
  const f = folded.text;
  let i = 0;
  while (i < f.length) {
    if (!isWordCode(f.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < f.length && isWordCode(f.charCodeAt(i))) i++;
    const list = index.byFirstWord.get(f.slice(start, i));
    if (!list || isLetter(f[start - 1])) continue;
    for (const e of list) {
      const end = start + e.folded.length;
      if (!f.startsWith(e.folded, start) || isLetter(f[end])) continue;
      out.push({ ...unfold(folded, start, end, source), actorId: e.actorId });
      i = end;
      break;
    }
  }
  return out;
}

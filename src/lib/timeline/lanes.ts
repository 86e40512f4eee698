import type { Actor, ActorRole, DatasetEvent, EventActor, Side } from '../../data/schema';
import { SIDE_ORDER } from '../sides';
import { compareNames } from '../collate';

export type LaneMode = 'side' | 'actor';

export interface Lane {
  /** Stable key: `side:us` or `actor:marco-rubio`. */
  key: string;
  mode: LaneMode;
  /** The side, or the actor id. */
  id: string;
  side: Side;
}

const ROLE_RANK: Record<ActorRole, number> = { participant: 0, speaker: 1, subject: 2, mentioned: 3 };

/**
 * The actor an event belongs to in side lanes: its first participant, else its first
 * speaker, subject, then mentioned actor (in the order the dataset lists them).
 */
export function leadActor(ev: DatasetEvent): EventActor {
  let best = ev.actors[0]!;
  for (const a of ev.actors) if (ROLE_RANK[a.role] < ROLE_RANK[best.role]) best = a;
  return best;
}

/**
 * The sides an event involves, lead side first, then the sides of its other actors by role.
 * Actors only mentioned do not make a side "involved" (unless one is the lead).
 */
export function eventSides(ev: DatasetEvent, sideOf: (actorId: string) => Side): Side[] {
  const out: Side[] = [sideOf(leadActor(ev).id)];
  // By role rank, then listed order; no sort: this runs once per event on 10,000 events.
  for (let rank = 0; rank < ROLE_RANK.mentioned; rank++)
    for (const a of ev.actors) {
      if (ROLE_RANK[a.role] !== rank) continue;
      const s = sideOf(a.id);
      if (!out.includes(s)) out.push(s);
    }
  return out;
}

let ranks = new Int8Array(16);
let sideIx = new Int8Array(16);

/**
 * The same list as eventSides, for many events: as a number (each side's SIDE_ORDER index
 * plus one, in base 8, lead first), so that equal lists are equal numbers, with one side
 * lookup per actor. `sideIndex` gives an actor's side as its SIDE_ORDER index.
 */
export function sidesCode(ev: DatasetEvent, sideIndex: (actorId: string) => number): number {
  const actors = ev.actors;
  const k = actors.length;
  if (k > ranks.length) {
    ranks = new Int8Array(2 * k);
    sideIx = new Int8Array(2 * k);
  }
  let lead = 0;
  for (let i = 0; i < k; i++) {
    const a = actors[i]!;
    ranks[i] = ROLE_RANK[a.role];
    sideIx[i] = sideIndex(a.id);
    if (ranks[i]! < ranks[lead]!) lead = i;
  }
  let seen = 1 << sideIx[lead]!;
  let code = sideIx[lead]! + 1;
  for (let rank = 0; rank < ROLE_RANK.mentioned; rank++)
    for (let i = 0; i < k; i++) {
      const s = sideIx[i]!;
      if (ranks[i] !== rank || seen & (1 << s)) continue;
      seen |= 1 << s;
      code = code * 8 + s + 1;
    }
  return code;
}

/** The sides a sidesCode stands for, lead first. */
export function decodeSides(code: number): Side[] {
  const out: Side[] = [];
  for (let c = code; c > 0; c = Math.floor(c / 8)) out.unshift(SIDE_ORDER[(c % 8) - 1]!);
  return out;
}

function sideRank(s: Side): number {
  return SIDE_ORDER.indexOf(s);
}

/** The side lanes for a set of leading sides, in SIDE_ORDER. */
export function lanesForSides(used: ReadonlySet<Side>): Lane[] {
  return SIDE_ORDER.filter((s) => used.has(s)).map((s) => ({ key: `side:${s}`, mode: 'side', id: s, side: s }));
}

/**
 * One lane per actor that takes part in any event: grouped by side (SIDE_ORDER), busiest
 * first within a side, then by name, so the lanes read the same on every load.
 */
export function actorLanes(
  events: readonly DatasetEvent[],
  actorById: ReadonlyMap<string, Actor>,
): Lane[] {
  const count = new Map<string, number>();
  for (const ev of events) for (const a of ev.actors) count.set(a.id, (count.get(a.id) ?? 0) + 1);
  const rows = [...count].map(([id, n]) => {
    const actor = actorById.get(id);
    const side = actor?.side ?? 'other';
    return { id, n, side, rank: sideRank(side), name: actor?.name ?? id };
  });
  rows.sort((a, b) => a.rank - b.rank || b.n - a.n || compareNames(a.name, b.name));
  return rows.map(({ id, side }) => ({ key: `actor:${id}`, mode: 'actor', id, side }));
}

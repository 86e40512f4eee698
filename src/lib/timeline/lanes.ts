import type { Actor, ActorRole, DatasetEvent, EventActor, Side } from '../../data/schema';
import { SIDE_ORDER } from '../sides';

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

function sideRank(s: Side): number {
  return SIDE_ORDER.indexOf(s);
}

/** One lane per side that leads at least one event, in SIDE_ORDER. */
export function sideLanes(events: readonly DatasetEvent[], sideOf: (actorId: string) => Side): Lane[] {
  const used = new Set<Side>();
  for (const ev of events) used.add(sideOf(leadActor(ev).id));
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
  const ids = [...count.keys()];
  const side = (id: string): Side => actorById.get(id)?.side ?? 'other';
  const name = (id: string) => actorById.get(id)?.name ?? id;
  ids.sort(
    (a, b) =>
      sideRank(side(a)) - sideRank(side(b)) ||
      count.get(b)! - count.get(a)! ||
      name(a).localeCompare(name(b), 'en'),
  );
  return ids.map((id) => ({ key: `actor:${id}`, mode: 'actor', id, side: side(id) }));
}

import { useSyncExternalStore } from 'react';

/**
 * Ephemeral preview of what the pointer or focus rests on, so the other views can hint at
 * the link before a click. Not part of the URL: a preview is not a state worth sharing.
 */
export interface Hover {
  eventId: string | null;
  actorId: string | null;
}

let hover: Hover = { eventId: null, actorId: null };
const listeners = new Set<() => void>();

export function setHover(next: Partial<Hover>): void {
  const merged = { ...hover, ...next };
  if (merged.eventId === hover.eventId && merged.actorId === hover.actorId) return;
  hover = merged;
  for (const l of listeners) l();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useHover(): Hover {
  return useSyncExternalStore(subscribe, () => hover, () => hover);
}

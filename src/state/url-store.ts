import { useSyncExternalStore } from 'react';
import {
  decodeUrlState,
  encodeUrlState,
  historyModeFor,
  type UrlState,
  type UrlStateKey,
} from './url-state';

/** The URL is the store: history entries hold the state, popstate brings it back. */
const listeners = new Set<() => void>();
let lastSearch: string | null = null;
let lastState: UrlState | null = null;

function snapshot(): UrlState {
  const search = window.location.search;
  if (search !== lastSearch || lastState === null) {
    lastSearch = search;
    lastState = decodeUrlState(search);
  }
  return lastState;
}

function notify() {
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

export function getUrlState(): UrlState {
  return snapshot();
}

export type UrlPatch = Partial<UrlState> | ((current: UrlState) => Partial<UrlState>);

/**
 * Apply a change to the URL state. Selections and filters push a history entry; typing in
 * search, brushing and view toggles replace the current one (pass `history` to override).
 */
export function setUrlState(patch: UrlPatch, history?: 'push' | 'replace'): void {
  const current = snapshot();
  const changes = typeof patch === 'function' ? patch(current) : patch;
  const next = { ...current, ...changes } as UrlState;
  const search = encodeUrlState(next);
  if (search === encodeUrlState(current)) return;
  const changed = (Object.keys(changes) as UrlStateKey[]).filter((k) => changes[k] !== current[k]);
  const mode = history ?? historyModeFor(changed);
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  notify();
}

export function useUrlState(): UrlState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** Subscribe to one derived value so that unrelated URL changes do not re-render. */
export function useUrlValue<T>(select: (s: UrlState) => T): T {
  return useSyncExternalStore(
    subscribe,
    () => select(snapshot()),
    () => select(snapshot()),
  );
}

import { openDB, type IDBPDatabase } from 'idb';
import { useSyncExternalStore } from 'react';
import { initialWorkspace, workspaceReducer, type Action, type CurationDoc, type WorkspaceState } from '../lib/curate/workspace';

/**
 * The curation workspace, one store for the page: the view edits it, the shell previews it.
 * Every change is written to IndexedDB as it happens (the document and whether it was
 * exported; the undo history lives with the page), and read back when the page opens.
 */
const DB = 'backchannel-curation';
const STORE = 'workspace';
const KEY = 'current';

interface Saved {
  version: 1;
  doc: CurationDoc;
  dirty: boolean;
}

export type CurationStatus = 'restoring' | 'ready';

let state: WorkspaceState = initialWorkspace();
let status = 'restoring' as CurationStatus;
let saveError = null as string | null;
let snapshot: { state: WorkspaceState; status: CurationStatus; saveError: string | null } = { state, status, saveError };
const listeners = new Set<() => void>();
let db: Promise<IDBPDatabase> | null = null;
let writes: Promise<unknown> = Promise.resolve();

function publish() {
  snapshot = { state, status, saveError };
  for (const l of listeners) l();
}

function database(): Promise<IDBPDatabase> {
  db ??= openDB(DB, 1, {
    upgrade(d) {
      d.createObjectStore(STORE);
    },
  });
  return db;
}

function save(s: WorkspaceState) {
  const record: Saved = { version: 1, doc: s.doc, dirty: s.dirty };
  // Writes are chained so that the last change is the one that stays.
  writes = writes
    .then(() => database())
    .then((d) => d.put(STORE, record, KEY))
    .then(
      () => {
        if (saveError) {
          saveError = null;
          publish();
        }
      },
      (e: unknown) => {
        saveError = e instanceof Error ? e.message : String(e);
        publish();
      },
    );
}

let started = false;
/** Read the saved workspace once; until then the workspace says it is restoring. */
export function restoreCuration(): void {
  if (started || typeof indexedDB === 'undefined') {
    if (!started) {
      started = true;
      status = 'ready';
      publish();
    }
    return;
  }
  started = true;
  database()
    .then((d) => d.get(STORE, KEY) as Promise<Saved | undefined>)
    .then(
      (saved) => {
        if (saved?.version === 1) state = { ...initialWorkspace(saved.doc), dirty: saved.dirty };
      },
      (e: unknown) => {
        saveError = e instanceof Error ? e.message : String(e);
      },
    )
    .finally(() => {
      status = 'ready';
      publish();
    });
}

export function dispatchCuration(action: Action): void {
  const next = workspaceReducer(state, action);
  if (next === state) return;
  state = next;
  save(state);
  publish();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

function ask(e: BeforeUnloadEvent) {
  e.preventDefault();
  // Older browsers ask only when returnValue is set.
  e.returnValue = '';
}

/**
 * Leaving the page asks first while there are changes never exported; the question is only
 * registered while it applies (a beforeunload listener keeps a page out of the back/forward
 * cache). Returns the function that stops guarding.
 */
export function guardUnexported(): () => void {
  let on = false;
  const sync = () => {
    if (state.dirty === on) return;
    on = state.dirty;
    if (on) window.addEventListener('beforeunload', ask);
    else window.removeEventListener('beforeunload', ask);
  };
  sync();
  const off = subscribe(sync);
  return () => {
    off();
    if (on) window.removeEventListener('beforeunload', ask);
  };
}

export function useCuration(): { state: WorkspaceState; status: CurationStatus; saveError: string | null } {
  return useSyncExternalStore(subscribe, () => snapshot, () => snapshot);
}

import { DatasetFetchError, DatasetInvalidError } from './errors';
import { loadCore, type LoadRequest } from './load-core';
import type { WorkerReply } from './worker-load';

// Parsing, validating and indexing a large dataset take hundreds of milliseconds: here
// they keep the page responsive. zod is loaded only to explain a rejection (src/data/validate.ts).
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LoadRequest>) => void) | null;
  postMessage: (m: WorkerReply) => void;
};

// Each step reports that the worker is still there (see WORKER_SILENCE_MS).
const alive = () => scope.postMessage({ alive: true });

scope.onmessage = async (e) => {
  try {
    scope.postMessage({ ok: true, index: await loadCore(e.data, undefined, alive) });
  } catch (err) {
    if (err instanceof DatasetInvalidError) scope.postMessage({ ok: false, problems: err.problems });
    else if (err instanceof DatasetFetchError) scope.postMessage({ ok: false, fetch: { url: err.url, status: err.status } });
    else scope.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};

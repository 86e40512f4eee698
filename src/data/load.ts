import type { DatasetIndex } from '../lib/dataset-index';
import { DatasetFetchError, DatasetInvalidError, NOT_ON_SITE } from './errors';
import { takeEarly } from './early-fetch';
import { startWorkerLoad, type WorkerLoad } from './worker-load';
import type { LoadRequest } from './load-core';
import type { UrlDatasetRequest } from './dataset-request';

export { DatasetFetchError, DatasetInvalidError };

/** The worker's result, or a rejection once `signal` aborts (the worker is stopped). */
function withSignal(load: WorkerLoad, signal?: AbortSignal): Promise<DatasetIndex> {
  if (!signal) return load.result;
  if (signal.aborted) load.cancel(signal.reason);
  const stop = () => load.cancel(signal.reason ?? new DOMException('Aborted', 'AbortError'));
  signal.addEventListener('abort', stop, { once: true });
  return load.result.finally(() => signal.removeEventListener('abort', stop));
}

async function load(req: LoadRequest, signal?: AbortSignal): Promise<DatasetIndex> {
  if (typeof Worker !== 'undefined') {
    const early = req.kind === 'url' ? takeEarly(req.href) : undefined;
    return withSignal(early ?? startWorkerLoad(Promise.resolve([req, []])), signal);
  }
  const { loadCore } = await import('./load-core');
  return loadCore(req, signal);
}

/** Fetch a same-origin dataset; its source files are resolved relative to it. */
export function loadDatasetFromUrl(req: UrlDatasetRequest, signal?: AbortSignal): Promise<DatasetIndex> {
  if (new URL(req.href).origin !== window.location.origin) return Promise.reject(new DatasetFetchError(req.path, NOT_ON_SITE, false));
  return load({ kind: 'url', href: req.href }, signal);
}

/**
 * A curator's own files, opened in the browser: the JSON plus, optionally, its source
 * texts. A source not among the files is looked up next to the shipped dataset.
 */
export function loadDatasetFromFiles(
  json: File,
  sources: readonly File[],
  shippedBase: string,
  signal?: AbortSignal,
): Promise<DatasetIndex> {
  return load({ kind: 'files', json, sources, base: new URL(shippedBase, window.location.href).href }, signal);
}

import type { DatasetIndex } from '../lib/dataset-index';
import { DatasetFetchError, DatasetInvalidError } from './errors';
import { takeEarly } from './early-fetch';
import type { LoadRequest } from './load-core';
import type { Problem } from './problems';

export { DatasetFetchError, DatasetInvalidError };

export type WorkerReply =
  | { ok: true; index: DatasetIndex }
  | { ok: false; problems: Problem[] }
  | { ok: false; fetch: { url: string; status: string } }
  | { ok: false; error: string };

function fromReply(reply: WorkerReply): DatasetIndex {
  if (reply.ok) return reply.index;
  if ('problems' in reply) throw new DatasetInvalidError(reply.problems);
  if ('fetch' in reply) throw new DatasetFetchError(reply.fetch.url, reply.fetch.status);
  throw new Error(reply.error);
}

/** The worker boots at once; the request follows when ready (after an early download). */
function inWorker(request: Promise<[LoadRequest, Transferable[]]>, signal?: AbortSignal): Promise<DatasetIndex> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module', name: 'dataset' });
    const stop = () => {
      worker.terminate();
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      try {
        resolve(fromReply(e.data));
      } catch (err) {
        reject(err);
      }
    };
    worker.onerror = (e) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(e.message || 'the dataset worker failed'));
    };
    void request.then(([req, transfer]) => worker.postMessage(req, transfer));
  });
}

async function load(req: LoadRequest, signal?: AbortSignal): Promise<DatasetIndex> {
  if (typeof Worker !== 'undefined') {
    const early = req.kind === 'url' ? takeEarly(req.href) : undefined;
    const request =
      req.kind === 'url' && early
        ? early.then((body): [LoadRequest, Transferable[]] => (body ? [{ ...req, body }, [body]] : [req, []]))
        : Promise.resolve<[LoadRequest, Transferable[]]>([req, []]);
    return inWorker(request, signal);
  }
  const { loadCore } = await import('./load-core');
  return loadCore(req, signal);
}

/** Fetch a same-origin dataset; its source files are resolved relative to it. */
export function loadDatasetFromUrl(path: string, signal?: AbortSignal): Promise<DatasetIndex> {
  const url = new URL(path, window.location.href);
  if (url.origin !== window.location.origin) return Promise.reject(new DatasetFetchError(path, 'not on this site'));
  return load({ kind: 'url', href: url.href }, signal);
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

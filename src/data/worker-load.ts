import type { DatasetIndex } from '../lib/dataset-index';
import { DatasetFetchError, DatasetInvalidError } from './errors';
import type { LoadRequest } from './load-core';
import type { Problem } from './problems';

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

export interface WorkerLoad {
  result: Promise<DatasetIndex>;
  /** Stop the worker; `result` then rejects with `reason`. */
  cancel: (reason: unknown) => void;
}

/** A dataset worker that boots at once; the request follows when it is ready. */
export function startWorkerLoad(request: Promise<[LoadRequest, Transferable[]]>): WorkerLoad {
  const worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module', name: 'dataset' });
  let cancel: (reason: unknown) => void = () => {};
  const result = new Promise<DatasetIndex>((resolve, reject) => {
    cancel = (reason) => {
      worker.terminate();
      reject(reason);
    };
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      worker.terminate();
      try {
        resolve(fromReply(e.data));
      } catch (err) {
        reject(err);
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the dataset worker failed'));
    };
    void request.then(([req, transfer]) => worker.postMessage(req, transfer));
  });
  return { result, cancel };
}

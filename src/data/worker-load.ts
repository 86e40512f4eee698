import type { DatasetIndex } from '../lib/dataset-index';
import { DatasetFetchError, DatasetInvalidError, WorkerSilentError } from './errors';
import type { LoadRequest } from './load-core';
import type { Problem } from './problems';

export type WorkerReply =
  | { alive: true }
  | { ok: true; index: DatasetIndex }
  | { ok: false; problems: Problem[] }
  | { ok: false; fetch: { url: string; status: string } }
  | { ok: false; error: string };

/**
 * How long the worker may say nothing, once it has the request, before it is given up: it
 * reports after each step (parse, shape, each source, integrity), and no step of a dataset
 * under the size limit comes near this. A worker that died without an error event (out of
 * memory, say) would otherwise leave the skeleton up for ever.
 */
export const WORKER_SILENCE_MS = 120_000;

function fromReply(reply: Exclude<WorkerReply, { alive: true }>): DatasetIndex {
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
    let silence: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      clearTimeout(silence);
      worker.terminate();
    };
    const wait = () => {
      clearTimeout(silence);
      silence = setTimeout(() => {
        stop();
        reject(new WorkerSilentError(WORKER_SILENCE_MS / 1000));
      }, WORKER_SILENCE_MS);
    };
    cancel = (reason) => {
      stop();
      reject(reason);
    };
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      if ('alive' in e.data) {
        if (silence !== undefined) wait();
        return;
      }
      stop();
      try {
        resolve(fromReply(e.data));
      } catch (err) {
        reject(err);
      }
    };
    worker.onmessageerror = () => {
      stop();
      reject(new Error('the dataset worker sent a reply that could not be read'));
    };
    worker.onerror = (e) => {
      stop();
      reject(new Error(e.message || 'the dataset worker failed'));
    };
    void request.then(([req, transfer]) => {
      worker.postMessage(req, transfer);
      wait();
    });
  });
  // The early load starts before anyone awaits it: a failure that arrives first (a small
  // broken file) must not be reported as an unhandled rejection; its awaiter still gets it.
  result.catch(() => {});
  return { result, cancel };
}

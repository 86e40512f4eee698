import { readableEarly } from './read-limits';
import { startWorkerLoad, type WorkerLoad } from './worker-load';

/**
 * The page's first script starts the whole load: the dataset download and the worker that
 * will parse it boot side by side while the rest of the app downloads and compiles. The
 * worker gets the downloaded bytes, or fetches itself (and reports any failure properly)
 * when the early download did not succeed.
 */
const early = new Map<string, WorkerLoad>();

export function loadEarly(href: string): void {
  if (early.has(href) || typeof Worker === 'undefined') return;
  const body = fetch(href, { credentials: 'same-origin' })
    // A body the worker would refuse (too large, a web page) is left for it to fetch and name.
    .then((res) => (readableEarly(res) ? res.arrayBuffer() : null))
    .catch(() => null);
  early.set(href, startWorkerLoad(body.then((b) => (b ? [{ kind: 'url', href, body: b }, [b]] : [{ kind: 'url', href }, []]))));
}

/** The early load of `href`, once: a later load (Try again) starts afresh. */
export function takeEarly(href: string): WorkerLoad | undefined {
  const p = early.get(href);
  early.delete(href);
  return p;
}

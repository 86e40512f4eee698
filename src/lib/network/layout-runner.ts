import type { LayoutInput, Positions } from './layout';
import {
  packLayoutInput,
  transferables,
  unpackPositions,
  type LayoutRequestMessage,
  type LayoutResultMessage,
  type WarmUpMessage,
} from './layout-message';

export interface LayoutRunner {
  /** Lays the graph out in the worker; resolves with plain positions. */
  run(input: LayoutInput): Promise<Positions>;
  /** Starts the worker now rather than on first use, and has it compile its code on a practice graph. */
  warm(): void;
  dispose(): void;
}

// Without a worker the layout runs here. Its code (d3-force) is fetched only then: the page
// that starts the worker need not load it.
const layoutHere = (input: LayoutInput): Promise<Positions> => import('./layout').then((m) => m.layoutGraph(input));

/**
 * A Web Worker for large layouts, made on first use and reused. Where workers are missing
 * (tests, old browsers) or the worker fails, the same pure function runs here instead: the
 * positions are identical either way.
 */
export function createLayoutRunner(makeWorker: () => Worker | null = defaultWorker): LayoutRunner {
  let worker: Worker | null | undefined;
  let next = 1;
  const waiting = new Map<number, { input: LayoutInput; ids: readonly string[]; resolve: (p: Positions) => void }>();

  const fallBack = () => {
    worker?.terminate();
    worker = null;
    for (const [id, w] of waiting) {
      waiting.delete(id);
      void layoutHere(w.input).then(w.resolve);
    }
  };

  const ensure = (): Worker | null => {
    if (worker !== undefined) return worker;
    try {
      worker = makeWorker();
    } catch {
      worker = null;
    }
    if (worker) {
      worker.onmessage = (e: MessageEvent<LayoutResultMessage>) => {
        const w = waiting.get(e.data.id);
        waiting.delete(e.data.id);
        w?.resolve(unpackPositions(w.ids, e.data.positions));
      };
      worker.onerror = (e) => {
        e.preventDefault();
        fallBack();
      };
    }
    return worker;
  };

  return {
    run(input) {
      const w = ensure();
      if (!w) return layoutHere(input);
      return new Promise((resolve) => {
        const id = next++;
        const packed = packLayoutInput(input);
        waiting.set(id, { input, ids: packed.ids, resolve });
        w.postMessage({ id, input: packed } satisfies LayoutRequestMessage, transferables(packed));
      });
    },
    warm() {
      const w = worker === undefined ? ensure() : null;
      w?.postMessage({ warmUp: true } satisfies WarmUpMessage);
    },
    dispose() {
      worker?.terminate();
      worker = null;
      waiting.clear();
    },
  };
}

function defaultWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
}

let shared: LayoutRunner | null = null;

/** The app's one layout worker, made on first use. */
export function sharedLayoutRunner(): LayoutRunner {
  return (shared ??= createLayoutRunner());
}

import { lazy, useSyncExternalStore, type ComponentType } from 'react';
import { retryOnce } from '../lib/retry-import';

/** Loaders whose download failed: React.lazy remembers a failure for good, so these are replaced on request. */
const failed = new Set<() => void>();

export type LazyWithRetry<P extends object> = ComponentType<P> & {
  /** Starts the download now; a failure is left for the component's own render to report. */
  preload: () => void;
};

/**
 * React.lazy, with the download tried twice; a failure is thrown to the nearest error
 * boundary, and stays until `retryFailedLoads()` (the boundary's "Try again") lets the next
 * render download afresh. Replacing the loader at once would not do: React renders the
 * suspended component again when its load settles, and would start the next download
 * instead of showing the error.
 *
 * Once the code is in (preloaded, or loaded by an earlier render), the component renders
 * directly, and a render waiting for it is updated the moment it arrives: React.lazy
 * suspends on its first render even when the code is in, and React holds a Suspense
 * boundary's content back for up to 300 ms after its fallback shows (it avoids flashes),
 * which delayed the network view's first drawing by about that much.
 */
export function lazyWithRetry<P extends object>(load: () => Promise<ComponentType<P>>): LazyWithRetry<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const listeners = new Set<() => void>();
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  const current = () => loaded;
  const loadOnce = () =>
    (pending ??= retryOnce(load).then(
      (c) => {
        loaded = c;
        for (const l of [...listeners]) l();
        return c;
      },
      (e: unknown) => {
        pending = null;
        throw e;
      },
    ));
  const make = () =>
    lazy(async () => {
      try {
        return { default: await loadOnce() };
      } catch (e) {
        failed.add(reset);
        throw e;
      }
    });
  const reset = () => {
    Current = make();
  };
  let Current = make();
  function Retrying(props: P) {
    const Loaded = useSyncExternalStore(subscribe, current, current);
    return Loaded ? <Loaded {...props} /> : <Current {...props} />;
  }
  Retrying.preload = () => {
    loadOnce().catch(() => {});
  };
  return Retrying;
}

/** Let every failed lazy component try its download again on its next render. */
export function retryFailedLoads(): void {
  for (const reset of failed) reset();
  failed.clear();
}

import { lazy, type ComponentType } from 'react';
import { retryOnce } from '../lib/retry-import';

/** Loaders whose download failed: React.lazy remembers a failure for good, so these are replaced on request. */
const failed = new Set<() => void>();

/**
 * React.lazy, with the download tried twice; a failure is thrown to the nearest error
 * boundary, and stays until `retryFailedLoads()` (the boundary's "Try again") lets the next
 * render download afresh. Replacing the loader at once would not do: React renders the
 * suspended component again when its load settles, and would start the next download
 * instead of showing the error.
 */
export function lazyWithRetry<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const make = () =>
    lazy(async () => {
      try {
        return { default: await retryOnce(load) };
      } catch (e) {
        failed.add(reset);
        throw e;
      }
    });
  const reset = () => {
    Current = make();
  };
  let Current = make();
  return function Retrying(props: P) {
    return <Current {...props} />;
  };
}

/** Let every failed lazy component try its download again on its next render. */
export function retryFailedLoads(): void {
  for (const reset of failed) reset();
  failed.clear();
}

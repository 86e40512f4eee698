import { useSyncExternalStore } from 'react';

const PHONE = '(max-width: 767px)';

/** Whether the page is phone-sized: there the workspace is read-only. */
export function usePhone(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const stop = new AbortController();
      window.matchMedia(PHONE).addEventListener('change', onChange, { signal: stop.signal });
      return () => stop.abort();
    },
    () => window.matchMedia(PHONE).matches,
  );
}

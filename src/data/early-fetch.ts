/**
 * The dataset download starts the moment the page's script runs, before React, the query
 * client or the worker exist; the worker then receives the bytes instead of fetching them.
 * Only a successful download is handed over: any failure is left to the worker's own
 * fetch, which reports it properly.
 */
const early = new Map<string, Promise<ArrayBuffer | null>>();

export function fetchEarly(href: string): void {
  if (early.has(href)) return;
  early.set(
    href,
    fetch(href, { credentials: 'same-origin' })
      .then((res) => (res.ok ? res.arrayBuffer() : null))
      .catch(() => null),
  );
}

/** The early download of `href`, once: a later load (Try again) fetches afresh. */
export function takeEarly(href: string): Promise<ArrayBuffer | null> | undefined {
  const p = early.get(href);
  early.delete(href);
  return p;
}

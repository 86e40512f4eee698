/** The dataset the app ships, relative to the page. */
export const SHIPPED_DATASET = 'data/dataset.json';

/** A dataset by address: the path as the page's `data` key gives it, and the address it resolves to. */
export interface UrlDatasetRequest {
  kind: 'url';
  path: string;
  href: string;
}

/**
 * The dataset a page asks for: the path in its `data` key (already decoded: same-origin
 * paths only), else the shipped dataset, resolved against the page. Every start of a load
 * (the entry's early download, the query prefetch, the shell's query) builds its request
 * here, so they all name the same file, and the early download is found by its address.
 * Kept apart from the loaders: the page's first script takes it and nothing more.
 */
export function urlDatasetRequest(dataPath: string | null, page: string = window.location.href): UrlDatasetRequest {
  const path = dataPath ?? SHIPPED_DATASET;
  return { kind: 'url', path, href: new URL(path, page).href };
}

/** Whether a request names the shipped dataset itself (`data/dataset.json`, `/data/dataset.json`…). */
export function isShippedDataset(req: UrlDatasetRequest, page: string = window.location.href): boolean {
  return req.href === new URL(SHIPPED_DATASET, page).href;
}

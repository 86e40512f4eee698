import { queryOptions } from '@tanstack/react-query';
import { SHIPPED_DATASET, type UrlDatasetRequest } from './dataset-request';
import { DatasetFetchError, loadDatasetFromFiles, loadDatasetFromUrl } from './load';

/** What to load: a same-origin path (see urlDatasetRequest), or files a curator opened in the browser. */
export type DatasetRequest = UrlDatasetRequest | { kind: 'files'; json: File; sources: readonly File[]; id: number };

/**
 * Only a request that may succeed next time (a network error, a server error) is retried.
 * Parsing and validation give the same answer every time: a bad file, a missing file, a
 * dataset too large, a crash while checking it are shown at once.
 */
export function datasetRetry(failures: number, error: Error): boolean {
  return error instanceof DatasetFetchError && error.transient && failures < 2;
}

/** The one query for a dataset: fetch, parse, validate and index inside the query function. */
export function datasetQueryOptions(req: DatasetRequest) {
  return queryOptions({
    queryKey: req.kind === 'url' ? ['dataset', 'url', req.path] : ['dataset', 'files', req.id],
    queryFn: ({ signal }) =>
      req.kind === 'url'
        ? loadDatasetFromUrl(req, signal)
        : loadDatasetFromFiles(req.json, req.sources, SHIPPED_DATASET, signal),
    retry: datasetRetry,
    staleTime: Infinity,
    gcTime: req.kind === 'files' ? 0 : 5 * 60_000,
    // The index holds Maps; comparing it structurally would be slow and pointless.
    structuralSharing: false,
    refetchOnWindowFocus: false,
    // The page prefetches before React mounts; a failure it met is shown, not fetched again.
    retryOnMount: false,
  });
}

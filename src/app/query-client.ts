import { QueryClient } from '@tanstack/react-query';
import { urlDatasetRequest } from '../data/dataset-request';
import { datasetQueryOptions } from '../data/queries';
import { getUrlState } from '../state/url-store';

export const queryClient = new QueryClient();

/**
 * Start loading the dataset the URL names before React renders: the worker boots and the
 * download begins while the page's own script is still setting up.
 */
export function prefetchInitialDataset(): Promise<void> {
  // prefetchQuery never rejects: a failed load is the query's error state.
  return queryClient.prefetchQuery(datasetQueryOptions(urlDatasetRequest(getUrlState().data)));
}

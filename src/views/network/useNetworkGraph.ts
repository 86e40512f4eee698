import { useMemo } from 'react';
import { networkOf, type NetworkGraph } from '../../lib/network/graph';
import { useDatasetIndex } from '../../state/dataset-context';
import { useVisibleEvents } from '../../state/filters';
import { useUrlValue } from '../../state/url-store';

/** The network of the events that survive the filters, rebuilt only when they change. */
export function useNetworkGraph(): NetworkGraph {
  const index = useDatasetIndex();
  const { ids } = useVisibleEvents();
  const links = useUrlValue((s) => s.networkLinks);
  return useMemo(() => networkOf(index, ids, links), [index, ids, links]);
}

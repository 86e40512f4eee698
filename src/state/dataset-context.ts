import { createContext, useContext } from 'react';
import type { DatasetIndex } from '../lib/dataset-index';

export const DatasetContext = createContext<DatasetIndex | null>(null);

/** The validated, indexed dataset. Views render only inside the gate that provides it. */
export function useDatasetIndex(): DatasetIndex {
  const index = useContext(DatasetContext);
  if (!index) throw new Error('useDatasetIndex() outside a loaded dataset');
  return index;
}

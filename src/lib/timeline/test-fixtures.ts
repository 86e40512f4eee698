import shipped from '../../../public/data/dataset.json';
import { DatasetSchema } from '../../data/schema';
import { buildIndex, type DatasetIndex } from '../dataset-index';
import { syntheticDataset } from './synthetic';

/** The shipped dataset, indexed, for tests that check behaviour on real dates. */
export function shippedIndex(): DatasetIndex {
  return buildIndex(DatasetSchema.parse(shipped), new Map());
}

export function syntheticIndex(n: number, seed = 1): DatasetIndex {
  return buildIndex(syntheticDataset(n, seed), new Map());
}

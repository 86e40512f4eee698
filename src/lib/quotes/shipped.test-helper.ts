import rawDataset from '../../../public/data/dataset.json';
import { DatasetSchema } from '../../data/schema';
import { buildIndex, type DatasetIndex } from '../dataset-index';

// Vite inlines the shipped files, so the tests read exactly what the app fetches.
const sources = import.meta.glob<string>('../../../public/data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The shipped dataset, parsed by the real schema, with its source texts. */
export function shippedIndex(): DatasetIndex {
  const dataset = DatasetSchema.parse(rawDataset);
  const texts = new Map(
    dataset.sources.map((s) => {
      const text = sources[`../../../public/data/${s.file}`];
      if (text === undefined) throw new Error(`missing source text ${s.file}`);
      return [s.id, text] as const;
    }),
  );
  return buildIndex(dataset, texts);
}

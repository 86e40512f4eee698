/** The export as a .zip: dataset.json plus sources/<id>.txt, written by fflate. */
import { strToU8, zipSync } from 'fflate';
import { sourceFileText } from '../../data/forms';
import type { SourceTexts } from '../../data/integrity';
import type { Dataset } from '../../data/schema';

export function datasetJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/**
 * Each text is written as UTF-8 exactly as held, line endings kept. Readers drop a leading
 * byte-order mark, so a text that itself starts with one is written with a second in front.
 */
export function zipDataset(dataset: Dataset, texts: SourceTexts): Uint8Array {
  const files: Record<string, Uint8Array> = { 'dataset.json': strToU8(datasetJson(dataset)) };
  for (const s of dataset.sources) if (s.file !== undefined) files[s.file] = strToU8(sourceFileText(texts.get(s.id) ?? s.text ?? ''));
  // A fixed time: the same work always gives the same bytes.
  return zipSync(files, { level: 6, mtime: new Date('2025-01-01T00:00:00Z') });
}

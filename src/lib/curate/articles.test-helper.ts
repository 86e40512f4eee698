import rawDataset from '../../../public/data/dataset.json';
import shippedText from '../../../public/data/sources/rubio-lavrov-2025-02-15.txt?raw';
import valdoria from './fixtures/cumbre-valdoria.txt?raw';
import agua from './fixtures/conferencia-agua.txt?raw';
import { DatasetSchema, type Dataset } from '../../data/schema';
import { draftArticle, type Draft } from './draft';

/** The shipped dataset, parsed by the real schema. */
export const DATASET: Dataset = DatasetSchema.parse(rawDataset);
export const SHIPPED_SOURCE = DATASET.sources[0]!;
export const SHIPPED_TEXT: string = shippedText;

export function draftShipped(withDataset = true): Draft {
  return draftArticle({
    text: SHIPPED_TEXT,
    published: SHIPPED_SOURCE.published!,
    body: SHIPPED_SOURCE.body!,
    dataset: withDataset ? DATASET : null,
  });
}

/** The invented test articles: their first line says so, and is left out of the body. */
export const FIXTURES = {
  valdoria: { text: valdoria as string, published: '2024-06-12' },
  agua: { text: agua as string, published: '2023-11-06' },
};

export function draftFixture(name: keyof typeof FIXTURES): Draft {
  const { text, published } = FIXTURES[name];
  return draftArticle({ text, published, body: { start: text.indexOf('\n') + 1, end: text.length } });
}

/** Every offset pair of a draft, with the text it claims, for the slice invariant. */
export function spansOf(d: Draft): { where: string; start: number; end: number; text?: string }[] {
  const out: { where: string; start: number; end: number; text?: string }[] = [];
  d.quotes.forEach((q, i) => {
    out.push({ where: `quotes[${i}]`, start: q.start, end: q.end, text: q.text });
    out.push({ where: `quotes[${i}].sentence`, ...q.sentence });
    if (q.speaker) out.push({ where: `quotes[${i}].speaker`, start: q.speaker.start, end: q.speaker.end });
  });
  d.mentions.forEach((m, i) => out.push({ where: `mentions[${i}]`, start: m.start, end: m.end, text: m.text }));
  d.dates.forEach((x, i) => out.push({ where: `dates[${i}]`, start: x.start, end: x.end, text: x.text }));
  d.events.forEach((e, i) => {
    out.push({ where: `events[${i}].sentence`, ...e.sentence });
    e.quotes.forEach((q, k) => out.push({ where: `events[${i}].quotes[${k}]`, ...q }));
  });
  return out;
}

import { describe, expect, it } from 'vitest';
import { isShippedDataset, urlDatasetRequest } from './dataset-request';

const PAGE = 'https://example.org/app/?event=x';

describe('urlDatasetRequest', () => {
  it('asks for the shipped dataset when the page names none, resolved against the page', () => {
    expect(urlDatasetRequest(null, PAGE)).toEqual({ kind: 'url', path: 'data/dataset.json', href: 'https://example.org/app/data/dataset.json' });
  });
  it('asks for the path the page names, relative or from the root', () => {
    expect(urlDatasetRequest('bench/10k.json', PAGE).href).toBe('https://example.org/app/bench/10k.json');
    expect(urlDatasetRequest('/bench/10k.json', PAGE)).toEqual({ kind: 'url', path: '/bench/10k.json', href: 'https://example.org/bench/10k.json' });
  });
  it('knows the shipped dataset under any spelling of its path', () => {
    expect(isShippedDataset(urlDatasetRequest(null, PAGE), PAGE)).toBe(true);
    expect(isShippedDataset(urlDatasetRequest('/app/data/dataset.json', PAGE), PAGE)).toBe(true);
    expect(isShippedDataset(urlDatasetRequest('data/other.json', PAGE), PAGE)).toBe(false);
  });
});

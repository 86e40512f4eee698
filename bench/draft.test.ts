import { describe, expect, it } from 'vitest';
import { benchArticle } from './draft';

// The bench input only; its timing is measured by `npm run bench`, never asserted here.
describe('the drafting bench article', () => {
  it('reaches the requested length from whole paragraphs, the same for a seed', () => {
    const a = benchArticle(50_000);
    expect(a.length).toBeGreaterThanOrEqual(50_000);
    expect(a.length).toBeLessThan(52_000);
    expect(benchArticle(50_000)).toBe(a);
    expect(a).not.toMatch(/FIXTURE DE PRUEBA INVENTADO/u);
  });
});

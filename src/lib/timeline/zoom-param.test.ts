import { describe, expect, it } from 'vitest';
import { firstStretch } from './density';
import { buildModel } from './layout';
import { makeLens } from './lens';
import { baseScale, IDENTITY } from './scale';
import { shippedIndex } from './test-fixtures';
import { firstView, parseZoom, viewForZoom, zoomParam } from './zoom-param';

const index = shippedIndex();
const model = buildModel(index, 'side');
const first = firstStretch(model, index.extent)!;

describe('the zoom in the address', () => {
  it('the first view is the densest stretch, 10–23 Feb 2025, and has no address of its own', () => {
    expect([first.from, first.to]).toEqual([Date.UTC(2025, 1, 10), Date.UTC(2025, 1, 24)]);
    for (const width of [594, 330, 1400]) {
      const base = baseScale(index.extent, width);
      const view = firstView(base, index.extent, first);
      expect(zoomParam(base, view, index.extent, first)).toBeNull();
      const [f0, f1] = makeLens(base, view, index.extent).focus;
      expect(f0).toBeLessThanOrEqual(first.from);
      expect(f1).toBeGreaterThanOrEqual(first.to);
    }
  });

  it('round-trips a zoomed view through its days, at another width too', () => {
    const base = baseScale(index.extent, 594);
    const target = parseZoom('2025-02-12..2025-02-15');
    const view = viewForZoom(base, index.extent, target, first);
    expect(zoomParam(base, view, index.extent, first)).toBe('2025-02-12..2025-02-15');
    const wide = baseScale(index.extent, 1200);
    expect(zoomParam(wide, viewForZoom(wide, index.extent, target, first), index.extent, first)).toBe('2025-02-12..2025-02-15');
  });

  it('says "all" at the fitted zoom', () => {
    const base = baseScale(index.extent, 594);
    expect(zoomParam(base, IDENTITY, index.extent, first)).toBe('all');
    expect(viewForZoom(base, index.extent, parseZoom('all'), first)).toEqual(IDENTITY);
  });
});

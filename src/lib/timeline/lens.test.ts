import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gutterFor, lensRange, lensTime, lensX, makeLens, minSlope, viewForFocus } from './lens';
import { baseScale, IDENTITY, pxPerMs, screenX, zoomAbout } from './scale';

const D = 86_400_000;
const extent = [Date.UTC(2016, 0, 1), Date.UTC(2025, 1, 24)] as const;
const base = baseScale(extent, 594);
const feb10 = Date.UTC(2025, 1, 10);
const feb24 = Date.UTC(2025, 1, 24);

describe('makeLens', () => {
  it('is the plain zoom with nothing beyond the edges: fit all has no segments', () => {
    const l = makeLens(base, IDENTITY, extent);
    expect(l.left).toBeNull();
    expect(l.right).toBeNull();
    for (const t of [extent[0], feb10, extent[1]]) expect(lensX(l, t)).toBeCloseTo(screenX(base, IDENTITY, t));
  });

  it('compresses what lies before the focus into the left gutter, behind it the fortnight at full scale', () => {
    const view = viewForFocus(base, feb10, feb24, extent);
    const l = makeLens(base, view, extent);
    const g = gutterFor(base.width);
    expect(l.left).toMatchObject({ x0: 0, x1: g, t0: extent[0] });
    expect(l.right).toBeNull();
    // The whole record is on screen: 2016 at the left edge, the end of the data inside the plot.
    expect(lensX(l, extent[0])).toBe(0);
    expect(lensX(l, extent[1])).toBeLessThanOrEqual(base.width);
    // The fortnight fills the rest, a day at least 30 px wide.
    expect(lensX(l, feb10)).toBeCloseTo(g + 16, 0);
    expect(lensX(l, feb24)).toBeCloseTo(base.width - 16, 0);
    expect(lensX(l, feb10 + D) - lensX(l, feb10)).toBeGreaterThan(30);
    expect(l.focus[0]).toBeLessThan(feb10);
    expect(minSlope(l)).toBeLessThan(pxPerMs(base, view.k));
  });

  it('is continuous, monotone and inverted by lensTime, at any zoom and pan', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 12, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (logK, at) => {
        const view = zoomAbout(base, IDENTITY, 2 ** logK, at * base.width);
        const l = makeLens(base, view, extent);
        const [a, z] = lensRange(l);
        // Nothing is beyond the edges: the record fits on screen.
        expect(a).toBeLessThanOrEqual(extent[0] + 1);
        expect(z).toBeGreaterThanOrEqual(extent[1] - 1);
        let prev = -Infinity;
        for (let i = 0; i <= 120; i++) {
          const t = extent[0] + ((extent[1] - extent[0]) * i) / 120;
          const x = lensX(l, t);
          expect(x).toBeGreaterThanOrEqual(prev - 1e-6);
          prev = x;
          expect(lensTime(l, x)).toBeCloseTo(t, -3);
        }
        for (const seg of [l.left, l.right])
          if (seg) expect(lensX(l, seg.t1) - lensX(l, seg.t0)).toBeCloseTo(seg.x1 - seg.x0, 6);
      }),
      { numRuns: 80 },
    );
  });

  it('keeps a narrow plot linear: no room for a gutter', () => {
    const narrow = baseScale(extent, 120);
    const l = makeLens(narrow, viewForFocus(narrow, feb10, feb24, extent), extent, 40);
    expect(l.left).toBeNull();
  });
});

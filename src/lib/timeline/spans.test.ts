import { describe, expect, it } from 'vitest';
import { outlineBars, spanKey } from './spans';

describe('outlineBars', () => {
  /** Painted area of flat rects, counting overlaps once, on a 1/4 px grid. */
  function area(rects: number[]): number {
    const cells = new Set<string>();
    for (let k = 0; k < rects.length; k += 4)
      for (let x = rects[k]!; x < rects[k]! + rects[k + 2]! - 1e-9; x += 0.25)
        for (let y = rects[k + 1]!; y < rects[k + 1]! + rects[k + 3]! - 1e-9; y += 0.25) cells.add(`${Math.round(x * 4)},${Math.round(y * 4)}`);
    return cells.size / 16;
  }

  it('draws a solid outline as the band a centred 1.5 px stroke with square corners covers', () => {
    const out: number[] = [];
    outlineBars(out, 10, 20, 40, 12, 1.5, false);
    expect(out).toHaveLength(16);
    expect(area(out)).toBeCloseTo((40 + 1.5) * (12 + 1.5) - (40 - 1.5) * (12 - 1.5), 5);
  });

  it('dashes 4 on and 3 off, clockwise from the top-left corner', () => {
    const out: number[] = [];
    outlineBars(out, 0, 0, 70, 14, 1, true);
    // The first dash along the top edge, starting at the corner.
    expect(out.slice(0, 4)).toEqual([-0.5, -0.5, 4.5, 1]);
    expect(out.slice(4, 8)).toEqual([7, -0.5, 4, 1]);
    // 168 px around: 24 dashes of 4 px, a line 1 px wide (corners aside).
    expect(area(out)).toBeGreaterThan(24 * 4 - 2);
    expect(area(out)).toBeLessThan(24 * 4 + 4);
    // Every piece lies on the box's outline.
    for (let k = 0; k < out.length; k += 4) {
      const [x, y, w, h] = out.slice(k, k + 4) as [number, number, number, number];
      const onTopOrBottom = h === 1 && (y === -0.5 || y === 13.5);
      const onSide = w === 1 && (x === -0.5 || x === 69.5);
      expect(onTopOrBottom || onSide).toBe(true);
    }
  });
});

describe('spanKey', () => {
  it('tells spans apart by look, row, device x and width, and says when it cannot', () => {
    const keys = [spanKey(3, 10, 40, 100), spanKey(4, 10, 40, 100), spanKey(3, 11, 40, 100), spanKey(3, 10, 41, 100), spanKey(3, 10, 40, 124)];
    expect(new Set(keys).size).toBe(5);
    expect(spanKey(3, 10.2, 39.8, 100)).toBe(keys[0]);
    expect(spanKey((1 << 15) - 1, 6000, 7000, 3000)).toBeLessThan(2 ** 53);
    expect(spanKey(3, 9000, 40, 100)).toBe(-1);
    expect(spanKey(3, 10, 9000, 100)).toBe(-1);
    expect(spanKey(1 << 15, 10, 40, 100)).toBe(-1);
  });
});

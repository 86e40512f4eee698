import { describe, expect, it } from 'vitest';
import { edgeWidth, fitTransform, isLarge, layoutBox, needsNewBox, nodeRadius } from './geometry';

describe('geometry', () => {
  it('sizes nodes by event count, growing with it', () => {
    expect(nodeRadius(1, 8)).toBe(6);
    expect(nodeRadius(8, 8)).toBe(17);
    expect(nodeRadius(4, 8)).toBeGreaterThan(nodeRadius(2, 8));
    expect(nodeRadius(3, 12, true)).toBeLessThan(nodeRadius(3, 12));
    expect(nodeRadius(1, 1)).toBeGreaterThan(6);
  });

  it('widens edges with shared events', () => {
    expect(edgeWidth(1, 5)).toBe(1.25);
    expect(edgeWidth(5, 5)).toBe(7);
    expect(edgeWidth(0, 5)).toBe(1.25);
  });

  it('treats a graph as large past 300 nodes or 2,000 edges', () => {
    const g = (n: number, e: number) => ({ nodes: new Array(n), edges: new Array(e) });
    expect(isLarge(g(300, 2000))).toBe(false);
    expect(isLarge(g(301, 10))).toBe(true);
    expect(isLarge(g(10, 2001))).toBe(true);
  });

  it('lays small graphs out at screen size and big ones in a larger box', () => {
    expect(layoutBox({ width: 400, height: 600 }, 22)).toEqual({ width: 400, height: 600 });
    expect(layoutBox({ width: 400, height: 600 }, 1000).width).toBeGreaterThan(1400);
  });

  it('lays out again only when the container changes size noticeably', () => {
    const box = { width: 400, height: 600 };
    expect(needsNewBox(box, { width: 410, height: 590 }, 22)).toBe(false);
    expect(needsNewBox(box, { width: 400, height: 380 }, 22)).toBe(true);
  });

  it('fits a box into a container, centred, never enlarged', () => {
    expect(fitTransform({ width: 400, height: 600 }, { width: 400, height: 600 })).toEqual({ k: 1, x: 0, y: 0 });
    expect(fitTransform({ width: 400, height: 600 }, { width: 500, height: 700 })).toEqual({ k: 1, x: 50, y: 50 });
    expect(fitTransform({ width: 800, height: 600 }, { width: 400, height: 600 })).toEqual({ k: 0.5, x: 0, y: 150 });
  });
});

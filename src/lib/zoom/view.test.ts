import { describe, expect, it } from 'vitest';
import { clampView, easeOutCubic, interpolateView } from './view';

describe('clampView', () => {
  const bounded = { scaleExtent: [1, 64] as const, width: 800 };

  it('keeps a bounded world covering the screen and the zoom inside its range', () => {
    expect(clampView({ k: 0.2, x: 50 }, bounded)).toEqual({ k: 1, x: 0 });
    expect(clampView({ k: 4, x: 100 }, bounded)).toEqual({ k: 4, x: 0 });
    expect(clampView({ k: 4, x: -9999 }, bounded)).toEqual({ k: 4, x: -2400 });
    expect(clampView({ k: 500, x: 10 }, bounded)).toEqual({ k: 64, x: 0 });
  });

  it('returns the view itself when it is inside, and carries y through', () => {
    const inside = { k: 3, x: -700, y: 12 };
    expect(clampView(inside, bounded)).toBe(inside);
    expect(clampView({ k: 3, x: 40, y: 12 }, bounded)).toEqual({ k: 3, x: 0, y: 12 });
  });

  it('only limits the zoom in an unbounded world', () => {
    const free = { scaleExtent: [0.2, 8] as const };
    expect(clampView({ k: 20, x: 5000, y: -5000 }, free)).toEqual({ k: 8, x: 5000, y: -5000 });
    expect(clampView({ k: 0.01, x: 0, y: 0 }, free)).toEqual({ k: 0.2, x: 0, y: 0 });
  });
});

describe('interpolateView', () => {
  const centre = { x: 400, y: 150 };
  const from = { k: 1, x: 0, y: 0 };
  const to = { k: 16, x: -6000, y: -300 };

  it('runs from the first view to the second', () => {
    const start = interpolateView(from, to, 0, centre);
    expect(start.k).toBe(1);
    expect(start.x).toBeCloseTo(0, 9);
    expect(start.y).toBeCloseTo(0, 9);
    const end = interpolateView(from, to, 1, centre);
    expect(end.k).toBeCloseTo(16);
    expect(end.x).toBeCloseTo(-6000, 6);
    expect(end.y).toBeCloseTo(-300, 6);
  });

  it('zooms geometrically and moves the world point at the centre linearly', () => {
    const mid = interpolateView(from, to, 0.5, centre);
    expect(mid.k).toBeCloseTo(4);
    const world = (v: typeof from) => (centre.x - v.x) / v.k;
    expect(world(mid)).toBeCloseTo((world(from) + world(to)) / 2, 9);
  });
});

describe('easeOutCubic', () => {
  it('runs from 0 to 1, fast then gentle', () => {
    expect(easeOutCubic(0)).toBe(0);
    expect(easeOutCubic(1)).toBe(1);
    expect(easeOutCubic(0.5)).toBeGreaterThan(0.5);
  });
});

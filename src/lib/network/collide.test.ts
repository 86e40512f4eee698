import { forceCollide, type SimulationNodeDatum } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { forceSeparate } from './collide';
import { seededRandom } from '../random';

type C = SimulationNodeDatum & { r: number };

function circles(n: number, seed: number, spread: number): C[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => ({ index: i, x: random() * spread, y: random() * spread, vx: 0, vy: 0, r: 2 + random() * 8 }));
}

function step(force: { (alpha: number): void; initialize?: (nodes: C[], random: () => number) => void }, cs: C[], times = 1) {
  force.initialize?.(cs, seededRandom(3));
  for (let t = 0; t < times; t++) {
    force(1);
    for (const c of cs) {
      c.x! += c.vx!;
      c.y! += c.vy!;
      c.vx = 0;
      c.vy = 0;
    }
  }
  return cs;
}

function overlaps(cs: C[]): number {
  let count = 0;
  for (let i = 0; i < cs.length; i++)
    for (let j = i + 1; j < cs.length; j++) {
      const a = cs[i]!;
      const b = cs[j]!;
      if (Math.hypot(a.x! - b.x!, a.y! - b.y!) < (a.r + b.r) * 0.99) count++;
    }
  return count;
}

describe('forceSeparate', () => {
  it('pushes an overlapping pair apart exactly as d3’s forceCollide does', () => {
    const pair = (): C[] => [
      { index: 0, x: 10, y: 10, vx: 1, vy: 0, r: 6 },
      { index: 1, x: 18, y: 13, vx: -1, vy: 0.5, r: 4 },
      { index: 2, x: 200, y: 200, vx: 0, vy: 0, r: 5 },
    ];
    const ours = pair();
    const theirs = pair();
    const f = forceSeparate<C>((d) => d.r);
    f.initialize(ours, seededRandom(1));
    f();
    const d3 = forceCollide<C>((d) => d.r);
    d3.initialize(theirs, seededRandom(1));
    d3(1);
    for (let i = 0; i < 3; i++) {
      expect(ours[i]!.vx).toBeCloseTo(theirs[i]!.vx!, 12);
      expect(ours[i]!.vy).toBeCloseTo(theirs[i]!.vy!, 12);
    }
  });

  it('separates a crowd of circles as well as d3 does', () => {
    const crowd = circles(400, 5, 300);
    const before = overlaps(crowd);
    const ours = overlaps(step(forceSeparate<C>((d) => d.r, 2), circles(400, 5, 300), 30));
    const theirs = overlaps(step(forceCollide<C>((d) => d.r).iterations(2) as never, circles(400, 5, 300), 30));
    expect(before).toBeGreaterThan(100);
    expect(ours).toBeLessThanOrEqual(Math.max(5, theirs * 1.5));
  });

  it('is deterministic, and copes with coincident and far-flung circles', () => {
    const odd = (): C[] => [...circles(200, 7, 100), { index: 200, x: 50, y: 50, vx: 0, vy: 0, r: 3 }, { index: 201, x: 50, y: 50, vx: 0, vy: 0, r: 3 }, { index: 202, x: 1e6, y: -1e6, vx: 0, vy: 0, r: 1 }];
    const a = step(forceSeparate<C>((d) => d.r), odd(), 3);
    const b = step(forceSeparate<C>((d) => d.r), odd(), 3);
    expect(a.map((c) => [c.x, c.y])).toEqual(b.map((c) => [c.x, c.y]));
    for (const c of a) expect(Number.isFinite(c.x) && Number.isFinite(c.y)).toBe(true);
    expect(Math.hypot(a[200]!.x! - a[201]!.x!, a[200]!.y! - a[201]!.y!)).toBeGreaterThan(0);
  });
});

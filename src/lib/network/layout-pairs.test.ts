import { forceCollide, forceManyBody } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import type { SimNode } from './layout-forces';
import { pairCharge, pairCollide } from './layout-pairs';

/** Made-up nodes in a `size` square, for nothing but comparing forces. */
function crowd(n: number, seed: number, size = 120): SimNode[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    index: i,
    x: random() * size,
    y: random() * size,
    vx: random() - 0.5,
    vy: random() - 0.5,
    r: 4 + random() * 10,
    ax: 0,
    ay: 0,
    as: 0,
    bl: 0,
    br: 0,
    bt: 0,
    bb: 0,
  }));
}

const copy = (nodes: SimNode[]) => nodes.map((d) => ({ ...d }));

function expectSameVelocities(a: SimNode[], b: SimNode[]) {
  expect(a.length).toBe(b.length);
  a.forEach((d, i) => {
    expect(d.vx).toBeCloseTo(b[i]!.vx!, 9);
    expect(d.vy).toBeCloseTo(b[i]!.vy!, 9);
  });
}

/** One collision step (two passes) by each: the same velocities, and ours returned. */
function collideBothWays(nodes: SimNode[]): SimNode[] {
  const ours = copy(nodes);
  const theirs = copy(nodes);
  const radius = (d: SimNode) => d.r;
  const mine = pairCollide(radius, 2);
  mine.initialize(ours, seededRandom(9));
  const d3 = forceCollide<SimNode>(radius).iterations(2);
  d3.initialize(theirs, seededRandom(9));
  mine();
  d3(1);
  expectSameVelocities(ours, theirs);
  return ours;
}

describe('pairwise forces', () => {
  // d3 skips the cells of its tree that were out of reach when the step began, though the
  // step's earlier pushes may have brought one in; here every pair is tested as it stands. So
  // the two agree wherever d3 skips nothing it should not: a pair, or a sparse crowd.
  it('collision pushes an overlapping pair apart as d3-force’s forceCollide does', () => {
    let overlapping = 0;
    for (let k = 0; k < 20; k++) {
      const nodes = crowd(2, k + 1, 20);
      const ours = collideBothWays(nodes);
      if (ours[0]!.vx !== nodes[0]!.vx) overlapping++;
    }
    expect(overlapping).toBeGreaterThan(5);
  });

  it('collision moves a sparse crowd as d3-force’s forceCollide does', () => {
    for (const seed of [1, 2, 3]) {
      const nodes = crowd(30, seed, 300);
      const ours = collideBothWays(nodes);
      // Some pairs overlap: the test would pass vacuously if nothing had moved.
      expect(ours.filter((d, i) => d.vx !== nodes[i]!.vx).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('charge moves every node as d3-force’s forceManyBody does with every pair exact (theta 0)', () => {
    for (const [seed, reach] of [
      [1, Infinity],
      [2, 60],
    ] as const) {
      const nodes = crowd(30, seed);
      const ours = copy(nodes);
      const theirs = copy(nodes);
      const mine = pairCharge(-120, reach);
      mine.initialize(ours, seededRandom(9));
      const d3 = forceManyBody<SimNode>().strength(-120).distanceMax(reach).theta(0);
      d3.initialize(theirs, seededRandom(9));
      mine(0.7);
      d3(0.7);
      expectSameVelocities(ours, theirs);
      expect(ours.some((d, i) => d.vx !== nodes[i]!.vx)).toBe(true);
    }
  });
});

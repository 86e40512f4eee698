/**
 * d3-force's many-body and collision forces computed pair by pair, for small graphs.
 *
 * d3 builds a quadtree for each of them at every step and allocates a Quad object for every
 * cell each node's visit enters: for the shipped graph (22 actors, 120 steps, collision twice
 * per step) some 400,000 short-lived objects per layout, and in Chromium the layout spent
 * about half its time in the garbage collector. With a few dozen nodes, visiting every pair
 * directly is less work than building the trees and allocates nothing. The arithmetic is
 * d3-force 3's own: forceManyBody with every pair exact (theta 0), and forceCollide less its
 * pruning (d3 skips the cells that were out of reach when the step began, though pushes
 * earlier in the step may have brought them in; here every pair is tested as it stands).
 */
import type { SimNode } from './layout-forces';

type Random = () => number;
const jiggle = (random: Random) => (random() - 0.5) * 1e-6;

/** forceManyBody(strength).distanceMax(max), with no Barnes–Hut approximation. */
export function pairCharge(strength: number, distanceMax: number) {
  let nodes: SimNode[] = [];
  let random: Random = Math.random;
  const max2 = distanceMax * distanceMax;
  const force = (alpha: number) => {
    const w0 = strength * alpha;
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i]!;
      for (let j = 0; j < nodes.length; j++) {
        if (j === i) continue;
        const b = nodes[j]!;
        let x = b.x! - a.x!;
        let y = b.y! - a.y!;
        let l = x * x + y * y;
        if (l >= max2) continue;
        // As d3 does: a zero offset (nodes in line, or in one place) becomes a tiny random one.
        if (x === 0) l += (x = jiggle(random)) ** 2;
        if (y === 0) l += (y = jiggle(random)) ** 2;
        if (l < 1) l = Math.sqrt(l);
        a.vx! += (x * w0) / l;
        a.vy! += (y * w0) / l;
      }
    }
  };
  force.initialize = (n: SimNode[], r: Random) => {
    nodes = n;
    random = r;
  };
  return force;
}

/** forceCollide(radius).iterations(iterations), every pair tested directly. */
export function pairCollide(radius: (d: SimNode) => number, iterations: number) {
  let nodes: SimNode[] = [];
  let radii: number[] = [];
  let random: Random = Math.random;
  const force = () => {
    for (let k = 0; k < iterations; k++) {
      for (let i = 0; i < nodes.length; i++) {
        const a = nodes[i]!;
        const ri = radii[i]!;
        const ri2 = ri * ri;
        // As d3 does, node i's predicted place is read once, before its pairs move it.
        const xi = a.x! + a.vx!;
        const yi = a.y! + a.vy!;
        for (let j = i + 1; j < nodes.length; j++) {
          const b = nodes[j]!;
          const rj = radii[j]!;
          const r = ri + rj;
          let x = xi - b.x! - b.vx!;
          let y = yi - b.y! - b.vy!;
          let l = x * x + y * y;
          if (l >= r * r) continue;
          // As d3 does: a zero offset (nodes in line, or in one place) becomes a tiny random one.
          if (x === 0) l += (x = jiggle(random)) ** 2;
          if (y === 0) l += (y = jiggle(random)) ** 2;
          l = Math.sqrt(l);
          l = (r - l) / l;
          const share = (rj * rj) / (ri2 + rj * rj);
          a.vx! += (x *= l) * share;
          a.vy! += (y *= l) * share;
          b.vx! -= x * (1 - share);
          b.vy! -= y * (1 - share);
        }
      }
    }
  };
  force.initialize = (n: SimNode[], r: Random) => {
    nodes = n;
    random = r;
    radii = n.map(radius);
  };
  return force;
}

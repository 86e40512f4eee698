import { forceManyBody, type SimulationNodeDatum } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { forceRepel } from './many-body';

type P = SimulationNodeDatum & { index: number };

function points(n: number, seed: number, clustered = false): P[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    // Clustered: most points in a tiny patch, to force deep trees.
    const tight = clustered && i % 4 !== 0;
    return { index: i, x: (tight ? 500 : 0) + random() * (tight ? 0.01 : 1000), y: (tight ? 500 : 0) + random() * (tight ? 0.01 : 700), vx: 0, vy: 0 };
  });
}

function velocities(force: { (alpha: number): void; initialize?: (nodes: P[], random: () => number) => void }, ps: P[]) {
  const copy = ps.map((p) => ({ ...p }));
  force.initialize?.(copy, seededRandom(9));
  force(0.5);
  return copy.map((p) => [p.vx!, p.vy!] as const);
}

describe('forceRepel', () => {
  it('matches d3’s many-body force exactly when nothing is approximated', () => {
    const ps = points(300, 1);
    const ours = velocities(forceRepel<P>(-40, 1e-6, 400), ps);
    const d3 = velocities(forceManyBody<P>().strength(-40).theta(1e-6).distanceMax(400) as never, ps);
    for (let i = 0; i < ps.length; i++) {
      expect(ours[i]![0]).toBeCloseTo(d3[i]![0], 9);
      expect(ours[i]![1]).toBeCloseTo(d3[i]![1], 9);
    }
  });

  it('stays close to d3 with the Barnes–Hut approximation', () => {
    const ps = points(2000, 2);
    const ours = velocities(forceRepel<P>(-40, 1.2), ps);
    const d3 = velocities(forceManyBody<P>().strength(-40).theta(1.2) as never, ps);
    let err = 0;
    let size = 0;
    for (let i = 0; i < ps.length; i++) {
      err += Math.hypot(ours[i]![0] - d3[i]![0], ours[i]![1] - d3[i]![1]);
      size += Math.hypot(d3[i]![0], d3[i]![1]);
    }
    expect(err / size).toBeLessThan(0.1);
  });

  it('pushes every point away from the others, and handles clustered and coincident points', () => {
    const ps = points(500, 3, true);
    ps[7] = { ...ps[7]!, x: ps[8]!.x, y: ps[8]!.y };
    const v = velocities(forceRepel<P>(-30, 0.9), ps);
    for (const [vx, vy] of v) expect(Number.isFinite(vx) && Number.isFinite(vy)).toBe(true);
    // A lone point far left of the cluster is pushed further left.
    const lone = { index: 500, x: -5000, y: 500, vx: 0, vy: 0 };
    const withLone = velocities(forceRepel<P>(-30, 0.9), [...ps, lone]);
    expect(withLone[500]![0]).toBeLessThan(0);
  });

  it('is deterministic', () => {
    const ps = points(800, 4, true);
    expect(velocities(forceRepel<P>(-30, 1.2), ps)).toEqual(velocities(forceRepel<P>(-30, 1.2), ps));
  });
});

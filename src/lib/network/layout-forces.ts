/** The custom parts of layoutGraph's d3 run: node-and-label boxes kept apart, forces that start late, and a fresh layout fitted to its box. */
import type { SimulationNodeDatum } from 'd3-force';

export interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  ax: number;
  ay: number;
  as: number;
  /** The node and its label as a box around (x, y): left, right, top, bottom offsets. */
  bl: number;
  br: number;
  bt: number;
  bb: number;
}

export const LABEL_GAP = 3;

/**
 * Keeps node-plus-label boxes from overlapping: each overlapping pair is pushed apart along
 * the axis where they overlap least. Quadratic, so only for graphs small enough to label.
 */
export function forceBoxes(pad: number) {
  let nodes: SimNode[] = [];
  const force = () => {
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i]!;
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j]!;
        const ax = a.x! + a.vx!;
        const ay = a.y! + a.vy!;
        const bx = b.x! + b.vx!;
        const by = b.y! + b.vy!;
        const ox = Math.min(ax + a.br, bx + b.br) - Math.max(ax - a.bl, bx - b.bl) + pad;
        if (ox <= 0) continue;
        const oy = Math.min(ay + a.bb, by + b.bb) - Math.max(ay - a.bt, by - b.bt) + pad;
        if (oy <= 0) continue;
        if (ox < oy) {
          const dir = ax + (a.br - a.bl) / 2 < bx + (b.br - b.bl) / 2 ? -1 : 1;
          a.vx! += (dir * ox) / 4;
          b.vx! -= (dir * ox) / 4;
        } else {
          const dir = ay + (a.bb - a.bt) / 2 < by + (b.bb - b.bt) / 2 ? -1 : 1;
          a.vy! += (dir * oy) / 4;
          b.vy! -= (dir * oy) / 4;
        }
      }
    }
  };
  force.initialize = (n: SimNode[]) => {
    nodes = n;
  };
  return force;
}

type Force = ((alpha: number) => void) & { initialize?: (nodes: SimNode[], random: () => number) => void };

/**
 * A force that acts only from step `from` on: early steps untangle the graph, and overlap
 * forces then separate what is left (the work per step stays low while most of it happens).
 */
export function after(from: number, inner: Force): Force {
  let step = 0;
  const force = (alpha: number) => {
    if (step++ >= from) inner(alpha);
  };
  force.initialize = (nodes: SimNode[], random: () => number) => {
    step = 0;
    inner.initialize?.(nodes, random);
  };
  return force;
}

/**
 * Fits a fresh layout to the box along one axis: centres move apart by the largest factor
 * (≥ 1) that keeps every node-and-label box inside, so nothing that was clear overlaps; a
 * layout that spilled over the box (one not held inside while it ran) is drawn in instead.
 */
export function stretch(nodes: SimNode[], axis: 'x' | 'y', size: number) {
  if (nodes.length < 2) return;
  const lo = (n: SimNode) => (axis === 'x' ? n.bl : n.bt) + 4;
  const hi = (n: SimNode) => size - (axis === 'x' ? n.br : n.bb) - 4;
  const at = (n: SimNode) => n[axis]!;
  const interval = (s: number): [number, number] => {
    let a0 = -Infinity;
    let a1 = Infinity;
    for (const n of nodes) {
      a0 = Math.max(a0, lo(n) - s * at(n));
      a1 = Math.min(a1, hi(n) - s * at(n));
    }
    return [a0, a1];
  };
  const ok = (s: number) => {
    const [a0, a1] = interval(s);
    return a0 <= a1;
  };
  let [s0, s1] = ok(1) ? [1, 3] : [0, 1];
  for (let i = 0; i < 24; i++) {
    const m = (s0 + s1) / 2;
    if (ok(m)) s0 = m;
    else s1 = m;
  }
  const [a0, a1] = interval(s0);
  const a = (a0 + a1) / 2;
  for (const n of nodes) n[axis] = a + s0 * at(n);
}

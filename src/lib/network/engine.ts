import { Separation } from './collide';
import { Repulsion } from './many-body';

/**
 * A force simulation on flat arrays, stepping d3-force's physics (velocity Verlet with
 * d3's velocity decay; link, many-body, collision, label-box and anchor forces in d3's
 * order and with d3's formulas) without an object per node or a callback per pair: for the
 * layouts big enough for that to matter. Plain module code, so a worker's JIT warms it once
 * rather than per simulation.
 */
export interface Bodies {
  x: Float64Array;
  y: Float64Array;
  vx: Float64Array;
  vy: Float64Array;
  /** Pinned places; NaN where free. */
  fx: Float64Array;
  fy: Float64Array;
  /** The anchor each is pulled towards, and how hard. */
  ax: Float64Array;
  ay: Float64Array;
  as: Float64Array;
  /** The node-and-label box around each centre: left, right, top, bottom. */
  bl: Float64Array;
  br: Float64Array;
  bt: Float64Array;
  bb: Float64Array;
}

export interface Springs {
  s: Int32Array;
  t: Int32Array;
  distance: Float64Array;
  strength: Float64Array;
}

export interface Schedule {
  ticks: number;
  /** From this step on, collision and label boxes act. */
  lateFrom: number;
  alpha: number;
  decay: number;
  repulsion: Repulsion;
  separation: Separation;
  separations: number;
  boxes: boolean;
  /** Hold free bodies inside this box after each step (null: let them roam). */
  clamp: { width: number; height: number } | null;
  random: () => number;
}

const VELOCITY_DECAY = 0.6;
const BOX_PAD = 4;

export function simulate(b: Bodies, springs: Springs, o: Schedule): void {
  const { x, y, vx, vy, fx, fy, ax, ay, as, bl, br, bt, bb } = b;
  const n = x.length;
  const m = springs.s.length;
  // d3's link bias: the end with fewer links moves more.
  const count = new Int32Array(n);
  for (let k = 0; k < m; k++) {
    count[springs.s[k]!]!++;
    count[springs.t[k]!]!++;
  }
  const bias = new Float64Array(m);
  for (let k = 0; k < m; k++) bias[k] = count[springs.s[k]!]! / (count[springs.s[k]!]! + count[springs.t[k]!]!);
  const free = Uint8Array.from(fx, (v) => (Number.isNaN(v) ? 1 : 0));
  const sweep = Int32Array.from({ length: n }, (_, i) => i);
  const clamp = o.clamp;

  let alpha = o.alpha;
  for (let tick = 0; tick < o.ticks; tick++) {
    alpha *= 1 - o.decay;
    pull(b, springs, bias, alpha, o.random);
    o.repulsion.apply(x, y, vx, vy, alpha);
    if (tick >= o.lateFrom) {
      for (let k = 0; k < o.separations; k++) o.separation.apply(x, y, vx, vy);
      if (o.boxes) unbox(b, sweep);
    }
    for (let i = 0; i < n; i++) {
      vx[i] = vx[i]! + (ax[i]! - x[i]!) * as[i]! * alpha;
      vy[i] = vy[i]! + (ay[i]! - y[i]!) * as[i]! * alpha;
    }
    for (let i = 0; i < n; i++) {
      if (free[i]) {
        vx[i] = vx[i]! * VELOCITY_DECAY;
        vy[i] = vy[i]! * VELOCITY_DECAY;
        x[i] = x[i]! + vx[i]!;
        y[i] = y[i]! + vy[i]!;
        if (clamp) {
          x[i] = Math.max(bl[i]! + 4, Math.min(clamp.width - br[i]! - 4, x[i]!));
          y[i] = Math.max(bt[i]! + 4, Math.min(clamp.height - bb[i]! - 4, y[i]!));
        }
      } else {
        x[i] = fx[i]!;
        y[i] = fy[i]!;
        vx[i] = 0;
        vy[i] = 0;
      }
    }
  }
}

/** d3's link force, one iteration. */
function pull(b: Bodies, springs: Springs, bias: Float64Array, alpha: number, random: () => number) {
  const { x, y, vx, vy } = b;
  for (let k = 0; k < springs.s.length; k++) {
    const s = springs.s[k]!;
    const t = springs.t[k]!;
    let dx = x[t]! + vx[t]! - x[s]! - vx[s]! || (random() - 0.5) * 1e-6;
    let dy = y[t]! + vy[t]! - y[s]! - vy[s]! || (random() - 0.5) * 1e-6;
    let l = Math.sqrt(dx * dx + dy * dy);
    l = ((l - springs.distance[k]!) / l) * alpha * springs.strength[k]!;
    dx *= l;
    dy *= l;
    const bt = bias[k]!;
    vx[t] = vx[t]! - dx * bt;
    vy[t] = vy[t]! - dy * bt;
    vx[s] = vx[s]! + dx * (1 - bt);
    vy[s] = vy[s]! + dy * (1 - bt);
  }
}

/**
 * Keeps node-plus-label boxes from overlapping, as forceBoxes does: each overlapping pair
 * is pushed apart along the axis where they overlap least. Pairs are swept in order of
 * their boxes' left edges (kept from step to step in `order`), so pairs that cannot meet
 * along x are never looked at.
 */
function unbox(b: Bodies, order: Int32Array) {
  const n = b.x.length;
  const { x, y, vx, vy, bl, br, bt, bb } = b;
  // Insertion sort by left edge: boxes barely move between steps, so this is nearly linear.
  for (let k = 1; k < n; k++) {
    const i = order[k]!;
    const left = x[i]! + vx[i]! - bl[i]!;
    let j = k - 1;
    while (j >= 0 && x[order[j]!]! + vx[order[j]!]! - bl[order[j]!]! > left) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = i;
  }
  for (let oi = 0; oi < n; oi++) {
    const i = order[oi]!;
    for (let oj = oi + 1; oj < n; oj++) {
      const j = order[oj]!;
      const ax = x[i]! + vx[i]!;
      const bx = x[j]! + vx[j]!;
      // Boxes further right start later still: none of them can reach this one.
      if (bx - bl[j]! >= ax + br[i]! + BOX_PAD) break;
      const ay = y[i]! + vy[i]!;
      const by = y[j]! + vy[j]!;
      const ox = Math.min(ax + br[i]!, bx + br[j]!) - Math.max(ax - bl[i]!, bx - bl[j]!) + BOX_PAD;
      if (ox <= 0) continue;
      const oy = Math.min(ay + bb[i]!, by + bb[j]!) - Math.max(ay - bt[i]!, by - bt[j]!) + BOX_PAD;
      if (oy <= 0) continue;
      if (ox < oy) {
        const dir = ax + (br[i]! - bl[i]!) / 2 < bx + (br[j]! - bl[j]!) / 2 ? -1 : 1;
        vx[i] = vx[i]! + (dir * ox) / 4;
        vx[j] = vx[j]! - (dir * ox) / 4;
      } else {
        const dir = ay + (bb[i]! - bt[i]!) / 2 < by + (bb[j]! - bt[j]!) / 2 ? -1 : 1;
        vy[i] = vy[i]! + (dir * oy) / 4;
        vy[j] = vy[j]! - (dir * oy) / 4;
      }
    }
  }
}

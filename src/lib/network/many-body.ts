import type { SimulationNodeDatum } from 'd3-force';

/** Points per leaf: below this, direct sums are cheaper than splitting further. */
const LEAF = 6;
const MAX_DEPTH = 24;
const MIN2 = 1;

/**
 * Many-body repulsion between equal charges, with d3's forceManyBody physics (the same force
 * law, theta test, distance limits and jiggle) on flat typed arrays: the Barnes–Hut tree is
 * rebuilt each step into buffers kept between steps, stored in preorder with a skip pointer
 * per cell, so a step allocates nothing and walks the tree without a stack or callbacks.
 */
export class Repulsion {
  private readonly theta2: number;
  private readonly max2: number;
  private idx = new Int32Array(0);
  // Per cell: centre of mass, point count, width, point range (leaves), the next cell after its subtree.
  private cx = new Float64Array(0);
  private cy = new Float64Array(0);
  private count = new Int32Array(0);
  private width = new Float64Array(0);
  private lo = new Int32Array(0);
  private hi = new Int32Array(0);
  private leaf = new Uint8Array(0);
  private skip = new Int32Array(0);
  private cells = 0;
  private xs: Float64Array = new Float64Array(0);
  private ys: Float64Array = new Float64Array(0);

  constructor(
    private readonly strength: number,
    theta: number,
    distanceMax: number,
    private readonly random: () => number,
  ) {
    this.theta2 = theta * theta;
    this.max2 = distanceMax * distanceMax;
  }

  private size(n: number) {
    if (this.idx.length === n) return;
    this.idx = new Int32Array(n);
    const cap = 2 * n + 16;
    this.cx = new Float64Array(cap);
    this.cy = new Float64Array(cap);
    this.count = new Int32Array(cap);
    this.width = new Float64Array(cap);
    this.lo = new Int32Array(cap);
    this.hi = new Int32Array(cap);
    this.leaf = new Uint8Array(cap);
    this.skip = new Int32Array(cap);
  }

  /** Clustered points need more cells than usual: twice as many, keeping what is built. */
  private grow() {
    const cap = this.cx.length * 2;
    const f = (a: Float64Array) => {
      const b = new Float64Array(cap);
      b.set(a);
      return b;
    };
    const i = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.cx = f(this.cx);
    this.cy = f(this.cy);
    this.width = f(this.width);
    this.count = i(this.count);
    this.lo = i(this.lo);
    this.hi = i(this.hi);
    this.skip = i(this.skip);
    const leaf = new Uint8Array(cap);
    leaf.set(this.leaf);
    this.leaf = leaf;
  }

  /** Splits idx[s, e) in place: those with key < mid first; returns the split point. */
  private split(s: number, e: number, key: Float64Array, mid: number): number {
    const idx = this.idx;
    let i = s;
    let j = e - 1;
    while (i <= j) {
      if (key[idx[i]!]! < mid) i++;
      else {
        const t = idx[i]!;
        idx[i] = idx[j]!;
        idx[j] = t;
        j--;
      }
    }
    return i;
  }

  private build(s: number, e: number, x0: number, y0: number, size: number, depth: number): void {
    if (this.cells === this.cx.length) this.grow();
    const c = this.cells++;
    const { xs, ys, idx } = this;
    this.width[c] = size;
    this.count[c] = e - s;
    if (e - s <= LEAF || depth >= MAX_DEPTH) {
      let sx = 0;
      let sy = 0;
      for (let k = s; k < e; k++) {
        sx += xs[idx[k]!]!;
        sy += ys[idx[k]!]!;
      }
      this.cx[c] = sx / (e - s);
      this.cy[c] = sy / (e - s);
      this.leaf[c] = 1;
      this.lo[c] = s;
      this.hi[c] = e;
      this.skip[c] = this.cells;
      return;
    }
    this.leaf[c] = 0;
    const h = size / 2;
    const my = this.split(s, e, ys, y0 + h);
    const a = this.split(s, my, xs, x0 + h);
    const b = this.split(my, e, xs, x0 + h);
    if (a > s) this.build(s, a, x0, y0, h, depth + 1);
    if (my > a) this.build(a, my, x0 + h, y0, h, depth + 1);
    if (b > my) this.build(my, b, x0, y0 + h, h, depth + 1);
    if (e > b) this.build(b, e, x0 + h, y0 + h, h, depth + 1);
    // The children follow in preorder, each subtree's skip pointing at the next.
    let sx = 0;
    let sy = 0;
    for (let k = c + 1; k < this.cells; k = this.skip[k]!) {
      sx += this.cx[k]! * this.count[k]!;
      sy += this.cy[k]! * this.count[k]!;
    }
    this.cx[c] = sx / (e - s);
    this.cy[c] = sy / (e - s);
    this.skip[c] = this.cells;
  }

  /** Adds each point's push from all the others to its velocity. */
  apply(xs: Float64Array, ys: Float64Array, vxs: Float64Array, vys: Float64Array, alpha: number): void {
    const n = xs.length;
    if (n === 0) return;
    this.size(n);
    this.xs = xs;
    this.ys = ys;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      const y = ys[i]!;
      this.idx[i] = i;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    this.cells = 0;
    // A square root cell, a hair larger than the points so the farthest ones fall inside.
    this.build(0, n, x0, y0, Math.max(x1 - x0, y1 - y0) * (1 + 1e-9) + 1e-9, 0);

    const { cx, cy, count, width, lo, hi, leaf, skip, idx, theta2, max2, strength, cells } = this;
    for (let i = 0; i < n; i++) {
      const px = xs[i]!;
      const py = ys[i]!;
      let vx = 0;
      let vy = 0;
      let c = 0;
      while (c < cells) {
        let x = cx[c]! - px;
        let y = cy[c]! - py;
        let l = x * x + y * y;
        const w = width[c]!;
        if ((w * w) / theta2 < l) {
          // Far enough: the whole cell acts as one charge at its centre of mass.
          if (l < max2) {
            if (x === 0) {
              x = (this.random() - 0.5) * 1e-6;
              l += x * x;
            }
            if (y === 0) {
              y = (this.random() - 0.5) * 1e-6;
              l += y * y;
            }
            if (l < MIN2) l = Math.sqrt(MIN2 * l);
            const f = (count[c]! * strength * alpha) / l;
            vx += x * f;
            vy += y * f;
          }
          c = skip[c]!;
        } else if (leaf[c]) {
          for (let k = lo[c]!; k < hi[c]!; k++) {
            const j = idx[k]!;
            if (j === i) continue;
            x = xs[j]! - px;
            y = ys[j]! - py;
            l = x * x + y * y;
            if (l >= max2) continue;
            if (x === 0) {
              x = (this.random() - 0.5) * 1e-6;
              l += x * x;
            }
            if (y === 0) {
              y = (this.random() - 0.5) * 1e-6;
              l += y * y;
            }
            if (l < MIN2) l = Math.sqrt(MIN2 * l);
            const f = (strength * alpha) / l;
            vx += x * f;
            vy += y * f;
          }
          c = skip[c]!;
        } else c++;
      }
      vxs[i] = vxs[i]! + vx;
      vys[i] = vys[i]! + vy;
    }
  }
}

/** Repulsion as a d3-force force, on node objects (for comparison with d3's own). */
export function forceRepel<N extends SimulationNodeDatum>(strength: number, theta: number, distanceMax = Infinity) {
  let nodes: N[] = [];
  let core: Repulsion | null = null;
  const force = (alpha: number) => {
    const n = nodes.length;
    const x = Float64Array.from(nodes, (d) => d.x!);
    const y = Float64Array.from(nodes, (d) => d.y!);
    const vx = new Float64Array(n);
    const vy = new Float64Array(n);
    core!.apply(x, y, vx, vy, alpha);
    nodes.forEach((d, i) => {
      d.vx! += vx[i]!;
      d.vy! += vy[i]!;
    });
  };
  force.initialize = (ns: N[], random?: () => number) => {
    nodes = ns;
    core = new Repulsion(strength, theta, distanceMax, random ?? Math.random);
  };
  return force;
}

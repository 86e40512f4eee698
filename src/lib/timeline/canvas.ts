import type { Side } from '../../data/schema';
import { placementY, type Packing, type TimelineModel } from './layout';
import { clipSpan, markPrims, type Prim } from './geometry';
import { ROW } from './constants';
import { screenX, type BaseScale, type ZoomView } from './scale';

const CONNECTOR = '#94a3b8';
const WHITE = '#ffffff';

function rgba(hex: string, a: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${a})`;
}

/** One batch: every shape sharing a paint, drawn with a single fill() or stroke(). */
interface Batch {
  layer: number;
  stroke: boolean;
  color: string;
  alpha: number;
  width: number;
  dashed: boolean;
  /** Flat (prim, x, y) triples. */
  items: (Prim | number)[];
}

/**
 * Collects primitives by paint, then draws each paint once: thousands of marks cost a few
 * dozen state changes and fill/stroke calls instead of thousands (software canvases
 * rasterise per call). Layers keep a mark's own order: backing, colour, fades, lines.
 */
class Batcher {
  private batches = new Map<string, Batch>();
  private fades: (Prim | number)[] = [];

  private add(layer: number, stroke: boolean, color: string, alpha: number, width: number, dashed: boolean, q: Prim, x: number, y: number) {
    const key = `${layer}|${stroke ? 's' : 'f'}|${color}|${alpha}|${width}|${dashed ? 1 : 0}`;
    let b = this.batches.get(key);
    if (!b) this.batches.set(key, (b = { layer, stroke, color, alpha, width, dashed, items: [] }));
    b.items.push(q, x, y);
  }

  prim(q: Prim, x: number, y: number, alpha: number) {
    switch (q.t) {
      case 'rect':
        return this.add(1, false, q.fill, alpha * q.opacity, 0, false, q, x, y);
      case 'wedge':
        return this.add(1, false, q.fill, alpha, 0, false, q, x, y);
      case 'disc':
        this.add(q.fill === WHITE ? 0 : 1, false, q.fill, alpha, 0, false, q, x, y);
        return this.add(3, true, q.stroke, alpha, q.width, false, q, x, y);
      case 'outline':
        return this.add(3, true, q.stroke, alpha, 1.5, q.dashed, q, x, y);
      case 'line':
        return this.add(3, true, q.stroke, alpha, q.width, false, q, x, y);
      case 'chevron':
        return this.add(3, true, q.stroke, alpha, 2, false, q, x, y);
      case 'fade':
        this.fades.push(q, x, y, alpha);
        return;
    }
  }

  connector(x: number, y0: number, y1: number, alpha: number) {
    this.add(0, true, CONNECTOR, alpha, 1, false, { t: 'line', x1: 0, y1: 0, x2: 0, y2: y1 - y0, stroke: CONNECTOR, width: 1 }, x, y0);
  }

  flush(ctx: CanvasRenderingContext2D) {
    const batches = [...this.batches.values()].sort((a, b) => a.layer - b.layer);
    let fadesDone = false;
    for (const b of batches) {
      if (b.layer >= 3 && !fadesDone) {
        drawFades(ctx, this.fades);
        fadesDone = true;
      }
      ctx.globalAlpha = b.alpha;
      ctx.beginPath();
      for (let i = 0; i < b.items.length; i += 3) trace(ctx, b.items[i] as Prim, b.items[i + 1] as number, b.items[i + 2] as number);
      if (b.stroke) {
        ctx.strokeStyle = b.color;
        ctx.lineWidth = b.width;
        ctx.setLineDash(b.dashed ? [4, 3] : []);
        ctx.stroke();
      } else {
        ctx.fillStyle = b.color;
        ctx.fill();
      }
    }
    if (!fadesDone) drawFades(ctx, this.fades);
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
  }
}

/** Gradients cannot be batched; open stubs are few. */
function drawFades(ctx: CanvasRenderingContext2D, fades: (Prim | number)[]) {
  for (let i = 0; i < fades.length; i += 4) {
    const q = fades[i] as Extract<Prim, { t: 'fade' }>;
    const x = fades[i + 1] as number;
    const y = fades[i + 2] as number;
    ctx.globalAlpha = fades[i + 3] as number;
    const [a, z] = q.toward === 'right' ? [x + q.x, x + q.x + q.w] : [x + q.x + q.w, x + q.x];
    const g = ctx.createLinearGradient(a, 0, z, 0);
    g.addColorStop(0, rgba(q.color, q.opacity));
    g.addColorStop(1, rgba(q.color, 0));
    ctx.fillStyle = g;
    ctx.fillRect(x + q.x, y + q.y, q.w, q.h);
  }
}

/** Add one primitive to the current path. Angles run clockwise from 12 o'clock. */
function trace(ctx: CanvasRenderingContext2D, q: Prim, x: number, y: number) {
  switch (q.t) {
    case 'rect':
      ctx.rect(x + q.x, y + q.y, q.w, q.h);
      return;
    case 'disc':
      ctx.moveTo(x + q.r, y);
      ctx.arc(x, y, q.r, 0, 2 * Math.PI);
      return;
    case 'wedge': {
      const a0 = q.a0 - Math.PI / 2;
      const a1 = q.a1 - Math.PI / 2;
      if (q.r0 > 0) {
        ctx.moveTo(x + q.r1 * Math.cos(a0), y + q.r1 * Math.sin(a0));
        ctx.arc(x, y, q.r1, a0, a1);
        ctx.arc(x, y, q.r0, a1, a0, true);
      } else {
        ctx.moveTo(x, y);
        ctx.arc(x, y, q.r1, a0, a1);
      }
      ctx.closePath();
      return;
    }
    case 'outline': {
      const [l, t, r, b] = [x + q.x, y + q.y, x + q.x + q.w, y + q.y + q.h];
      if (!q.open) return ctx.rect(l, t, q.w, q.h);
      // Three sides only: no edge where the date is open.
      const [near, far] = q.open === 'right' ? [r, l] : [l, r];
      ctx.moveTo(near, t);
      ctx.lineTo(far, t);
      ctx.lineTo(far, b);
      ctx.lineTo(near, b);
      return;
    }
    case 'line':
      ctx.moveTo(x + q.x1, y + q.y1);
      ctx.lineTo(x + q.x2, y + q.y2);
      return;
    case 'chevron': {
      const d = q.dir === 'right' ? -4 : 4;
      ctx.moveTo(x + q.x + d, y - 5);
      ctx.lineTo(x + q.x, y);
      ctx.lineTo(x + q.x + d, y + 5);
      return;
    }
    case 'fade':
      return;
  }
}

// Points and stubs look the same at every zoom: describe each style once, not per frame.
const fixedPrims = new WeakMap<readonly Side[], Map<string, Prim[]>>();
function primsFor(shape: 'point' | 'open-start' | 'open-end', planned: boolean, sides: readonly Side[]): Prim[] {
  let bySides = fixedPrims.get(sides);
  if (!bySides) fixedPrims.set(sides, (bySides = new Map()));
  const key = `${shape}|${planned}`;
  let prims = bySides.get(key);
  if (!prims) bySides.set(key, (prims = markPrims({ shape, soft: false, planned, sides }, 0)));
  return prims;
}

export interface DrawOptions {
  alpha: number;
  /** The plot y at the canvas top: the canvas covers only the rows on screen. */
  top?: number;
  /** Height of the canvas; placements outside [top, top + height] are skipped. */
  height?: number;
}

/**
 * Draw events (indices into the model) onto a canvas in plot coordinates: the dense path,
 * and the faint context of events the filters leave out. Uses the same primitives as the
 * SVG marks. The caller culls to the visible time window first; rows off screen are
 * skipped here.
 */
export function drawEvents(
  ctx: CanvasRenderingContext2D,
  m: TimelineModel,
  pk: Packing,
  b: BaseScale,
  v: ZoomView,
  events: Iterable<number>,
  { alpha, top = 0, height = Infinity }: DrawOptions,
): void {
  const batch = new Batcher();
  const lo = top - ROW;
  const hi = top + height + ROW;
  for (const e of events) {
    const mk = m.marks[e]!;
    const anchor = screenX(b, v, mk.t0);
    const [x0, width] = mk.shape === 'span' ? clipSpan(anchor, screenX(b, v, mk.t1), b.width) : [anchor, 0];
    const planned = m.planned[e] === 1;
    const p0 = m.first[e]!;
    const p1 = m.first[e + 1]!;
    if (p1 - p0 > 1) {
      const ya = placementY(m, pk, p0);
      const yz = placementY(m, pk, p1 - 1);
      if (yz >= lo && ya <= hi) batch.connector(x0, ya - top, yz - top, alpha * 0.7);
    }
    for (let p = p0; p < p1; p++) {
      const y = placementY(m, pk, p);
      if (y < lo || y > hi) continue;
      const sides = m.pSides[p]!;
      const prims = mk.shape === 'span' ? markPrims({ shape: 'span', soft: mk.soft, planned, sides }, width) : primsFor(mk.shape, planned, sides);
      for (const q of prims) batch.prim(q, x0, y - top, alpha);
    }
  }
  batch.flush(ctx);
}

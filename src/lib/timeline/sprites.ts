import { markPrims, type MarkStyle, type Prim } from './geometry';
import { CHEVRON_W, OUTLINE_W } from '../draw-style';
import { paintPrims, type Ctx2D } from './paint';
import { toPixels, type Pixels } from './stamp-layer';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Where a mark's drawing reaches around its anchor, in px: shapes plus half their stroke,
 * plus a pixel for antialiasing. Spans have no fixed box (their width is the zoom's).
 */
export function primsBounds(prims: readonly Prim[]): Box {
  const b: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  const add = (x0: number, y0: number, x1: number, y1: number, pad: number) => {
    b.x0 = Math.min(b.x0, x0 - pad);
    b.y0 = Math.min(b.y0, y0 - pad);
    b.x1 = Math.max(b.x1, x1 + pad);
    b.y1 = Math.max(b.y1, y1 + pad);
  };
  for (const q of prims) {
    switch (q.kind) {
      case 'rect':
      case 'fade':
        add(q.x, q.y, q.x + q.w, q.y + q.h, 0);
        break;
      case 'outline':
        add(q.x, q.y, q.x + q.w, q.y + q.h, OUTLINE_W / 2);
        break;
      case 'wedge':
        add(-q.r1, -q.r1, q.r1, q.r1, 0);
        break;
      case 'disc':
        add(-q.r, -q.r, q.r, q.r, q.width / 2);
        break;
      case 'line':
        add(Math.min(q.x1, q.x2), Math.min(q.y1, q.y2), Math.max(q.x1, q.x2), Math.max(q.y1, q.y2), q.width / 2);
        break;
      case 'chevron':
        add(Math.min(q.x, q.x + (q.dir === 'right' ? -4 : 4)), -5, Math.max(q.x, q.x + (q.dir === 'right' ? -4 : 4)), 5, CHEVRON_W / 2);
        break;
    }
  }
  if (b.x0 > b.x1) return { x0: 0, y0: 0, x1: 0, y1: 0 };
  return { x0: b.x0 - 1, y0: b.y0 - 1, x1: b.x1 + 1, y1: b.y1 + 1 };
}

/** A mark pre-drawn once at the screen's pixel density, to be stamped into a StampLayer. */
export interface Sprite {
  pixels: Pixels;
  /** Device px from the image's top-left corner to the mark's anchor. */
  ax: number;
  ay: number;
}

/** A blank drawing surface of w × h device px whose pixels can be read back, or null. */
export type SurfaceFactory = (w: number, h: number) => Ctx2D | null;

/** Where a sprite's anchor sits and how big its image is, in device px, for a box and density. */
export function spriteFrame(box: Box, dpr: number): { w: number; h: number; ax: number; ay: number } {
  // The anchor lands on a whole device pixel, so stamping needs no resampling.
  const ax = Math.ceil(-box.x0 * dpr);
  const ay = Math.ceil(-box.y0 * dpr);
  return { w: ax + Math.ceil(box.x1 * dpr) + 1, h: ay + Math.ceil(box.y1 * dpr) + 1, ax, ay };
}

/** Only fixed-size marks become sprites: points and open-ended stubs. Spans stretch with the zoom. */
export const isStamp = (style: MarkStyle) => style.shape !== 'span';

/**
 * One sprite per mark look and pixel density, made on first use. The looks a frame needs
 * are drawn side by side on one scratch surface and read back at once (a few hundred looks
 * need not be a few hundred canvases and read-backs). The styles of a model are a fixed
 * array, so sprites are found by the style's index, not by a key per mark.
 */
export class SpriteCache {
  private byStyles = new WeakMap<readonly MarkStyle[], (Sprite | null | undefined)[]>();
  private scratch: { ctx: Ctx2D; w: number; h: number } | null = null;

  constructor(
    readonly dpr: number,
    private readonly surface: SurfaceFactory,
  ) {}

  private listFor(styles: readonly MarkStyle[]) {
    let list = this.byStyles.get(styles);
    if (!list) this.byStyles.set(styles, (list = new Array<Sprite | null | undefined>(styles.length)));
    return list;
  }

  get(styles: readonly MarkStyle[], i: number): Sprite | null {
    const list = this.listFor(styles);
    if (list[i] === undefined) this.prepare(styles, [i]);
    return list[i] ?? null;
  }

  /** Make, in one batch, the sprites of these styles (indices) that do not exist yet. */
  prepare(styles: readonly MarkStyle[], wanted: Iterable<number>): void {
    const list = this.listFor(styles);
    const todo: { i: number; prims: Prim[]; f: ReturnType<typeof spriteFrame>; x: number; y: number }[] = [];
    // Shelves left to right, top to bottom, on a surface SHELF px wide.
    const SHELF = Math.ceil(512 * this.dpr);
    let x = 0;
    let y = 0;
    let shelf = 0;
    for (const i of wanted) {
      if (list[i] !== undefined) continue;
      list[i] = null;
      const style = styles[i]!;
      if (!isStamp(style)) continue;
      const prims = markPrims(style, 0);
      const f = spriteFrame(primsBounds(prims), this.dpr);
      if (x + f.w > SHELF && x > 0) {
        y += shelf;
        x = shelf = 0;
      }
      todo.push({ i, prims, f, x, y });
      x += f.w + 1;
      shelf = Math.max(shelf, f.h + 1);
    }
    if (!todo.length) return;
    const W = Math.max(SHELF, ...todo.map((t) => t.f.w));
    const H = y + shelf;
    const ctx = this.surfaceFor(W, H);
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, W, H);
    for (const t of todo) {
      ctx.setTransform(this.dpr, 0, 0, this.dpr, t.x, t.y);
      paintPrims(ctx, t.prims, t.f.ax / this.dpr, t.f.ay / this.dpr);
    }
    const img = ctx.getImageData(0, 0, W, H);
    const atlas = new Uint32Array(img.data.buffer, img.data.byteOffset, W * H);
    for (const { i, f, x: sx, y: sy } of todo) list[i] = { pixels: toPixels(atlas, f.w, f.h, sy * W + sx, W), ax: f.ax, ay: f.ay };
  }

  private surfaceFor(w: number, h: number): Ctx2D | null {
    const sc = this.scratch;
    if (sc && sc.w >= w && sc.h >= h) return sc.ctx;
    const W = Math.max(w, sc?.w ?? 0);
    const H = Math.max(h, sc?.h ?? 0);
    const ctx = this.surface(W, H);
    this.scratch = ctx ? { ctx, w: W, h: H } : null;
    return ctx;
  }
}

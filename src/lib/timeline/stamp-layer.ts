/**
 * Pixels of pre-drawn marks, in the byte order of ImageData (R, G, B, A, not premultiplied)
 * read as little-endian 32-bit words: A << 24 | B << 16 | G << 8 | R. A mark covers a
 * fraction of its box, so the visible pixels are also listed on their own (`pos`, `val`):
 * stamping walks only those, in one flat loop.
 */
export interface Pixels {
  data: Uint32Array;
  w: number;
  h: number;
  /** Where the pixels that are not fully transparent sit, as row << 16 | column, row by row. */
  pos: Int32Array;
  /** Their values. */
  val: Uint32Array;
}

/** Wrap w × h pixel words (read from `src` at `offset`, rows `stride` apart) as stamping-ready Pixels. */
export function toPixels(src: Uint32Array, w: number, h: number, offset = 0, stride = w): Pixels {
  const data = new Uint32Array(w * h);
  const pos = new Int32Array(w * h);
  const val = new Uint32Array(w * h);
  let n = 0;
  for (let j = 0; j < h; j++)
    for (let i = 0; i < w; i++) {
      const p = src[offset + j * stride + i]!;
      data[j * w + i] = p;
      if (p < 0x01000000) continue;
      pos[n] = (j << 16) | i;
      val[n++] = p;
    }
  return { data, w, h, pos: pos.slice(0, n), val: val.slice(0, n) };
}

/**
 * Source-over onto an opaque pixel (the common case where marks overlap): the result is
 * opaque, so no division by its alpha; x / 255 as (x · 0x8081) >>> 23, exact on [0, 255²].
 */
export function overOpaque(src: number, dst: number): number {
  const sa = src >>> 24;
  const ia = 255 - sa;
  const r = (((src & 255) * sa + (dst & 255) * ia + 127) * 0x8081) >>> 23;
  const g = ((((src >>> 8) & 255) * sa + ((dst >>> 8) & 255) * ia + 127) * 0x8081) >>> 23;
  const b = ((((src >>> 16) & 255) * sa + ((dst >>> 16) & 255) * ia + 127) * 0x8081) >>> 23;
  return (0xff000000 | (b << 16) | (g << 8) | r) >>> 0;
}

/** Source-over of one non-premultiplied pixel onto another. */
export function over(src: number, dst: number): number {
  const sa = src >>> 24;
  if (sa === 255) return src;
  if (sa === 0) return dst;
  const da = dst >>> 24;
  if (da === 0) return src;
  if (da === 255) return overOpaque(src, dst);
  const k = (da * (255 - sa)) / 255;
  const oa = sa + k;
  const r = ((src & 255) * sa + (dst & 255) * k) / oa;
  const g = (((src >>> 8) & 255) * sa + ((dst >>> 8) & 255) * k) / oa;
  const b = (((src >>> 16) & 255) * sa + ((dst >>> 16) & 255) * k) / oa;
  return ((Math.round(oa) << 24) | (Math.round(b) << 16) | (Math.round(g) << 8) | Math.round(r)) >>> 0;
}

/**
 * A buffer the size of the canvas (device px) that marks are stamped into in JavaScript,
 * then copied to the canvas in one go. On a software-rendered canvas this is several times
 * cheaper than one drawImage per mark: each call there costs a few microseconds of
 * recording and rasterising, which adds up at thousands of marks a frame.
 */
export class StampLayer {
  readonly data: Uint32Array<ArrayBuffer>;
  /** The box stamped since the last clear, device px; empty when x0 ≥ x1. */
  x0 = 0;
  y0 = 0;
  x1 = 0;
  y1 = 0;

  constructor(
    readonly w: number,
    readonly h: number,
  ) {
    this.data = new Uint32Array(w * h);
  }

  /** Back to transparent, touching only what was stamped. */
  clear(): void {
    for (let y = this.y0; y < this.y1; y++) this.data.fill(0, y * this.w + this.x0, y * this.w + this.x1);
    this.x0 = this.y0 = this.x1 = this.y1 = 0;
  }

  /**
   * Clear, then stamp `n` sprites as if in drawing order, the i-th with its top-left corner
   * at device px (xs[i], ys[i]), clipped to the buffer. They are laid front to back, the
   * last first, each under what is already there: the same picture (source-over is
   * associative), but a pixel that a later mark covers is skipped with one comparison, so a
   * dense pile costs what shows of it, not its whole area. One loop for the lot, so that
   * the engine optimises it early even on a first, cold frame.
   */
  draw(srcs: readonly Pixels[], xs: ArrayLike<number>, ys: ArrayLike<number>, n: number): void {
    this.clear();
    const { data: dst, w: W, h: H } = this;
    let bx0 = 0;
    let by0 = 0;
    let bx1 = 0;
    let by1 = 0;
    for (let t = n - 1; t >= 0; t--) {
      const src = srcs[t]!;
      const x = xs[t]!;
      const y = ys[t]!;
      const w = src.w;
      const i0 = Math.max(0, -x);
      const i1 = Math.min(w, W - x);
      const j0 = Math.max(0, -y);
      const j1 = Math.min(src.h, H - y);
      if (i0 >= i1 || j0 >= j1) continue;
      if (bx0 >= bx1) {
        bx0 = x + i0;
        by0 = y + j0;
        bx1 = x + i1;
        by1 = y + j1;
      } else {
        if (x + i0 < bx0) bx0 = x + i0;
        if (y + j0 < by0) by0 = y + j0;
        if (x + i1 > bx1) bx1 = x + i1;
        if (y + j1 > by1) by1 = y + j1;
      }
      if (i0 === 0 && j0 === 0 && i1 === w && j1 === src.h) {
        // Wholly inside, the common case: only the sprite's visible pixels, in one flat loop.
        const pos = src.pos;
        const val = src.val;
        const base = y * W + x;
        for (let k = 0; k < pos.length; k++) {
          const o = base + (pos[k]! >> 16) * W + (pos[k]! & 0xffff);
          const d = dst[o]!;
          if (d >= 0xff000000) continue;
          dst[o] = d < 0x01000000 ? val[k]! : over(d, val[k]!);
        }
        continue;
      }
      const s = src.data;
      for (let j = j0; j < j1; j++) {
        const o = (y + j) * W + x;
        for (let i = i0, k = j * w + i0; i < i1; i++, k++) {
          const p = s[k]!;
          const d = dst[o + i]!;
          if (p < 0x01000000 || d >= 0xff000000) continue;
          dst[o + i] = d < 0x01000000 ? p : over(d, p);
        }
      }
    }
    this.x0 = bx0;
    this.y0 = by0;
    this.x1 = bx1;
    this.y1 = by1;
  }
}

import { BAR_H, MIN_BAR_PX, ROW } from './constants';
import { markPrims } from './geometry';
import { placementY, type Packing, type TimelineModel } from './layout';
import { lensX, type Lens } from './lens';
import { screenX, type BaseScale, type ZoomView } from './scale';
import { paintPrims, type Ctx2D } from './paint';
import type { SpriteCache } from './sprites';
import { OUTLINE_W } from '../draw-style';
import { outlineBars, spanKey, spanLookOf, spanPaints } from './spans';
import type { Pixels, StampLayer } from './stamp-layer';

const CONNECTOR = '#94a3b8';

/**
 * Which stamps to draw, given flat (style, x, y) triples in drawing order: where the same
 * look lands on the same device pixel again later, the earlier copy is covered exactly and
 * is skipped. At 50,000 events half the stamps at the fitted zoom are such repeats.
 */
export function lastOfEachStamp(stamps: readonly number[], dpr: number): Uint8Array {
  const n = stamps.length / 3;
  const keep = new Uint8Array(n);
  const seen = new Set<number>();
  for (let i = n - 1; i >= 0; i--) {
    // Whole device px, offset to stay positive near the edges; 2^14 px a side is plenty.
    const x = Math.round(stamps[3 * i + 1]! * dpr) + 4096;
    const y = Math.round(stamps[3 * i + 2]! * dpr) + 4096;
    const key = (stamps[3 * i]! * 16384 + y) * 16384 + x;
    if (seen.has(key)) continue;
    seen.add(key);
    keep[i] = 1;
  }
  return keep;
}

export interface DrawOptions {
  alpha: number;
  /** The plot y at the canvas top: the canvas covers only the rows on screen. */
  top?: number;
  /** Height of the canvas; placements outside [top, top + height] are skipped. */
  height?: number;
  /** Points and stubs, pre-drawn once per look at the canvas's pixel density. */
  sprites: SpriteCache;
  /** Where the sprites are stamped; without one, points and stubs are painted as paths. */
  target?: StampTarget;
  /** The screen mapping with its compressed segments; without one, the plain zoom. */
  lens?: Lens;
}

/** A buffer the size of the canvas for stamping, and how to copy a box of it (device px) onto the canvas. */
export interface StampTarget {
  layer: StampLayer;
  blit(ctx: Ctx2D, x: number, y: number, w: number, h: number): void;
}

/** What one call drew, for tests and for judging the cost. */
export interface DrawCount {
  /** Points and stubs stamped (repeats at the same pixel skipped). */
  stamps: number;
  spans: number;
  links: number;
}

/**
 * Draw events (indices into the model) onto a canvas in plot coordinates: the dense path,
 * and the faint context of events the filters leave out. It draws the same marks as the SVG
 * layer: points and stubs are stamped from sprites painted with the SVG's primitives, in
 * time order; spans, which stretch with the zoom, are batched into a few fills and strokes
 * beneath them. The caller culls to the visible time window; rows off screen are skipped
 * here. Expects the context scaled to CSS px (setTransform(dpr, …)); leaves it so.
 */
export function drawEvents(
  ctx: Ctx2D,
  m: TimelineModel,
  pk: Packing,
  b: BaseScale,
  v: ZoomView,
  events: ArrayLike<number>,
  { alpha, top = 0, height = Infinity, sprites, target, lens }: DrawOptions,
): DrawCount {
  const lo = top - ROW;
  const hi = top + height + ROW;
  const sp = spanPaints(m.styles);
  const fillRects: number[][] = sp.fills.map(() => []);
  const strokeRects: number[][] = sp.strokes.map(() => []);
  const links: number[] = [];
  const stamps: number[] = [];
  let spans = 0;
  const seenSpans = new Set<number>();
  const dpr = sprites.dpr;
  const margin = 64;
  const xOf = lens ? (t: number) => lensX(lens, t) : (t: number) => screenX(b, v, t);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const mk = m.marks[e]!;
    let x = xOf(mk.t0);
    let w = 0;
    if (mk.shape === 'span') {
      // Only what can be seen, plus a margin: a nine-year range at day zoom is not a million px.
      const x1 = Math.min(xOf(mk.t1), b.width + margin);
      x = Math.max(x, -margin);
      w = Math.max(Math.max(0, x1 - x), MIN_BAR_PX);
    }
    const p0 = m.first[e]!;
    const p1 = m.first[e + 1]!;
    if (p1 - p0 > 1) {
      const ya = placementY(m, pk, p0);
      const yz = placementY(m, pk, p1 - 1);
      if (yz >= lo && ya <= hi) links.push(x, ya - top, yz - top);
    }
    for (let p = p0; p < p1; p++) {
      const y = placementY(m, pk, p);
      if (y < lo || y > hi) continue;
      const st = m.pStyle[p]!;
      if (mk.shape !== 'span') {
        stamps.push(st, x, y - top);
        continue;
      }
      // The same span again (same look, same device pixels) adds nothing to a union fill.
      const key = spanKey(st, x * dpr, w * dpr, y - top);
      if (key >= 0) {
        if (seenSpans.has(key)) continue;
        seenSpans.add(key);
      }
      spans++;
      const look = spanLookOf(sp, m.styles, st);
      for (let k = 0; k < look.bands.length; k += 3) {
        const f = look.bands[k]!;
        (fillRects[f] ??= []).push(x, y - top + look.bands[k + 1]!, w, look.bands[k + 2]!);
      }
      if (look.stroke >= 0) (strokeRects[look.stroke] ??= []).push(x, y - top - BAR_H / 2, w, BAR_H);
    }
  }

  // Behind everything: the lines joining an event's actor lanes.
  if (links.length) {
    ctx.globalAlpha = alpha * 0.7;
    ctx.beginPath();
    for (let k = 0; k < links.length; k += 3) {
      ctx.moveTo(links[k]!, links[k + 1]!);
      ctx.lineTo(links[k]!, links[k + 2]!);
    }
    ctx.strokeStyle = CONNECTOR;
    ctx.lineWidth = 1;
    ctx.stroke();
  }
  fillRects.forEach((rects, f) => {
    if (!rects.length) return;
    ctx.globalAlpha = alpha * sp.fills[f]!.opacity;
    ctx.fillStyle = sp.fills[f]!.color;
    ctx.beginPath();
    for (let k = 0; k < rects.length; k += 4) ctx.rect(rects[k]!, rects[k + 1]!, rects[k + 2]!, rects[k + 3]!);
    ctx.fill();
  });
  // Outlines as thin filled rectangles: a software canvas strokes slowly, dashed strokes
  // very slowly, and a 1.5 px line along a box is four rectangles (or its dashes).
  ctx.globalAlpha = alpha;
  const bars: number[] = [];
  strokeRects.forEach((rects, s) => {
    if (!rects.length) return;
    bars.length = 0;
    for (let k = 0; k < rects.length; k += 4) outlineBars(bars, rects[k]!, rects[k + 1]!, rects[k + 2]!, rects[k + 3]!, OUTLINE_W, sp.strokes[s]!.dashed);
    ctx.fillStyle = sp.strokes[s]!.color;
    ctx.beginPath();
    for (let k = 0; k < bars.length; k += 4) ctx.rect(bars[k]!, bars[k + 1]!, bars[k + 2]!, bars[k + 3]!);
    ctx.fill();
  });

  // Points and stubs on top, in time order like the SVG marks, stamped at whole device px.
  const keep = lastOfEachStamp(stamps, dpr);
  const layer = target?.layer;
  let stamped = 0;
  const count = stamps.length / 3;
  if (layer) {
    const wanted = new Set<number>();
    for (let i = 0; i < count; i++) if (keep[i]) wanted.add(stamps[3 * i]!);
    sprites.prepare(m.styles, wanted);
  }
  const srcs: Pixels[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < count; i++) {
    if (!keep[i]) continue;
    stamped++;
    const st = stamps[3 * i]!;
    const x = stamps[3 * i + 1]!;
    const y = stamps[3 * i + 2]!;
    const s = layer ? sprites.get(m.styles, st) : null;
    if (s) {
      srcs.push(s.pixels);
      xs.push(Math.round(x * dpr) - s.ax);
      ys.push(Math.round(y * dpr) - s.ay);
      continue;
    }
    // Nothing to stamp into: paint the primitives directly (slower, same look).
    paintPrims(ctx, markPrims(m.styles[st]!, 0), x, y, alpha);
  }
  layer?.draw(srcs, xs, ys, srcs.length);
  if (target && layer && layer.x1 > layer.x0) {
    // The stamps as one picture at the opacity asked: faint marks that overlap do not
    // darken each other, as with the legend's faint swatch (an SVG group's opacity).
    ctx.globalAlpha = alpha;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    target.blit(ctx, layer.x0, layer.y0, layer.x1 - layer.x0, layer.y1 - layer.y0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  }
  ctx.globalAlpha = 1;
  return { stamps: stamped, spans, links: links.length / 3 };
}

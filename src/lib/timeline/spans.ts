import { OUTLINE_DASH } from '../draw-style';
import { spanLook, type MarkStyle } from './geometry';

/*
 * Spans on the canvas: they stretch with the zoom, so they are not sprites but rectangles,
 * batched by paint (a few fills for thousands of spans).
 */

/** Span paints, numbered: a span's bands and outline as indices into a few shared paints. */
export interface SpanPaints {
  fills: { color: string; opacity: number }[];
  strokes: { color: string; dashed: boolean }[];
  /** Per style: [paint, y, h] per band, then the stroke paint or -1. */
  looks: Map<number, { bands: number[]; stroke: number }>;
}

const paintsByStyles = new WeakMap<readonly MarkStyle[], SpanPaints>();

export function spanPaints(styles: readonly MarkStyle[]): SpanPaints {
  let sp = paintsByStyles.get(styles);
  if (!sp) paintsByStyles.set(styles, (sp = { fills: [], strokes: [], looks: new Map() }));
  return sp;
}

export function spanLookOf(sp: SpanPaints, styles: readonly MarkStyle[], st: number) {
  let look = sp.looks.get(st);
  if (look) return look;
  const { bands, outline } = spanLook(styles[st]!);
  const out: number[] = [];
  for (const b of bands) {
    let i = sp.fills.findIndex((f) => f.color === b.fill && f.opacity === b.opacity);
    if (i < 0) i = sp.fills.push({ color: b.fill, opacity: b.opacity }) - 1;
    out.push(i, b.y, b.h);
  }
  let stroke = -1;
  if (outline) {
    stroke = sp.strokes.findIndex((s) => s.color === outline.stroke && s.dashed === outline.dashed);
    if (stroke < 0) stroke = sp.strokes.push({ color: outline.stroke, dashed: outline.dashed }) - 1;
  }
  sp.looks.set(st, (look = { bands: out, stroke }));
  return look;
}

/**
 * A span as one number (look, device x and width, row), or -1 when a part is out of the
 * range that packs exactly into a double (a canvas over 4,000 px, say): then it is drawn.
 */
export function spanKey(style: number, x: number, w: number, y: number): number {
  const xi = Math.round(x) + 256;
  const wi = Math.round(w);
  const yi = Math.round(y) + 64;
  if (style >= 1 << 15 || xi < 0 || xi >= 1 << 13 || wi >= 1 << 13 || yi < 0 || yi >= 1 << 12) return -1;
  return ((style * 4096 + yi) * 8192 + xi) * 8192 + wi;
}

const [DASH, GAP] = OUTLINE_DASH;

/**
 * The rectangles (flat x, y, w, h) that paint a `lw`-wide line centred on the edges of the
 * box, as a stroke with square corners would; dashed, the dashes run clockwise from the
 * top-left corner, as SVG's stroke-dasharray does on the same box.
 */
export function outlineBars(out: number[], x: number, y: number, w: number, h: number, lw: number, dashed: boolean): void {
  const o = lw / 2;
  if (!dashed) {
    out.push(x - o, y - o, w + lw, lw, x - o, y + h - o, w + lw, lw, x - o, y + o, lw, h - lw, x + w - o, y + o, lw, h - lw);
    return;
  }
  // Each edge as [start along the perimeter, length, and how to place a piece of it].
  const edges: [number, number, (a: number, b: number) => void][] = [
    [0, w, (a, b) => out.push(x + a - (a === 0 ? o : 0), y - o, b - a + (a === 0 ? o : 0) + (b === w ? o : 0), lw)],
    [w, h, (a, b) => out.push(x + w - o, y + a, lw, b - a)],
    [w + h, w, (a, b) => out.push(x + w - b - (b === w ? o : 0), y + h - o, b - a + (b === w ? o : 0) + (a === 0 ? o : 0), lw)],
    [2 * w + h, h, (a, b) => out.push(x - o, y + h - b, lw, b - a)],
  ];
  const P = 2 * (w + h);
  for (let s = 0; s < P; s += DASH + GAP) {
    const e = Math.min(s + DASH, P);
    for (const [start, len, piece] of edges) {
      const a = Math.max(s, start) - start;
      const b = Math.min(e, start + len) - start;
      if (b > a) piece(a, b);
    }
  }
}

import type { Side } from '../../data/schema';
import { SIDE_COLORS } from '../sides';
import { BAR_H, MIN_BAR_PX, POINT_R, STUB_PX } from './constants';
import type { MarkShape } from './precision';

/**
 * A mark as a few drawing primitives, relative to its anchor (x of t0, y of its row
 * centre). The SVG marks and the canvas layer both draw from this one description, so
 * the dense path looks exactly like the accessible one.
 */
export type Prim =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string; opacity: number }
  | { kind: 'outline'; x: number; y: number; w: number; h: number; stroke: string; dashed: boolean; open?: 'left' | 'right' }
  | { kind: 'wedge'; r0: number; r1: number; a0: number; a1: number; fill: string }
  | { kind: 'disc'; r: number; fill: string; stroke: string; width: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { kind: 'fade'; x: number; y: number; w: number; h: number; color: string; opacity: number; toward: 'left' | 'right' }
  | { kind: 'chevron'; x: number; dir: 'left' | 'right'; stroke: string };

export interface MarkStyle {
  shape: MarkShape;
  soft: boolean;
  planned: boolean;
  /** Colours on the mark, lead first. */
  sides: readonly Side[];
}

/** Fill opacity: solid for what happened between known dates, pale for uncertainty, near-empty for plans. */
export function spanOpacity(soft: boolean, planned: boolean): number {
  return planned ? 0.12 : soft ? 0.35 : 1;
}

const WHITE = '#ffffff';

/** Strength of an open stub where it starts; it fades to nothing toward the open side. */
export const FADE_OPACITY = { occurred: 0.9, planned: 0.3 } as const;

/**
 * A span far wider than the screen is drawn only where it can be seen (plus a margin), so
 * a nine-year range at day zoom does not become a million-pixel rectangle.
 */
export function clipSpan(x0: number, x1: number, width: number, margin = 64): [number, number] {
  const a = Math.max(x0, -margin);
  return [a, Math.max(0, Math.min(x1, width + margin) - a)];
}

/** How a span is painted whatever its width: one band per side filling a BAR_H-high box, and an outline when uncertain or planned. */
export interface SpanLook {
  bands: { y: number; h: number; fill: string; opacity: number }[];
  outline: { stroke: string; dashed: boolean } | null;
}

export function spanLook({ soft, planned, sides }: MarkStyle): SpanLook {
  const h = BAR_H / sides.length;
  const opacity = spanOpacity(soft, planned);
  return {
    bands: sides.map((s, i) => ({ y: -BAR_H / 2 + i * h, h, fill: SIDE_COLORS[s], opacity })),
    outline: soft || planned ? { stroke: SIDE_COLORS[sides[0] ?? 'other'], dashed: planned } : null,
  };
}

function fades(x: number, w: number, sides: readonly Side[], opacity: number, toward: 'left' | 'right'): Prim[] {
  const h = BAR_H / sides.length;
  return sides.map((s, i) => ({ kind: 'fade', x, y: -BAR_H / 2 + i * h, w, h, color: SIDE_COLORS[s], opacity, toward }));
}

/** `width` is the on-screen length of a span (x of t1 minus x of t0); ignored otherwise. */
export function markPrims(style: MarkStyle, width: number): Prim[] {
  const { shape, planned, sides } = style;
  const lead = SIDE_COLORS[sides[0] ?? 'other'];
  switch (shape) {
    case 'point': {
      if (sides.length === 1) {
        return planned
          ? [{ kind: 'disc', r: POINT_R - 1.25, fill: WHITE, stroke: lead, width: 2.5 }]
          : [{ kind: 'disc', r: POINT_R, fill: lead, stroke: WHITE, width: 1 }];
      }
      const step = (2 * Math.PI) / sides.length;
      const r0 = planned ? POINT_R - 2.5 : 0;
      const out: Prim[] = [{ kind: 'disc', r: POINT_R + 0.5, fill: WHITE, stroke: WHITE, width: 1 }];
      sides.forEach((s, i) => out.push({ kind: 'wedge', r0, r1: POINT_R, a0: i * step, a1: (i + 1) * step, fill: SIDE_COLORS[s] }));
      return out;
    }
    case 'span': {
      const w = Math.max(width, MIN_BAR_PX);
      const look = spanLook(style);
      const out: Prim[] = look.bands.map((b) => ({ kind: 'rect', x: 0, y: b.y, w, h: b.h, fill: b.fill, opacity: b.opacity }));
      if (look.outline) out.push({ kind: 'outline', x: 0, y: -BAR_H / 2, w, h: BAR_H, ...look.outline });
      return out;
    }
    case 'open-end':
    case 'open-start': {
      const dir = shape === 'open-end' ? 'right' : 'left';
      const sign = dir === 'right' ? 1 : -1;
      const len = STUB_PX - 8;
      const x = dir === 'right' ? 0 : -len;
      const out: Prim[] = fades(x, len, sides, planned ? FADE_OPACITY.planned : FADE_OPACITY.occurred, dir);
      if (planned) out.push({ kind: 'outline', x, y: -BAR_H / 2, w: len, h: BAR_H, stroke: lead, dashed: true, open: dir });
      // The known bound: a firm tick. The open side: an arrow, no end.
      out.push({ kind: 'line', x1: 0, y1: -BAR_H / 2 - 2, x2: 0, y2: BAR_H / 2 + 2, stroke: lead, width: 2.5 });
      out.push({ kind: 'chevron', x: sign * (len + 3), dir, stroke: lead });
      return out;
    }
  }
}

/** SVG path of an annulus sector centred on the origin, angles clockwise from 12 o'clock. */
export function wedgePath(r0: number, r1: number, a0: number, a1: number): string {
  const pt = (r: number, a: number) => `${(r * Math.sin(a)).toFixed(2)} ${(-r * Math.cos(a)).toFixed(2)}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  const outer = `M${pt(r1, a0)}A${r1} ${r1} 0 ${large} 1 ${pt(r1, a1)}`;
  return r0 > 0 ? `${outer}L${pt(r0, a1)}A${r0} ${r0} 0 ${large} 0 ${pt(r0, a0)}Z` : `${outer}L0 0Z`;
}

/** SVG path of a chevron tip at x pointing left or right. */
export function chevronPath(x: number, dir: 'left' | 'right'): string {
  const d = dir === 'right' ? -4 : 4;
  return `M${x + d} -5L${x} 0L${x + d} 5`;
}

import type { Ctx2D } from '../lib/timeline/paint';

/**
 * The pixel ratio every canvas is drawn at: the screen's, capped at 2 (a third row of
 * device pixels costs more than twice the fill work and shows no difference at these sizes).
 */
export function pixelRatio(): number {
  return typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);
}

/**
 * Size a canvas's backing store for the pixel ratio, clear it, and return its context with
 * the ratio already applied (draw in CSS px), or null when no 2D context is available.
 */
export function freshCanvas(canvas: HTMLCanvasElement | null, width: number, height: number): { ctx: CanvasRenderingContext2D; dpr: number } | null {
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) return null;
  const dpr = pixelRatio();
  const w = Math.max(1, Math.round(width * dpr));
  const h = Math.max(1, Math.round(height * dpr));
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return { ctx, dpr };
}

/** A canvas off the page, `w`×`h` device px, for drawing to read back (sprites, stamping buffers). */
export function offscreenCanvas(w: number, h: number): { canvas: OffscreenCanvas | HTMLCanvasElement; ctx: Ctx2D | null } {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(w, h);
    return { canvas, ctx: canvas.getContext('2d', { willReadFrequently: true }) };
  }
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  return { canvas, ctx: canvas.getContext('2d', { willReadFrequently: true }) };
}

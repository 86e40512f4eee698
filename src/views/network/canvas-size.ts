/**
 * Size a canvas's backing store for the screen's pixel density, clear it, and return its
 * context with the density already applied, or null when no 2D context is available.
 */
export function freshCanvas(canvas: HTMLCanvasElement | null, width: number, height: number): { ctx: CanvasRenderingContext2D; dpr: number } | null {
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) return null;
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return { ctx, dpr };
}

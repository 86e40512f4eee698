import { CHEVRON_W, OUTLINE_DASH, OUTLINE_W } from '../draw-style';
import type { Prim } from './geometry';

/** Any 2D context: a canvas element's or an OffscreenCanvas's. */
export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function rgba(hex: string, a: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${a})`;
}

/** Add one primitive's outline to the current path. Angles run clockwise from 12 o'clock. */
export function trace(ctx: Ctx2D, q: Prim, x: number, y: number): void {
  switch (q.kind) {
    case 'rect':
      ctx.rect(x + q.x, y + q.y, q.w, q.h);
      return;
    case 'disc':
      ctx.moveTo(x + q.r, y);
      ctx.arc(x, y, q.r, 0, 2 * Math.PI);
      return;
    case 'wedge': {
      // No closePath: fill() closes each subpath, and closePath is costly on long paths.
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

/** Paint one mark's primitives in order, each with its own paint: exactly what the SVG mark draws. */
export function paintPrims(ctx: Ctx2D, prims: readonly Prim[], x: number, y: number, alpha = 1): void {
  ctx.globalAlpha = alpha;
  for (const q of prims) {
    if (q.kind === 'fade') {
      const [a, z] = q.toward === 'right' ? [x + q.x, x + q.x + q.w] : [x + q.x + q.w, x + q.x];
      const g = ctx.createLinearGradient(a, 0, z, 0);
      g.addColorStop(0, rgba(q.color, q.opacity));
      g.addColorStop(1, rgba(q.color, 0));
      ctx.fillStyle = g;
      ctx.fillRect(x + q.x, y + q.y, q.w, q.h);
      continue;
    }
    ctx.beginPath();
    trace(ctx, q, x, y);
    switch (q.kind) {
      case 'rect':
        ctx.globalAlpha = alpha * q.opacity;
        ctx.fillStyle = q.fill;
        ctx.fill();
        ctx.globalAlpha = alpha;
        break;
      case 'wedge':
        ctx.fillStyle = q.fill;
        ctx.fill();
        break;
      case 'disc':
        ctx.fillStyle = q.fill;
        ctx.fill();
        ctx.strokeStyle = q.stroke;
        ctx.lineWidth = q.width;
        ctx.stroke();
        break;
      case 'outline':
        ctx.strokeStyle = q.stroke;
        ctx.lineWidth = OUTLINE_W;
        ctx.setLineDash(q.dashed ? [...OUTLINE_DASH] : []);
        ctx.stroke();
        ctx.setLineDash([]);
        break;
      case 'line':
        ctx.strokeStyle = q.stroke;
        ctx.lineWidth = q.width;
        ctx.stroke();
        break;
      case 'chevron':
        ctx.strokeStyle = q.stroke;
        ctx.lineWidth = CHEVRON_W;
        ctx.lineCap = 'round';
        ctx.lineJoin = 'round';
        ctx.stroke();
        ctx.lineCap = 'butt';
        ctx.lineJoin = 'miter';
        break;
    }
  }
}

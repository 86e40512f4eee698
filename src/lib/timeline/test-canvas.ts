import type { Ctx2D } from './paint';

/** One recorded call on a fake 2D context, with the state it was made in. */
export interface Call {
  op: string;
  args: unknown[];
  alpha: number;
  fill: unknown;
  stroke: unknown;
  transform: number[];
}

const OPS = ['fillRect', 'fill', 'stroke', 'beginPath', 'moveTo', 'lineTo', 'arc', 'rect', 'setLineDash', 'clearRect', 'drawImage', 'putImageData'];

/**
 * A 2D context that records what is drawn, enough to check drawing without a browser.
 * getImageData answers `pixel` everywhere: a sprite drawn on it reads back as a solid box.
 */
export function recorder(pixel = 0xff0000ff) {
  const calls: Call[] = [];
  const state: Record<string, unknown> = { globalAlpha: 1, fillStyle: '', strokeStyle: '', lineWidth: 1, lineCap: 'butt', lineJoin: 'miter' };
  let transform = [1, 0, 0, 1, 0, 0];
  const ctx: Record<string, unknown> = state;
  for (const op of OPS)
    ctx[op] = (...args: unknown[]) =>
      calls.push({ op, args, alpha: state.globalAlpha as number, fill: state.fillStyle, stroke: state.strokeStyle, transform });
  ctx.setTransform = (...t: number[]) => {
    transform = t;
  };
  ctx.createLinearGradient = () => ({ addColorStop: () => {} });
  ctx.getImageData = (_x: number, _y: number, w: number, h: number) => ({
    data: new Uint8ClampedArray(new Uint32Array(w * h).fill(pixel).buffer),
    width: w,
    height: h,
  });
  return { ctx: ctx as unknown as Ctx2D, calls };
}

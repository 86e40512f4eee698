import { describe, expect, it } from 'vitest';
import { drawEvents } from './canvas';
import { buildModel, MAX_ROWS, pack } from './layout';
import { baseScale, IDENTITY, pxPerMs } from './scale';
import { shippedIndex, syntheticIndex } from './test-fixtures';

/** A 2D context that records what is drawn, enough to check the dense path without a browser. */
function recorder() {
  const calls: { op: string; alpha: number; style: unknown }[] = [];
  const ctx: Record<string, unknown> = { globalAlpha: 1, fillStyle: '', strokeStyle: '', lineWidth: 1 };
  for (const op of ['fillRect', 'fill', 'stroke', 'beginPath', 'moveTo', 'lineTo', 'arc', 'rect', 'closePath', 'setLineDash'])
    ctx[op] = () => calls.push({ op, alpha: ctx.globalAlpha as number, style: op === 'stroke' ? ctx.strokeStyle : ctx.fillStyle });
  ctx.createLinearGradient = () => ({ addColorStop: () => {} });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe('drawEvents (the canvas path)', () => {
  const index = shippedIndex();
  const b = baseScale(index.extent, 560);

  it('draws every event it is given, at the alpha asked, and restores full alpha', () => {
    const m = buildModel(index, 'side');
    const pk = pack(m, pxPerMs(b, 1), MAX_ROWS.side);
    const { ctx, calls } = recorder();
    drawEvents(ctx, m, pk, b, IDENTITY, [0, 1, 2], { alpha: 0.22 });
    const painted = calls.filter((c) => c.op === 'fill' || c.op === 'fillRect' || c.op === 'stroke');
    expect(painted.length).toBeGreaterThanOrEqual(3);
    expect(painted.every((c) => c.alpha <= 0.22 + 1e-9)).toBe(true);
    expect(ctx.globalAlpha).toBe(1);
  });

  it('draws nothing for no events', () => {
    const m = buildModel(index, 'side');
    const pk = pack(m, pxPerMs(b, 1), MAX_ROWS.side);
    const { ctx, calls } = recorder();
    drawEvents(ctx, m, pk, b, IDENTITY, [], { alpha: 1 });
    expect(calls.filter((c) => ['fill', 'stroke', 'fillRect'].includes(c.op))).toEqual([]);
  });

  it('joins an event’s actor lanes with one connector, drawn behind its marks', () => {
    const m = buildModel(index, 'actor');
    const pk = pack(m, pxPerMs(b, 1), MAX_ROWS.actor);
    const call = m.indexOf.get('rubio-lavrov-call')!;
    const { ctx, calls } = recorder();
    drawEvents(ctx, m, pk, b, IDENTITY, [call], { alpha: 1 });
    const painted = calls.filter((c) => c.op === 'fill' || c.op === 'stroke');
    expect(painted[0]).toMatchObject({ op: 'stroke', style: '#94a3b8' });
    expect(painted.filter((c) => c.style === '#94a3b8')).toHaveLength(1);
    // Each actor's point is traced once for its fill and once for its outline.
    expect(calls.filter((c) => c.op === 'arc').length).toBe(2 * (m.first[call + 1]! - m.first[call]!));
  });

  it('paints thousands of marks with a few dozen calls, one per paint', () => {
    const big = syntheticIndex(2000, 4);
    const bb = baseScale(big.extent, 1200);
    const m = buildModel(big, 'side');
    const pk = pack(m, pxPerMs(bb, 1), MAX_ROWS.side);
    const { ctx, calls } = recorder();
    drawEvents(ctx, m, pk, bb, IDENTITY, m.ids.map((_, e) => e), { alpha: 1 });
    const painted = calls.filter((c) => c.op === 'fill' || c.op === 'stroke').length;
    expect(painted).toBeGreaterThan(6);
    expect(painted).toBeLessThan(80);
    expect(calls.filter((c) => c.op === 'rect' || c.op === 'arc').length).toBeGreaterThan(2000);
  });

  it('skips rows that are scrolled out of view', () => {
    const big = syntheticIndex(2000, 4);
    const bb = baseScale(big.extent, 1200);
    const m = buildModel(big, 'side');
    const pk = pack(m, pxPerMs(bb, 1), MAX_ROWS.side);
    const all = m.ids.map((_, e) => e);
    const traced = (top: number, height: number) => {
      const { ctx, calls } = recorder();
      drawEvents(ctx, m, pk, bb, IDENTITY, all, { alpha: 1, top, height });
      return calls.filter((c) => c.op === 'rect' || c.op === 'arc').length;
    };
    const whole = traced(0, Infinity);
    const slice = traced(pk.laneTop[1]!, 120);
    expect(slice).toBeGreaterThan(0);
    expect(slice).toBeLessThan(whole / 4);
  });
});

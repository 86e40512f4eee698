import { describe, expect, it } from 'vitest';
import { drawEvents, lastOfEachStamp, type StampTarget } from './canvas';
import { buildModel, MAX_ROWS, pack, placementY } from './layout';
import { baseScale, IDENTITY, pxPerMs, screenX } from './scale';
import { SpriteCache } from './sprites';
import { StampLayer } from './stamp-layer';
import { recorder, type Call } from './test-canvas';
import { shippedIndex, syntheticIndex } from './test-fixtures';

const PIXEL = 0xff0000ff;

/** A stamping target whose copies onto the canvas are counted. */
function target(w: number, h: number) {
  const blits: number[][] = [];
  const t: StampTarget = { layer: new StampLayer(w, h), blit: (_ctx, ...box) => blits.push(box) };
  return { t, blits };
}

const paints = (calls: Call[]) => calls.filter((c) => c.op === 'fill' || c.op === 'stroke' || c.op === 'fillRect');

describe('drawEvents (the canvas path)', () => {
  const index = shippedIndex();
  const b = baseScale(index.extent, 560);
  const sprites = (dpr = 1) => new SpriteCache(dpr, () => recorder(PIXEL).ctx);

  it('without a stamping target, paints every event it is given at the alpha asked, and restores full alpha', () => {
    const m = buildModel(index, 'side');
    const pk = pack(m, pxPerMs(b, 1), MAX_ROWS.side);
    const { ctx, calls } = recorder();
    const n = drawEvents(ctx, m, pk, b, IDENTITY, [0, 1, 2], { alpha: 0.22, sprites: sprites() });
    expect(n.stamps + n.spans).toBe(3);
    expect(paints(calls).length).toBeGreaterThanOrEqual(3);
    expect(paints(calls).every((c) => c.alpha <= 0.22 + 1e-9)).toBe(true);
    expect((ctx as unknown as { globalAlpha: number }).globalAlpha).toBe(1);
  });

  it('draws nothing for no events', () => {
    const m = buildModel(index, 'side');
    const pk = pack(m, pxPerMs(b, 1), MAX_ROWS.side);
    const { ctx, calls } = recorder();
    const { t, blits } = target(560, 400);
    expect(drawEvents(ctx, m, pk, b, IDENTITY, [], { alpha: 1, sprites: sprites(), target: t })).toEqual({ stamps: 0, spans: 0, links: 0 });
    expect(paints(calls)).toEqual([]);
    expect(blits).toEqual([]);
  });

  it('stamps a point’s sprite with its anchor on the mark’s device pixel', () => {
    const m = buildModel(index, 'side');
    const pk = pack(m, pxPerMs(b, 1), MAX_ROWS.side);
    const e = m.indexOf.get('rubio-lavrov-call')!;
    for (const dpr of [1, 2]) {
      const cache = sprites(dpr);
      const { ctx } = recorder();
      const { t, blits } = target(560 * dpr, 600 * dpr);
      drawEvents(ctx, m, pk, b, IDENTITY, [e], { alpha: 1, sprites: cache, target: t });
      const s = cache.get(m.styles, m.pStyle[m.first[e]!]!)!;
      const x = Math.round(screenX(b, IDENTITY, m.marks[e]!.t0) * dpr) - s.ax;
      const y = Math.round(placementY(m, pk, m.first[e]!) * dpr) - s.ay;
      expect(blits).toEqual([[x, y, s.pixels.w, s.pixels.h]]);
      expect(t.layer.data[y * t.layer.w + x]).toBe(PIXEL);
      expect(t.layer.data[y * t.layer.w + x - 1]).toBe(0);
    }
  });

  it('copies the faint context’s stamps at its opacity, as one picture', () => {
    const m = buildModel(index, 'side');
    const pk = pack(m, pxPerMs(b, 1), MAX_ROWS.side);
    const { ctx, calls } = recorder();
    const { t } = target(560, 600);
    const blit = t.blit;
    t.blit = (c, ...box) => {
      c.fillRect(...box);
      blit(c, ...box);
    };
    drawEvents(ctx, m, pk, b, IDENTITY, [0, 5, 9], { alpha: 0.22, sprites: sprites(), target: t });
    expect(calls.filter((c) => c.op === 'fillRect').map((c) => [c.alpha, c.transform])).toEqual([[0.22, [1, 0, 0, 1, 0, 0]]]);
    expect(t.layer.data.filter((p) => p !== 0).every((p) => p === PIXEL)).toBe(true);
  });

  it('joins an event’s actor lanes with one connector, drawn behind its marks', () => {
    const m = buildModel(index, 'actor');
    const pk = pack(m, pxPerMs(b, 1), MAX_ROWS.actor);
    const call = m.indexOf.get('rubio-lavrov-call')!;
    const { ctx, calls } = recorder();
    const n = drawEvents(ctx, m, pk, b, IDENTITY, [call], { alpha: 1, sprites: sprites() });
    const painted = paints(calls);
    expect(painted[0]).toMatchObject({ op: 'stroke', stroke: '#94a3b8' });
    expect(painted.filter((c) => c.op === 'stroke' && c.stroke === '#94a3b8')).toHaveLength(1);
    expect(n.links).toBe(1);
    expect(n.stamps).toBe(m.first[call + 1]! - m.first[call]!);
  });

  it('paints thousands of marks with a few dozen path calls and one copy of the stamps', () => {
    const big = syntheticIndex(2000, 4);
    const bb = baseScale(big.extent, 1200);
    const m = buildModel(big, 'side');
    const pk = pack(m, pxPerMs(bb, 1), MAX_ROWS.side);
    const { ctx, calls } = recorder();
    const { t, blits } = target(1200, 3000);
    const n = drawEvents(ctx, m, pk, bb, IDENTITY, m.ids.map((_, e) => e), { alpha: 1, sprites: sprites(), target: t });
    expect(n.spans).toBeGreaterThan(300);
    expect(n.stamps).toBeGreaterThan(300);
    expect(paints(calls).length).toBeLessThan(40);
    expect(calls.filter((c) => c.op === 'arc')).toEqual([]);
    expect(blits).toHaveLength(1);
  });

  it('skips rows that are scrolled out of view', () => {
    const big = syntheticIndex(2000, 4);
    const bb = baseScale(big.extent, 1200);
    const m = buildModel(big, 'side');
    const pk = pack(m, pxPerMs(bb, 1), MAX_ROWS.side);
    const all = m.ids.map((_, e) => e);
    const drawn = (top: number, height: number) => {
      const n = drawEvents(recorder().ctx, m, pk, bb, IDENTITY, all, { alpha: 1, top, height, sprites: sprites(), target: target(1200, 3000).t });
      return n.stamps + n.spans;
    };
    const slice = drawn(pk.laneTop[1]!, 120);
    expect(slice).toBeGreaterThan(0);
    expect(slice).toBeLessThan(drawn(0, Infinity) / 4);
  });
});

describe('lastOfEachStamp', () => {
  it('skips a stamp that the same look covers again later at the same device pixel', () => {
    // (style, x, y) triples in drawing order.
    const stamps = [0, 10, 5, 1, 10, 5, 0, 10.2, 5, 0, 11, 5, 0, 10, 6];
    expect([...lastOfEachStamp(stamps, 1)]).toEqual([0, 1, 1, 1, 1]);
  });

  it('tells apart positions that differ by a device pixel at a higher density', () => {
    const stamps = [0, 10, 5, 0, 10.4, 5];
    expect([...lastOfEachStamp(stamps, 1)]).toEqual([0, 1]);
    expect([...lastOfEachStamp(stamps, 2)]).toEqual([1, 1]);
  });

  it('keeps marks just off the canvas apart from those on it', () => {
    const stamps = [3, -40, -20, 3, 40, 20, 3, -40, 20];
    expect([...lastOfEachStamp(stamps, 2)]).toEqual([1, 1, 1]);
  });
});

describe('drawEvents and repeated spans', () => {
  it('draws a span repeated at the same pixels once', () => {
    const index = shippedIndex();
    const b = baseScale(index.extent, 560);
    const m = buildModel(index, 'side');
    const pk = pack(m, pxPerMs(b, 1), MAX_ROWS.side);
    const e = m.marks.findIndex((mk) => mk.shape === 'span');
    const cache = new SpriteCache(1, () => recorder().ctx);
    const once = drawEvents(recorder().ctx, m, pk, b, IDENTITY, [e], { alpha: 1, sprites: cache });
    const twice = drawEvents(recorder().ctx, m, pk, b, IDENTITY, [e, e], { alpha: 1, sprites: cache });
    expect([once.spans, twice.spans]).toEqual([1, 1]);
  });
});

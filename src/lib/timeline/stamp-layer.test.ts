import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { over, overOpaque, StampLayer, toPixels, type Pixels } from './stamp-layer';

/** A pixel word from bytes, as ImageData stores them (R, G, B, A). */
const px = (r: number, g: number, b: number, a: number) => ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
const bytes = (p: number) => [p & 255, (p >>> 8) & 255, (p >>> 16) & 255, p >>> 24];

function solid(w: number, h: number, p: number): Pixels {
  return toPixels(new Uint32Array(w * h).fill(p), w, h);
}

describe('over (source-over of one pixel)', () => {
  const red = px(255, 0, 0, 255);
  const blue = px(0, 0, 255, 255);

  it('keeps an opaque source and ignores a transparent one', () => {
    expect(over(red, blue)).toBe(red);
    expect(over(0, blue)).toBe(blue);
    expect(over(px(9, 9, 9, 0), blue)).toBe(blue);
  });

  it('puts a translucent source on nothing unchanged', () => {
    expect(over(px(255, 0, 0, 100), 0)).toBe(px(255, 0, 0, 100));
  });

  it('mixes a half-transparent source with an opaque backdrop by its alpha', () => {
    const [r, g, b, a] = bytes(over(px(255, 0, 0, 128), blue));
    expect(a).toBe(255);
    expect(r).toBeGreaterThanOrEqual(127);
    expect(r).toBeLessThanOrEqual(129);
    expect(b).toBeGreaterThanOrEqual(126);
    expect(b).toBeLessThanOrEqual(128);
    expect(g).toBe(0);
  });

  it('over an opaque pixel, matches the exact formula to within rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), fc.integer({ min: 1, max: 254 }), fc.integer({ min: 0, max: 0xffffff }), (c, a, d) => {
        const src = ((a << 24) | c) >>> 0;
        const dst = (0xff000000 | d) >>> 0;
        const got = bytes(overOpaque(src, dst));
        const want = [0, 8, 16].map((sh) => (((c >>> sh) & 255) * a + ((d >>> sh) & 255) * (255 - a)) / 255);
        expect(got[3]).toBe(255);
        want.forEach((v, i) => expect(Math.abs(got[i]! - v)).toBeLessThanOrEqual(0.5 + 1e-9));
      }),
    );
  });

  it('adds coverage when both are translucent: a + b·(1 − a), colour weighted by coverage', () => {
    const [r, , b, a] = bytes(over(px(255, 0, 0, 128), px(0, 0, 255, 128)));
    // 128 + 128 · 127 / 255 ≈ 192
    expect(a).toBeGreaterThanOrEqual(191);
    expect(a).toBeLessThanOrEqual(193);
    // Red weighs 128, blue 64: two thirds red.
    expect(r).toBeGreaterThan(165);
    expect(r).toBeLessThan(175);
    expect(b).toBeGreaterThan(80);
    expect(b).toBeLessThan(90);
  });
});

describe('toPixels', () => {
  it('lists the pixels that show, with their values, row by row', () => {
    const o = px(1, 2, 3, 255);
    const t = px(1, 2, 3, 90);
    const p = toPixels(Uint32Array.of(0, t, o, o, t, 0, 0, 0, o, 0), 5, 2);
    expect([...p.pos]).toEqual([1, 2, 3, 4, (1 << 16) | 3]);
    expect([...p.val]).toEqual([t, o, o, t, o]);
  });

  it('reads a box out of a larger sheet', () => {
    const o = px(1, 2, 3, 255);
    // A 4 × 3 sheet; the 2 × 2 box at column 1, row 1.
    const sheet = Uint32Array.of(0, 0, 0, 0, 0, o, 0, 0, 0, 0, o, 0);
    const p = toPixels(sheet, 2, 2, 5, 4);
    expect([...p.data]).toEqual([o, 0, 0, o]);
    expect([...p.pos]).toEqual([0, (1 << 16) | 1]);
  });
});

describe('StampLayer', () => {
  const dot = solid(3, 2, px(0, 128, 0, 255));
  const one = (layer: StampLayer, src: Pixels, x: number, y: number) => layer.draw([src], [x], [y], 1);

  it('stamps pixels at their place and grows the box it touched', () => {
    const layer = new StampLayer(10, 6);
    layer.draw([dot, dot], [2, 6], [1, 3], 2);
    expect([layer.x0, layer.y0, layer.x1, layer.y1]).toEqual([2, 1, 9, 5]);
    const at = (x: number, y: number) => layer.data[y * 10 + x];
    expect(at(2, 1)).toBe(dot.data[0]);
    expect(at(4, 2)).toBe(dot.data[0]);
    expect(at(5, 2)).toBe(0);
    expect(at(8, 4)).toBe(dot.data[0]);
    expect(layer.data.filter((p) => p !== 0)).toHaveLength(12);
  });

  it('clips at every edge and ignores a stamp wholly outside', () => {
    const layer = new StampLayer(4, 4);
    layer.draw([dot, dot, dot, dot], [-2, 3, 10, 0], [-1, 3, 0, -5], 4);
    expect(layer.data.filter((p) => p !== 0)).toHaveLength(2);
    expect([layer.x0, layer.y0, layer.x1, layer.y1]).toEqual([0, 0, 4, 4]);
  });

  it('puts later stamps over earlier ones, blending what is translucent', () => {
    const layer = new StampLayer(2, 1);
    layer.draw([solid(2, 1, px(0, 0, 255, 255)), solid(1, 1, px(255, 0, 0, 128))], [0, 1], [0, 0], 2);
    expect(layer.data[0]).toBe(px(0, 0, 255, 255));
    expect(layer.data[1]).toBe(over(px(255, 0, 0, 128), px(0, 0, 255, 255)));
    // An opaque stamp on top hides what is under it.
    layer.draw([solid(1, 1, px(255, 0, 0, 128)), solid(2, 1, px(0, 0, 255, 255))], [1, 0], [0, 0], 2);
    expect([...layer.data]).toEqual([px(0, 0, 255, 255), px(0, 0, 255, 255)]);
  });

  it('paints what drawing each stamp in turn with source-over paints, inside and across the edges', () => {
    const alphas = fc.constantFrom(0, 0, 255, 255, 255, 1, 60, 128, 254);
    const pixel = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), alphas).map(([c, d, a]) => px(c, d, 255 - c, a));
    const stamp = fc.record({ pixels: fc.array(pixel, { minLength: 12, maxLength: 12 }), x: fc.integer({ min: -5, max: 9 }), y: fc.integer({ min: -4, max: 7 }) });
    // Premultiplied channels, to compare pictures whatever the colour of nearly clear pixels.
    const pre = (p: number) => {
      const [r, g, b, a] = bytes(p);
      return [(r! * a!) / 255, (g! * a!) / 255, (b! * a!) / 255, a!];
    };
    fc.assert(
      fc.property(fc.array(stamp, { minLength: 1, maxLength: 6 }), (stamps) => {
        const want = new Uint32Array(48);
        for (const { pixels, x, y } of stamps)
          for (let j = 0; j < 3; j++)
            for (let i = 0; i < 4; i++) {
              if (x + i < 0 || x + i >= 8 || y + j < 0 || y + j >= 6) continue;
              const o = (y + j) * 8 + x + i;
              want[o] = over(pixels[j * 4 + i]!, want[o]!);
            }
        const layer = new StampLayer(8, 6);
        // What an earlier frame left is cleared first.
        layer.draw([solid(8, 6, px(9, 9, 9, 255))], [0], [0], 1);
        layer.draw(stamps.map((s) => toPixels(Uint32Array.from(s.pixels), 4, 3)), stamps.map((s) => s.x), stamps.map((s) => s.y), stamps.length);
        for (let o = 0; o < 48; o++) {
          const [a, b] = [pre(layer.data[o]!), pre(want[o]!)];
          a.forEach((v, c) => expect(Math.abs(v - b[c]!), `pixel ${o}`).toBeLessThanOrEqual(2));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('clears back to transparent', () => {
    const layer = new StampLayer(8, 8);
    layer.draw([dot, dot], [5, 1], [5, 0], 2);
    layer.clear();
    expect(layer.data.every((p) => p === 0)).toBe(true);
    expect(layer.x1 <= layer.x0).toBe(true);
    one(layer, dot, 0, 0);
    one(layer, dot, 4, 4);
    expect(layer.data.filter((p) => p !== 0)).toHaveLength(6);
  });
});

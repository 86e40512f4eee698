import { describe, expect, it } from 'vitest';
import { SIDE_COLORS } from '../sides';
import { BAR_H, POINT_R, STUB_PX } from './constants';
import { markPrims, type MarkStyle } from './geometry';
import { paintPrims } from './paint';
import { isStamp, primsBounds, SpriteCache, spriteFrame } from './sprites';
import { recorder } from './test-canvas';

const point = (sides: MarkStyle['sides'], planned = false): MarkStyle => ({ shape: 'point', soft: false, planned, sides });

describe('primsBounds', () => {
  it('covers a point with its outline and a pixel to spare', () => {
    // Outer edge: the disc's radius plus half its stroke (filled, outlined in white, hollow and planned, in wedges).
    const cases: [MarkStyle, number][] = [
      [point(['us']), POINT_R + 0.5],
      [point(['us'], true), POINT_R - 1.25 + 1.25],
      [point(['us', 'ru', 'ua']), POINT_R + 0.5 + 0.5],
    ];
    for (const [style, edge] of cases) {
      const b = primsBounds(markPrims(style, 0));
      expect([b.x0, b.y0, b.x1, b.y1]).toEqual([-edge - 1, -edge - 1, edge + 1, edge + 1]);
    }
  });

  it('covers a stub from its firm tick to the tip of its arrow, on the open side only', () => {
    const end = primsBounds(markPrims({ shape: 'open-end', soft: false, planned: true, sides: ['ru'] }, 0));
    expect(end.x0).toBeLessThanOrEqual(-1.25);
    expect(end.x0).toBeGreaterThan(-4);
    expect(end.x1).toBeGreaterThanOrEqual(STUB_PX - 8 + 3 + 1);
    expect(end.y0).toBeLessThanOrEqual(-BAR_H / 2 - 2);
    const start = primsBounds(markPrims({ shape: 'open-start', soft: false, planned: false, sides: ['ru'] }, 0));
    expect(start.x1).toBeGreaterThanOrEqual(1.25);
    expect(start.x1).toBeLessThan(4);
    expect(start.x0).toBeLessThanOrEqual(-(STUB_PX - 8 + 3 + 1));
  });
});

describe('spriteFrame', () => {
  it('puts the anchor on a whole device pixel with the whole box inside the image', () => {
    const box = { x0: -7.5, y0: -7.25, x1: 33.5, y1: 9.75 };
    for (const dpr of [1, 1.5, 2]) {
      const f = spriteFrame(box, dpr);
      expect(Number.isInteger(f.ax) && Number.isInteger(f.ay)).toBe(true);
      expect(f.ax).toBeGreaterThanOrEqual(-box.x0 * dpr);
      expect(f.ay).toBeGreaterThanOrEqual(-box.y0 * dpr);
      expect(f.ax + box.x1 * dpr).toBeLessThanOrEqual(f.w);
      expect(f.ay + box.y1 * dpr).toBeLessThanOrEqual(f.h);
    }
  });
});

describe('paintPrims', () => {
  it('paints in the SVG mark’s order: the white backing, then one wedge per side', () => {
    const { ctx, calls } = recorder();
    paintPrims(ctx, markPrims(point(['us', 'ru']), 0), 10, 10);
    expect(calls.filter((c) => c.op === 'fill').map((c) => c.fill)).toEqual(['#ffffff', SIDE_COLORS.us, SIDE_COLORS.ru]);
  });

  it('paints at the opacity asked, and a span band at its own opacity on top of that', () => {
    const { ctx, calls } = recorder();
    paintPrims(ctx, markPrims({ shape: 'span', soft: true, planned: false, sides: ['us'] }, 30), 0, 0, 0.5);
    const fill = calls.find((c) => c.op === 'fill')!;
    expect(fill.alpha).toBeCloseTo(0.5 * 0.35);
    expect(calls.find((c) => c.op === 'stroke')!.alpha).toBe(0.5);
  });
});

describe('SpriteCache', () => {
  const styles: MarkStyle[] = [point(['us']), { shape: 'span', soft: false, planned: false, sides: ['us'] }, point(['us', 'ru'], true)];

  it('makes one sprite per look, on first use, and none for spans', () => {
    const cache = new SpriteCache(2, () => recorder().ctx);
    const a = cache.get(styles, 0);
    expect(a).not.toBeNull();
    expect(cache.get(styles, 0)).toBe(a);
    expect(cache.get(styles, 1)).toBeNull();
    expect(cache.get(styles, 2)).not.toBe(a);
    expect(isStamp(styles[1]!)).toBe(false);
  });

  it('makes the looks a frame needs together: one surface, one read-back, each sprite in its own cell', () => {
    let surfaces = 0;
    const { ctx, calls } = recorder();
    const getImageData = ctx.getImageData.bind(ctx);
    let reads = 0;
    ctx.getImageData = (...args: Parameters<typeof getImageData>) => {
      reads++;
      return getImageData(...args);
    };
    const cache = new SpriteCache(1, () => {
      surfaces++;
      return ctx;
    });
    cache.prepare(styles, [0, 1, 2, 0]);
    expect([surfaces, reads]).toEqual([1, 1]);
    const origins = calls.filter((c) => c.op === 'arc').map((c) => c.transform.slice(4).join());
    expect(new Set(origins).size).toBe(2);
    cache.prepare(styles, [0, 2]);
    expect(reads).toBe(1);
    expect(cache.get(styles, 2)!.pixels.w).toBeGreaterThan(0);
  });

  it('draws the mark at the anchor, at the pixel density', () => {
    const { ctx, calls } = recorder();
    const cache = new SpriteCache(2, () => ctx);
    const s = cache.get(styles, 0)!;
    const arc = calls.find((c) => c.op === 'arc')!;
    expect(arc.transform).toEqual([2, 0, 0, 2, 0, 0]);
    expect(arc.args.slice(0, 3)).toEqual([s.ax / 2, s.ay / 2, POINT_R]);
    expect(s.pixels.w * s.pixels.h).toBe(s.pixels.data.length);
  });

  it('gives no sprite when there is no surface to draw on', () => {
    expect(new SpriteCache(1, () => null).get(styles, 0)).toBeNull();
  });
});

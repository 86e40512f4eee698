import { describe, expect, it } from 'vitest';
import { SIDE_COLORS } from '../sides';
import { BAR_H, STUB_PX } from './constants';
import { clipSpan, markPrims, spanLook, spanOpacity, wedgePath, type MarkStyle, type Prim } from './geometry';

const kinds = (ps: Prim[]) => ps.map((p) => p.kind);

describe('markPrims: honest marks', () => {
  it('fills an occurred day and leaves a planned one hollow', () => {
    const occurred = markPrims({ shape: 'point', soft: false, planned: false, sides: ['us'] }, 0);
    expect(occurred).toEqual([expect.objectContaining({ kind: 'disc', fill: SIDE_COLORS.us })]);
    const planned = markPrims({ shape: 'point', soft: false, planned: true, sides: ['us'] }, 0);
    expect(planned).toEqual([expect.objectContaining({ kind: 'disc', fill: '#ffffff', stroke: SIDE_COLORS.us })]);
  });

  it('splits a multi-side point into one wedge per side, hollow when planned', () => {
    const ps = markPrims({ shape: 'point', soft: false, planned: false, sides: ['us', 'ru', 'ua'] }, 0);
    const wedges = ps.filter((p) => p.kind === 'wedge');
    expect(wedges.map((w) => w.kind === 'wedge' && w.fill)).toEqual([SIDE_COLORS.us, SIDE_COLORS.ru, SIDE_COLORS.ua]);
    const planned = markPrims({ shape: 'point', soft: false, planned: true, sides: ['us', 'ru'] }, 0);
    expect(planned.filter((p) => p.kind === 'wedge').every((w) => w.kind === 'wedge' && w.r0 > 0)).toBe(true);
  });

  it('draws a range solid, a week soft with an outline, a plan pale and dashed', () => {
    const range = markPrims({ shape: 'span', soft: false, planned: false, sides: ['us', 'ru'] }, 120);
    expect(kinds(range)).toEqual(['rect', 'rect']);
    expect(range.map((r) => r.kind === 'rect' && [r.w, r.h, r.opacity])).toEqual([
      [120, BAR_H / 2, 1],
      [120, BAR_H / 2, 1],
    ]);
    const week = markPrims({ shape: 'span', soft: true, planned: false, sides: ['ua'] }, 40);
    expect(week).toContainEqual(expect.objectContaining({ kind: 'outline', dashed: false }));
    expect(week[0]).toMatchObject({ opacity: spanOpacity(true, false) });
    const plan = markPrims({ shape: 'span', soft: true, planned: true, sides: ['us'] }, 40);
    expect(plan).toContainEqual(expect.objectContaining({ kind: 'outline', dashed: true }));
    expect(spanOpacity(false, true)).toBeLessThan(spanOpacity(true, false));
  });

  it('draws an open bound as a short fading stub with an arrow on the open side, never a long bar', () => {
    for (const shape of ['open-end', 'open-start'] as const) {
      const ps = markPrims({ shape, soft: false, planned: true, sides: ['us', 'ru'] }, 99_999);
      const sign = shape === 'open-end' ? 1 : -1;
      const fades = ps.filter((p) => p.kind === 'fade');
      expect(fades).toHaveLength(2);
      for (const f of fades) {
        if (f.kind !== 'fade') continue;
        expect(f.toward).toBe(shape === 'open-end' ? 'right' : 'left');
        expect(f.w).toBeLessThan(STUB_PX);
      }
      const chevron = ps.find((p) => p.kind === 'chevron');
      expect(chevron && chevron.kind === 'chevron' && Math.sign(chevron.x)).toBe(sign);
      // The outline leaves the open side open.
      expect(ps.find((p) => p.kind === 'outline')).toMatchObject({ open: shape === 'open-end' ? 'right' : 'left', dashed: true });
      // The known bound is a firm tick at the anchor.
      expect(ps).toContainEqual(expect.objectContaining({ kind: 'line', x1: 0, x2: 0 }));
    }
  });
});

describe('spanLook', () => {
  it('is exactly what markPrims draws for a span, whatever its width', () => {
    const styles: MarkStyle[] = [
      { shape: 'span', soft: false, planned: false, sides: ['us', 'ru', 'ua'] },
      { shape: 'span', soft: true, planned: false, sides: ['europe'] },
      { shape: 'span', soft: true, planned: true, sides: ['ru', 'us'] },
    ];
    for (const style of styles) {
      const look = spanLook(style);
      const prims = markPrims(style, 80);
      expect(prims.filter((p) => p.kind === 'rect')).toEqual(look.bands.map((b) => ({ kind: 'rect', x: 0, y: b.y, w: 80, h: b.h, fill: b.fill, opacity: b.opacity })));
      const outline = prims.find((p) => p.kind === 'outline');
      expect(outline ? { stroke: outline.stroke, dashed: outline.dashed } : null).toEqual(look.outline);
    }
  });
});

describe('clipSpan', () => {
  it('draws only the visible part of a huge span', () => {
    expect(clipSpan(-50_000, 70_000, 600)).toEqual([-64, 600 + 128]);
    expect(clipSpan(100, 300, 600)).toEqual([100, 200]);
    expect(clipSpan(900, 1000, 600)[1]).toBe(0);
  });
});

describe('wedgePath', () => {
  it('closes a pie slice at the centre and an annulus sector on its inner arc', () => {
    expect(wedgePath(0, 6, 0, Math.PI)).toMatch(/^M0\.00 -6\.00A6 6 0 0 1 0\.00 6\.00L0 0Z$/);
    expect(wedgePath(3, 6, 0, Math.PI)).toContain('A3 3 0 0 0');
  });
});

// @vitest-environment jsdom
import { ZoomTransform } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { constrainX, createZoomController, easeOutCubic } from './zoom-controller';
import { baseScale, type ZoomView } from './scale';

describe('constrainX', () => {
  it('keeps the world covering the screen and pins y', () => {
    expect(constrainX(new ZoomTransform(1, 40, 12), 800)).toMatchObject({ k: 1, x: 0, y: 0 });
    expect(constrainX(new ZoomTransform(3, -5000, 0), 800)).toMatchObject({ k: 3, x: -1600 });
    const inside = new ZoomTransform(3, -700, 0);
    expect(constrainX(inside, 800)).toBe(inside);
  });
});

describe('easeOutCubic', () => {
  it('runs from 0 to 1, fast then gentle', () => {
    expect(easeOutCubic(0)).toBe(0);
    expect(easeOutCubic(1)).toBe(1);
    expect(easeOutCubic(0.5)).toBeGreaterThan(0.5);
  });
});

describe('createZoomController', () => {
  const setup = () => {
    const node = document.createElement('div');
    const seen: ZoomView[] = [];
    const c = createZoomController({ node, onZoom: (v) => seen.push(v) });
    c.update({ width: 800, height: 300, maxK: 64 });
    return { node, c, seen };
  };
  const b = baseScale([Date.UTC(2016, 0, 1), Date.UTC(2025, 1, 24)], 800);

  it('lets vertical swipes scroll the page', () => {
    expect(setup().node.style.touchAction).toBe('pan-y');
  });

  it('moves to a view, clamped to its bounds, and reports it', () => {
    const { c, seen } = setup();
    c.set({ k: 8, x: -3000 }, b, false);
    expect(c.get()).toEqual({ k: 8, x: -3000 });
    expect(seen.at(-1)).toEqual({ k: 8, x: -3000 });
    c.set({ k: 500, x: 10 }, b, false);
    expect(c.get()).toEqual({ k: 64, x: 0 });
  });

  it('keeps the same stretch of time in view when the plot is resized', () => {
    const { c } = setup();
    c.set({ k: 4, x: -1200 }, b, false);
    c.update({ width: 400, height: 300, maxK: 64 });
    expect(c.get()).toEqual({ k: 4, x: -600 });
  });

  it('stops listening when destroyed', () => {
    const { node, c, seen } = setup();
    node.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: 10, clientY: 10 }));
    const heard = seen.length;
    expect(heard).toBeGreaterThan(0);
    c.destroy();
    node.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: 10, clientY: 10 }));
    expect(seen.length).toBe(heard);
  });
});

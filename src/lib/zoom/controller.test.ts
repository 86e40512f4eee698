// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createZoomController } from './controller';
import type { View } from './view';

function setup(options: Partial<Parameters<typeof createZoomController>[0]> = {}) {
  const node = document.createElement('div');
  document.body.append(node);
  const seen: View[] = [];
  const c = createZoomController({ node, onZoom: (v) => seen.push(v), scaleExtent: [1, 64], axis: 'x', ...options });
  c.update({ width: 800, height: 300 });
  return { node, c, seen };
}

/** Animation frames run by hand, at the times a test gives. */
function manualFrames() {
  const queue: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => queue.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  vi.spyOn(performance, 'now').mockReturnValue(0);
  return (at: number) => {
    for (const f of queue.splice(0)) f(at);
  };
}

function reducedMotion(matches: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches, media: query, addEventListener() {}, removeEventListener() {} }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('createZoomController, horizontal and bounded', () => {
  it('lets vertical swipes scroll the element', () => {
    expect(setup().node.style.touchAction).toBe('pan-y');
  });

  it('moves to a view, clamped to its bounds with y at 0, and reports it', () => {
    const { c, seen } = setup();
    c.set({ k: 8, x: -3000 });
    expect(c.get()).toEqual({ k: 8, x: -3000, y: 0 });
    expect(seen.at(-1)).toEqual({ k: 8, x: -3000, y: 0 });
    c.set({ k: 500, x: 10, y: 40 });
    expect(c.get()).toEqual({ k: 64, x: 0, y: 0 });
  });

  it('keeps the same stretch in view when the screen is resized', () => {
    const { c } = setup();
    c.set({ k: 4, x: -1200 });
    c.update({ width: 400 });
    expect(c.get()).toEqual({ k: 4, x: -600, y: 0 });
  });

  it('eases to a view over frames, and lands on it', () => {
    reducedMotion(false);
    const frame = manualFrames();
    const { c } = setup();
    c.set({ k: 16, x: -6000 }, { animate: true });
    expect(c.get().k).toBe(1);
    frame(120);
    const mid = c.get();
    expect(mid.k).toBeGreaterThan(1);
    expect(mid.k).toBeLessThan(16);
    frame(240);
    expect(c.get()).toEqual({ k: 16, x: -6000, y: 0 });
  });

  it('goes at once when the reader prefers reduced motion', () => {
    reducedMotion(true);
    manualFrames();
    const { c } = setup();
    c.set({ k: 16, x: -6000 }, { animate: true });
    expect(c.get()).toEqual({ k: 16, x: -6000, y: 0 });
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

describe('createZoomController, free in both directions', () => {
  const free = () => setup({ axis: 'xy', scaleExtent: [0.2, 8], ignore: '[data-node]' });

  it('zooms about the centre and pans by screen px', () => {
    const { c } = free();
    c.scaleBy(2);
    expect(c.get()).toEqual({ k: 2, x: -400, y: -150 });
    c.translateBy(30, -20);
    expect(c.get()).toEqual({ k: 2, x: -370, y: -170 });
    c.scaleBy(100);
    expect(c.get().k).toBe(8);
  });

  it('drags the background but leaves a press on an ignored mark alone', () => {
    const { node, c } = free();
    const mark = node.appendChild(document.createElement('span'));
    mark.setAttribute('data-node', 'a');
    // d3 follows a drag on the event's window, which jsdom's constructor will not take.
    const mouse = (type: string, x: number, y: number) =>
      Object.defineProperty(new MouseEvent(type, { bubbles: true, button: 0, clientX: x, clientY: y }), 'view', { value: window });
    const drag = (target: Element) => {
      target.dispatchEvent(mouse('mousedown', 100, 100));
      window.dispatchEvent(mouse('mousemove', 140, 130));
      window.dispatchEvent(mouse('mouseup', 140, 130));
    };
    drag(mark);
    expect(c.get()).toEqual({ k: 1, x: 0, y: 0 });
    drag(node);
    expect(c.get()).toEqual({ k: 1, x: 40, y: 30 });
  });
});

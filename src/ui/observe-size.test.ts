import { afterEach, describe, expect, it, vi } from 'vitest';

const flushed: number[] = [];
vi.mock('react-dom', () => ({
  flushSync: (f: () => void) => {
    flushed.push(1);
    f();
  },
}));

const { observeSize } = await import('./observe-size');

/** A ResizeObserver stand-in whose notes the test sends by hand. */
let note: () => void = () => {};
class FakeObserver {
  constructor(cb: () => void) {
    note = cb;
  }
  observe() {}
  disconnect() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  flushed.length = 0;
});

describe('observeSize', () => {
  it('reports the first size without flushing the render, and every later one flushed', () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const el = { clientWidth: 300.7, clientHeight: 200.2 } as HTMLElement;
    const sizes: { width: number; height: number }[] = [];
    const stop = observeSize(el, (s) => sizes.push(s));
    note();
    expect(sizes).toEqual([{ width: 300, height: 200 }]);
    expect(flushed).toHaveLength(0);
    (el as { clientWidth: number }).clientWidth = 420;
    note();
    expect(sizes.at(-1)).toEqual({ width: 420, height: 200 });
    expect(flushed).toHaveLength(1);
    stop();
  });
});

// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useHoverableTip } from './useHoverableTip';

interface Tip {
  id: string;
  x: number;
}
const keyOf = (t: Tip) => t.id;
const A: Tip = { id: 'a', x: 1 };
const B: Tip = { id: 'b', x: 2 };

function setup(first: Tip | null) {
  return renderHook(({ tip }: { tip: Tip | null }) => useHoverableTip(tip, keyOf), { initialProps: { tip: first } });
}

describe('useHoverableTip', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the current tip, and a new one at once', () => {
    const h = setup(A);
    expect(h.result.current.shown).toBe(A);
    h.rerender({ tip: B });
    expect(h.result.current.shown).toBe(B);
  });

  it('keeps a tip a moment after its mark loses the pointer, then hides it', () => {
    const h = setup(A);
    h.rerender({ tip: null });
    expect(h.result.current.shown).toBe(A);
    act(() => void vi.advanceTimersByTime(399));
    expect(h.result.current.shown).toBe(A);
    act(() => void vi.advanceTimersByTime(2));
    expect(h.result.current.shown).toBeNull();
  });

  it('lets the pointer through while the mark has it, and catches it once the mark lost it', () => {
    const h = setup(A);
    expect(h.result.current.tipProps.hoverable).toBe(false);
    h.rerender({ tip: null });
    expect(h.result.current.tipProps.hoverable).toBe(true);
  });

  it('stays while the pointer rests on the tooltip, and goes when it leaves', () => {
    const h = setup(A);
    h.rerender({ tip: null });
    act(() => h.result.current.tipProps.onPointerEnter());
    act(() => void vi.advanceTimersByTime(5000));
    expect(h.result.current.shown).toBe(A);
    act(() => h.result.current.tipProps.onPointerLeave());
    expect(h.result.current.shown).toBeNull();
  });

  it('hides on Escape, even while its mark keeps the pointer, until another tip comes', () => {
    const h = setup(A);
    act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));
    expect(h.result.current.shown).toBeNull();
    h.rerender({ tip: { ...A } });
    expect(h.result.current.shown).toBeNull();
    h.rerender({ tip: B });
    expect(h.result.current.shown).toBe(B);
  });

  it('dismiss (a click on the mark) hides it at once, while the mark keeps the pointer and after it leaves', () => {
    const h = setup(A);
    act(() => h.result.current.dismiss());
    expect(h.result.current.shown).toBeNull();
    h.rerender({ tip: { ...A } });
    expect(h.result.current.shown).toBeNull();
    // Leaving the mark: no lingering copy of the dismissed tip.
    h.rerender({ tip: null });
    expect(h.result.current.shown).toBeNull();
    h.rerender({ tip: A });
    expect(h.result.current.shown).toBe(A);
  });

  it('after Escape, leaving the mark brings no lingering copy back', () => {
    const h = setup(A);
    act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));
    h.rerender({ tip: null });
    expect(h.result.current.shown).toBeNull();
  });

  it('ignores other keys', () => {
    const h = setup(A);
    act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' })));
    expect(h.result.current.shown).toBe(A);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByKey } from './order';

describe('orderByKey', () => {
  it('orders by key, ties by index, like a stable comparator sort', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 300 }), (steps) => {
        // Keys on a grid of 0.5: distinct keys are a whole quantum or more apart.
        const keys = steps.map((s) => s * 0.5 + 1.7e12);
        const want = keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
        expect([...orderByKey(keys, 0.5)]).toEqual(want);
      }),
    );
  });

  it('keeps index order among keys closer than the quantum', () => {
    expect([...orderByKey([3.2, 3.1, 1, 3.05], 1)]).toEqual([2, 0, 1, 3]);
  });

  it('still orders keys that span more than exact packing allows, on a coarser grid', () => {
    const keys = [1e15, -1e15, 0, 5e14];
    expect([...orderByKey(keys, 1e-3)]).toEqual([1, 2, 3, 0]);
  });

  it('handles nothing and one', () => {
    expect([...orderByKey([], 1)]).toEqual([]);
    expect([...orderByKey([42], 1)]).toEqual([0]);
  });
});

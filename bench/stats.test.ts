import { describe, expect, it } from 'vitest';
import { median, p95, quantile } from './stats';

describe('quantiles', () => {
  it('interpolates between ranks', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(quantile([0, 10], 0.95)).toBeCloseTo(9.5);
    expect(p95(Array.from({ length: 21 }, (_, i) => i))).toBe(19);
  });
  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../data/dates';
import { clampView } from '../zoom/view';
import { INSET_PX, MIN_VISIBLE_MS } from './constants';
import {
  baseScale,
  IDENTITY,
  maxZoom,
  screenX,
  timeAt,
  viewCentredOn,
  visibleRange,
  zoomAbout,
  zoomBucket,
  zoomLimits,
} from './scale';
import { viewForFocus } from './lens';

const T0 = Date.UTC(2016, 0, 1);
const T1 = Date.UTC(2025, 1, 24);
const b = baseScale([T0, T1], 800);

describe('base scale', () => {
  it('fits all events between the insets at zoom 1', () => {
    expect(screenX(b, IDENTITY, T0)).toBeCloseTo(INSET_PX);
    expect(screenX(b, IDENTITY, T1)).toBeCloseTo(800 - INSET_PX);
  });

  it('maps time to screen and back at any zoom', () => {
    const v = { k: 37.5, x: -12_345 };
    const t = Date.UTC(2025, 1, 15, 6);
    expect(timeAt(b, v, screenX(b, v, t))).toBeCloseTo(t, -1);
  });

  it('survives an empty or one-instant extent', () => {
    const one = baseScale([T0, T0], 0);
    expect(Number.isFinite(one.s)).toBe(true);
    expect(one.width).toBe(1);
  });
});

describe('zoom views', () => {
  it('fits a week into the plot with a margin', () => {
    const from = Date.UTC(2025, 1, 10);
    const to = from + 7 * DAY_MS;
    const v = viewForFocus(b, from, to, [T0, T1], 32, 0);
    expect(screenX(b, v, from)).toBeCloseTo(32);
    expect(screenX(b, v, to)).toBeCloseTo(800 - 32);
  });

  it('stops at about half a day across the plot', () => {
    const v = viewForFocus(b, Date.UTC(2025, 1, 15), Date.UTC(2025, 1, 15, 1), [T0, T1], 32, 0);
    expect(v.k).toBeCloseTo(maxZoom(b));
    const [a, z] = visibleRange(b, v);
    expect(z - a).toBeCloseTo(MIN_VISIBLE_MS, -4);
  });

  it('never shows past the ends of the world or zooms out past fitting all', () => {
    const limits = zoomLimits(b);
    expect(clampView({ k: 0.2, x: 50 }, limits)).toEqual({ k: 1, x: 0 });
    expect(clampView({ k: 4, x: -9999 }, limits)).toEqual({ k: 4, x: -2400 });
    expect(clampView({ k: 1e9, x: 0 }, limits).k).toBe(maxZoom(b));
    expect(zoomAbout(b, { k: 4, x: -2400 }, 1 / 8, 0)).toEqual({ k: 1, x: 0 });
  });

  it('keeps the time under the anchor still when zooming about it', () => {
    const v = { k: 2, x: -300 };
    const at = 420;
    const before = timeAt(b, v, at);
    const z = zoomAbout(b, v, 2, at);
    expect(z.k).toBe(4);
    expect(timeAt(b, z, at)).toBeCloseTo(before, -1);
  });

  it('centres a time at a given zoom', () => {
    const t = Date.UTC(2022, 1, 24);
    expect(screenX(b, viewCentredOn(b, 16, t), t)).toBeCloseTo(400);
  });

  it('buckets zoom by powers of two', () => {
    expect([1, 1.9, 2, 3.99, 4, 1000].map(zoomBucket)).toEqual([1, 1, 2, 2, 4, 512]);
    expect(zoomBucket(0.5)).toBe(1);
  });

});

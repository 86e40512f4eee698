import { describe, expect, it } from 'vitest';
import { DAY_MS, dayToMs } from '../../data/dates';
import type { EventDate } from '../../data/schema';
import { eventTime } from '../event-time';
import { HIT, MIN_BAR_PX, POINT_R, STUB_PX } from './constants';
import { markBox, markExtent } from './precision';

const extentOf = (d: Omit<EventDate, 'basis'>) => markExtent(eventTime({ ...d, basis: 'test' }), d.precision);

describe('markExtent: the extent of each precision', () => {
  it('draws an exact day as a point in the middle of that day', () => {
    const m = extentOf({ start: '2025-02-15', end: '2025-02-15', precision: 'day' });
    expect(m).toEqual({ shape: 'point', t0: dayToMs('2025-02-15') + DAY_MS / 2, t1: dayToMs('2025-02-15') + DAY_MS / 2, soft: false });
  });

  it('draws a week, a month and a year as soft spans covering every day of them', () => {
    const week = extentOf({ start: '2025-02-17', end: '2025-02-23', precision: 'week' });
    expect(week).toEqual({ shape: 'span', t0: dayToMs('2025-02-17'), t1: dayToMs('2025-02-24'), soft: true });
    const month = extentOf({ start: '2025-02-01', end: '2025-02-28', precision: 'month' });
    expect([month.t0, month.t1, month.soft]).toEqual([dayToMs('2025-02-01'), dayToMs('2025-03-01'), true]);
    const year = extentOf({ start: '2016-01-01', end: '2016-12-31', precision: 'year' });
    expect([year.shape, year.t1 - year.t0]).toEqual(['span', 366 * DAY_MS]);
  });

  it('draws a range between two known dates as a solid span', () => {
    const r = extentOf({ start: '2016-12-29', end: '2025-02-15', precision: 'range' });
    expect(r).toEqual({ shape: 'span', t0: dayToMs('2016-12-29'), t1: dayToMs('2025-02-16'), soft: false });
  });

  it('treats a one-day range as that day', () => {
    expect(extentOf({ start: '2025-02-15', end: '2025-02-15', precision: 'range' }).shape).toBe('point');
  });

  it('never invents the missing bound of an open range', () => {
    const after = extentOf({ start: '2025-02-15', end: null, precision: 'range' });
    expect(after).toEqual({ shape: 'open-end', t0: dayToMs('2025-02-15'), t1: dayToMs('2025-02-15'), soft: false });
    const before = extentOf({ start: null, end: '2025-02-15', precision: 'range' });
    // "On or before 15 Feb" reaches the end of 15 Feb, no further and no earlier.
    expect(before).toEqual({ shape: 'open-start', t0: dayToMs('2025-02-16'), t1: dayToMs('2025-02-16'), soft: false });
  });
});

describe('markBox', () => {
  it('gives every mark a target of at least 24 px', () => {
    for (const shape of ['point', 'span', 'open-start', 'open-end'] as const) {
      const b = markBox(shape, 100, 101);
      expect(b.hitRight - b.hitLeft).toBeGreaterThanOrEqual(HIT);
      expect(b.hitLeft).toBeLessThanOrEqual(b.left);
      expect(b.hitRight).toBeGreaterThanOrEqual(b.right);
    }
  });

  it('centres a point, keeps a span to its dates and sends a stub toward the open side', () => {
    expect(markBox('point', 100, 100)).toMatchObject({ left: 100 - POINT_R, right: 100 + POINT_R });
    expect(markBox('span', 100, 400)).toEqual({ left: 100, right: 400, hitLeft: 100, hitRight: 400 });
    expect(markBox('span', 100, 101)).toMatchObject({ left: 100, right: 100 + MIN_BAR_PX });
    expect(markBox('open-end', 100, 100)).toMatchObject({ left: 100, right: 100 + STUB_PX });
    expect(markBox('open-start', 100, 100)).toMatchObject({ left: 100 - STUB_PX, right: 100 });
  });
});

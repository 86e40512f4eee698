import { describe, expect, it } from 'vitest';
import type { EventDate } from '../data/schema';
import { describePrecision, formatDay, formatEventDate } from './format-date';

const d = (start: string | null, end: string | null, precision: EventDate['precision']): EventDate => ({
  start,
  end,
  precision,
  basis: 'test',
});

describe('formatEventDate', () => {
  it('writes a day in both languages', () => {
    expect(formatDay('2025-02-15', 'en')).toBe('15 Feb 2025');
    expect(formatDay('2025-02-15', 'es')).toBe('15 feb 2025');
  });
  it('keeps the precision of a week, month, year and range', () => {
    expect(formatEventDate(d('2025-02-17', '2025-02-23', 'week'), 'en')).toBe('week of 17–23 Feb 2025');
    expect(formatEventDate(d('2025-02-17', '2025-02-23', 'week'), 'es')).toBe('semana del 17–23 feb 2025');
    expect(formatEventDate(d('2025-02-01', '2025-02-28', 'month'), 'en')).toBe('February 2025');
    expect(formatEventDate(d('2016-01-01', '2016-12-31', 'year'), 'es')).toBe('2016');
    expect(formatEventDate(d('2022-02-24', '2025-02-12', 'range'), 'en')).toBe('24 Feb 2022 – 12 Feb 2025');
    expect(formatEventDate(d('2025-01-30', '2025-02-02', 'range'), 'en')).toBe('30 Jan – 2 Feb 2025');
  });
  it('says an open bound instead of inventing one', () => {
    expect(formatEventDate(d('2025-02-15', null, 'range'), 'en')).toBe('on or after 15 Feb 2025');
    expect(formatEventDate(d(null, '2025-02-15', 'range'), 'es')).toBe('hasta el 15 feb 2025');
    expect(describePrecision(d(null, '2025-02-15', 'range'), 'en')).toMatch(/open-ended/);
  });
});

import { describe, expect, it } from 'vitest';
import { resolveDate, type ResolveContext } from './date-resolve';
import type { DateExpr } from './date-expressions';

const PUB = '2025-02-15'; // a Saturday
const past: ResolveContext['tense'] = { tense: 'past', word: 'dijo' };
const future: ResolveContext['tense'] = { tense: 'future', word: 'viajará' };
const resolve = (expr: DateExpr, tense: ResolveContext['tense'] = null, quoted = 'x') => resolveDate(expr, { quoted, published: PUB, tense });
const days = (expr: DateExpr, tense: ResolveContext['tense'] = null) => {
  const r = resolve(expr, tense);
  return r.date ? `${r.date.start}…${r.date.end} ${r.date.precision}` : null;
};

describe('resolveDate', () => {
  it('puts a weekday on the side of publication its tense or its modifier gives', () => {
    const sat = { kind: 'weekday', weekday: 6, direction: null } as const;
    // The same weekday as publication: strictly before or after, a week away.
    expect(days(sat, past)).toBe('2025-02-08…2025-02-08 day');
    expect(days(sat, future)).toBe('2025-02-22…2025-02-22 day');
    expect(days({ kind: 'weekday', weekday: 2, direction: 'last' }, future)).toBe('2025-02-11…2025-02-11 day');
    expect(days({ kind: 'weekday', weekday: 2, direction: 'next' }, past)).toBe('2025-02-18…2025-02-18 day');
    // "este domingo": the Sunday of the publication week (Monday to Sunday).
    expect(days({ kind: 'weekday', weekday: 0, direction: 'this' })).toBe('2025-02-16…2025-02-16 day');
    expect(days({ kind: 'weekday', weekday: 1, direction: 'this' })).toBe('2025-02-10…2025-02-10 day');
  });

  it('never guesses the side of publication without a tense', () => {
    const r = resolve({ kind: 'weekday', weekday: 3, direction: null }, null, 'el miércoles');
    expect(r).toEqual({
      date: null,
      reason: '«el miércoles»: no verb in the sentence says whether it lies before or after publication on Saturday 2025-02-15 (2025-02-12 or 2025-02-19).',
    });
    expect(resolve({ kind: 'day', day: 3, month: 3, year: null, direction: null }).date).toBeNull();
    expect(resolve({ kind: 'month', month: 5, year: null, direction: null }).date).toBeNull();
  });

  it('says how it got there, in the dataset’s style', () => {
    expect(resolve({ kind: 'weekday', weekday: 3, direction: null }, { tense: 'past', word: 'dijo' }, 'el miércoles').date!.basis).toBe(
      '«el miércoles»: the Wednesday before publication on Saturday 2025-02-15 → 2025-02-12. Past tense: «dijo».',
    );
    expect(resolve({ kind: 'relative-day', days: -1 }, null, 'ayer').date!.basis).toBe('«ayer»: the day before publication on Saturday 2025-02-15 → Friday 2025-02-14.');
    expect(resolve({ kind: 'count', n: 2, unit: 'week', sign: -1 }, null, 'hace dos semanas').date!.basis).toBe(
      '«hace dos semanas»: two weeks before publication on Saturday 2025-02-15 is 2025-02-01; the week holding it, Monday 2025-01-27 to Sunday 2025-02-02.',
    );
  });

  it('handles days without a year around publication and impossible dates', () => {
    expect(days({ kind: 'day', day: 15, month: 2, year: null, direction: null })).toBe('2025-02-15…2025-02-15 day');
    // 29 February: no such day in 2025; the latest one before is in 2024, the next in 2028 is too far to look.
    expect(days({ kind: 'day', day: 29, month: 2, year: null, direction: null }, past)).toBe('2024-02-29…2024-02-29 day');
    expect(resolve({ kind: 'day', day: 30, month: 2, year: 2024, direction: null }).reason).toMatch(/is not a calendar date/u);
    expect(days({ kind: 'day', day: 20, month: 1, year: null, direction: null }, future)).toBe('2026-01-20…2026-01-20 day');
  });

  it('resolves months, years, counts and ranges with their precision', () => {
    expect(days({ kind: 'month', month: 2, year: null, direction: null })).toBe('2025-02-01…2025-02-28 month');
    expect(days({ kind: 'month', month: 12, year: null, direction: null }, past)).toBe('2024-12-01…2024-12-31 month');
    expect(days({ kind: 'month', month: 1, year: null, direction: 'next' })).toBe('2026-01-01…2026-01-31 month');
    expect(days({ kind: 'relative', unit: 'year', offset: -1 })).toBe('2024-01-01…2024-12-31 year');
    expect(days({ kind: 'relative', unit: 'month', offset: 1 })).toBe('2025-03-01…2025-03-31 month');
    expect(days({ kind: 'count', n: 1, unit: 'month', sign: -1 })).toBe('2025-01-01…2025-01-31 month');
    expect(days({ kind: 'count', n: 3, unit: 'day', sign: 1 })).toBe('2025-02-18…2025-02-18 day');
    expect(days({ kind: 'count', n: 2, unit: 'year', sign: -1 })).toBe('2023-01-01…2023-12-31 year');
    expect(days({ kind: 'year-range', from: 2014, to: 2016 })).toBe('2014-01-01…2016-12-31 range');
    expect(days({ kind: 'day-range', from: 10, to: 20, month: 2, year: null })).toBe('2025-02-10…2025-02-20 range');
    expect(days({ kind: 'day-range', from: 1, to: 3, month: 3, year: null }, past)).toBe('2024-03-01…2024-03-03 range');
  });

  it('leaves expressions counted from another date, or vague ones, to the curator', () => {
    expect(resolve({ kind: 'unresolvable', why: 'narrative' }, null, 'al día siguiente')).toEqual({
      date: null,
      reason: '«al día siguiente» counts from another date in the article, not from publication; resolve it by hand.',
    });
    expect(resolve({ kind: 'unresolvable', why: 'vague' }, null, 'hace unos días').date).toBeNull();
  });
});

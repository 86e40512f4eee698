import { describe, expect, it } from 'vitest';
import { findMatches, fold } from './search';

describe('fold', () => {
  it('drops accents and case', () => {
    expect(fold('Negociación ÁRABE Moscú')).toBe('negociacion arabe moscu');
  });
  it('agrees with normalizing the whole string, decomposed marks and astral symbols included', () => {
    for (const s of ['Mosc\u0075\u0301 “Ñandú”', 'İstanbul ΣΊΣΥΦΟΣ', 'ﬁ Ǆ 😀 Ελλάδα', 'Ünïcödé ĦĲ']) {
      expect(fold(s)).toBe(s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    }
  });
});

describe('findMatches', () => {
  it('finds an accented word from an unaccented query, in original offsets', () => {
    const text = 'las negociaciones y la negociación';
    const m = findMatches(text, 'negociacion');
    expect(m.map(([s, e]) => text.slice(s, e))).toEqual(['negociacion', 'negociación']);
  });
  it('finds an unaccented word from an accented query', () => {
    expect(findMatches('Moscu y Moscú', 'MOSCÚ')).toEqual([
      [0, 5],
      [8, 13],
    ]);
  });
  it('keeps decomposed combining marks inside the match', () => {
    const text = 'Mosc\u0075\u0301 hoy';
    expect(findMatches(text, 'moscu')).toEqual([[0, 6]]);
  });
  it('returns nothing for a blank query', () => {
    expect(findMatches('abc', '   ')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { markPieces, splitSegments } from './segments';

describe('splitSegments', () => {
  it('returns one plain run without ranges', () => {
    expect(splitSegments(0, 5, [])).toEqual([{ start: 0, end: 5, layers: [] }]);
  });

  it('nests a direct quote inside a passage: the inner run belongs to the shorter range first', () => {
    const runs = splitSegments(0, 20, [
      { start: 2, end: 18, value: 'passage' },
      { start: 10, end: 14, value: 'direct' },
    ]);
    expect(runs).toEqual([
      { start: 0, end: 2, layers: [] },
      { start: 2, end: 10, layers: ['passage'] },
      { start: 10, end: 14, layers: ['direct', 'passage'] },
      { start: 14, end: 18, layers: ['passage'] },
      { start: 18, end: 20, layers: [] },
    ]);
  });

  it('cuts partial overlaps into three runs', () => {
    const runs = splitSegments(0, 10, [
      { start: 0, end: 6, value: 'a' },
      { start: 4, end: 10, value: 'b' },
    ]);
    expect(runs.map((r) => [r.start, r.end, r.layers])).toEqual([
      [0, 4, ['a']],
      [4, 6, ['a', 'b']],
      [6, 10, ['b']],
    ]);
  });

  it('orders equal-length ranges by input order and handles ranges that share an end', () => {
    const runs = splitSegments(0, 8, [
      { start: 0, end: 8, value: 'outer' },
      { start: 4, end: 8, value: 'x' },
      { start: 4, end: 8, value: 'y' },
    ]);
    expect(runs.map((r) => r.layers)).toEqual([['outer'], ['x', 'y', 'outer']]);
  });

  it('clips ranges to the window and drops empty ones', () => {
    const runs = splitSegments(5, 10, [
      { start: 0, end: 7, value: 'a' },
      { start: 9, end: 9, value: 'empty' },
      { start: 12, end: 20, value: 'outside' },
    ]);
    expect(runs).toEqual([
      { start: 5, end: 7, layers: ['a'] },
      { start: 7, end: 10, layers: [] },
    ]);
  });

  it('always tiles the window exactly', () => {
    const ranges = Array.from({ length: 40 }, (_, i) => ({ start: (i * 7) % 50, end: ((i * 7) % 50) + (i % 9) + 1, value: i }));
    const runs = splitSegments(0, 60, ranges);
    expect(runs[0]!.start).toBe(0);
    expect(runs.at(-1)!.end).toBe(60);
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.start).toBe(runs[i - 1]!.end);
    for (const r of runs)
      for (const v of r.layers) {
        const range = ranges[v]!;
        expect(range.start <= r.start && range.end >= r.end).toBe(true);
      }
  });
});

describe('markPieces', () => {
  it('marks search hits and keeps the text intact', () => {
    const pieces = markPieces('las negociaciones', [[4, 15]]);
    expect(pieces).toEqual([
      { text: 'las ', marked: false },
      { text: 'negociacion', marked: true },
      { text: 'es', marked: false },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('las negociaciones');
  });
  it('returns the whole text unmarked without hits', () => {
    expect(markPieces('abc', [])).toEqual([{ text: 'abc', marked: false }]);
  });
});

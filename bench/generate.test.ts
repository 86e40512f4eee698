import { describe, expect, it } from 'vitest';
import { validateParsed } from '../src/data/validate-sync';
import { generate } from './generate';

function textsOf(s: ReturnType<typeof generate>) {
  return new Map(s.dataset.sources.map((src) => [src.id, s.files.get(src.file!)!]));
}

describe('synthetic generator', () => {
  it('writes a valid dataset in which every quote verifies', () => {
    const s = generate(2_000, 7);
    const result = validateParsed(JSON.parse(JSON.stringify(s.dataset)), textsOf(s));
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
    expect(s.dataset.events).toHaveLength(2_000);
    expect(s.dataset.actors).toHaveLength(200);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(JSON.stringify(generate(300, 3).dataset)).toBe(JSON.stringify(generate(300, 3).dataset));
    expect(JSON.stringify(generate(300, 3).dataset)).not.toBe(JSON.stringify(generate(300, 4).dataset));
  });

  it('says it is synthetic', () => {
    const { dataset } = generate(100, 1);
    expect(dataset.title.en).toMatch(/SYNTHETIC/);
    expect(dataset.title.es).toMatch(/SINTÉTICOS/);
  });

  it('spreads precisions, kinds and statuses', () => {
    const { dataset } = generate(5_000, 11);
    const precisions = new Set(dataset.events.map((e) => e.date.precision));
    const kinds = new Set(dataset.events.map((e) => e.kind));
    expect([...precisions].sort()).toEqual(['day', 'month', 'range', 'week', 'year']);
    expect(kinds.size).toBeGreaterThanOrEqual(8);
    expect(new Set(dataset.events.map((e) => e.status)).size).toBe(2);
    expect(dataset.events.some((e) => e.date.start === null)).toBe(true);
    expect(dataset.events.some((e) => e.date.end === null)).toBe(true);
  });
});

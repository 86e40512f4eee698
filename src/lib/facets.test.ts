import { describe, expect, it } from 'vitest';
import { facetCount, type Facet } from './facets';
import type { EventFilter } from './filter';
import { makeIndex, makeEvent, NO_FILTER } from './test-data';

const FACETS: readonly Facet[] = ['actors', 'topics', 'kinds', 'statuses', 'precisions'];
const facetCounts = (index: Parameters<typeof facetCount>[0], f: EventFilter) =>
  Object.fromEntries(FACETS.map((facet) => [facet, facetCount(index, f, facet)])) as Record<Facet, Map<string, number>>;

describe('facetCount', () => {
  const index = makeIndex([
    makeEvent('a', { actors: ['x', 'y'], topics: ['t1'], kind: 'call' }),
    makeEvent('b', { actors: ['x'], topics: ['t2'], kind: 'meeting', status: 'planned' }),
    makeEvent('c', { actors: ['z'], topics: ['t1'], kind: 'call' }),
  ]);

  it('counts every value with no filter', () => {
    const c = facetCounts(index, NO_FILTER);
    expect(Object.fromEntries(c.actors)).toEqual({ x: 2, y: 1, z: 1 });
    expect(Object.fromEntries(c.kinds)).toEqual({ call: 2, meeting: 1 });
    expect(Object.fromEntries(c.statuses)).toEqual({ occurred: 2, planned: 1 });
  });

  it('counts a facet without its own filter but with the others', () => {
    const c = facetCounts(index, { ...NO_FILTER, actors: ['x'], kinds: ['call'] });
    // actors: only the kind filter applies → a, c
    expect(Object.fromEntries(c.actors)).toEqual({ x: 1, y: 1, z: 1 });
    // kinds: only the actor filter applies → a, b
    expect(Object.fromEntries(c.kinds)).toEqual({ call: 1, meeting: 1 });
    // topics: both apply → a
    expect(Object.fromEntries(c.topics)).toEqual({ t1: 1 });
  });
});

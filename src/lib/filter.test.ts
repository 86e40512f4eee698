import { describe, expect, it } from 'vitest';
import { filterEvents, isFiltering } from './filter';
import { NO_FILTER } from './test-data';
import { makeEvent, makeIndex } from './test-data';

const DAY = 86_400_000;
const ms = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('filterEvents', () => {
  const index = makeIndex([
    makeEvent('late', { actors: ['rubio', 'lavrov'], date: { start: '2025-02-15', end: '2025-02-15' } }),
    makeEvent('early', { actors: ['rubio'], topics: ['war'], date: { start: '2022-02-24', end: '2022-02-24' } }),
    makeEvent('open', {
      actors: ['trump'],
      status: 'planned',
      kind: 'meeting',
      date: { start: '2025-02-15', end: null, precision: 'range' },
      title: 'Reunión prevista',
    }),
  ]);

  it('returns every event in time order with no filter', () => {
    expect(filterEvents(index, NO_FILTER)).toEqual(['early', 'late', 'open']);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('matches any or all of several actors', () => {
    expect(filterEvents(index, { ...NO_FILTER, actors: ['lavrov', 'trump'] })).toEqual(['late', 'open']);
    expect(filterEvents(index, { ...NO_FILTER, actors: ['rubio', 'lavrov'], actorMatch: 'all' })).toEqual(['late']);
  });

  it('filters by topic, kind and status', () => {
    expect(filterEvents(index, { ...NO_FILTER, topics: ['war'] })).toEqual(['early']);
    expect(filterEvents(index, { ...NO_FILTER, kinds: ['meeting'] })).toEqual(['open']);
    expect(filterEvents(index, { ...NO_FILTER, statuses: ['occurred'] })).toEqual(['early', 'late']);
  });

  it('keeps an open-ended event in any window after its known start', () => {
    const window = { from: ms('2030-01-01'), to: ms('2030-01-02') + DAY };
    expect(filterEvents(index, { ...NO_FILTER, window })).toEqual(['open']);
  });

  it('searches without regard to accents or case', () => {
    expect(filterEvents(index, { ...NO_FILTER, query: 'REUNION' })).toEqual(['open']);
  });
});

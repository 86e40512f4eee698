import { describe, expect, it } from 'vitest';
import { filterEvents } from '../filter';
import { NO_FILTER } from '../test-data';
import { collectQuoteGroups, groupsForQuoteLimit, speakerSide } from './collect';
import { shippedIndex } from './shipped.test-helper';

const index = shippedIndex();
const all = filterEvents(index, NO_FILTER);

describe('collectQuoteGroups', () => {
  it('groups every quote under its event, events in time order', () => {
    const { groups, quoteCount } = collectQuoteGroups(index, all, null);
    expect(quoteCount).toBe(29);
    expect(groups.map((g) => g.eventId)).toEqual(index.events.map((e) => e.id));
    const starts = groups.map((g) => index.time.get(g.eventId)!.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('keeps only the quotes of the events that survive the filters', () => {
    const ids = filterEvents(index, { ...NO_FILTER, actors: ['sergei-lavrov'] });
    const { groups } = collectQuoteGroups(index, ids, null);
    expect(groups.map((g) => g.eventId)).toEqual(ids);
    expect(groups.every((g) => index.eventById.get(g.eventId)!.actors.some((a) => a.id === 'sergei-lavrov'))).toBe(true);
  });

  it('narrows to what one side said and counts quotes per side', () => {
    const ids = filterEvents(index, { ...NO_FILTER, actors: ['sergei-lavrov'] });
    const { groups, sides } = collectQuoteGroups(index, ids, 'ru');
    const quotes = groups.flatMap((g) => g.quotes);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => speakerSide(index, q.quote.speakerId) === 'ru')).toBe(true);
    expect(quotes.length).toBe(sides.get('ru'));
    expect(sides.get('us')).toBe(2); // Tammy Bruce, on the Rubio–Lavrov call
  });

  it('counts a quote with no named speaker as unnamed', () => {
    expect(speakerSide(index, null)).toBe('unnamed');
    expect(speakerSide(index, 'tammy-bruce')).toBe('us');
  });
});

describe('groupsForQuoteLimit', () => {
  const g = (n: number) => ({ eventId: `e${n}`, quotes: Array.from({ length: n }, () => null as never) });
  it('takes whole groups until the limit is reached', () => {
    expect(groupsForQuoteLimit([g(2), g(2), g(2)], 3)).toBe(2);
    expect(groupsForQuoteLimit([g(2), g(2), g(2)], 4)).toBe(2);
    expect(groupsForQuoteLimit([g(2), g(2), g(2)], 100)).toBe(3);
  });
  it('always shows at least one group, however long', () => {
    expect(groupsForQuoteLimit([g(50), g(1)], 10)).toBe(1);
    expect(groupsForQuoteLimit([], 10)).toBe(0);
  });
});

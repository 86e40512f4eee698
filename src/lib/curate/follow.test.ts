import { describe, expect, it } from 'vitest';
import { pathAndHolders, problemTarget, quotePaths } from './follow';
import { blankEvent, emptyDoc, type CuratedSource, type CurationDoc } from './workspace';

// Test fixture: an invented workspace with two events, a relation between them and one source.
const source = { id: 'diario-2024' } as CuratedSource;
const doc: CurationDoc = {
  ...emptyDoc(),
  sources: [source],
  events: [
    { ...blankEvent(), key: 'e1', id: 'talks', quoteIds: ['q1', 'q2'] },
    { ...blankEvent(), key: 'e4', id: 'deal', quoteIds: ['q2', 'q3'] },
  ],
  relations: [{ type: 'follows', eventIds: ['talks', 'deal'] } as unknown as CurationDoc['relations'][number]],
};

describe('quotePaths', () => {
  it("names each quote by its place in the first event that holds it", () => {
    expect(quotePaths(doc.events)).toEqual(
      new Map([
        ['q1', 'events[0].quotes[0]'],
        ['q2', 'events[0].quotes[1]'],
        ['q3', 'events[1].quotes[1]'],
      ]),
    );
  });
});

describe('problemTarget', () => {
  it("opens an event's field, and shows a source's", () => {
    expect(problemTarget(doc, 'events[1].date.basis')).toEqual({ path: 'events[1].date.basis', eventKey: 'e4', sourceId: null });
    expect(problemTarget(doc, 'sources[0].published')).toEqual({ path: 'sources[0].published', eventKey: null, sourceId: 'diario-2024' });
    expect(problemTarget(doc, 'title.en')).toEqual({ path: 'title.en', eventKey: null, sourceId: null });
  });

  it("leads a relation's event to that event's actors; one naming no event stays where it is", () => {
    expect(problemTarget(doc, 'relations[0].eventIds[1]')).toEqual({ path: 'events[1].actors', eventKey: 'e4', sourceId: null });
    expect(problemTarget({ ...doc, events: [] }, 'relations[0].eventIds[1]')).toEqual({ path: 'relations[0].eventIds[1]', eventKey: null, sourceId: null });
  });
});

describe('pathAndHolders', () => {
  it('steps out one field or index at a time', () => {
    expect(pathAndHolders('events[0].quotes[1].translation.en')).toEqual([
      'events[0].quotes[1].translation.en',
      'events[0].quotes[1].translation',
      'events[0].quotes[1]',
      'events[0].quotes',
      'events[0]',
      'events',
    ]);
    expect(pathAndHolders('title')).toEqual(['title']);
  });
});

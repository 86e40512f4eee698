import { describe, expect, it } from 'vitest';
import { newTopic, pairPatch } from './event-edit';
import { blankEvent, emptyDoc, type CuratedEvent, type CurationDoc } from './workspace';

// Test fixture: two invented events, one of them already called "talks-in-valdoria".
const other: CuratedEvent = { ...blankEvent(), key: 'e1', id: 'talks-in-valdoria', title: { en: 'Talks in Valdoria', es: '' } };
const event: CuratedEvent = { ...blankEvent(), key: 'e2' };
const doc: CurationDoc = { ...emptyDoc(), events: [other, event], topics: [{ id: 'water', label: { en: 'Water', es: 'Agua' } }] };

describe('pairPatch', () => {
  it('sets one language, and the id follows the English title while it is the one the title gave', () => {
    expect(pairPatch(doc, event, 'title', 'en', 'Talks in Valdoria')).toEqual({ title: { en: 'Talks in Valdoria', es: '' }, id: 'talks-in-valdoria-2' });
    const named = { ...event, id: 'talks-in-valdoria-2', title: { en: 'Talks in Valdoria', es: '' } };
    expect(pairPatch(doc, named, 'title', 'en', 'Talks again')).toEqual({ title: { en: 'Talks again', es: '' }, id: 'talks-again' });
    expect(pairPatch(doc, named, 'title', 'en', '')).toEqual({ title: { en: '', es: '' }, id: '' });
  });

  it("leaves the curator's own id, and the id alone for Spanish and for the summary", () => {
    const own = { ...event, id: 'mine', title: { en: 'Talks', es: '' } };
    expect(pairPatch(doc, own, 'title', 'en', 'Talks in June')).toEqual({ title: { en: 'Talks in June', es: '' } });
    expect(pairPatch(doc, event, 'title', 'es', 'Conversaciones')).toEqual({ title: { en: '', es: 'Conversaciones' } });
    expect(pairPatch(doc, event, 'summary', 'en', 'They met.')).toEqual({ summary: { en: 'They met.', es: '' } });
  });
});

describe('newTopic', () => {
  it('takes an id from the English name that no topic has, and trims both names', () => {
    expect(newTopic(doc, ' Water ', ' Agua dulce ')).toEqual({ id: 'water-2', label: { en: 'Water', es: 'Agua dulce' } });
    expect(newTopic(doc, '¿?', 'x').id).toBe('topic');
  });
});

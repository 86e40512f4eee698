import { describe, expect, it } from 'vitest';
import type { Draft } from './draft';
import { acceptedQuote, createdEvent, draftProposals, joinPending, pendingNames } from './proposals';
import { blankEvent, emptyDoc, type CuratedEvent, type CurationDoc } from './workspace';

// Test fixture: an invented article's draft, reduced to what the proposals read.
const TEXT = 'Ana Ruiz dijo el lunes: «Firmaremos pronto». Bo Lee y BO LEE callaron sobre la cumbre de Valdoria, que fue larga y tensa hasta el final.';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
const speaker = { actorId: 'ana-ruiz', name: 'Ana Ruiz', start: 0, end: 8 };
const lunes = { ...at('el lunes'), date: { start: '2024-06-10', end: '2024-06-10', precision: 'day' as const, basis: 'el lunes: 10 June' } };
const long = at(TEXT.slice(45));
const draft = {
  quotes: [{ ...at('Firmaremos pronto'), kind: 'direct', speaker, sentence: at(TEXT.slice(0, 44)) }],
  mentions: [
    { ...at('Ana Ruiz'), actorId: 'ana-ruiz' },
    { ...at('Bo Lee'), actorId: null },
    { ...at('BO LEE'), actorId: null },
  ],
  dates: [lunes, { ...at('la cumbre'), date: null, reason: 'no date in it' }],
  events: [
    {
      sentence: long,
      kind: 'meeting',
      status: 'occurred',
      actors: [
        { actorId: 'ana-ruiz', name: 'Ana Ruiz', role: 'participant' },
        { actorId: 'ana-ruiz', name: 'Ana', role: 'subject' },
        { actorId: null, name: 'Bo Lee', role: 'participant' },
      ],
      date: null,
      quotes: [at('Firmaremos pronto')],
    },
  ],
} as unknown as Draft;
const quote = { sourceId: 'src', ...at('Firmaremos pronto'), kind: 'direct' as const, speakerId: 'ana-ruiz', translation: '' };
const doc: CurationDoc = {
  ...emptyDoc(),
  actors: [{ id: 'ana-ruiz', name: 'Ana Ruiz' } as CurationDoc['actors'][number]],
  quotes: [{ id: `src@${quote.start}-${quote.end}`, ...quote }],
  dismissed: [`mention:src@${at('Bo Lee').start}-${at('Bo Lee').end}`],
  nextKey: 7,
};
const open: CuratedEvent = { ...blankEvent(), key: 'e1', date: { ...lunes.date, origin: 'text' } };

describe('draftProposals', () => {
  const p = draftProposals(doc, 'src', draft, open);

  it('names a quote by its text, knows its speaker and whether it is accepted', () => {
    expect(p.quotes).toEqual([
      expect.objectContaining({ key: `quote:src@${quote.start}-${quote.end}`, label: '«Firmaremos pronto»', dismissed: false, accepted: true, speaker: 'Ana Ruiz' }),
    ]);
    const other = draftProposals({ ...doc, quotes: [], actors: [] }, 'other', draft, null).quotes[0]!;
    expect(other).toMatchObject({ id: `other@${quote.start}-${quote.end}`, accepted: false, speaker: null });
  });

  it('lists each unknown name once, whatever its case, and knows it dismissed', () => {
    expect(p.mentions.map((m) => [m.label, m.dismissed])).toEqual([['Bo Lee', true]]);
  });

  it('a resolved date can go into the open event, and says when the event has it already', () => {
    expect(p.dates.map((d) => [d.label, d.usable, d.used])).toEqual([
      ['el lunes', true, true],
      ['la cumbre', false, false],
    ]);
    const elsewhere = draftProposals(doc, 'src', draft, { ...open, date: { ...open.date, basis: 'another' } });
    expect(elsewhere.dates[0]).toMatchObject({ usable: true, used: false });
    expect(draftProposals(doc, 'src', draft, null).dates[0]).toMatchObject({ usable: false, used: false });
  });

  it('labels an event by its sentence, cut at 70 characters', () => {
    expect(long.text.length).toBeGreaterThan(70);
    expect(p.events[0]!.label).toBe(`${long.text.slice(0, 70)}…`);
    expect(p.events[0]!.key).toBe(`event:src@${long.start}-${long.end}`);
  });
});

describe('accepting a proposal', () => {
  it('a quote is direct, spoken by the actor the draft matched', () => {
    expect(acceptedQuote('src', draft.quotes[0]!)).toEqual(quote);
  });

  it('an event takes its known actors once each, the accepted quotes it holds and the names still to add', () => {
    const made = createdEvent(doc, 'src', draft.events[0]!);
    expect(made.key).toBe('e7');
    expect(made.event).toEqual({ ...blankEvent(), kind: 'meeting', status: 'occurred', actors: [{ id: 'ana-ruiz', role: 'subject' }] });
    expect(made.quoteIds).toEqual([doc.quotes[0]!.id]);
    expect(made.pending).toEqual([{ name: 'Bo Lee', role: 'participant' }]);
    // Quotes of another source at the same offsets are not this event's.
    expect(createdEvent(doc, 'other', draft.events[0]!).quoteIds).toEqual([]);
  });
});

describe('names an event waits for', () => {
  const pending = { e1: [{ name: 'Bo Lee', role: 'subject' as const }, { name: 'Ana Ruiz', role: 'participant' as const }] };
  const withEvent: CurationDoc = { ...doc, events: [{ ...blankEvent(), key: 'e1', actors: [{ id: 'cy', role: 'participant' }] }] };

  it('lists those no actor has taken', () => {
    expect(pendingNames(doc, pending, 'e1')).toEqual(['Bo Lee']);
    expect(pendingNames(doc, pending, 'e9')).toEqual([]);
  });

  it('an actor added for one joins the event in its role, once', () => {
    expect(joinPending(withEvent, pending, 'e1', 'Bo Lee', 'bo-lee')).toEqual({
      actors: [{ id: 'cy', role: 'participant' }, { id: 'bo-lee', role: 'subject' }],
      pending: { e1: [{ name: 'Ana Ruiz', role: 'participant' }] },
    });
    expect(joinPending(withEvent, pending, 'e1', 'Bo Lee', 'cy').actors).toBeNull();
    // The event is gone, or the name was never pending: nothing to join.
    expect(joinPending(doc, pending, 'e1', 'Bo Lee', 'bo-lee').actors).toBeNull();
    expect(joinPending(withEvent, pending, 'e1', 'Dan', 'dan')).toEqual({ actors: null, pending });
  });
});

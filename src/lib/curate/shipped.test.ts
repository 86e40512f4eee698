/**
 * The draft of the shipped article (published Saturday 2025-02-15) against the figures of
 * issue 17 and against the curated dataset, which a person wrote from the same text.
 */
import { describe, expect, it } from 'vitest';
import { DATASET, draftShipped, SHIPPED_SOURCE, SHIPPED_TEXT, spansOf } from './articles.test-helper';

const draft = draftShipped();

const speakerOf = (needle: string) => {
  const q = draft.quotes.find((x) => x.text.startsWith(needle));
  if (!q) throw new Error(`no quote starting ${needle}`);
  return q.speaker?.actorId ?? null;
};

describe('the shipped article', () => {
  it('finds the nine direct quotations, exactly the curated ones, and nothing outside the body', () => {
    const curated = DATASET.events
      .flatMap((e) => e.quotes)
      .filter((q) => q.kind === 'direct')
      .map((q) => ({ start: q.start, end: q.end, text: q.text }));
    const unique = [...new Map(curated.map((q) => [`${q.start}`, q])).values()].sort((a, b) => a.start - b.start);
    expect(draft.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text }))).toEqual(unique);
    expect(draft.quotes).toHaveLength(9);
    expect(draft.quotes.every((q) => q.kind === 'direct')).toBe(true);
  });

  it('gives each quotation the speaker the article gives', () => {
    expect(draft.quotes.map((q) => q.speaker?.actorId ?? null)).toEqual([
      null, // «inmediatamente»: the article names no speaker
      'tammy-bruce',
      'tammy-bruce',
      'russian-foreign-ministry',
      'russian-foreign-ministry',
      'russian-foreign-ministry',
      'russian-foreign-ministry',
      'donald-trump',
      'donald-trump',
    ]);
    expect(speakerOf('una línea de comunicación')).toBe('russian-foreign-ministry');
    expect(speakerOf('medidas concretas')).toBe('russian-foreign-ministry');
  });

  it('agrees with every speaker the curators gave a direct quotation', () => {
    for (const q of DATASET.events.flatMap((e) => e.quotes).filter((x) => x.kind === 'direct')) {
      expect(draft.quotes.find((d) => d.start === q.start)?.speaker?.actorId ?? null, q.text).toBe(q.speakerId);
    }
  });

  it('points each speaker at the words that name it in the article', () => {
    const named = draft.quotes.map((q) => (q.speaker ? SHIPPED_TEXT.slice(q.speaker.start, q.speaker.end) : null));
    expect(named).toEqual([
      null,
      'Tammy Bruce',
      'Tammy Bruce',
      'El Ministerio de Relaciones Exteriores de Rusia',
      'El Ministerio de Relaciones Exteriores de Rusia',
      'el ministerio',
      'el ministerio',
      'Trump',
      'Trump',
    ]);
    expect(draft.quotes[1]!.speaker!.name).toBe('Tammy Bruce');
  });

  it('resolves the short references without the dataset too, to the actor named earlier', () => {
    const bare = draftShipped(false);
    expect(bare.quotes.map((q) => q.speaker?.name ?? null)).toEqual([
      null,
      'Tammy Bruce',
      'Tammy Bruce',
      'El Ministerio de Relaciones Exteriores de Rusia',
      'El Ministerio de Relaciones Exteriores de Rusia',
      'El Ministerio de Relaciones Exteriores de Rusia',
      'El Ministerio de Relaciones Exteriores de Rusia',
      'Donald Trump',
      'Donald Trump',
    ]);
    expect(bare.quotes.every((q) => q.speaker === null || q.speaker.actorId === null)).toBe(true);
    // The reference itself («agregó el ministerio») is where the speaker is named.
    expect(SHIPPED_TEXT.slice(bare.quotes[5]!.speaker!.start, bare.quotes[5]!.speaker!.end)).toBe('el ministerio');
  });

  it('finds every person of the dataset among the mentions', () => {
    const people = DATASET.actors.filter((a) => a.kind === 'person').map((a) => a.id);
    expect(people).toHaveLength(9);
    const mentioned = new Set(draft.mentions.map((m) => m.actorId));
    for (const id of people) expect(mentioned.has(id), id).toBe(true);
  });

  it('matches every actor of the dataset that the body names', () => {
    const mentioned = new Set(draft.mentions.map((m) => m.actorId));
    const missing = DATASET.actors.filter((a) => !mentioned.has(a.id)).map((a) => a.id);
    // Both are named only inside a longer alias of someone else («la portavoz del departamento de
    // Estado», «director de la CIA»): the longer match wins, as it should.
    expect(missing).toEqual(['us-state-department', 'cia']);
  });

  it('resolves the five dates', () => {
    const pick = (text: string, nth = 0) => draft.dates.filter((d) => d.text === text)[nth]!.date;
    expect(draft.dates.map((d) => d.text)).toEqual(['la próxima semana', 'la próxima semana', 'el miércoles', '2016', 'el jueves', 'esta semana']);
    expect(pick('el miércoles')).toMatchObject({ start: '2025-02-12', end: '2025-02-12', precision: 'day' });
    expect(pick('el miércoles')!.basis).toMatch(/^«el miércoles»: the Wednesday before publication on Saturday 2025-02-15 → 2025-02-12\./u);
    expect(pick('el jueves')).toMatchObject({ start: '2025-02-13', end: '2025-02-13', precision: 'day' });
    expect(pick('la próxima semana')).toEqual({
      start: '2025-02-17',
      end: '2025-02-23',
      precision: 'week',
      basis: '«la próxima semana»: the week after publication on Saturday 2025-02-15, Monday 2025-02-17 to Sunday 2025-02-23.',
    });
    expect(pick('la próxima semana', 1)).toEqual(pick('la próxima semana'));
    expect(pick('esta semana')).toEqual({
      start: '2025-02-10',
      end: '2025-02-16',
      precision: 'week',
      basis: '«esta semana»: the week of publication on Saturday 2025-02-15, Monday 2025-02-10 to Sunday 2025-02-16.',
    });
    expect(pick('2016')).toMatchObject({ start: '2016-01-01', end: '2016-12-31', precision: 'year' });
  });

  it('agrees with the curated dates of the events those expressions date', () => {
    const byId = new Map(DATASET.events.map((e) => [e.id, e.date]));
    const strip = (d: { start: string | null; end: string | null; precision: string } | null | undefined) => d && { start: d.start, end: d.end, precision: d.precision };
    const get = (text: string) => strip(draft.dates.find((d) => d.text === text)!.date);
    expect(get('el miércoles')).toEqual(strip(byId.get('trump-putin-call')));
    expect(get('el jueves')).toEqual(strip(byId.get('trump-thursday-remarks')));
    expect(get('la próxima semana')).toEqual(strip(byId.get('saudi-arabia-talks-planned')));
    expect(get('esta semana')).toEqual(strip(byId.get('kyiv-europe-alarmed')));
    expect(get('2016')).toEqual(strip(byId.get('election-interference-accusations-2016')));
  });

  it('ignores the promotion and the stray marks outside the body', () => {
    const body = SHIPPED_SOURCE.body!;
    for (const s of spansOf(draft)) {
      expect(s.start, s.where).toBeGreaterThanOrEqual(body.start);
      expect(s.end, s.where).toBeLessThanOrEqual(body.end);
    }
    // «en 2024» is in the promotion: not a date of the article.
    expect(draft.dates.some((d) => d.text.includes('2024'))).toBe(false);
  });

  it('keeps every offset a slice of the article', () => {
    for (const s of spansOf(draft)) {
      expect(s.start, s.where).toBeLessThan(s.end);
      if (s.text !== undefined) expect(SHIPPED_TEXT.slice(s.start, s.end), s.where).toBe(s.text);
    }
  });

  it('carries the source entry with its text inline', () => {
    const { file: _file, ...rest } = SHIPPED_SOURCE;
    const d = draftShipped();
    expect(d.source.text).toBe(SHIPPED_TEXT);
    expect(Object.keys(d.source)).toEqual(['id', 'lang', 'text', 'publisher', 'published', 'title', 'url', 'notes', 'body']);
    expect(d.source.published).toBe(rest.published);
    expect(d.source.body).toEqual(rest.body);
  });

  it('drafts events: the planned Saudi talks, the Thursday remarks, the 2016 background', () => {
    const about = (needle: string) => draft.events.find((e) => e.sentence.text.includes(needle))!;
    const saudi = about('se reunirán con funcionarios rusos');
    expect(saudi).toMatchObject({ kind: 'meeting', status: 'planned', date: { start: '2025-02-17', end: '2025-02-23', precision: 'week' } });
    expect(saudi.actors.filter((a) => a.role === 'participant').map((a) => a.actorId)).toEqual(
      expect.arrayContaining(['marco-rubio', 'mike-waltz', 'steve-witkoff']),
    );
    const thursday = about('Trump dijo el jueves');
    expect(thursday).toMatchObject({ status: 'occurred', date: { start: '2025-02-13', precision: 'day' } });
    expect(thursday.actors.find((a) => a.actorId === 'donald-trump')!.role).toBe('speaker');
    expect(thursday.quotes).toEqual([
      { start: 3043, end: 3058 },
      { start: 3160, end: 3202 },
    ]);
    expect(about('elecciones de Trump en 2016')).toMatchObject({ kind: 'background', date: { start: '2016-01-01', precision: 'year' } });
    // The call itself is not dated by the article: only "on or before publication" is proposed.
    expect(about('ha hablado con el ministro').date).toMatchObject({ start: null, end: '2025-02-15', precision: 'range' });
    // Every quotation belongs to exactly one draft event.
    expect(draft.events.flatMap((e) => e.quotes.map((q) => q.start)).sort((a, b) => a - b)).toEqual(draft.quotes.map((q) => q.start));
  });
});

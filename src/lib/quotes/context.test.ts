import { describe, expect, it } from 'vitest';
import { quoteContext, sentencesFor } from './context';
import { segmentSentences } from './sentences';
import { shippedIndex } from './shipped.test-helper';

const index = shippedIndex();

function contextOf(eventId: string, quoteText: string) {
  const q = index.eventById.get(eventId)!.quotes.find((x) => x.text === quoteText)!;
  const text = index.texts.get(q.sourceId)!;
  return quoteContext(text, segmentSentences(text), q.start, q.end);
}

describe('quoteContext on every quote of the shipped dataset', () => {
  const all = index.events.flatMap((ev) => ev.quotes.map((q) => [ev.id, q] as const));

  it('covers every quote', () => {
    expect(all.length).toBe(29);
  });

  it.each(all.map(([id, q]) => [`${id} ${q.start}-${q.end}`, q] as const))(
    '%s: before + quote + after reassemble to the original slice',
    (_name, q) => {
      const text = index.texts.get(q.sourceId)!;
      const c = quoteContext(text, segmentSentences(text), q.start, q.end);
      expect(c.quote).toBe(q.text);
      expect(c.before + c.quote + c.after).toBe(text.slice(c.start, c.end));
      expect(c.start).toBeLessThanOrEqual(q.start);
      expect(c.end).toBeGreaterThanOrEqual(q.end);
      // A whole sentence on each side, unless the quote is at the very start or end.
      if (q.start > 200) expect(c.before.length).toBeGreaterThan(0);
      if (q.end < 4100) expect(c.after.length).toBeGreaterThan(0);
    },
  );
});

describe('quoteContext', () => {
  it('gives the partial sentence and the whole sentence on each side of a direct quote', () => {
    const c = contextOf('rubio-lavrov-call', 'reafirmó el compromiso del presidente Trump de encontrar un fin al conflicto en Ucrania');
    expect(c.before).toBe(
      'La reunión de alto nivel se produce después de que el presidente de EE. UU., Donald Trump, hablara con su homólogo ruso, Vladimir Putin, y ambos acordaran comenzar negociaciones para poner fin a la guerra en Ucrania “inmediatamente”.\nRubio “',
    );
    expect(c.after).toBe(
      '”, dijo la portavoz del departamento de Estado, Tammy Bruce, sobre la llamada con Lavrov. “Además, discutieron la oportunidad de potencialmente trabajar juntos en una serie de otros asuntos bilaterales”.',
    );
  });

  it('does not break "EE. UU." when the quote ends with it', () => {
    const c = contextOf(
      'us-negotiating-team-named',
      'Trump dijo que había ordenado a Rubio, al director de la CIA John Ratcliffe, Waltz y Witkoff que encabezaran el equipo de negociación de EE. UU.',
    );
    expect(c.after).toBe(' Su enviado de Ucrania, Keith Kellogg, fue notablemente ausente de esta lista.');
    expect(c.before.startsWith('Trump dijo el jueves')).toBe(true);
  });

  it('stops at the text edges', () => {
    const text = 'Primera frase. Segunda frase.';
    const s = segmentSentences(text);
    expect(quoteContext(text, s, 0, 7)).toMatchObject({ before: '', after: ' frase. Segunda frase.' });
    expect(quoteContext(text, s, 15, 29)).toMatchObject({ before: 'Primera frase. ', after: '' });
  });

  it('treats a quote that starts or ends in a gap as touching only the sentences it covers', () => {
    const text = 'Uno. Dos. Tres. Cuatro.';
    const s = segmentSentences(text);
    // " Dos. " from the gap after "Uno." to the gap after "Dos."
    const c = quoteContext(text, s, 4, 10);
    expect(c.before).toBe('Uno.');
    expect(c.after).toBe('Tres.');
  });

  it('keeps context inside the article body (not the newsletter promotion above it)', () => {
    const q = index.eventById.get('rubio-lavrov-call')!.quotes[0]!;
    const source = index.sourceById.get(q.sourceId)!;
    expect(source.body).toBeTruthy();
    const text = index.texts.get(q.sourceId)!;
    const c = quoteContext(text, sentencesFor(index.texts, q.sourceId, source.body), q.start, q.end);
    expect(c.before).toBe('');
    expect(c.after.startsWith('\nRubio, el asesor de seguridad nacional')).toBe(true);
  });

  it('returns the bare quote for a text with no sentences', () => {
    expect(quoteContext('   ', [], 1, 2)).toEqual({ start: 1, end: 2, before: '', quote: ' ', after: '' });
  });
});

import { describe, expect, it } from 'vitest';
import { shippedIndex } from './shipped.test-helper';
import { segmentSentences, sentenceAtOrAfter, sentencesStartingBefore } from './sentences';

const cut = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('splits at a full stop followed by a capital', () => {
    expect(cut('Rubio habló con Lavrov. Luego habló Bruce.')).toEqual([
      'Rubio habló con Lavrov.',
      'Luego habló Bruce.',
    ]);
  });

  it('does not split inside "EE. UU." followed by a comma or a lower-case word', () => {
    expect(cut('El secretario de Estado de EE. UU., Marco Rubio, habló. La embajada de EE. UU. en Moscú opera.')).toEqual([
      'El secretario de Estado de EE. UU., Marco Rubio, habló.',
      'La embajada de EE. UU. en Moscú opera.',
    ]);
  });

  it('does not split when a sentence starts with "EE. UU."', () => {
    expect(cut('EE. UU. ha solicitado propuestas. Washington envió un cuestionario.')).toEqual([
      'EE. UU. ha solicitado propuestas.',
      'Washington envió un cuestionario.',
    ]);
  });

  it('ends a sentence at "EE. UU." when a capitalised sentence follows, as in the source', () => {
    expect(cut('el equipo de negociación de EE. UU. Su enviado de Ucrania fue ausente.')).toEqual([
      'el equipo de negociación de EE. UU.',
      'Su enviado de Ucrania fue ausente.',
    ]);
  });

  it('keeps initials and titles inside the sentence', () => {
    expect(cut('John F. Kennedy y el Sr. Lavrov hablaron. Fin.')).toEqual([
      'John F. Kennedy y el Sr. Lavrov hablaron.',
      'Fin.',
    ]);
  });

  it('keeps closing quotation marks with their sentence and splits before an opening one', () => {
    expect(cut('dijo Bruce. “Además, discutieron asuntos”. Y luego ¿qué? Nada.')).toEqual([
      'dijo Bruce.',
      '“Además, discutieron asuntos”.',
      'Y luego ¿qué?',
      'Nada.',
    ]);
  });

  it('treats every line as its own sentence, even without a full stop', () => {
    expect(cut('“\nDesbloquee el boletín\nSu guía sobre EE. UU. en 2024\n')).toEqual([
      '“',
      'Desbloquee el boletín',
      'Su guía sobre EE. UU. en 2024',
    ]);
  });

  it('does not split at a lower-case word, a number with decimals or an ellipsis inside a sentence', () => {
    expect(cut('Subió 2.5 puntos… y siguió. Bien')).toEqual(['Subió 2.5 puntos… y siguió.', 'Bien']);
  });

  it('segments the shipped source so that no sentence ends at "EE."', () => {
    const index = shippedIndex();
    for (const text of index.texts.values()) {
      const sentences = cut(text);
      expect(sentences.length).toBeGreaterThan(20);
      for (const s of sentences) expect(s.endsWith(' EE.')).toBe(false);
      expect(sentences).toContain(
        'El secretario de Estado de EE. UU., Marco Rubio, ha hablado con el ministro de Relaciones Exteriores ruso, Sergei Lavrov, antes de las conversaciones de alto nivel entre Washington y Moscú la próxima semana, a medida que las relaciones entre los países mejoran.',
      );
    }
  });
});

describe('sentence lookup', () => {
  const text = 'Uno dos. Tres cuatro. Cinco.';
  const spans = segmentSentences(text);
  it('finds the sentence containing an offset, or the next one from a gap', () => {
    expect(sentenceAtOrAfter(spans, 0)).toBe(0);
    expect(sentenceAtOrAfter(spans, 8)).toBe(1);
    expect(sentenceAtOrAfter(spans, 12)).toBe(1);
    expect(sentenceAtOrAfter(spans, text.length)).toBe(3);
  });
  it('counts the sentences that start before an offset', () => {
    expect(sentencesStartingBefore(spans, 0)).toBe(0);
    expect(sentencesStartingBefore(spans, 9)).toBe(1);
    expect(sentencesStartingBefore(spans, 10)).toBe(2);
  });
});

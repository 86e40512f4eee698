import { describe, expect, it } from 'vitest';
import type { Quote } from '../../data/schema';
import { quoteKey, quotesBySource, type QuoteRef } from './quote-ref';
import { groupRuns, readerLines } from './reader';
import { shippedIndex } from './shipped.test-helper';

function ref(eventId: string, start: number, end: number, text: string): QuoteRef {
  const quote: Quote = {
    sourceId: 's',
    start,
    end,
    text: text.slice(start, end),
    speakerId: null,
    kind: 'passage',
    translation: { en: 'x' },
  };
  return { key: quoteKey(eventId, quote), eventId, quote };
}

describe('readerLines', () => {
  const text = 'Título\nUno dice “sí” hoy.\n\nFin';

  it('keeps every character, cut into lines at "\\n"', () => {
    const lines = readerLines(text, []);
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(['Título', 'Uno dice “sí” hoy.', '', 'Fin']);
    for (const l of lines) expect(l.runs.map((r) => text.slice(r.start, r.end)).join('')).toBe(text.slice(l.start, l.end));
  });

  it('gives a nested quote to the innermost range and marks lines in use', () => {
    const passage = ref('outer-event', 7, 25, text);
    const direct = ref('inner-event', 17, 19, text);
    const lines = readerLines(text, [passage, direct]);
    expect(lines.map((l) => l.used)).toEqual([false, true, false, false]);
    const runs = lines[1]!.runs.map((r) => [text.slice(r.start, r.end), r.owner?.eventId ?? null, r.covers.length]);
    expect(runs).toEqual([
      ['Uno dice “', 'outer-event', 1],
      ['sí', 'inner-event', 2],
      ['” hoy.', 'outer-event', 1],
    ]);
  });

  it('splits a quote that spans a line break into one run per line', () => {
    const q = ref('e', 3, 10, text);
    const lines = readerLines(text, [q]);
    expect(lines[0]!.runs.map((r) => [text.slice(r.start, r.end), r.owner?.key ?? null])).toEqual([
      ['Tít', null],
      ['ulo', q.key],
    ]);
    expect(lines[1]!.runs[0]).toMatchObject({ start: 7, end: 10, owner: q });
  });

  it('marks search hits alongside quotes', () => {
    const lines = readerLines(text, [], [[0, 3]]);
    expect(lines[0]!.runs.map((r) => [text.slice(r.start, r.end), r.match])).toEqual([
      ['Tít', true],
      ['ulo', false],
    ]);
  });

  it('lays out the shipped source: every quote reachable, the promotion lines unused', () => {
    const index = shippedIndex();
    const [sourceId, refs] = [...quotesBySource(index)][0]!;
    const text = index.texts.get(sourceId)!;
    const lines = readerLines(text, refs);
    expect(lines.length).toBe(text.split('\n').length);
    expect(lines.slice(0, 3).map((l) => l.used)).toEqual([false, false, false]);
    const owners = new Set(lines.flatMap((l) => l.runs.flatMap((r) => (r.owner ? [r.owner.key] : []))));
    // Every quote owns at least one run: none is entirely hidden under another.
    expect(owners.size).toBe(refs.length);
    // "inmediatamente" sits inside its passage: the inner run selects the direct quote.
    const inner = lines.flatMap((l) => l.runs).find((r) => text.slice(r.start, r.end) === 'inmediatamente')!;
    expect(inner.owner!.quote.kind).toBe('direct');
    expect(inner.covers.map((c) => c.quote.kind)).toEqual(['direct', 'passage']);
  });
});

describe('groupRuns', () => {
  it('joins neighbouring runs of the same quote, so a search hit does not split a passage', () => {
    const text = 'aa bb cc dd';
    const q = ref('e', 0, 8, text);
    const lines = readerLines(text, [q], [[3, 5]]);
    const pieces = groupRuns(lines[0]!.runs);
    expect(pieces.map((p) => [p.owner?.key ?? null, p.runs.map((r) => text.slice(r.start, r.end))])).toEqual([
      [q.key, ['aa ', 'bb', ' cc']],
      [null, [' dd']],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { articleMarks, collapsed, HINT, selected } from './article';
import type { Draft } from './draft';
import type { CuratedQuote } from './workspace';

// Test fixture: an invented sentence, a draft reduced to the fields the marks read.
const TEXT = 'Ana dijo: «Vamos a firmar». El lunes, Bo calló.';
const quote = (sourceId: string, start: number, end: number): CuratedQuote => ({
  id: `${sourceId}@${start}-${end}`, sourceId, start, end, text: TEXT.slice(start, end), kind: 'direct', speakerId: null, translation: '',
});
const draft = {
  quotes: [{ start: 11, end: 25 }, { start: 0, end: 3 }],
  mentions: [{ start: 0, end: 3 }, { start: 38, end: 40 }],
  dates: [{ start: 28, end: 36 }],
} as unknown as Draft;

describe('articleMarks', () => {
  it("marks this source's accepted quotes, and the draft's proposals not yet accepted", () => {
    expect(articleMarks('a', [quote('a', 11, 25), quote('b', 0, 3)], draft)).toEqual([
      { start: 11, end: 25, kind: 'accepted' },
      { start: 0, end: 3, kind: 'quote' },
      { start: 0, end: 3, kind: 'mention' },
      { start: 38, end: 40, kind: 'mention' },
      { start: 28, end: 36, kind: 'date' },
    ]);
  });

  it('marks only accepted quotes while there is no draft', () => {
    expect(articleMarks('b', [quote('a', 11, 25), quote('b', 0, 3)], null)).toEqual([{ start: 0, end: 3, kind: 'accepted' }]);
  });
});

describe('the selection status', () => {
  it('a selection trims white space, keeps to the body, and could still mark a body elsewhere', () => {
    const s = selected(TEXT, 27, 38, { start: 0, end: 27 });
    expect(s).toEqual({
      kind: 'selection',
      quote: { ok: false, reason: 'outside-body', body: { start: 0, end: 27 } },
      span: { ok: true, start: 28, end: 37, text: 'El lunes,' },
    });
    expect(selected(TEXT, 36, 28, null)).toMatchObject({ quote: { ok: true, start: 28, end: 36 } });
  });

  it('a caret gives up a selection, and keeps what was made', () => {
    expect(collapsed(selected(TEXT, 0, 3, null))).toBe(HINT);
    const made = { kind: 'made', start: 0, end: 3 } as const;
    expect(collapsed(made)).toBe(made);
  });
});

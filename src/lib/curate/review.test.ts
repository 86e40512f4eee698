import { describe, expect, it } from 'vitest';
import { FIXTURES } from './articles.test-helper';
import { draftFor, historyKey, reviewedSource } from './review';
import { emptyDoc, type CuratedSource, type CurationDoc } from './workspace';

// Test fixture: the invented Valdoria article as two sources, one with no publication date.
const { text, published } = FIXTURES.valdoria;
const source = (id: string, p: string | null): CuratedSource => ({ id, lang: 'es', text, publisher: 'x', published: p, title: null, url: null, notes: null, body: null });
const doc: CurationDoc = { ...emptyDoc(), sources: [source('a', published), source('b', null)] };

describe('the source under review', () => {
  it('is the one the address names while it exists, else the last added', () => {
    expect(reviewedSource(doc, 'a')?.id).toBe('a');
    expect(reviewedSource(doc, 'gone')?.id).toBe('b');
    expect(reviewedSource(doc, null)?.id).toBe('b');
    expect(reviewedSource(emptyDoc(), 'a')).toBeNull();
  });

  it('is drafted once it has a publication date', () => {
    const a = draftFor(doc, doc.sources[0]!);
    expect(a.error).toBeNull();
    expect(a.draft?.quotes.length).toBeGreaterThan(0);
    expect(draftFor(doc, doc.sources[1]!)).toEqual({ draft: null, error: 'needPublished' });
    expect(draftFor(doc, null)).toEqual({ draft: null, error: null });
  });

  it("says why the engine refuses a source's input", () => {
    const bad = draftFor(doc, { ...doc.sources[0]!, published: '2024-13-45' });
    expect(bad.draft).toBeNull();
    expect(bad.error).toMatch(/\S/);
  });
});

describe('historyKey', () => {
  const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}, tag = 'DIV') =>
    historyKey({ key, ctrlKey: false, metaKey: false, shiftKey: false, ...mods }, tag);

  it('undoes with Ctrl or ⌘ and Z, redoes with Shift+Z or Y', () => {
    expect(press('z', { ctrlKey: true })).toBe('undo');
    expect(press('Z', { metaKey: true, shiftKey: true })).toBe('redo');
    expect(press('y', { ctrlKey: true })).toBe('redo');
  });

  it('leaves other keys, plain keys and text fields alone', () => {
    expect(press('z')).toBeNull();
    expect(press('s', { ctrlKey: true })).toBeNull();
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT']) expect(press('z', { ctrlKey: true }, tag)).toBeNull();
  });
});

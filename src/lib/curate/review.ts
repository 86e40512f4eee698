/** The source under review, its draft, and the workspace's own undo keys. */
import { draftArticle, DraftInputError, type Draft } from './draft';
import type { CuratedSource, CurationDoc } from './workspace';

/** The source the address names while it exists, else the one added last. */
export function reviewedSource(doc: CurationDoc, wanted: string | null): CuratedSource | null {
  return doc.sources.find((s) => s.id === wanted) ?? doc.sources[doc.sources.length - 1] ?? null;
}

/**
 * The draft of a source against the workspace's actors, or why there is none: `needPublished`
 * (dates resolve against the publication date), or the engine's refusal of its input.
 */
export function draftFor(doc: CurationDoc, source: CuratedSource | null): { draft: Draft | null; error: string | null } {
  if (!source) return { draft: null, error: null };
  if (!source.published) return { draft: null, error: 'needPublished' };
  try {
    return { draft: draftArticle({ text: source.text, published: source.published, body: source.body, dataset: { actors: doc.actors } }), error: null };
  } catch (e) {
    if (e instanceof DraftInputError) return { draft: null, error: e.message };
    throw e;
  }
}

/**
 * What a key press does to the workspace's history: Ctrl (or ⌘) with Z undoes, with Shift+Z
 * or Y redoes. Not in an input, a text area or a select, which keep their own keys.
 */
export function historyKey(e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }, tagName: string): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || /^(INPUT|TEXTAREA|SELECT)$/.test(tagName)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z' && !e.shiftKey) return 'undo';
  if ((key === 'z' && e.shiftKey) || key === 'y') return 'redo';
  return null;
}

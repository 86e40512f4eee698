import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DATASET as shipped, SHIPPED_TEXT as TEXT } from './articles.test-helper';
import { validateDatasetText } from '../../data/validate';
import { curationProblems, exportedBasis, fromDataset, toDataset, toSelfContained } from './assemble';
import { quoteFromSelection, segmentText } from './segments';
import { sourceWarnings } from './source-check';
import { applyChange, emptyDoc, initialWorkspace, slugify, uniqueId, workspaceReducer, type Action, type CuratedSource, type WorkspaceState } from './workspace';
import { zipDataset } from './zip';

const SRC: CuratedSource = {
  id: 'rubio-lavrov-2025-02-15', lang: 'es', text: TEXT, publisher: 'Financial Times', published: '2025-02-15',
  title: null, url: null, notes: null, body: { start: 161, end: 4176 },
};
const run = (actions: Action[], s: WorkspaceState = initialWorkspace()) => actions.reduce(workspaceReducer, s);
const QUOTE = { sourceId: SRC.id, start: 877, end: 964, text: TEXT.slice(877, 964), kind: 'direct' as const, speakerId: 'tammy-bruce', translation: '' };

describe('workspace reducer', () => {
  it('undoes and redoes each change, and a new change clears the redo list', () => {
    const s1 = run([{ type: 'addSource', source: SRC }, { type: 'acceptQuote', quote: QUOTE }]);
    expect(s1.doc.quotes.map((q) => q.id)).toEqual(['rubio-lavrov-2025-02-15@877-964']);
    const undone = run([{ type: 'undo' }], s1);
    expect(undone.doc.quotes).toEqual([]);
    expect(undone.doc.sources).toHaveLength(1);
    expect(run([{ type: 'redo' }], undone).doc).toBe(s1.doc);
    const branched = run([{ type: 'setTitle', title: { en: 'x', es: 'y' } }], undone);
    expect(branched.future).toEqual([]);
    expect(run([{ type: 'undo' }, { type: 'undo' }, { type: 'undo' }]).doc).toEqual(emptyDoc());
  });

  it('makes one undo step of consecutive edits to one field', () => {
    const s = run([
      { type: 'setTitle', title: { en: 'A', es: '' }, coalesce: 'title.en' },
      { type: 'setTitle', title: { en: 'Ab', es: '' }, coalesce: 'title.en' },
      { type: 'setTitle', title: { en: 'Ab', es: 'C' }, coalesce: 'title.es' },
    ]);
    expect(s.past).toHaveLength(2);
    expect(run([{ type: 'undo' }], s).doc.title).toEqual({ en: 'Ab', es: '' });
  });

  it('tracks unexported changes; a no-op is no change', () => {
    const s = run([{ type: 'addSource', source: SRC }]);
    expect(s.dirty).toBe(true);
    const e = run([{ type: 'exported' }], s);
    expect(e.dirty).toBe(false);
    expect(run([{ type: 'addSource', source: SRC }], e)).toBe(e);
    expect(run([{ type: 'updateQuote', id: 'nope', patch: { translation: 'x' } }], e)).toBe(e);
  });

  it('starting from the dataset in view is no change to export; the first edit is', () => {
    const doc = fromDataset(shipped, new Map([[SRC.id, TEXT]]));
    const s = run([{ type: 'reset', doc, pristine: true }]);
    expect(s.doc).toBe(doc);
    expect(s.dirty).toBe(false);
    expect(run([{ type: 'setTitle', title: { en: 'x', es: 'y' } }], s).dirty).toBe(true);
    // Over unexported work, the same reset is a change.
    expect(run([{ type: 'addSource', source: SRC }, { type: 'reset', doc, pristine: true }]).dirty).toBe(true);
  });

  it("keeps a source's text and body once a quote points into it", () => {
    const s = run([{ type: 'addSource', source: SRC }, { type: 'acceptQuote', quote: QUOTE }]);
    expect(run([{ type: 'updateSource', id: SRC.id, patch: { body: null } }], s)).toBe(s);
    expect(run([{ type: 'updateSource', id: SRC.id, patch: { publisher: null } }], s).doc.sources[0]!.publisher).toBeNull();
  });

  it('attaching a quote brings its speaker into the event; removing a quote detaches it', () => {
    const s = run([
      { type: 'addSource', source: SRC },
      { type: 'acceptQuote', quote: QUOTE },
      { type: 'addEvent', event: { id: 'call', kind: 'call', status: 'occurred', date: { start: '2025-02-15', end: '2025-02-15', precision: 'day', basis: 'b', origin: 'outside' }, title: { en: '', es: '' }, summary: { en: '', es: '' }, actors: [], topics: [], location: null, quoteIds: [] } },
      { type: 'attachQuote', key: 'e1', quoteId: 'rubio-lavrov-2025-02-15@877-964' },
    ]);
    expect(s.doc.events[0]!.actors).toEqual([{ id: 'tammy-bruce', role: 'speaker' }]);
    expect(run([{ type: 'removeQuote', id: 'rubio-lavrov-2025-02-15@877-964' }], s).doc.events[0]!.quoteIds).toEqual([]);
  });
});

describe('relations follow the events they cite', () => {
  const texts = new Map([[SRC.id, TEXT]]);
  it('a renamed event carries its relations along; a deleted one leaves them', () => {
    const doc = fromDataset(shipped, texts);
    const call = doc.events.find((e) => e.id === 'rubio-lavrov-call')!;
    const citing = doc.relations.filter((r) => r.eventIds.includes('rubio-lavrov-call')).length;
    expect(citing).toBeGreaterThan(0);
    const renamed = applyChange(doc, { type: 'updateEvent', key: call.key, patch: { id: 'the-call' } });
    expect(renamed.relations.filter((r) => r.eventIds.includes('the-call'))).toHaveLength(citing);
    expect(renamed.relations.some((r) => r.eventIds.includes('rubio-lavrov-call'))).toBe(false);
    expect(curationProblems(renamed)).toEqual([]);
    const removed = applyChange(doc, { type: 'removeEvent', key: call.key });
    expect(removed.relations.some((r) => r.eventIds.includes('rubio-lavrov-call'))).toBe(false);
    expect(curationProblems(removed).filter((p) => p.path.startsWith('relations'))).toEqual([]);
  });

  it('an id another event holds does not take its relations', () => {
    const doc = fromDataset(shipped, texts);
    const [a, b] = doc.events;
    const clash = applyChange(doc, { type: 'updateEvent', key: a!.key, patch: { id: b!.id } });
    expect(clash.relations).toBe(doc.relations);
  });
});

describe('ids', () => {
  it('folds names to kebab-case and avoids taken ids', () => {
    expect(slugify('Ministerio de Relaciones Exteriores de Rusia')).toBe('ministerio-de-relaciones-exteriores-de-rusia');
    expect(slugify('Sergéi  Lavrov!')).toBe('sergei-lavrov');
    expect(uniqueId('a', new Set(['a', 'a-2']), 'x')).toBe('a-3');
    expect(uniqueId('', new Set(), 'actor')).toBe('actor');
  });
});

describe('assembling the dataset', () => {
  it('round-trips the shipped dataset through the workspace, valid as it was', () => {
    const texts = new Map([[SRC.id, TEXT]]);
    const doc = fromDataset(shipped, texts);
    expect(curationProblems(doc)).toEqual([]);
    const { dataset } = toDataset(doc);
    expect(dataset.events.map((e) => e.quotes.length)).toEqual(shipped.events.map((e) => e.quotes.length));
    expect(dataset.events[0]!.date.basis).toBe(shipped.events[0]!.date.basis);
  });

  it('lists blanks and broken references by JSON path, never filling them', () => {
    const s = run([
      { type: 'addSource', source: SRC },
      { type: 'acceptQuote', quote: QUOTE },
      { type: 'addEvent', event: { id: 'call', kind: 'call', status: 'occurred', date: { start: '2025-02-15', end: '2025-02-15', precision: 'day', basis: 'From outside.', origin: 'outside' }, title: { en: '', es: '' }, summary: { en: 'S', es: 'S' }, actors: [], topics: [], location: null, quoteIds: [] } },
      { type: 'attachQuote', key: 'e1', quoteId: 'rubio-lavrov-2025-02-15@877-964' },
    ]);
    const paths = curationProblems(s.doc).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['title.en', 'events[0].title.en', 'events[0].title.es', 'events[0].quotes[0].translation.en']));
    expect(toDataset(s.doc).dataset.events[0]!.date.basis).toBe('From outside. The date comes from outside the article.');
  });

  it('says when a date comes from outside the article, once', () => {
    expect(exportedBasis('Known date.', 'text')).toBe('Known date.');
    expect(exportedBasis('This comes from outside the article.', 'outside')).toBe('This comes from outside the article.');
    expect(exportedBasis('', 'outside')).toBe('');
  });

  it('zips dataset.json and the texts byte for byte', () => {
    const doc = fromDataset(shipped, new Map([[SRC.id, TEXT]]));
    const { dataset, texts } = toDataset(doc);
    const files = unzipSync(zipDataset(dataset, texts));
    expect(Object.keys(files).sort()).toEqual(['dataset.json', 'sources/rubio-lavrov-2025-02-15.txt']);
    expect(strFromU8(files['sources/rubio-lavrov-2025-02-15.txt']!)).toBe(TEXT);
    expect(JSON.parse(strFromU8(files['dataset.json']!))).toEqual(dataset);
  });
});

describe('the self-contained JSON export', () => {
  it('carries each text inline and validates with no file to read', async () => {
    const doc = fromDataset(shipped, new Map([[SRC.id, TEXT]]));
    const json = JSON.stringify(toSelfContained(doc));
    const parsed = JSON.parse(json) as { sources: Record<string, unknown>[] };
    expect(parsed.sources[0]).not.toHaveProperty('file');
    expect(parsed.sources[0]!.text).toBe(TEXT);
    const reads: string[] = [];
    const v = await validateDatasetText(json, (file) => {
      reads.push(file);
      return Promise.reject(new Error('no file'));
    });
    expect(v.ok ? [] : v.problems).toEqual([]);
    expect(reads).toEqual([]);
  });

  it('keeps a text starting with a byte-order mark whole in both forms', () => {
    // Test fixture: a made-up text, not reporting.
    const text = '\uFEFFFixture text\r\n';
    const doc = { ...emptyDoc(), sources: [{ ...SRC, id: 'fixture', text, body: null }] };
    expect(toSelfContained(doc).sources[0]!.text).toBe(text);
    const { dataset, texts } = toDataset(doc);
    const bytes = unzipSync(zipDataset(dataset, texts))['sources/fixture.txt']!;
    // Readers drop one leading mark (TextDecoder as browsers and the validator do): the file
    // has two, so the text reads back with its own.
    expect([...bytes.subarray(0, 6)]).toEqual([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(text);
  });
});

describe('source warnings', () => {
  it('reports CRLF, control characters, a byte-order mark and a missing body without changing the text', () => {
    const text = '\uFEFFa\r\nb\r\nc\u0007d';
    const w = sourceWarnings(text, null);
    expect(w).toEqual([{ kind: 'crlf', count: 2 }, { kind: 'bom' }, { kind: 'control', count: 1, first: 8, code: 7 }, { kind: 'no-body' }]);
    expect(sourceWarnings(TEXT, SRC.body)).toEqual([]);
  });
});

describe('segments and selections', () => {
  it('cuts the text at every mark edge; overlapping marks both cover the run', () => {
    const segs = segmentText(20, [{ start: 2, end: 10, kind: 'quote' }, { start: 5, end: 8, kind: 'mention' }], { start: 1, end: 19 });
    expect(segs.map((s) => [s.start, s.end, s.kinds.join('+'), s.inBody])).toEqual([
      [0, 1, '', false], [1, 2, '', true], [2, 5, 'quote', true], [5, 8, 'quote+mention', true], [8, 10, 'quote', true], [10, 19, '', true], [19, 20, '', false],
    ]);
  });

  it('takes the exact slice, trims white space at the edges, and refuses what leaves the body', () => {
    // Backwards from 964 to the space at 875: the space is left out, the opening mark at 876 kept.
    expect(quoteFromSelection(TEXT, 964, 875, SRC.body)).toEqual({ ok: true, start: 876, end: 964, text: TEXT.slice(876, 964) });
    expect(TEXT[875]).toBe(' ');
    expect(quoteFromSelection(TEXT, 150, 200, SRC.body)).toEqual({ ok: false, reason: 'outside-body', body: SRC.body });
    expect(quoteFromSelection(TEXT, 5, 5, SRC.body)).toEqual({ ok: false, reason: 'empty' });
  });
});

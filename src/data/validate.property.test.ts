import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import datasetText from '../../public/data/dataset.json?raw';
import sourceText from '../../public/data/sources/rubio-lavrov-2025-02-15.txt?raw';
import { parseJsonText } from './json';
import { formatPath, type Problem } from './problems';
import { validate as compiledShape } from './shape-check.generated.js';
import type { Validation } from './validate';
import { explainShape, validateParsed } from './validate-sync';

/**
 * The validator never throws, whatever it is fed, and never accepts a broken reference or a
 * quote that differs from its source slice. Mutations start from the shipped dataset.
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

const SHIPPED = JSON.parse(datasetText) as { [k: string]: Json };
const TEXTS = new Map([['rubio-lavrov-2025-02-15', sourceText]]);
/** The same dataset, self-contained: the source's text inline instead of its file. */
const INLINE = JSON.parse(datasetText) as { [k: string]: Json };
for (const s of INLINE.sources as { [k: string]: Json }[]) {
  delete s.file;
  s.text = sourceText;
}
/** Both forms of the data format: each mutation below runs on each. */
const FORMS = [
  { form: 'with source files', doc: SHIPPED, texts: TEXTS as ReadonlyMap<string, string> },
  { form: 'self-contained (inline text)', doc: INLINE, texts: new Map<string, string>() as ReadonlyMap<string, string> },
];
const RUNS = { numRuns: 150 };

function run(value: unknown, texts: ReadonlyMap<string, string> = TEXTS): Validation {
  return runWith(value, texts);
}

function runWith(value: unknown, texts: ReadonlyMap<string, string>): Validation {
  let result: Validation | undefined;
  expect(() => (result = validateParsed(value, texts))).not.toThrow();
  return result!;
}

function paths(result: Validation): string[] {
  return result.ok ? [] : result.problems.map((p: Problem) => p.path);
}

const copy = () => structuredClone(SHIPPED) as { [k: string]: Json };

function get(root: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, root);
}

function set(root: Json, path: Path, value: Json | undefined): void {
  const parent = get(root, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (value === undefined) delete parent[key];
  else parent[key] = value;
}

// The schema's optional keys: deleting one must be accepted (checked below), not reported.
const OPTIONAL = new Set(['$schema', 'body']);
// A source's `file` or `text`: exactly one is required, and a missing one is named at the source.
const EITHER = new Set(['file', 'text']);

/** Every path in a dataset, and the required object fields among them. */
function walkPaths(doc: Json): { all: Path[]; fields: Path[] } {
  const all: Path[] = [];
  const fields: Path[] = [];
  (function walk(node: Json, path: Path) {
    if (path.length) all.push(path);
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, i]));
    else if (node && typeof node === 'object')
      for (const [k, child] of Object.entries(node)) {
        if (!OPTIONAL.has(k) && !(path[0] === 'sources' && path.length === 2 && EITHER.has(k))) fields.push([...path, k]);
        walk(child, [...path, k]);
      }
  })(doc, []);
  return { all, fields };
}
const ALL = walkPaths(SHIPPED).all;

const ev = SHIPPED.events as { actors: { id: string }[]; topics: string[]; quotes: { speakerId: string | null; start: number; end: number; text: string }[] }[];
const rel = SHIPPED.relations as { eventIds: string[] }[];

/** Every place an id is referenced, with the path where a dangling one must be reported. */
const REFERENCES: Path[] = [
  ...ev.flatMap((e, i) => [
    ...e.actors.map((_, j): Path => ['events', i, 'actors', j, 'id']),
    ...e.topics.map((_, j): Path => ['events', i, 'topics', j]),
    ...e.quotes.map((_, j): Path => ['events', i, 'quotes', j, 'sourceId']),
    ...e.quotes.flatMap((q, j): Path[] => (q.speakerId ? [['events', i, 'quotes', j, 'speakerId']] : [])),
  ]),
  ...rel.flatMap((r, i) => [['relations', i, 'from'], ['relations', i, 'to'], ...r.eventIds.map((_, j): Path => ['relations', i, 'eventIds', j])]),
];
const QUOTES: Path[] = ev.flatMap((e, i) => e.quotes.map((_, j): Path => ['events', i, 'quotes', j]));
const EXISTING_IDS = new Set(ALL.filter((p) => p[p.length - 1] === 'id').map((p) => get(SHIPPED, p) as string));

/** Strings that break naive code: astral symbols, combining marks, RTL, NUL, lone surrogates. */
const unusualUnit = fc.oneof(
  fc.constantFrom('😀', '👩‍👩‍👧', 'e\u0301', '\u0301', 'א', 'مرحبا', '\u202e', '\u200f', '\0', '\ud800', '\udfff', '\ufeff', '“', '”', '\n', ' ', '\u2028', '𝔘'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const unusualString = fc.oneof(
  fc.string({ unit: unusualUnit, maxLength: 40 }),
  fc.tuple(unusualUnit, fc.integer({ min: 10_000, max: 200_000 })).map(([u, n]) => u.repeat(n)),
);
const danglingId = fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,8}){0,3}$/).filter((id) => !EXISTING_IDS.has(id));

/** Whether `problems` names `path` or something inside it. */
function names(result: Validation, path: Path): boolean {
  const at = formatPath(path);
  return paths(result).some((p) => p === at || p.startsWith(`${at}.`) || p.startsWith(`${at}[`));
}

describe('validateParsed on arbitrary values', { timeout: 20_000 }, () => {
  it('never throws on arbitrary JSON, and never accepts it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(run(v).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('the compiled shape check and zod agree on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(compiledShape(v)).toBe(explainShape(v).ok);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary JavaScript values', () => {
    const anything = fc.anything({
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withObjectString: true,
    });
    fc.assert(
      fc.property(anything, (v) => {
        expect(run(v).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when arbitrary values replace any part of the shipped dataset', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        const d = copy();
        set(d, path, value as Json);
        run(d);
      }),
      RUNS,
    );
  });
});

describe.each(FORMS)('validateParsed on mutated copies of the shipped dataset, $form', { timeout: 20_000 }, ({ doc, texts: formTexts }) => {
  const copy = () => structuredClone(doc) as { [k: string]: Json };
  const run = (value: unknown, texts: ReadonlyMap<string, string> = formTexts) => runWith(value, texts);
  const { all: ALL, fields: FIELDS } = walkPaths(doc);
  const inline = formTexts.size === 0;

  it('accepts the unmutated copy (so every rejection below is the mutation’s doing)', () => {
    expect(paths(run(copy()))).toEqual([]);
  });

  it('the compiled shape check and zod accept and reject the same mutations', () => {
    const agree = (d: unknown) => expect(compiledShape(d), formatPath([])).toBe(explainShape(d).ok);
    const stringPaths = ALL.filter((p) => typeof get(doc, p) === 'string');
    const mutation = fc.oneof(
      fc.tuple(fc.constant('replace' as const), fc.constantFrom(...ALL), fc.jsonValue({ maxDepth: 3 })),
      fc.tuple(fc.constant('wrong' as const), fc.constantFrom(...ALL), fc.constantFrom<Json>(true, false, [true], { wrong: true }, -0.5, 2 ** 53, -1, 0, '', ' ', null)),
      fc.tuple(fc.constant('delete' as const), fc.constantFrom(...ALL), fc.constant(undefined)),
      fc.tuple(fc.constant('unusual' as const), fc.constantFrom(...stringPaths), unusualString),
      fc.tuple(fc.constant('id' as const), fc.constantFrom(...stringPaths), danglingId),
      fc.tuple(fc.constant('key' as const), fc.constantFrom(...ALL), fc.constantFrom('file', 'text', 'titel', '__proto__', 'constructor', 'body')),
    );
    agree(copy());
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const d = copy();
        for (const [kind, path, arg] of mutations) {
          try {
            if (kind === 'key') {
              const node = get(d, path);
              if (node && typeof node === 'object' && !Array.isArray(node)) Object.defineProperty(node, arg, { value: 'x', enumerable: true, configurable: true, writable: true });
            } else set(d, path, arg as Json | undefined);
          } catch {
            // an earlier mutation removed the path: the rest still apply
          }
        }
        agree(d);
        agree(JSON.parse(JSON.stringify(d)));
      }),
      { numRuns: 400 },
    );
  });

  it('names a source with neither file nor text, or with both, at the source', () => {
    const d = copy();
    const s = (d.sources as { [k: string]: Json }[])[0]!;
    delete s[inline ? 'text' : 'file'];
    expect(paths(run(d))).toEqual(['sources[0]']);
    s.file = 'sources/rubio-lavrov-2025-02-15.txt';
    s.text = sourceText;
    expect(paths(run(d))).toEqual(['sources[0]']);
  });

  it('names a deleted required field at its path', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), (path) => {
        const d = copy();
        set(d, path, undefined);
        const r = run(d);
        expect(r.ok).toBe(false);
        expect(r.ok ? [] : r.problems.filter((p) => p.path === formatPath(path)).map((p) => p.message)).toEqual([
          expect.stringMatching(/^is required \(/),
        ]);
      }),
      RUNS,
    );
  });

  it('accepts a copy without an optional field', () => {
    const optional = ALL.filter((p) => OPTIONAL.has(String(p[p.length - 1])));
    expect(optional.length).toBeGreaterThan(0);
    for (const path of optional) {
      const d = copy();
      set(d, path, undefined);
      expect(run(d)).toMatchObject({ ok: true });
    }
  });

  it('names a value of the wrong type at (or inside) its path', () => {
    const wrong = fc.constantFrom<Json>(true, false, [true], { wrong: true }, -0.5);
    fc.assert(
      fc.property(fc.constantFrom(...ALL), wrong, (path, value) => {
        const d = copy();
        set(d, path, value);
        const r = run(d);
        expect(r.ok).toBe(false);
        expect(names(r, path), `${formatPath(path)} in ${paths(r).join(', ')}`).toBe(true);
      }),
      RUNS,
    );
  });

  it('never accepts a dangling reference, and names it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REFERENCES), danglingId, (path, id) => {
        const d = copy();
        set(d, path, id);
        const r = run(d);
        expect(r.ok).toBe(false);
        expect(paths(r)).toContain(formatPath(path));
      }),
      RUNS,
    );
  });

  it('never accepts a duplicated id, and names the second use', () => {
    const collections = ['actors', 'topics', 'events'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...collections), fc.nat(), fc.nat(), (key, a, b) => {
        const list = SHIPPED[key] as { id: string }[];
        const [i, j] = [a % list.length, b % list.length];
        fc.pre(i !== j);
        const d = copy();
        set(d, [key, Math.max(i, j), 'id'], list[Math.min(i, j)]!.id);
        const r = run(d);
        expect(r.ok).toBe(false);
        expect(paths(r)).toContain(`${key}[${Math.max(i, j)}].id`);
      }),
      RUNS,
    );
  });

  it('never accepts shifted offsets, and names the quote', () => {
    const delta = fc.integer({ min: -50, max: 50 });
    fc.assert(
      fc.property(fc.constantFrom(...QUOTES), delta, delta, (path, ds, de) => {
        const q = get(SHIPPED, path) as { start: number; end: number; text: string };
        fc.pre(ds !== 0 || de !== 0);
        // A shift onto another occurrence of the same words is not a mismatch.
        fc.pre(sourceText.slice(q.start + ds, q.end + de) !== q.text || q.start + ds < 0);
        const d = copy();
        set(d, [...path, 'start'], q.start + ds);
        set(d, [...path, 'end'], q.end + de);
        const r = run(d);
        expect(r.ok).toBe(false);
        expect(names(r, path)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never accepts quote text that differs from the source, however unusual', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUOTES), unusualString, fc.boolean(), (path, s, append) => {
        const q = get(SHIPPED, path) as { text: string };
        const text = append ? q.text + s : s;
        fc.pre(text !== q.text);
        const d = copy();
        set(d, [...path, 'text'], text);
        const r = run(d);
        expect(r.ok).toBe(false);
        expect(names(r, path)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on unusual strings anywhere, and rejects them as ids', () => {
    const stringPaths = ALL.filter((p) => typeof get(SHIPPED, p) === 'string');
    fc.assert(
      fc.property(fc.constantFrom(...stringPaths), unusualString, (path, s) => {
        const d = copy();
        set(d, path, s);
        const r = run(d);
        const [parent, key] = path.slice(-2);
        const isId = ['id', 'sourceId', 'speakerId', 'from', 'to'].includes(String(key)) || ((parent === 'topics' || parent === 'eventIds') && typeof key === 'number');
        // A plain kebab-case string is a well-formed id; everything else must be refused where it stands.
        if (isId && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s)) expect(names(r, path)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('names exactly the quotes an edit of the source text displaces', () => {
    fc.assert(
      fc.property(fc.nat({ max: sourceText.length }), unusualString, (pos, inserted) => {
        fc.pre(inserted.length > 0);
        const edited = sourceText.slice(0, pos) + inserted + sourceText.slice(pos);
        const d = copy();
        if (inline) set(d, ['sources', 0, 'text'], edited);
        const r = inline ? run(d) : run(d, new Map([['rubio-lavrov-2025-02-15', edited]]));
        const broken = QUOTES.filter((p) => {
          const q = get(SHIPPED, p) as { start: number; end: number; text: string };
          return edited.slice(q.start, q.end) !== q.text;
        }).map((p) => formatPath(p));
        expect(paths(r).filter((p) => /^events\[\d+\]\.quotes\[\d+\]$/.test(p))).toEqual(broken);
        expect(r.ok).toBe(broken.length === 0);
      }),
      { numRuns: 60 },
    );
  });

  it('after several random mutations, accepts the data only if an independent check finds no broken reference or quote', () => {
    const mutation = fc.oneof(
      fc.tuple(fc.constant('dangle' as const), fc.constantFrom(...REFERENCES), danglingId),
      fc.tuple(fc.constant('retarget' as const), fc.constantFrom(...REFERENCES), fc.constantFrom(...EXISTING_IDS)),
      fc.tuple(fc.constant('shift' as const), fc.constantFrom(...QUOTES), fc.integer({ min: -3, max: 3 })),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const d = copy();
        for (const [kind, path, arg] of mutations) {
          if (kind === 'shift') {
            const q = get(d, path) as { start: number; end: number };
            set(d, [...path, 'start'], Math.max(0, q.start + arg));
          } else set(d, path, arg);
        }
        if (!independentlySound(d)) expect(run(d).ok).toBe(false);
      }),
      RUNS,
    );
  });
});

/** A deliberately plain re-statement of "every reference resolves and every quote matches". */
function independentlySound(d: { [k: string]: Json }): boolean {
  const ids = (key: string) => (d[key] as { id: string }[]).map((x) => x.id);
  const actors = ids('actors');
  const topics = ids('topics');
  const sources = ids('sources');
  const events = d.events as unknown as ((typeof ev)[number] & { id: string })[];
  for (const e of events) {
    const own = e.actors.map((a) => a.id);
    if (!own.every((a) => actors.includes(a))) return false;
    if (!e.topics.every((t) => topics.includes(t))) return false;
    for (const q of e.quotes as ((typeof e.quotes)[number] & { sourceId: string })[]) {
      if (!sources.includes(q.sourceId)) return false;
      if (q.speakerId !== null && !own.includes(q.speakerId)) return false;
      const inline = (d.sources as { id: string; text?: Json }[]).find((s) => s.id === q.sourceId)?.text;
      const text = typeof inline === 'string' ? inline : TEXTS.get(q.sourceId);
      if (text?.slice(q.start, q.end) !== q.text) return false;
    }
  }
  for (const r of d.relations as unknown as { from: string; to: string; eventIds: string[] }[]) {
    if (!actors.includes(r.from) || !actors.includes(r.to)) return false;
    if (!r.eventIds.every((id) => events.some((e) => e.id === id))) return false;
  }
  return true;
}

describe('parseJsonText on arbitrary text', { timeout: 20_000 }, () => {
  it('never throws, agrees with JSON.parse, and locates errors inside the text', () => {
    const text = fc.oneof(fc.json(), fc.string({ unit: unusualUnit }), fc.tuple(fc.json(), fc.nat(), fc.string({ maxLength: 2 })).map(([j, at, s]) => j.slice(0, at % (j.length + 1)) + s + j.slice(at % (j.length + 1) + 1)));
    fc.assert(
      fc.property(text, (t) => {
        let valid = true;
        try {
          JSON.parse(t.charCodeAt(0) === 0xfeff ? t.slice(1) : t);
        } catch {
          valid = false;
        }
        const r = parseJsonText(t);
        expect(r.ok).toBe(valid);
        if (!r.ok) {
          const m = /^malformed JSON at line (\d+), column (\d+): expected .+, found .+$/s.exec(r.problem.message);
          expect(m, r.problem.message).not.toBeNull();
          expect(Number(m![1])).toBeLessThanOrEqual(t.split('\n').length);
        }
      }),
      { numRuns: 400 },
    );
  });
});

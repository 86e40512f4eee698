import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem } from './problems';
import { sourcesAhead, validateDatasetText } from './validate';
import { checkShape, validateParsed } from './validate-sync';
import { FIXTURE_TEXT, FIXTURE_TEXTS, fixtureDataset } from './test-fixture';

type Json = Record<string, unknown> & { events: Record<string, unknown>[]; sources: Record<string, unknown>[] };

function shapeProblems(mutate: (d: Json) => void): string[] {
  const d = fixtureDataset() as unknown as Json;
  mutate(d);
  const r = checkShape(d);
  return r.ok ? [] : r.problems.map(formatProblem);
}

const quote0 = (d: Json) => (d.events[0]!.quotes as Record<string, unknown>[])[0]!;

describe('checkShape: zod issues as `<path>: <message>`', () => {
  it('a source gives exactly one of file and text', () => {
    expect(shapeProblems((d) => (d.sources[0]!.text = FIXTURE_TEXT))).toEqual(['sources[0]: has both "file" and "text": give exactly one of them']);
    expect(shapeProblems((d) => delete d.sources[0]!.file)).toEqual([
      'sources[0]: needs its text: either "file" (a path to the text file) or "text" (the text itself)',
    ]);
    expect(shapeProblems((d) => ((d.sources[0]!.text = 7), delete d.sources[0]!.file))).toEqual(['sources[0].text: must be a string, not the number 7']);
  });

  it('a missing field is required, with what it should be', () => {
    expect(shapeProblems((d) => delete d.events[0]!.title)).toEqual(['events[0].title: is required (an object)']);
    expect(shapeProblems((d) => delete quote0(d).start)).toEqual(['events[0].quotes[0].start: is required (a number)']);
    expect(shapeProblems((d) => delete d.sources[0]!.publisher)).toEqual(['sources[0].publisher: is required (a string or null)']);
    expect(shapeProblems((d) => delete d.events[0]!.kind)).toEqual([
      'events[0].kind: is required (one of "call", "meeting", "statement", "announcement", "appointment", "agreement", "request", "reaction", "background")',
    ]);
    expect(shapeProblems((d) => delete d.schemaVersion)).toEqual(['schemaVersion: is required (1)']);
  });

  it('a wrong type names what was expected and what was found', () => {
    expect(shapeProblems((d) => (quote0(d).start = '12'))).toEqual(['events[0].quotes[0].start: must be a number, not the string "12"']);
    expect(shapeProblems((d) => (quote0(d).end = 12.5))).toEqual(['events[0].quotes[0].end: must be a whole number, not the number 12.5']);
    expect(shapeProblems((d) => (d.events[0]!.title = null))).toEqual(['events[0].title: must be an object, not null']);
    expect(shapeProblems((d) => (d.events[0]!.topics = 'dialogo'))).toEqual(['events[0].topics: must be an array, not the string "dialogo"']);
    expect(shapeProblems((d) => (d.sources[0]!.url = 7))).toEqual(['sources[0].url: must be a string or null, not the number 7']);
  });

  it('a bad enum value lists the allowed ones', () => {
    expect(shapeProblems((d) => (d.events[0]!.status = 'rumoured'))).toEqual([
      'events[0].status: must be one of "occurred", "planned", not the string "rumoured"',
    ]);
    expect(shapeProblems((d) => (d.schemaVersion = 2))).toEqual(['schemaVersion: must be 1, not the number 2']);
  });

  it('an unknown field is named (typos do not pass silently)', () => {
    expect(shapeProblems((d) => (d.events[0]!.titel = {}))).toEqual(['events[0]: unknown field "titel"']);
    expect(shapeProblems((d) => Object.assign(d, { a: 1, 'b c': 2 }))).toEqual(['(root): unknown fields "a", "b c"']);
  });

  it('allows the "$schema" editor hint', () => {
    expect(shapeProblems((d) => (d.$schema = './dataset.schema.json'))).toEqual([]);
  });

  it('explains formats, blanks and bounds', () => {
    expect(shapeProblems((d) => (d.events[0]!.id = 'La Llamada'))).toEqual([
      'events[0].id: must be a kebab-case id (a-z, 0-9, single hyphens) (got "La Llamada")',
    ]);
    expect(shapeProblems((d) => ((d.title as { es: string }).es = '  '))).toEqual(['title.es: must not be empty or blank (got "  ")']);
    expect(shapeProblems((d) => (quote0(d).start = -1))).toEqual(['events[0].quotes[0].start: must be at least 0, not the number -1']);
    expect(shapeProblems((d) => (d.sources[0]!.url = 'javascript:alert(1)'))).toEqual([
      'sources[0].url: must be an http: or https: address (got "javascript:alert(1)")',
    ]);
    expect(shapeProblems((d) => (d.sources[0]!.file = '../secret.txt'))).toEqual([
      'sources[0].file: must be a relative path under public/data/ ending in .txt (got "../secret.txt")',
    ]);
    expect(shapeProblems((d) => (d.events[0]!.quotes = []))).toEqual([
      'events[0].quotes: an event needs at least one quote: provenance is required',
    ]);
  });

  it('never echoes a huge value', () => {
    const [line] = shapeProblems((d) => (d.events[0]!.id = 'X'.repeat(100_000)));
    expect(line).toBe('events[0].id: must be a kebab-case id (a-z, 0-9, single hyphens)');
    const r = validateParsed(
      Object.assign(fixtureDataset(), { topics: [] }, { events: fixtureDataset().events.map((e) => ({ ...e, topics: ['t'.repeat(100_000)] })) }),
      FIXTURE_TEXTS,
    );
    expect(r.ok ? [] : r.problems.map(formatProblem)[0]).toBe(`events[0].topics[0]: "${'t'.repeat(60)}…" is not a topic id`);
  });

  it('lists every shape problem at once', () => {
    expect(shapeProblems((d) => (delete d.title, (d.events[1]!.kind = 1)))).toHaveLength(2);
  });

  it('rejects what is not an object', () => {
    for (const [v, found] of [[null, 'null'], [[], 'an array'], ['x', 'the string "x"'], [3, 'the number 3']] as const)
      expect(checkShape(v)).toEqual({ ok: false, problems: [{ path: '(root)', message: `must be an object, not ${found}` }] });
  });
});

describe('validateParsed', () => {
  it('accepts a valid dataset and returns it typed', () => {
    const r = validateParsed(fixtureDataset(), FIXTURE_TEXTS);
    expect(r.ok && r.dataset.events.map((e) => e.id)).toEqual(['llamada', 'reunion']);
  });

  it('never accepts quotes it could not check', () => {
    const r = validateParsed(fixtureDataset(), new Map());
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual(['sources[0].file: cannot read sources/fuente.txt: no text given']);
  });
});

describe('validateDatasetText: a self-contained dataset', () => {
  it('reads no file for an inline text, and checks quotes against it at the same offsets', async () => {
    const d = fixtureDataset() as unknown as Json;
    delete d.sources[0]!.file;
    d.sources[0]!.text = FIXTURE_TEXT;
    const read = () => Promise.reject(new Error('must not be read'));
    const ok = await validateDatasetText(JSON.stringify(d), read);
    expect(ok.ok ? [] : ok.problems).toEqual([]);
    d.sources[0]!.text = `x${FIXTURE_TEXT}`;
    const bad = await validateDatasetText(JSON.stringify(d), read);
    expect(bad.ok ? [] : bad.problems.map(formatProblem)[0]).toMatch(/^events\[0\]\.quotes\[0\]: text does not match the text of source "[a-z0-9-]+" at /);
  });
});

describe('validateDatasetText', () => {
  const read = async (file: string) => {
    if (file === 'sources/fuente.txt') return FIXTURE_TEXT;
    throw new Error('no such file');
  };
  const lines = async (text: string, reader = read) => {
    const r = await validateDatasetText(text, reader);
    return r.ok ? [] : r.problems.map(formatProblem);
  };

  it('accepts the fixture as text', async () => {
    expect(await lines(JSON.stringify(fixtureDataset()))).toEqual([]);
  });

  it('stops at a syntax error, naming line and column', async () => {
    expect(await lines('{\n  "schemaVersion": 1,\n}')).toEqual([
      '(root): malformed JSON at line 3, column 1: expected a property name in double quotes, found "}"',
    ]);
  });

  it('reads each source file once, and never a path the schema would refuse', async () => {
    const d = fixtureDataset();
    d.sources.push({ ...d.sources[0]!, id: 'copia' });
    const raw = JSON.parse(JSON.stringify(d)) as { sources: { file: string }[] };
    raw.sources.push({ ...raw.sources[0]!, file: '../../etc/passwd.txt' });
    const files: string[] = [];
    await validateDatasetText(JSON.stringify(raw), async (file) => {
      files.push(file);
      return read(file);
    });
    expect(files).toEqual(['sources/fuente.txt']);
  });

  it('reports no unreadable file when the shape is already wrong', async () => {
    const d = fixtureDataset() as unknown as { schemaVersion: number; sources: { file: string }[] };
    d.schemaVersion = 2;
    d.sources[0]!.file = 'sources/otra.txt';
    expect(await lines(JSON.stringify(d))).toEqual(['schemaVersion: must be 1, not the number 2']);
  });

  it('names a source file it cannot read, and still checks the rest', async () => {
    const d = fixtureDataset();
    d.sources[0]!.file = 'sources/otra.txt';
    d.relations[0]!.eventIds.push('nunca');
    expect(await lines(JSON.stringify(d))).toEqual([
      'sources[0].file: cannot read sources/otra.txt: no such file',
      'relations[0].eventIds[2]: "nunca" is not an event id',
    ]);
  });

  it('reads each source once, by its file', async () => {
    const asked: string[] = [];
    await lines(JSON.stringify(fixtureDataset()), async (f) => (asked.push(f), read(f)));
    expect(asked).toEqual(['sources/fuente.txt']);
  });
});

describe('formatPath', () => {
  it('writes JavaScript-style paths', () => {
    expect(formatPath(['events', 3, 'quotes', 0, 'text'])).toBe('events[3].quotes[0].text');
    expect(formatPath(['$schema'])).toBe('$schema');
    expect(formatPath(['a b', 1])).toBe('["a b"][1]');
    expect(formatPath([])).toBe('(root)');
  });
});

describe('sourcesAhead', () => {
  it('reads the sources array before the whole file parses', () => {
    const text = '{"schemaVersion":1,"sources":[{"file":"sources/a.txt","notes":"a ] and \\" inside"}],"events":[ broken';
    expect(sourcesAhead(text)).toEqual([{ file: 'sources/a.txt', notes: 'a ] and " inside' }]);
  });
  it('gives up quietly on what it cannot read', () => {
    expect(sourcesAhead('{"events":[]}')).toBeUndefined();
    expect(sourcesAhead('{"sources":[{"file":')).toBeUndefined();
    expect(sourcesAhead('{"sources":[nope]}')).toBeUndefined();
  });
});

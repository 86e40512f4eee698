// Test data below is made up for these tests (fixture datasets and texts), not reporting.
import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import { DatasetFetchError, DatasetInvalidError } from './errors';
import { datasetRetry } from './queries';
import { decodeUtf8, readLimited, tooLarge } from './read';
import { validateDatasetText } from './validate';
import { checkShape, validateParsed } from './validate-sync';
import { FIXTURE_SOURCE_ID, FIXTURE_TEXT, FIXTURE_TEXTS, fixtureDataset } from './test-fixture';

const lines = (r: ReturnType<typeof validateParsed>) => (r.ok ? [] : r.problems.map(formatProblem));

describe('many problems', () => {
  // ~125,000 problems overflowed the stack when they were spread into push(...).
  const many = () => {
    const d = fixtureDataset();
    d.events[0]!.topics = Array.from({ length: 300_000 }, () => 'no-such-topic');
    return d;
  };

  it('validateParsed lists 300,000 integrity problems without overflowing the stack', () => {
    const r = validateParsed(many(), FIXTURE_TEXTS);
    expect(r.ok).toBe(false);
    // Each entry is unknown, and all but the first are also repeats.
    expect(r.ok ? 0 : r.problems.length).toBe(300_000 + 299_999);
    // Heavy by design (600,000 problems): a generous limit, so a loaded machine stays far from it.
  }, 60_000);

  it('validateDatasetText does too', async () => {
    const r = await validateDatasetText(JSON.stringify(many()), async () => FIXTURE_TEXT);
    expect(r.ok ? 0 : r.problems.length).toBe(599_999);
  }, 60_000);
});

describe('what is never retried', () => {
  it('retries only a request that may succeed next time, at most twice', () => {
    const network = new DatasetFetchError('/data/dataset.json', 'Failed to fetch');
    expect(datasetRetry(0, network)).toBe(true);
    expect(datasetRetry(1, network)).toBe(true);
    expect(datasetRetry(2, network)).toBe(false);
    expect(datasetRetry(0, new DatasetFetchError('/x.json', '503 Service Unavailable'))).toBe(true);
  });
  it('never retries what will fail the same way: invalid data, a missing file, a crash in parsing', () => {
    expect(datasetRetry(0, new DatasetInvalidError([{ path: '(root)', message: 'x' }]))).toBe(false);
    expect(datasetRetry(0, new DatasetFetchError('/x.json', '404 Not Found'))).toBe(false);
    expect(datasetRetry(0, new RangeError('Maximum call stack size exceeded'))).toBe(false);
    expect(datasetRetry(0, new RangeError('Invalid string length'))).toBe(false);
  });
});

describe('control characters in text fields', () => {
  const shape = (mutate: (d: ReturnType<typeof fixtureDataset>) => void) => {
    const d = fixtureDataset();
    mutate(d);
    const r = checkShape(d);
    return r.ok ? [] : r.problems.map(formatProblem);
  };

  it('rejects a C0 control character in a name, at its path, saying which and where', () => {
    expect(shape((d) => (d.actors[0]!.name = 'A\u0001B'))).toEqual([
      'actors[0].name: must not contain control characters (U+0001 at character 2) (got "A\\u0001B")',
    ]);
  });

  it('rejects one in every kind of text field', () => {
    const bad = 'x\u001by';
    const problems = shape((d) => {
      d.title.en = bad;
      d.actors[0]!.aliases[0] = bad;
      d.actors[0]!.role.es = bad;
      d.topics[0]!.label.en = bad;
      d.sources[0]!.notes = bad;
      d.sources[0]!.publisher = bad;
      d.events[0]!.summary.en = bad;
      d.events[0]!.date.basis = bad;
      d.events[0]!.quotes[0]!.translation.en = bad;
      d.events[0]!.quotes[0]!.text = bad;
      d.sources[0]!.url = `https://example.org/${bad}`;
    });
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'title.en',
      'sources[0].publisher',
      'sources[0].url',
      'sources[0].notes',
      'actors[0].aliases[0]',
      'actors[0].role.es',
      'topics[0].label.en',
      'events[0].date.basis',
      'events[0].summary.en',
      'events[0].quotes[0].text',
      'events[0].quotes[0].translation.en',
    ]);
  });

  it('allows tab and line breaks where text may have them, and not in names and titles', () => {
    expect(
      shape((d) => {
        d.sources[0]!.notes = 'line one\nline two\tand a tab';
        d.events[0]!.summary.en = 'One.\nTwo.';
        d.events[0]!.date.basis = 'a\tb';
      }),
    ).toEqual([]);
    expect(shape((d) => (d.actors[0]!.name = 'Two\nlines'))).toEqual([
      'actors[0].name: must not contain control characters (U+000A at character 4) (got "Two\\nlines")',
    ]);
    expect(shape((d) => (d.events[0]!.title.es = 'a\tb'))).toHaveLength(1);
  });

  it('a quote may hold the line breaks of its source (CR included), not other control characters', () => {
    expect(shape((d) => (d.events[0]!.quotes[0]!.text = 'one\r\ntwo'))).toEqual([]);
    expect(shape((d) => (d.events[0]!.quotes[0]!.text = 'one\u0000two'))).toHaveLength(1);
  });
});

describe('long names are cut in messages', () => {
  it('100,000 unknown keys give a short message with a count', () => {
    const d = fixtureDataset() as unknown as Record<string, unknown>;
    for (let i = 0; i < 100_000; i++) d[`unknown-key-${i}`] = i;
    const [line, ...rest] = lines(validateParsed(d, FIXTURE_TEXTS));
    expect(rest).toEqual([]);
    expect(line).toBe('(root): unknown fields "unknown-key-0", "unknown-key-1", "unknown-key-2", "unknown-key-3", "unknown-key-4" and 99,995 more');
  });

  it('one very long unknown key is cut', () => {
    const d = fixtureDataset() as unknown as Record<string, unknown>;
    d['k'.repeat(10_000)] = 1;
    const [line] = lines(validateParsed(d, FIXTURE_TEXTS));
    expect(line).toBe(`(root): unknown field "${'k'.repeat(60)}…"`);
  });

  it('a very long source file name is cut wherever it is named', () => {
    const d = fixtureDataset();
    d.sources[0]!.file = `${'a'.repeat(5000)}.txt`;
    const [line] = lines(validateParsed(d, new Map()));
    expect(line!.length).toBeLessThan(200);
    expect(line).toContain('…');
  });
});

describe('offsets inside a character', () => {
  const text = 'Dijo 😀 y cafe\u0301 solo.';
  const texts = new Map([[FIXTURE_SOURCE_ID, text]]);
  const withQuote = (start: number, end: number) => {
    const d = fixtureDataset();
    d.events[1]!.quotes[0] = { ...d.events[1]!.quotes[0]!, start, end, text: text.slice(start, end) };
    d.events[0]!.quotes[0] = { ...d.events[0]!.quotes[0]!, start: 0, end: 4, text: 'Dijo' };
    return lines(validateParsed(d, texts));
  };
  const emoji = text.indexOf('😀');

  it('rejects a start or end between the two halves of a surrogate pair', () => {
    expect(withQuote(emoji + 1, emoji + 5)).toEqual([
      `events[1].quotes[0].start: ${emoji + 1} falls between the two halves of one character (U+1F600 “😀”, at ${emoji}–${emoji + 2}); a quote starts and ends between characters`,
    ]);
    expect(withQuote(0, emoji + 1)).toEqual([
      `events[1].quotes[0].end: ${emoji + 1} falls between the two halves of one character (U+1F600 “😀”, at ${emoji}–${emoji + 2}); a quote starts and ends between characters`,
    ]);
    expect(withQuote(0, emoji + 2)).toEqual([]);
  });

  it('rejects an end that cuts a combining mark off its letter, and a start on one', () => {
    const mark = text.indexOf('\u0301');
    expect(withQuote(0, mark)).toEqual([
      `events[1].quotes[0].end: ${mark} separates the combining mark U+0301 from the letter before it; end the quote after the mark`,
    ]);
    expect(withQuote(mark, mark + 6)).toEqual([
      `events[1].quotes[0].start: ${mark} separates the combining mark U+0301 from the letter before it; start the quote before the letter`,
    ]);
    expect(withQuote(0, mark + 1)).toEqual([]);
  });
});

describe('line endings and encodings are named', () => {
  it('names Windows line endings (CRLF) as the cause when quotes do not match', () => {
    const crlf = FIXTURE_TEXT.replace(/\n/g, '\r\n');
    const r = lines(validateParsed(fixtureDataset(), new Map([[FIXTURE_SOURCE_ID, crlf]])));
    expect(r[0]).toBe(
      'sources[0].file: sources/fuente.txt has Windows line endings (CRLF), and 2 of its 2 quotes do not match it: offsets count each line break as one character (LF). The file was probably re-saved or checked out with CRLF; restore it as received (see .gitattributes).',
    );
    expect(r.slice(1).every((l) => l.includes('text does not match'))).toBe(true);
  });

  it('says nothing of line endings when every quote matches a CRLF text', () => {
    const crlf = FIXTURE_TEXT.replace(/\n/g, '\r\n');
    const d = fixtureDataset();
    for (const ev of d.events)
      for (const q of ev.quotes) {
        q.start = crlf.indexOf(q.text);
        q.end = q.start + q.text.length;
      }
    expect(lines(validateParsed(d, new Map([[FIXTURE_SOURCE_ID, crlf]])))).toEqual([]);
  });

  it('decodes UTF-8, and names a file that is not', () => {
    expect(decodeUtf8(new TextEncoder().encode('\ufeffMoscú'))).toBe('Moscú');
    const latin1 = Uint8Array.from([...'Moscú'].map((c) => c.charCodeAt(0)));
    expect(() => decodeUtf8(latin1)).toThrow(
      'it is not UTF-8 text: the byte at offset 4 (0xFA) is not valid UTF-8 (a Latin-1 or Windows-1252 file reads like this); save it as UTF-8',
    );
  });

  it('reports a source that is not UTF-8 once, at its file, and not at each of its quotes', async () => {
    const latin1 = Uint8Array.from([...FIXTURE_TEXT].map((c) => Math.min(c.charCodeAt(0), 255)));
    const r = await validateDatasetText(JSON.stringify(fixtureDataset()), async () => decodeUtf8(latin1));
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^sources\[0\]\.file: cannot read sources\/fuente\.txt: it is not UTF-8 text: the byte at offset \d+ \(0x[0-9A-F]{2}\) is not valid UTF-8/),
    ]);
  });
});

describe('size limit before reading', () => {
  it('refuses a body larger than the limit, from its announced length, before reading it', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(1024));
      },
    });
    const res = new Response(body, { headers: { 'content-length': String(5 * 1024 * 1024) } });
    await expect(readLimited(res, 1024 * 1024)).rejects.toThrow('is 5 MB, more than the 1 MB Backchannel reads');
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading a body without a length as soon as it passes the limit', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(64 * 1024));
      },
    });
    await expect(readLimited(new Response(body), 1024 * 1024)).rejects.toThrow('is more than the 1 MB Backchannel reads');
    expect(pulled).toBeLessThan(20);
  });

  it('reads a body within the limit', async () => {
    const bytes = await readLimited(new Response('{"a":1}'), 1024);
    expect(new TextDecoder().decode(bytes)).toBe('{"a":1}');
  });

  it('words the limit in megabytes', () => {
    expect(tooLarge(612 * 1024 * 1024, 256 * 1024 * 1024)).toBe('is 612 MB, more than the 256 MB Backchannel reads');
    expect(tooLarge(null, 256 * 1024 * 1024)).toBe('is more than the 256 MB Backchannel reads');
  });
});

describe('thousands of sources', () => {
  it('are read at most 64 at a time, every one of them', async () => {
    const d = fixtureDataset();
    const base = d.sources[0]!;
    d.sources = Array.from({ length: 2000 }, (_, i) => ({ ...base, id: i === 0 ? base.id : `fuente-${i}`, file: `sources/f${i}.txt` }));
    let inFlight = 0;
    let most = 0;
    const read = async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      return FIXTURE_TEXT;
    };
    const r = await validateDatasetText(JSON.stringify(d), read);
    expect(r.ok ? [] : r.problems).toEqual([]);
    expect(most).toBe(64);
  });
});

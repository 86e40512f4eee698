import { describe, expect, it } from 'vitest';
import { validateParsed } from '../../data/validate-sync';
import { makeEvent, makeIndex } from '../test-data';
import { csvField, eventsToCsv } from './csv';
import { eventsToJson } from './json';

const index = makeIndex([
  makeEvent('a', { actors: ['x', 'y'], topics: ['t1'] }),
  makeEvent('b', { actors: ['z'], topics: ['t2'] }),
]);

describe('csvField', () => {
  it('quotes commas, quotation marks and new lines', () => {
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvField(null)).toBe('');
    expect(csvField(42)).toBe('42');
  });
  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
  });

  // Spreadsheets in the Spanish locale split on ";"; others on tab; a CR may start a row.
  it('quotes every field holding a separator of any kind: comma, semicolon, tab, CR, LF', () => {
    expect(csvField("x;=cmd|' /C calc'!A0")).toBe(`"x;=cmd|' /C calc'!A0"`);
    expect(csvField('x\t=1+1')).toBe('"x\t=1+1"');
    expect(csvField('x\r=1+1')).toBe('"x\r=1+1"');
    expect(csvField('x\n@SUM(A1)')).toBe('"x\n@SUM(A1)"');
  });

  it('guards every cell start, also after leading blanks and in full-width forms', () => {
    for (const s of ['=1', '+1', '-1', '@A1', '\t=1', '\r=1', ' =1', '\u3000=1', '＝1', '＋1', '－1', '＠A1'])
      expect(csvField(s).replace(/^"/, '').startsWith("'"), JSON.stringify(s)).toBe(true);
  });

  it('gives no formula cell when a field is read with any separator', () => {
    // Each field as it starts a row: a spreadsheet splitting on ";" or tab honours the quotes.
    const hostile = ["x;=cmd|' /C calc'!A0", 'a\t=1', 'a\r+1', 'a,@b', 'a;b;-c', '"=x";=y', '=ok'];
    for (const field of hostile.map(csvField))
      for (const sep of [',', ';', '\t'])
        for (const cell of splitCsvLine(field, sep)) expect(/^\s*[=+\-@]/.test(cell), `${JSON.stringify(cell)} split on ${JSON.stringify(sep)}`).toBe(false);
  });
});

/** How a spreadsheet splits one line on `sep`, honouring double quotes (RFC 4180). */
function splitCsvLine(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep || c === '\r' || c === '\n') {
      cells.push(cell);
      cell = '';
    }
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

describe('eventsToCsv', () => {
  it('writes a header and one row per quote of the given events only', () => {
    const csv = eventsToCsv(index, ['a'], 'en', 'http://127.0.0.1/?event=a');
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.split(',')[0]).toBe('event_id');
    expect(lines[1]).toContain('Hola');
    expect(lines[1]).toContain('X (participant); Y (participant)');
    expect(lines[1]!.endsWith('http://127.0.0.1/?event=a')).toBe(true);
  });
});

describe('eventsToJson', () => {
  const LINK = 'http://127.0.0.1:4173/?actors=z';
  const AT = new Date('2026-03-01T10:20:30.000Z');

  it('is itself a valid dataset of only what the filtered events reference', () => {
    const out = eventsToJson(index, ['b'], LINK, AT);
    expect(out.events.map((e) => e.id)).toEqual(['b']);
    expect(out.actors.map((a) => a.id)).toEqual(['z']);
    expect(out.topics.map((t) => t.id)).toEqual(['t2']);
    const r = validateParsed(JSON.parse(JSON.stringify(out)), new Map([['s', 'Hola, mundo']]));
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('says where it comes from in its documented "export" field', () => {
    expect(eventsToJson(index, ['b'], LINK, AT).export).toEqual({
      link: LINK,
      exportedAt: '2026-03-01T10:20:30.000Z',
      eventCount: 1,
      totalEvents: 2,
    });
  });

  it('refuses an empty export, saying why, instead of writing an invalid dataset', () => {
    expect(() => eventsToJson(index, [], LINK, AT)).toThrow('no event matches the current filters');
  });

  it('is self-contained: each source carries its text instead of a file, and validates with no other text', () => {
    const out = eventsToJson(index, ['a', 'b'], LINK);
    expect(out.sources.length).toBeGreaterThan(0);
    for (const s of out.sources) {
      expect(s).not.toHaveProperty('file');
      expect(s.text).toBe(index.texts.get(s.id));
    }
    const result = validateParsed(JSON.parse(JSON.stringify(out)), new Map());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../data/integrity';
import { validateParsed } from '../../data/validate';
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
});

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
  it('keeps only what the filtered events reference, as a dataset that still validates', () => {
    const out = eventsToJson(index, ['b'], 'link');
    expect(out.dataset.events.map((e) => e.id)).toEqual(['b']);
    expect(out.dataset.actors.map((a) => a.id)).toEqual(['z']);
    expect(out.dataset.topics.map((t) => t.id)).toEqual(['t2']);
    expect(out).toMatchObject({ link: 'link', eventCount: 1, totalEvents: 2 });
    expect(checkIntegrity(out.dataset, index.texts)).toEqual([]);
  });

  it('is self-contained: each source carries its text instead of a file, and validates with no other text', () => {
    const out = eventsToJson(index, ['a', 'b'], 'link');
    expect(out.dataset.sources.length).toBeGreaterThan(0);
    for (const s of out.dataset.sources) {
      expect(s).not.toHaveProperty('file');
      expect(s.text).toBe(index.texts.get(s.id));
    }
    const result = validateParsed(JSON.parse(JSON.stringify(out.dataset)), new Map());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

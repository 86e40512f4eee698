import { describe, expect, it } from 'vitest';
import { lineColumn, locateJsonError, parseJsonText } from './json';

function message(text: string): string {
  const r = parseJsonText(text);
  if (r.ok) throw new Error('expected a syntax error');
  expect(r.problem.path).toBe('(root)');
  return r.problem.message;
}

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"a": [1, "é", null]}')).toEqual({ ok: true, value: { a: [1, 'é', null] } });
  });

  it('ignores a byte-order mark, and counts columns without it', () => {
    expect(parseJsonText('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(message('\ufeff{"a": }')).toBe('malformed JSON at line 1, column 7: expected a value, found "}"');
  });

  it('names the line and column of a trailing comma', () => {
    expect(message('{\n  "a": 1,\n  "b": [1, 2,]\n}')).toBe('malformed JSON at line 3, column 14: expected a value, found "]"');
    expect(message('{\n  "a": 1,\n}')).toBe('malformed JSON at line 3, column 1: expected a property name in double quotes, found "}"');
  });

  it('names an unterminated string at the end of the file', () => {
    expect(message('{\n  "title": "sin cerrar\n}')).toBe(
      'malformed JSON at line 2, column 23: expected a closing quotation mark before the end of the line, found "\\n"',
    );
    expect(message('{"title": "sin cerrar')).toBe('malformed JSON at line 1, column 22: expected a closing quotation mark, found end of file');
  });

  it('names an empty file', () => {
    expect(message('')).toBe('malformed JSON at line 1, column 1: expected a value, found end of file');
    expect(message('  \n ')).toBe('malformed JSON at line 2, column 2: expected a value, found end of file');
  });

  it('names a missing comma, a single-quoted key, a bad literal and trailing data', () => {
    expect(message('{"a": 1 "b": 2}')).toBe(`malformed JSON at line 1, column 9: expected ',' or '}', found "\\""`);
    expect(message("{'a': 1}")).toBe(`malformed JSON at line 1, column 2: expected a property name in double quotes, found "'"`);
    expect(message('[tru]')).toBe('malformed JSON at line 1, column 5: expected "true", found "]"');
    expect(message('{} {}')).toBe('malformed JSON at line 1, column 4: expected end of file, found "{"');
  });

  it('names bad numbers, escapes and raw control characters', () => {
    expect(message('["a\tb"]')).toBe('malformed JSON at line 1, column 4: expected an escaped control character, found "\\t"');
    expect(message('[01]')).toBe(`malformed JSON at line 1, column 3: expected ',' or ']', found "1"`);
    expect(message('[1.]')).toBe('malformed JSON at line 1, column 4: expected a digit, found "]"');
    expect(message('["\\x"]')).toBe('malformed JSON at line 1, column 4: expected a valid escape sequence, found "x"');
    expect(message('["\\u12g4"]')).toBe('malformed JSON at line 1, column 7: expected four hex digits, found "g"');
  });

  it('counts columns in UTF-16 code units, CRLF lines by their line feeds', () => {
    expect(message('{\r\n"😀": x}')).toBe('malformed JSON at line 2, column 7: expected a value, found "x"');
  });
});

describe('locateJsonError', () => {
  it('agrees with JSON.parse that valid text is valid', () => {
    for (const text of ['0', '-1.5e+3', '"\\u00e9\\n"', '[]', '{}', '[{"a":[true,false,null]}]', ' \t\n{"":""}\r\n'])
      expect(locateJsonError(text)).toEqual({ offset: text.length, expected: 'valid JSON' });
  });
});

describe('lineColumn', () => {
  it('is 1-based', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { citationText, safeHttpUrl, type CitationInput, type CitationLabels } from './citation';

const labels: CitationLabels = {
  unknown: 'unknown',
  source: 'Source',
  published: 'published',
  title: 'title',
  event: 'Event',
  location: (file, s, e) => `${file}, characters ${s}–${e}`,
  link: 'Link',
};

const input: CitationInput = {
  quote: 'reafirmó el compromiso del presidente Trump',
  speaker: 'Tammy Bruce',
  kind: 'direct quotation',
  publisher: 'Financial Times',
  published: '15 Feb 2025',
  title: null,
  url: null,
  file: 'sources/a.txt',
  start: 877,
  end: 964,
  eventTitle: 'Rubio and Lavrov speak by phone',
  eventDate: '15 Feb 2025',
  link: 'https://example.org/?event=rubio-lavrov-call',
};

describe('citationText', () => {
  it('holds the quote, speaker, source, event date and link, and says what is unknown', () => {
    expect(citationText(input, labels)).toBe(
      [
        '«reafirmó el compromiso del presidente Trump»',
        '— Tammy Bruce (direct quotation)',
        'Source: Financial Times, published 15 Feb 2025, title: unknown',
        'sources/a.txt, characters 877–964',
        'Event: Rubio and Lavrov speak by phone (15 Feb 2025)',
        'Link: https://example.org/?event=rubio-lavrov-call',
      ].join('\n'),
    );
  });

  it('uses known titles and web addresses, and never a non-web address', () => {
    const text = citationText({ ...input, title: 'Rubio habla con Lavrov', url: 'https://ft.com/x', publisher: null, published: null }, labels);
    expect(text).toContain('Source: unknown, published unknown, “Rubio habla con Lavrov”, https://ft.com/x');
    expect(citationText({ ...input, url: 'javascript:alert(1)' }, labels)).not.toContain('javascript');
  });
});

describe('safeHttpUrl', () => {
  it('accepts only http and https', () => {
    expect(safeHttpUrl('http://a.example/b')).toBe('http://a.example/b');
    expect(safeHttpUrl('HTTPS://a.example')).toBe('https://a.example/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,x')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});

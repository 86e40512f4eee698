// @vitest-environment jsdom
// The labels below are made up for this test: hostile text a dataset could hold.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeGraphic, xmlSafe } from './graphic';

const NS = 'http://www.w3.org/2000/svg';

function parses(markup: string): boolean {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  return doc.getElementsByTagName('parsererror').length === 0 && doc.documentElement.localName === 'svg';
}

describe('SVG export of hostile labels', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes a file that parses, whatever control characters or broken characters the labels hold', () => {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({ x: 0, y: 0, left: 0, top: 0, right: 200, bottom: 100, width: 200, height: 100, toJSON: () => ({}) });
    const svg = document.createElementNS(NS, 'svg');
    const text = document.createElementNS(NS, 'text');
    text.textContent = 'A\u0001B \ud800 \u000b\uffff ok';
    text.setAttribute('aria-label', 'Actor A\u0001B');
    svg.append(text);
    document.body.append(svg);
    const { markup } = serializeGraphic(svg, 'Title \u0002 — Timeline');
    expect(parses(markup)).toBe(true);
    expect(markup).toContain('AB  ');
    expect(markup).toContain('aria-label="Actor AB"');
    expect(markup).toContain('<title>Title  — Timeline</title>');
  });

  it('keeps tab, line breaks and every other character, emoji included', () => {
    expect(xmlSafe('a\tb\nc\rd é 😀 \u2028')).toBe('a\tb\nc\rd é 😀 \u2028');
    expect(xmlSafe('\u0000\u0008\u001f\ufffe\udc00')).toBe('');
  });
});

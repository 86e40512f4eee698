// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { acceptsGesture } from './filter';

describe('acceptsGesture', () => {
  it('follows d3-zoom’s rule: no secondary button, ctrl only with the wheel', () => {
    expect(acceptsGesture({ type: 'mousedown', button: 0 })).toBe(true);
    expect(acceptsGesture({ type: 'mousedown', button: 2 })).toBe(false);
    expect(acceptsGesture({ type: 'mousedown', button: 0, ctrlKey: true })).toBe(false);
    expect(acceptsGesture({ type: 'wheel', ctrlKey: true })).toBe(true);
    expect(acceptsGesture({ type: 'touchstart' })).toBe(true);
  });

  it('leaves presses inside the ignored elements to them, but not the wheel', () => {
    const svg = (tag: string, parent: Element, attr?: string) => {
      const el = parent.appendChild(document.createElementNS('http://www.w3.org/2000/svg', tag));
      if (attr) el.setAttribute(attr, 'a');
      return el;
    };
    const plot = document.createElement('div');
    const root = svg('svg', plot);
    const circle = svg('circle', svg('g', root, 'data-node'));
    const line = svg('line', svg('g', root, 'data-edge'));
    const controls = plot.appendChild(document.createElement('div'));
    controls.setAttribute('data-no-zoom', '');
    const button = controls.appendChild(document.createElement('button'));
    const ignore = '[data-node], [data-no-zoom]';
    expect(acceptsGesture({ type: 'mousedown', button: 0, target: circle }, ignore)).toBe(false);
    expect(acceptsGesture({ type: 'touchstart', target: button }, ignore)).toBe(false);
    expect(acceptsGesture({ type: 'wheel', target: circle }, ignore)).toBe(true);
    expect(acceptsGesture({ type: 'mousedown', button: 0, target: line }, ignore)).toBe(true);
    expect(acceptsGesture({ type: 'mousedown', button: 0, target: circle })).toBe(true);
  });
});

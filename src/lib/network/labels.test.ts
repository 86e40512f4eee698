import { describe, expect, it } from 'vitest';
import { placeLabels, wrapName, type LabelRequest, type PlacedLabel } from './labels';

const line = (text: string, width = text.length * 6) => ({ width, height: 14, lines: [text] });
const bounds = { x0: 0, y0: 0, x1: 400, y1: 300 };

function overlaps(a: PlacedLabel, b: PlacedLabel) {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

describe('placeLabels', () => {
  it('puts a lone label to the right of its node', () => {
    const out = placeLabels([{ id: 'a', x: 100, y: 100, r: 10, variants: [line('Alpha')] }], bounds);
    expect(out.get('a')).toMatchObject({ left: 113, top: 93, align: 'start' });
  });

  it('moves a label left when the right would leave the bounds', () => {
    const out = placeLabels([{ id: 'a', x: 390, y: 100, r: 5, variants: [line('Alpha')] }], bounds);
    expect(out.get('a')!.align).toBe('end');
    expect(out.get('a')!.left + out.get('a')!.width).toBeLessThanOrEqual(382);
  });

  it('never overlaps two labels, nor a label and another node', () => {
    const reqs: LabelRequest[] = [];
    for (let i = 0; i < 40; i++)
      reqs.push({ id: `n${i}`, x: 30 + (i % 8) * 45, y: 30 + Math.floor(i / 8) * 50, r: 6, variants: [line(`Name ${i}`)] });
    const out = [...placeLabels(reqs, bounds).values()];
    expect(out.length).toBeGreaterThan(10);
    for (let i = 0; i < out.length; i++) for (let j = i + 1; j < out.length; j++) expect(overlaps(out[i]!, out[j]!)).toBe(false);
    for (const l of out)
      for (const q of reqs)
        if (q.id !== l.id) {
          const inside = q.x > l.left - q.r * 0.85 && q.x < l.left + l.width + q.r * 0.85 && q.y > l.top - q.r * 0.85 && q.y < l.top + l.height + q.r * 0.85;
          expect(inside, `${l.id} covers ${q.id}`).toBe(false);
        }
    for (const l of out) {
      expect(l.left).toBeGreaterThanOrEqual(0);
      expect(l.top + l.height).toBeLessThanOrEqual(300);
    }
  });

  it('serves earlier requests first and leaves out a label with no room', () => {
    const reqs: LabelRequest[] = [
      { id: 'first', x: 200, y: 150, r: 4, variants: [line('A long first name', 180)] },
      { id: 'second', x: 200, y: 150, r: 4, variants: [line('A long second name', 180)] },
      { id: 'third', x: 200, y: 150, r: 4, variants: [line('A long third name', 180)] },
      { id: 'fourth', x: 200, y: 150, r: 4, variants: [line('A long fourth name', 180)] },
      { id: 'fifth', x: 200, y: 150, r: 4, variants: [line('A long fifth name', 180)] },
    ];
    const out = placeLabels(reqs, bounds);
    expect(out.get('first')!.align).toBe('start');
    expect(out.get('second')!.align).toBe('end');
    expect(out.has('fifth')).toBe(false);
  });

  it('uses a wrapped variant when the single line does not fit', () => {
    const out = placeLabels(
      [{ id: 'a', x: 200, y: 150, r: 5, variants: [line('Too wide for the box', 500), { width: 60, height: 28, lines: ['Too wide', 'for the box'] }] }],
      bounds,
    );
    expect(out.get('a')!.lines).toEqual(['Too wide', 'for the box']);
  });
});

describe('wrapName', () => {
  it('breaks at the space nearest the middle', () => {
    expect(wrapName('Russian Embassy in Washington')).toEqual(['Russian Embassy', 'in Washington']);
    expect(wrapName('CIA')).toBe(null);
  });
});

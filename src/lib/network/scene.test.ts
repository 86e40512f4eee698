import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';
import { nodeRadius } from './geometry';
import { graphLabels, markScale, nodeRadii, screenPositions, screenTransform } from './scene';
import { actor, event, makeIndex } from './test-fixtures';

// Test fixture: three invented actors; ann is in the most events.
const index = makeIndex([actor('ann', 'us'), actor('bob', 'ru'), actor('cat', 'ua')], [event('e1', ['ann', 'bob']), event('e2', ['ann', 'cat'])]);
const graph = buildGraph(index, index.events.map((e) => e.id));

describe('screenTransform', () => {
  it('fits the layout box into the drawing above the inset, centred, then applies the zoom', () => {
    expect(screenTransform({ width: 800, height: 400 }, { width: 400, height: 400 }, { k: 1, x: 0, y: 0 })).toEqual({ k: 0.5, x: 0, y: 100 });
    expect(screenTransform({ width: 400, height: 400 }, { width: 400, height: 440 }, { k: 1, x: 0, y: 0 }, 40)).toEqual({ k: 1, x: 0, y: 0 });
    expect(screenTransform({ width: 800, height: 400 }, { width: 400, height: 400 }, { k: 2, x: -10, y: 5 })).toEqual({ k: 1, x: -10, y: 205 });
  });
});

describe('screenPositions', () => {
  it('places the laid-out nodes on screen and leaves out those without a place', () => {
    const positions = new Map([
      ['ann', { x: 10, y: 20 }],
      ['bob', { x: 0, y: 0 }],
    ]);
    const out = screenPositions(graph, positions, { k: 2, x: 5, y: -5 });
    expect(out).toEqual(new Map([['ann', { x: 25, y: 35 }], ['bob', { x: 5, y: -5 }]]));
  });
});

describe('marks', () => {
  it('shrinks a large graph’s marks while zoomed out, down to 0.3', () => {
    expect(markScale(false, { k: 0.1, x: 0, y: 0 })).toBe(1);
    expect(markScale(true, { k: 0.1, x: 0, y: 0 })).toBe(0.3);
    expect(markScale(true, { k: 0.5, x: 0, y: 0 })).toBeCloseTo(0.8);
    expect(markScale(true, { k: 4, x: 0, y: 0 })).toBe(1);
    expect(nodeRadii(graph, false, 0.5).get('ann')).toBe(nodeRadius(2, 2) * 0.5);
  });
});

describe('graphLabels', () => {
  const screen = new Map([
    ['ann', { x: 100, y: 100 }],
    ['bob', { x: 300, y: 100 }],
    ['cat', { x: 900, y: 100 }],
  ]);
  const radius = new Map([...screen.keys()].map((id) => [id, 8]));
  const variants = (name: string) => [{ width: name.length * 7, height: 16, lines: [name] }];
  const scene = { screen, radius, size: { width: 400, height: 300 }, pressed: new Set<string>(), large: false, inset: 0, variants };

  it('labels the actors on screen, and none off it', () => {
    expect([...graphLabels(graph, scene).keys()].sort()).toEqual(['ann', 'bob']);
  });

  it('gives the first place, beside its node, to a filtered actor, else to the most involved', () => {
    const crowded = new Map([...screen].map(([id]) => [id, { x: 200, y: 150 }]));
    expect(graphLabels(graph, { ...scene, screen: crowded }).get('ann')?.align).toBe('start');
    const filtered = graphLabels(graph, { ...scene, screen: crowded, pressed: new Set(['cat']) });
    expect(filtered.get('cat')?.align).toBe('start');
    expect(filtered.get('ann')?.align).not.toBe('start');
  });
});

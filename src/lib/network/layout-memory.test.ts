import { describe, expect, it } from 'vitest';
import { buildGraph, type NetworkGraph } from './graph';
import { boxFor, keepsPlaces, knownPlaces, layoutInput, layoutRoute, scalePlaces } from './layout-memory';
import { actor, event, makeIndex } from './test-fixtures';
import { FULL_NODES, LARGE_NODES } from '../thresholds';

// Test fixtures: invented actors in a ring, one event between each and the next.
function ring(n: number): NetworkGraph {
  const actors = Array.from({ length: n }, (_, i) => actor(`a${i}`, i % 2 ? 'us' : 'ru'));
  const index = makeIndex(actors, actors.map((a, i) => event(`e${i}`, [a.id, actors[(i + 1) % n]!.id])));
  return buildGraph(index, index.events.map((e) => e.id));
}
const small = ring(4);
const large = ring(LARGE_NODES + 1);

describe('boxFor', () => {
  it('keeps the box while the container stays near it, and scales places into a new one', () => {
    const box = { width: 400, height: 300 };
    expect(boxFor(box, small, { width: 420, height: 310 })).toEqual({ box, sx: 1, sy: 1 });
    expect(boxFor(box, small, { width: 800, height: 300 })).toEqual({ box: { width: 800, height: 300 }, sx: 2, sy: 1 });
    expect(boxFor(null, small, { width: 800, height: 300 })).toEqual({ box: { width: 800, height: 300 }, sx: 1, sy: 1 });
  });
});

describe('remembered places', () => {
  const memory = new Map([
    ['a0', { x: 10, y: 20 }],
    ['gone', { x: 1, y: 1 }],
  ]);

  it("are the graph's actors' only, scaled, the same objects when not scaled", () => {
    expect(knownPlaces(memory, small, 2, 0.5)).toEqual(new Map([['a0', { x: 20, y: 10 }]]));
    expect(knownPlaces(memory, small).get('a0')).toBe(memory.get('a0'));
  });

  it('scale in place', () => {
    const m = new Map(memory);
    scalePlaces(m, 3, 2);
    expect(m).toEqual(new Map([['a0', { x: 30, y: 40 }], ['gone', { x: 3, y: 2 }]]));
  });
});

describe('layoutRoute', () => {
  it('keeps a large graph whose actors all have a place', () => {
    expect(keepsPlaces(large, large.nodes.length)).toBe(true);
    expect(layoutRoute(large, large.nodes.length, false)).toBe('keep');
    expect(keepsPlaces(small, small.nodes.length)).toBe(false);
  });

  it('lays a small graph out at once, unless it is the first and the worker is asked to take it', () => {
    expect(layoutRoute(small, small.nodes.length, false)).toBe('now');
    expect(layoutRoute(small, 0, false)).toBe('now');
    expect(layoutRoute(small, 0, true)).toBe('worker');
    expect(layoutRoute(small, 1, true)).toBe('now');
  });

  it('sends a bigger graph to the worker', () => {
    expect(layoutRoute(ring(FULL_NODES + 1), 0, false)).toBe('worker');
    expect(layoutRoute(large, large.nodes.length - 1, false)).toBe('worker');
  });
});

describe('layoutInput', () => {
  const box = { width: 400, height: 300 };
  const label = () => ({ width: 40, height: 16 });

  it("starts from the known places, keeps only this graph's pinned actors, and measures labels of a small graph only", () => {
    const known = new Map([['a1', { x: 5, y: 5 }]]);
    const input = layoutInput(small, box, known, new Map([['a2', { x: 1, y: 2 }], ['gone', { x: 0, y: 0 }]]), label);
    expect(input).toMatchObject({ width: 400, height: 300, seed: 1 });
    expect(input.previous).toBe(known);
    expect(input.pinned).toEqual(new Map([['a2', { x: 1, y: 2 }]]));
    expect(input.nodes.every((n) => n.label?.width === 40)).toBe(true);
    expect(layoutInput(large, box, new Map(), new Map(), label).nodes.some((n) => n.label)).toBe(false);
  });
});

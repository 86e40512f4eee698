import { describe, expect, it } from 'vitest';
import { buildGraph, pairKey } from './graph';
import { IDLE } from './interaction-state';
import { cues, markedEdges, tipAnchor } from './preview';
import { actor, event, makeIndex } from './test-fixtures';

// Test fixture: three invented actors in a triangle, placed by hand.
const index = makeIndex([actor('ann', 'us'), actor('bob', 'ru'), actor('cat', 'ua')], [event('e1', ['ann', 'bob']), event('e2', ['bob', 'cat']), event('e3', ['ann', 'cat'])]);
const graph = buildGraph(index, index.events.map((e) => e.id));
const screen = new Map([
  ['ann', { x: 100, y: 100 }],
  ['bob', { x: 200, y: 100 }],
  ['cat', { x: 150, y: 200 }],
]);
const radius = new Map([...screen.keys()].map((id) => [id, 10]));
const ab = pairKey('ann', 'bob');

describe('cues', () => {
  it('lights what the pointer is on, else what has focus, else what another view hovers', () => {
    expect(cues({ ...IDLE, pointNode: 'ann', focusNode: 'bob' }, 'cat').node).toBe('ann');
    expect(cues({ ...IDLE, focusNode: 'bob' }, 'cat').node).toBe('bob');
    expect(cues(IDLE, 'cat')).toEqual({ node: 'cat', edge: null });
    expect(cues({ ...IDLE, popover: { edgeId: ab, x: 0, y: 0 } }, null).edge).toBe(ab);
    expect(cues({ ...IDLE, quiet: true, pointNode: 'ann' }, 'cat')).toEqual({ node: null, edge: null });
  });
});

describe('tipAnchor', () => {
  it('stands above a node, clear of its circle, and on the middle of a connection', () => {
    expect(tipAnchor({ ...IDLE, pointNode: 'ann' }, graph, screen, radius)).toEqual({ kind: 'node', target: 'ann', x: 100, y: 86 });
    expect(tipAnchor({ ...IDLE, focusEdge: ab }, graph, screen, radius)).toEqual({ kind: 'edge', target: ab, x: 150, y: 92 });
  });

  it('prefers the pointer’s connection to the focused actor', () => {
    expect(tipAnchor({ ...IDLE, focusNode: 'cat', pointEdge: ab }, graph, screen, radius)?.target).toBe(ab);
  });

  it('shows none while quiet, dragging, or with the popover open', () => {
    const on = { ...IDLE, pointNode: 'ann' };
    expect(tipAnchor({ ...on, quiet: true }, graph, screen, radius)).toBeNull();
    expect(tipAnchor({ ...on, popover: { edgeId: ab, x: 0, y: 0 } }, graph, screen, radius)).toBeNull();
    const drag = { id: 'ann', pointer: 1, sx: 0, sy: 0, ox: 0, oy: 0, moved: true };
    expect(tipAnchor({ ...on, drag }, graph, screen, radius)).toBeNull();
    expect(tipAnchor({ ...IDLE, pointNode: 'gone' }, graph, screen, radius)).toBeNull();
  });
});

describe('markedEdges', () => {
  it('makes every edge a mark when the SVG draws them all', () => {
    expect(markedEdges(graph, IDLE, 'ann', false)).toBe(graph.edges);
  });

  it('on the canvas, only those of the actors in play and the popover’s', () => {
    expect(markedEdges(graph, IDLE, 'ann', true)).toEqual([]);
    const ids = (s: Parameters<typeof markedEdges>[1]) => markedEdges(graph, s, 'ann', true).map((e) => e.id).sort();
    expect(ids({ ...IDLE, pointNode: 'cat' })).toEqual([pairKey('ann', 'cat'), pairKey('bob', 'cat')].sort());
    expect(ids({ ...IDLE, focusEdge: ab })).toEqual([ab, pairKey('ann', 'cat')].sort());
    expect(ids({ ...IDLE, popover: { edgeId: pairKey('bob', 'cat'), x: 0, y: 0 } })).toEqual([pairKey('bob', 'cat')]);
  });
});

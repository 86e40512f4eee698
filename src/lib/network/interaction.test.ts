import { describe, expect, it } from 'vitest';
import { buildGraph, pairKey } from './graph';
// interaction.ts and its parts (interaction-state.ts, interaction-keys.ts), through `step`.
import { step } from './interaction';
import { IDLE, isDragging, rovingId, type Input, type Interaction, type InteractionContext } from './interaction-state';
import type { Point } from './navigate';
import { actor, event, makeIndex } from './test-fixtures';

// Test fixture: four invented actors, laid out by hand (ann in the middle, bob right of her,
// cat below, dan left).
const index = makeIndex(
  [actor('ann', 'us'), actor('bob', 'ru'), actor('cat', 'ua'), actor('dan', 'us')],
  [event('e1', ['ann', 'bob'], '2025-02-10'), event('e2', ['ann', 'bob', 'cat'], '2025-02-11'), event('e3', ['dan', 'ann'], '2025-02-12')],
);
const graph = buildGraph(index, index.events.map((e) => e.id));
const places: Record<string, Point> = { ann: { x: 200, y: 150 }, bob: { x: 320, y: 140 }, cat: { x: 210, y: 260 }, dan: { x: 20, y: 150 } };
const screen = new Map(Object.entries(places));
const ctx: InteractionContext = {
  graph,
  pressed: new Set(),
  screen,
  positions: new Map([...screen].map(([id, p]) => [id, { x: p.x / 2, y: p.y / 2 }])),
  size: { width: 400, height: 300 },
  k: 2,
  eventsOf: (id) => graph.edgeById.get(id)?.eventIds ?? [],
};

/** Runs inputs in turn from `from`; the last state and every effect. */
function run(inputs: Input[], from: Interaction = IDLE, c = ctx) {
  let s = from;
  const effects = [];
  for (const input of inputs) {
    const [next, fx] = step(s, input, c);
    s = next;
    effects.push(...fx);
  }
  return { s, effects };
}

const key = (type: 'node-key' | 'edge-key', id: string, k: string, shift = false, repeat = false): Input => ({ type, id, key: k, shift, repeat });

describe('pointing at actors', () => {
  it('previews the actor under the pointer, and lets it go when the pointer leaves', () => {
    const over = run([{ type: 'node-over', id: 'bob' }]);
    expect(over.s.pointNode).toBe('bob');
    expect(over.effects).toEqual([{ type: 'hover', actorId: 'bob' }]);
    expect(step(over.s, { type: 'node-over', id: 'bob' }, ctx)).toEqual([over.s, []]);
    expect(run([{ type: 'node-out', to: null }], over.s).effects).toEqual([{ type: 'hover', actorId: null }]);
  });
});

describe('keyboard on actors', () => {
  it('takes the Tab stop on focus and pans a node near the edge into view', () => {
    const { s, effects } = run([{ type: 'node-focus', id: 'dan' }]);
    expect(s).toMatchObject({ focusNode: 'dan', roving: 'dan', quiet: false });
    expect(effects).toEqual([{ type: 'hover', actorId: 'dan' }, { type: 'pan', dx: 20, dy: 0 }]);
    expect(run([{ type: 'node-focus', id: 'ann' }]).effects).toEqual([{ type: 'hover', actorId: 'ann' }]);
  });

  it('does not pan a node that a press focused: it stays under the pointer', () => {
    const press: Input = { type: 'node-down', id: 'dan', pointer: 1, x: 20, y: 150, button: 0 };
    const { effects } = run([press, { type: 'node-focus', id: 'dan' }]);
    expect(effects).toEqual([{ type: 'capture', id: 'dan', pointer: 1 }, { type: 'hover', actorId: 'dan' }]);
  });

  it('moves with the arrows to the neighbour that way', () => {
    const { s, effects } = run([key('node-key', 'ann', 'ArrowRight')]);
    expect(effects).toEqual([{ type: 'prevent' }, { type: 'focus', mark: 'node', id: 'bob' }]);
    expect(s.roving).toBe('bob');
    expect(run([key('node-key', 'ann', 'ArrowDown')]).effects.at(-1)).toEqual({ type: 'focus', mark: 'node', id: 'cat' });
  });

  it('nudges a node with Shift+arrow by 12 screen px, in layout units', () => {
    expect(run([key('node-key', 'ann', 'ArrowLeft', true)]).effects).toEqual([{ type: 'prevent' }, { type: 'move', id: 'ann', to: { x: 94, y: 75 } }]);
  });

  it('filters by an actor with Enter or Space, once per press', () => {
    expect(run([key('node-key', 'bob', 'Enter')]).effects).toEqual([{ type: 'prevent' }, { type: 'toggle-actor', id: 'bob' }]);
    expect(run([key('node-key', 'bob', ' ', false, true)]).effects).toEqual([{ type: 'prevent' }]);
  });

  it('goes to the first and last actor with Home and End', () => {
    const first = graph.nodes[0]!.id;
    const last = graph.nodes.at(-1)!.id;
    expect(run([key('node-key', 'bob', 'Home')]).effects.at(-1)).toEqual({ type: 'focus', mark: 'node', id: first });
    expect(run([key('node-key', 'bob', 'End')]).effects.at(-1)).toEqual({ type: 'focus', mark: 'node', id: last });
  });

  it('goes quiet on Escape until the pointer or focus reaches a mark again', () => {
    const { s, effects } = run([{ type: 'node-over', id: 'bob' }, { type: 'edge-over', id: pairKey('ann', 'bob') }, key('node-key', 'bob', 'Escape')]);
    expect(s).toMatchObject({ quiet: true, pointNode: null, pointEdge: null });
    expect(effects.at(-1)).toEqual({ type: 'hover', actorId: null });
    expect(run([{ type: 'node-over', id: 'cat' }], s).s.quiet).toBe(false);
  });

  it('tabs from an actor to its heaviest connection, and lets Tab go where it has none', () => {
    expect(run([key('node-key', 'ann', 'Tab')]).effects).toEqual([{ type: 'prevent' }, { type: 'focus', mark: 'edge', id: graph.edgesByNode.get('ann')![0]!.id }]);
    const lone = buildGraph(makeIndex([actor('ann'), actor('bob')], [event('e1', ['ann'])]), ['e1']);
    expect(run([key('node-key', 'ann', 'Tab')], IDLE, { ...ctx, graph: lone }).effects).toEqual([]);
  });

  it('starts the Tab stop on a filtered actor, else on the one in most events', () => {
    expect(rovingId(IDLE, graph, new Set())).toBe('ann');
    expect(rovingId(IDLE, graph, new Set(['cat']))).toBe('cat');
    expect(rovingId({ ...IDLE, roving: 'gone' }, graph, new Set())).toBe('ann');
  });
});

describe('dragging actors', () => {
  const down: Input = { type: 'node-down', id: 'bob', pointer: 7, x: 500, y: 500, button: 0 };

  it('captures the pointer, waits 4 px, then moves the node by the pointer’s way over the zoom', () => {
    const pressed = run([down]);
    expect(pressed.effects).toEqual([{ type: 'capture', id: 'bob', pointer: 7 }]);
    const still = run([{ type: 'pointer-move', pointer: 7, x: 502, y: 502 }], pressed.s);
    expect(still.effects).toEqual([]);
    expect(isDragging(still.s)).toBe(false);
    const moved = run([{ type: 'pointer-move', pointer: 7, x: 520, y: 490 }], pressed.s);
    expect(moved.effects).toEqual([{ type: 'move', id: 'bob', to: { x: 170, y: 65 } }]);
    expect(isDragging(moved.s)).toBe(true);
    expect(run([{ type: 'pointer-move', pointer: 8, x: 600, y: 600 }], pressed.s).effects).toEqual([]);
  });

  it('keeps the preview through a drag, and the click that ends it chooses nothing', () => {
    const dragged = run([{ type: 'node-over', id: 'bob' }, down, { type: 'pointer-move', pointer: 7, x: 540, y: 500 }, { type: 'node-out', to: null }]);
    expect(dragged.s.pointNode).toBe('bob');
    const after = run([{ type: 'pointer-up' }, { type: 'node-click', id: 'bob' }], dragged.s);
    expect(after.effects).toEqual([]);
    expect(run([{ type: 'node-click', id: 'bob' }], after.s).effects).toEqual([{ type: 'toggle-actor', id: 'bob' }]);
  });

  it('ignores a press with another button, or on a node without a place', () => {
    expect(run([{ ...down, button: 2 } as Input]).s).toBe(IDLE);
    expect(run([{ ...down, id: 'nobody' } as Input]).effects).toEqual([]);
  });
});

describe('connections', () => {
  const ab = pairKey('ann', 'bob');
  const ad = pairKey('ann', 'dan');

  it('selects a connection’s first event, and lists them in a popover when there are more', () => {
    const many = run([{ type: 'edge-click', id: ab, at: { x: 30, y: 40 } }]);
    expect(many.effects).toEqual([{ type: 'select-event', id: 'e1' }]);
    expect(many.s.popover).toEqual({ edgeId: ab, x: 30, y: 40 });
    const one = run([{ type: 'edge-click', id: ad, at: { x: 1, y: 1 } }]);
    expect(one.effects).toEqual([{ type: 'select-event', id: 'e3' }]);
    expect(one.s.popover).toBeNull();
    expect(run([{ type: 'close-popover', refocus: true }], many.s).effects).toEqual([{ type: 'focus', mark: 'edge', id: ab }]);
  });

  it('opens from the keyboard at the middle of the line', () => {
    expect(run([key('edge-key', ab, 'Enter')]).s.popover).toEqual({ edgeId: ab, x: 260, y: 145 });
  });

  it('steps through the anchor actor’s connections with the arrows, round the end', () => {
    const list = graph.edgesByNode.get('ann')!.map((e) => e.id);
    const focus = (id: string, k: string) => run([key('edge-key', id, k)], { ...IDLE, roving: 'ann' }).effects.at(-1);
    expect(focus(list[0]!, 'ArrowRight')).toEqual({ type: 'focus', mark: 'edge', id: list[1] });
    expect(focus(list[0]!, 'ArrowLeft')).toEqual({ type: 'focus', mark: 'edge', id: list.at(-1) });
  });

  it('goes back to the actor with Shift+Tab and on past the graph with Tab', () => {
    expect(run([key('edge-key', ab, 'Tab', true)], { ...IDLE, roving: 'bob' }).effects.at(-1)).toEqual({ type: 'focus', mark: 'node', id: 'bob' });
    expect(run([key('edge-key', ab, 'Tab')]).effects).toEqual([{ type: 'prevent' }, { type: 'focus-after' }]);
  });

  it('closes the popover and goes quiet on Escape', () => {
    const open = run([{ type: 'edge-click', id: ab, at: { x: 0, y: 0 } }]).s;
    const { s } = run([key('edge-key', ab, 'Escape')], open);
    expect(s.popover).toBeNull();
    expect(s.quiet).toBe(true);
  });

  it('moves the Tab stop to an end of a focused connection', () => {
    const cb = pairKey('bob', 'cat');
    expect(run([{ type: 'edge-focus', id: cb }], { ...IDLE, roving: 'dan' }).s).toMatchObject({ focusEdge: cb, roving: 'bob' });
    expect(run([{ type: 'edge-focus', id: cb }], { ...IDLE, roving: 'cat' }).s.roving).toBe('cat');
  });
});

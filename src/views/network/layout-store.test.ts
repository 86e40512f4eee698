import { describe, expect, it } from 'vitest';
import { buildGraph, type NetworkGraph } from '../../lib/network/graph';
import { layoutGraph, type LayoutInput, type Positions } from '../../lib/network/layout';
import { actor, event, makeIndex } from '../../lib/network/test-fixtures';
import { LayoutStore } from './layout-store';

const index = makeIndex(
  [actor('ann', 'us'), actor('bob', 'ru'), actor('cat', 'ua'), actor('dan', 'us')],
  [event('e1', ['ann', 'bob']), event('e2', ['bob', 'cat']), event('e3', ['cat', 'dan', 'ann'])],
);
const full = buildGraph(index, ['e1', 'e2', 'e3']);
const part = buildGraph(index, ['e1', 'e2']);
const size = { width: 400, height: 300 };
const label = () => ({ width: 40, height: 16 });

function bigGraph(n: number): NetworkGraph {
  const actors = Array.from({ length: n }, (_, i) => actor(`a${i}`, i % 2 ? 'us' : 'ru'));
  const events = actors.map((a, i) => event(`e${i}`, [a.id, actors[(i + 1) % n]!.id]));
  const big = makeIndex(actors, events);
  return buildGraph(big, big.events.map((e) => e.id));
}

describe('LayoutStore', () => {
  it('lays a small graph out at once, inside the container', () => {
    const store = new LayoutStore();
    store.request(full, size, label);
    const { positions, box, pending } = store.getSnapshot();
    expect(pending).toBe(false);
    expect(box).toEqual(size);
    expect([...positions.keys()].sort()).toEqual(['ann', 'bob', 'cat', 'dan']);
    for (const p of positions.values()) expect(p.x >= 0 && p.x <= 400 && p.y >= 0 && p.y <= 300).toBe(true);
  });

  it('can lay a small first graph out in the runner, and later ones at once', async () => {
    const calls: { input: LayoutInput; resolve: (p: Positions) => void }[] = [];
    const runner = { run: (input: LayoutInput) => new Promise<Positions>((resolve) => calls.push({ input, resolve })), warm() {}, dispose() {} };
    const store = new LayoutStore(() => runner, { firstInRunner: true });
    store.request(full, size, label);
    expect(store.getSnapshot()).toMatchObject({ pending: true });
    expect(store.getSnapshot().positions.size).toBe(0);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve(layoutGraph(calls[0]!.input));
    await Promise.resolve();
    expect(store.getSnapshot()).toMatchObject({ pending: false });
    expect(store.getSnapshot().positions.size).toBe(4);
    // With its actors on screen, a new small graph is laid out before the next paint.
    store.request(part, size, label);
    expect(calls).toHaveLength(1);
    expect(store.getSnapshot()).toMatchObject({ pending: false, graph: part });
  });

  it('does no work when asked again for the same graph and size', () => {
    const store = new LayoutStore();
    store.request(full, size, label);
    const first = store.getSnapshot();
    store.request(full, { width: 404, height: 298 }, label);
    expect(store.getSnapshot()).toBe(first);
  });

  it('brings an actor that was filtered out back to its place', () => {
    const store = new LayoutStore();
    store.request(full, size, label);
    const before = store.getSnapshot().positions.get('dan')!;
    store.request(part, size, label);
    expect(store.getSnapshot().positions.has('dan')).toBe(false);
    store.request(full, size, label);
    const after = store.getSnapshot().positions.get('dan')!;
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(25);
  });

  it('keeps a dragged node where it was put, through later layouts, until a reset', () => {
    const store = new LayoutStore();
    store.request(full, size, label);
    const cold = store.getSnapshot().positions.get('bob')!;
    store.move('bob', { x: 30, y: 40 });
    expect(store.getSnapshot().positions.get('bob')).toEqual({ x: 30, y: 40 });
    store.request(part, size, label);
    expect(store.getSnapshot().positions.get('bob')).toEqual({ x: 30, y: 40 });
    store.request(full, size, label);
    store.reset(label);
    expect(store.getSnapshot().epoch).toBe(1);
    expect(store.getSnapshot().positions.get('bob')).toEqual(cold);
  });

  it('scales remembered places when the container changes size noticeably', () => {
    const store = new LayoutStore();
    store.request(full, size, label);
    const before = store.getSnapshot().positions.get('ann')!;
    store.request(full, { width: 800, height: 300 }, label);
    expect(store.getSnapshot().box).toEqual({ width: 800, height: 300 });
    const after = store.getSnapshot().positions.get('ann')!;
    expect(Math.abs(after.x - before.x * 2)).toBeLessThan(40);
  });

  it('lays a big graph out in the runner, shows known actors meanwhile, and drops a stale result', async () => {
    const calls: { input: LayoutInput; resolve: (p: Positions) => void }[] = [];
    const runner = { run: (input: LayoutInput) => new Promise<Positions>((resolve) => calls.push({ input, resolve })), warm() {}, dispose() {} };
    const store = new LayoutStore(() => runner);
    const big = bigGraph(150);
    store.request(big, size, label);
    expect(store.getSnapshot()).toMatchObject({ pending: true });
    expect(store.getSnapshot().positions.size).toBe(0);
    const bigger = bigGraph(160);
    store.request(bigger, size, label);
    expect(calls).toHaveLength(2);
    calls[1]!.resolve(layoutGraph(calls[1]!.input));
    await Promise.resolve();
    expect(store.getSnapshot()).toMatchObject({ pending: false });
    expect(store.getSnapshot().positions.size).toBe(160);
    calls[0]!.resolve(layoutGraph(calls[0]!.input));
    await Promise.resolve();
    expect(store.getSnapshot().positions.size).toBe(160);
    // A narrower graph after that starts from the places already known.
    store.request(big, size, label);
    expect(store.getSnapshot().positions.size).toBe(150);
    const previous = calls[2]!.input.previous!;
    expect(previous.size).toBe(150);
    for (const [id, p] of previous) expect(p).toEqual(store.getSnapshot().positions.get(id));
  });

  it('keeps a large graph whose actors all have a place where they are, without a new layout', async () => {
    const calls: { input: LayoutInput; resolve: (p: Positions) => void }[] = [];
    const runner = { run: (input: LayoutInput) => new Promise<Positions>((resolve) => calls.push({ input, resolve })), warm() {}, dispose() {} };
    const store = new LayoutStore(() => runner);
    const whole = bigGraph(330);
    store.request(whole, size, label);
    calls[0]!.resolve(layoutGraph(calls[0]!.input));
    await Promise.resolve();
    const placed = store.getSnapshot().positions;
    // A large part of it (fewer actors, same box): no layout, everyone stays put.
    const part = bigGraph(320);
    store.request(part, { ...size }, label);
    expect(calls).toHaveLength(1);
    expect(store.getSnapshot()).toMatchObject({ pending: false, graph: part });
    for (const n of part.nodes) expect(store.getSnapshot().positions.get(n.id)).toEqual(placed.get(n.id));
    // A small part is laid out again (its labels need room), in the runner.
    store.request(bigGraph(200), size, label);
    expect(calls).toHaveLength(2);
  });

  it('previews what a request will show, in the box it will use', async () => {
    const runner = { run: (input: LayoutInput) => Promise.resolve(layoutGraph(input)), warm() {}, dispose() {} };
    const store = new LayoutStore(() => runner);
    const whole = bigGraph(330);
    store.request(whole, size, label);
    await Promise.resolve();
    await Promise.resolve();
    const narrow = bigGraph(150);
    const preview = store.preview(narrow, size);
    expect(preview.graph).toBe(narrow);
    expect(preview.pending).toBe(true);
    expect(store.getSnapshot().graph).toBe(whole);
    store.request(narrow, size, label);
    expect(store.getSnapshot().box).toEqual(preview.box);
    expect(store.getSnapshot().positions).toEqual(preview.positions);
  });
});

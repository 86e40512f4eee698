import { describe, expect, it } from 'vitest';
import { filterEvents } from '../filter';
import { NO_FILTER } from '../test-data';
import type { ActorRole } from '../../data/schema';
import { buildGraph, edgeEvents, nameOf, networkOf, neighbourhood, otherEnd, pairKey } from './graph';
import { graphIndex } from './graph-index';
import { MAX_CLIQUE } from '../thresholds';
import { actor, event, makeIndex, shippedIndex } from './test-fixtures';

const actors = [actor('ann', 'us'), actor('bob', 'ru'), actor('cat', 'ua', 'state'), actor('dan', 'us')];
const events = [
  event('e1', ['ann', 'bob'], '2025-02-10'),
  event('e2', ['ann', 'bob', 'cat'], '2025-02-11'),
  event('e3', ['cat'], '2025-02-12'),
  event('e4', ['dan', 'ann'], '2025-02-09'),
];
const index = makeIndex(actors, events, [
  { from: 'bob', to: 'ann', kind: 'counterpart', eventIds: ['e1'] },
  { from: 'dan', to: 'cat', kind: 'adviser-to', eventIds: [] },
  { from: 'cat', to: 'dan', kind: 'envoy-of', eventIds: ['e4'] },
  { from: 'ann', to: 'ann', kind: 'leads', eventIds: ['e1'] },
]);
const all = index.events.map((e) => e.id);

describe('buildGraph', () => {
  it('makes a node per actor of the visible events, counting their events', () => {
    const g = buildGraph(index, all);
    expect(Object.fromEntries(g.nodes.map((n) => [n.id, n.count]))).toEqual({ ann: 3, bob: 2, cat: 2, dan: 1 });
    expect(g.maxCount).toBe(3);
  });

  it('orders nodes by side, then events, then name', () => {
    expect(buildGraph(index, all).nodes.map((n) => n.id)).toEqual(['ann', 'dan', 'bob', 'cat']);
  });

  it('weighs an edge by the events the two actors share, listed in time order', () => {
    const g = buildGraph(index, all);
    const ab = g.edgeById.get(pairKey('ann', 'bob'))!;
    expect(ab.weight).toBe(2);
    expect(ab.eventIds).toEqual(['e1', 'e2']);
    expect(g.edgeById.get(pairKey('ann', 'dan'))!.eventIds).toEqual(['e4']);
    expect(g.edgeById.get(pairKey('bob', 'cat'))!.weight).toBe(1);
    expect(g.maxWeight).toBe(2);
    expect(g.edges[0]!.id).toBe(pairKey('ann', 'bob'));
  });

  it('counts degree as distinct neighbours', () => {
    const g = buildGraph(index, all);
    expect(Object.fromEntries(g.nodes.map((n) => [n.id, n.degree]))).toEqual({ ann: 3, bob: 2, cat: 3, dan: 2 });
  });

  it('keeps only what survives the filter', () => {
    const g = buildGraph(index, ['e1', 'e3']);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['ann', 'bob', 'cat']);
    expect(g.edges.map((e) => e.id)).toEqual([pairKey('ann', 'bob')]);
    expect(g.edgeById.get(pairKey('ann', 'bob'))!.weight).toBe(1);
    expect(buildGraph(index, []).nodes).toEqual([]);
  });

  it('adds relations while one of their events is visible, named in their direction', () => {
    const g = buildGraph(index, all);
    const ab = g.edgeById.get(pairKey('ann', 'bob'))!;
    expect(ab.relations).toEqual([{ kind: 'counterpart', from: 'bob', to: 'ann', eventIds: ['e1'] }]);
    expect([ab.source, ab.target]).toEqual(['bob', 'ann']);
    expect(buildGraph(index, ['e2']).edgeById.get(pairKey('ann', 'bob'))!.relations).toEqual([]);
  });

  it('shows a relation that names no event while both actors are in the graph', () => {
    const g = buildGraph(index, all);
    const cd = g.edgeById.get(pairKey('cat', 'dan'))!;
    expect(cd.weight).toBe(0);
    expect(cd.relations.map((r) => r.kind)).toEqual(['adviser-to', 'envoy-of']);
    expect([cd.source, cd.target]).toEqual(['dan', 'cat']);
    expect(buildGraph(index, ['e1']).edgeById.has(pairKey('cat', 'dan'))).toBe(false);
  });

  it('ignores a relation of an actor with itself and an actor listed twice in one event', () => {
    const twice = makeIndex([actor('ann'), actor('bob')], [
      { ...event('e', ['ann', 'bob']), actors: [{ id: 'ann', role: 'participant' }, { id: 'ann', role: 'speaker' }, { id: 'bob', role: 'speaker' }] },
    ]);
    const g = buildGraph(twice, ['e']);
    expect(g.nodeById.get('ann')!.count).toBe(1);
    expect(g.edges).toHaveLength(1);
    expect(buildGraph(index, all).edgeById.has('ann|ann')).toBe(false);
  });

  it('lists each node’s edges, heaviest first', () => {
    const g = buildGraph(index, all);
    expect(g.edgesByNode.get('ann')!.map((e) => otherEnd(e, 'ann'))).toEqual(['bob', 'cat', 'dan']);
  });
});

describe('who is joined', () => {
  const roles = (id: string, who: [string, ActorRole][]) => ({ ...event(id, []), actors: who.map(([a, role]) => ({ id: a, role })) });
  const idx = makeIndex([actor('ann'), actor('bob'), actor('cat'), actor('dan')], [
    roles('call', [['ann', 'participant'], ['bob', 'speaker'], ['cat', 'mentioned'], ['dan', 'subject']]),
    roles('talk', [['cat', 'mentioned'], ['dan', 'subject'], ['cat', 'participant']]),
  ]);
  const ids = idx.events.map((e) => e.id);

  it('by default, only actors who take part (participants, speakers); the others are nodes, unjoined', () => {
    const g = buildGraph(idx, ids);
    expect(g.edges.map((e) => e.id)).toEqual([pairKey('ann', 'bob')]);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['ann', 'bob', 'cat', 'dan']);
    expect(g.nodeById.get('dan')!.degree).toBe(0);
  });

  it('an actor listed twice takes part if either role does', () => {
    const g = buildGraph(idx, ['talk']);
    expect(g.edges).toEqual([]);
    expect(g.nodeById.get('cat')!.count).toBe(1);
  });

  it('with mentions, every pair of an event’s actors, weighed by the events they share', () => {
    const g = buildGraph(idx, ids, 'mentions');
    expect(g.edges).toHaveLength(6);
    expect(g.edgeById.get(pairKey('cat', 'dan'))!.eventIds).toEqual(['call', 'talk']);
    expect(g.edgeById.get(pairKey('ann', 'dan'))!.weight).toBe(1);
  });
});

describe('an event with a crowd of actors', () => {
  const crowd = Array.from({ length: 2000 }, (_, i) => actor(`a-${i}`));
  const idx = makeIndex(crowd, [event('summit', crowd.map((a) => a.id)), event('side-talk', ['a-5', 'a-6'])]);

  it('is a hub: its first participant joined to each other one, pairs linear in its actors', () => {
    const gi = graphIndex(idx);
    expect(gi.pairs.length).toBe(1999 + 1);
    const g = buildGraph(idx, idx.events.map((e) => e.id));
    expect(g.hubs).toEqual(['summit']);
    expect(g.nodes).toHaveLength(2000);
    expect(g.edges).toHaveLength(1999 + 1);
    expect(g.edgesByNode.get('a-0')).toHaveLength(1999);
    expect(g.edgeById.get(pairKey('a-0', 'a-1999'))!.eventIds).toEqual(['summit']);
    expect(g.edgeById.has(pairKey('a-1', 'a-2'))).toBe(false);
    // The crowd's own small meeting still joins its two.
    expect(g.edgeById.get(pairKey('a-5', 'a-6'))!.eventIds).toEqual(['side-talk']);
  });

  it('up to MAX_CLIQUE actors still join every pair', () => {
    const few = crowd.slice(0, MAX_CLIQUE);
    const g = buildGraph(makeIndex(few, [event('m', few.map((a) => a.id))]), ['m']);
    expect(g.edges).toHaveLength((MAX_CLIQUE * (MAX_CLIQUE - 1)) / 2);
    expect(g.hubs).toEqual([]);
  });
});

describe('nameOf and edgeEvents', () => {
  const g = buildGraph(index, all);
  const order = new Map(index.events.map((e, i) => [e.id, i]));

  it('names an actor of the graph, and falls back to the id for one it does not hold', () => {
    expect(nameOf(g, 'ann')).toBe('Ann');
    expect(nameOf(g, 'zed')).toBe('zed');
  });

  it('gives an edge its shared events, else the events of its stated relations in time order', () => {
    expect(edgeEvents(g.edgeById.get(pairKey('ann', 'bob'))!, order)).toEqual(['e1', 'e2']);
    const cd = g.edgeById.get(pairKey('cat', 'dan'))!;
    expect(cd.eventIds).toEqual([]);
    expect(edgeEvents(cd, order)).toEqual(['e4']);
  });
});

describe('neighbourhood', () => {
  it('is the actor and everyone joined to it', () => {
    const g = buildGraph(index, all);
    expect([...neighbourhood(g, 'dan')].sort()).toEqual(['ann', 'cat', 'dan']);
    expect(neighbourhood(g, 'nobody').size).toBe(0);
  });
});

describe('the shipped dataset', () => {
  const shipped = shippedIndex();
  const lavrovEvents = shipped.events.filter((e) => e.actors.some((a) => a.id === 'sergei-lavrov')).map((e) => e.id);

  it('filtered to Sergei Lavrov, shows exactly the actors of his events', () => {
    const ids = filterEvents(shipped, { ...NO_FILTER, actors: ['sergei-lavrov'] });
    expect(ids).toEqual(lavrovEvents);
    const g = buildGraph(shipped, ids);
    const expected = new Set(shipped.events.filter((e) => ids.includes(e.id)).flatMap((e) => e.actors.map((a) => a.id)));
    expect(new Set(g.nodes.map((n) => n.id))).toEqual(expected);
    expect(g.nodeById.get('sergei-lavrov')!.count).toBe(lavrovEvents.length);
  });

  it('joins 30 pairs by default: who dealt with whom, and the stated relations; 97 with mentions', () => {
    const all = shipped.events.map((e) => e.id);
    const g = buildGraph(shipped, all);
    expect(g.nodes).toHaveLength(22);
    expect(g.edges).toHaveLength(30);
    // Both appear in the record of the Rubio–Lavrov call, but Trump is only mentioned in it.
    expect(g.edgeById.has(pairKey('donald-trump', 'tammy-bruce'))).toBe(false);
    expect(g.edgeById.get(pairKey('marco-rubio', 'tammy-bruce'))!.eventIds).toEqual(['rubio-lavrov-call']);
    expect(buildGraph(shipped, all, 'mentions').edges).toHaveLength(97);
  });

  it('joins Rubio and Lavrov by their shared events and their counterpart relation', () => {
    const g = buildGraph(shipped, shipped.events.map((e) => e.id));
    const e = g.edgeById.get(pairKey('marco-rubio', 'sergei-lavrov'))!;
    expect(e.weight).toBe(lavrovEvents.length);
    expect(e.relations.map((r) => r.kind)).toEqual(['counterpart']);
    expect([e.source, e.target]).toEqual(['marco-rubio', 'sergei-lavrov']);
  });
});

describe('networkOf', () => {
  it('gives back the same unfiltered graph each time, and builds filtered ones', () => {
    const first = networkOf(index, all);
    expect(networkOf(index, [...all])).toBe(first);
    expect(first).toEqual(buildGraph(index, all));
    const part = networkOf(index, ['e1', 'e3']);
    expect(part).toEqual(buildGraph(index, ['e1', 'e3']));
    expect(networkOf(index, ['e1', 'e3'])).not.toBe(part);
  });
});

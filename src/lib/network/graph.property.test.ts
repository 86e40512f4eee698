import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, ActorRole, Relation, Side } from '../../data/schema';
import type { DatasetIndex } from '../dataset-index';
import { SIDE_ORDER } from '../sides';
import { buildGraph, pairKey, type EdgeRelation, type GraphEdge, type GraphNode, type LinkMode } from './graph';
import { MAX_CLIQUE } from '../thresholds';
import { actor, event, makeIndex } from './test-fixtures';

/**
 * The network as first written: string keys, Maps and sorts with comparators. buildGraph
 * counts on numbers prepared per dataset instead; it must give exactly the same graph.
 * Joined: the actors of an event in a linking role (participants and speakers; any role
 * with mentions), every pair, or past MAX_CLIQUE the first of them with each other one.
 */
function reference(index: DatasetIndex, visibleIds: readonly string[], mode: LinkMode) {
  const linking = (r: ActorRole) => mode === 'mentions' || r === 'participant' || r === 'speaker';
  const counts = new Map<string, number>();
  const acc = new Map<string, { a: string; b: string; eventIds: string[]; relations: EdgeRelation[] }>();
  const edgeFor = (x: string, y: string) => {
    const key = pairKey(x, y);
    let e = acc.get(key);
    if (!e) acc.set(key, (e = { a: x < y ? x : y, b: x < y ? y : x, eventIds: [], relations: [] }));
    return e;
  };
  for (const eventId of visibleIds) {
    const ev = index.eventById.get(eventId)!;
    const ids = [...new Set(ev.actors.map((a) => a.id))].filter((id) => index.actorById.has(id));
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    const links = ids.filter((id) => ev.actors.some((a) => a.id === id && linking(a.role)));
    if (links.length > MAX_CLIQUE) for (let j = 1; j < links.length; j++) edgeFor(links[0]!, links[j]!).eventIds.push(eventId);
    else for (let i = 0; i < links.length; i++) for (let j = i + 1; j < links.length; j++) edgeFor(links[i]!, links[j]!).eventIds.push(eventId);
  }
  const visible = new Set(visibleIds);
  for (const r of index.dataset.relations) {
    if (r.from === r.to || !counts.has(r.from) || !counts.has(r.to)) continue;
    const shown = r.eventIds.filter((id) => visible.has(id));
    if (r.eventIds.length > 0 && shown.length === 0) continue;
    edgeFor(r.from, r.to).relations.push({ kind: r.kind, from: r.from, to: r.to, eventIds: shown });
  }
  const degree = new Map<string, number>();
  const edges: GraphEdge[] = [];
  for (const [id, e] of acc) {
    degree.set(e.a, (degree.get(e.a) ?? 0) + 1);
    degree.set(e.b, (degree.get(e.b) ?? 0) + 1);
    const rel = e.relations[0];
    let pair: [string, string];
    if (rel) pair = [rel.from, rel.to];
    else {
      const d = (counts.get(e.b) ?? 0) - (counts.get(e.a) ?? 0);
      const byName = index.actorById.get(e.a)!.name.localeCompare(index.actorById.get(e.b)!.name, 'en') <= 0;
      pair = d < 0 || (d === 0 && byName) ? [e.a, e.b] : [e.b, e.a];
    }
    edges.push({ id, source: pair[0], target: pair[1], eventIds: e.eventIds, weight: e.eventIds.length, relations: e.relations });
  }
  edges.sort((p, q) => q.weight - p.weight || (p.id < q.id ? -1 : 1));
  const rank = new Map(SIDE_ORDER.map((s, i) => [s, i]));
  const nodes: GraphNode[] = [...counts].map(([id, count]) => {
    const a = index.actorById.get(id)!;
    return { id, name: a.name, side: a.side, kind: a.kind, count, degree: degree.get(id) ?? 0 };
  });
  nodes.sort((p, q) => rank.get(p.side)! - rank.get(q.side)! || q.count - p.count || p.name.localeCompare(q.name, 'en') || (p.id < q.id ? -1 : 1));
  return { nodes, edges };
}

// Ids that are prefixes of one another, and names that tie or differ only in accents.
const IDS = ['a', 'a-b', 'ab', 'b', 'b-1', 'c', 'ca', 'c-a', 'd', 'e2'];
const NAMES = ['Ana', 'Ána', 'Bo', 'bo', 'Zoe', 'Ana'];
const SIDES: Side[] = ['us', 'ru', 'ua', 'europe', 'mediator', 'other'];
const ROLES: ActorRole[] = ['participant', 'speaker', 'subject', 'mentioned'];
const CROWD = Array.from({ length: MAX_CLIQUE + 12 }, (_, i) => `crowd-${i}`);

const datasets = fc
  .record({
    actors: fc.uniqueArray(
      fc.record({ id: fc.constantFrom(...IDS), name: fc.constantFrom(...NAMES), side: fc.constantFrom(...SIDES), institution: fc.boolean() }),
      { selector: (a) => a.id, minLength: 1, maxLength: IDS.length },
    ),
    // Mostly small events; some crowds past MAX_CLIQUE (ids repeat, so a crowd lists actors twice).
    events: fc.array(
      fc.array(fc.record({ id: fc.constantFrom(...IDS, 'stranger'), role: fc.constantFrom(...ROLES) }), { maxLength: 5 }),
      { maxLength: 25 },
    ),
    crowds: fc.array(fc.array(fc.record({ id: fc.constantFrom(...CROWD), role: fc.constantFrom(...ROLES) }), { minLength: MAX_CLIQUE, maxLength: MAX_CLIQUE + 8 }), { maxLength: 2 }),
    relations: fc.array(
      fc.record({
        from: fc.constantFrom(...IDS),
        to: fc.constantFrom(...IDS),
        kind: fc.constantFrom('counterpart', 'envoy-of', 'leads') as fc.Arbitrary<Relation['kind']>,
        events: fc.array(fc.nat(30), { maxLength: 3 }),
      }),
      { maxLength: 8 },
    ),
    keep: fc.array(fc.boolean(), { minLength: 27, maxLength: 27 }),
  })
  .map(({ actors, events, crowds, relations, keep }) => {
    const list: Actor[] = actors.map((a) => ({ ...actor(a.id, a.side, a.institution ? 'organization' : 'person'), name: a.name }));
    if (crowds.length) list.push(...CROWD.map((id) => actor(id, 'other')));
    const evs = [...events, ...crowds].map((who, i) => ({ ...event(`e${i}`, [], `2025-02-${String((i % 27) + 1).padStart(2, '0')}`), actors: who }));
    const rels: Relation[] = relations.map((r) => ({ from: r.from, to: r.to, kind: r.kind, eventIds: r.events.map((k) => `e${k}`) }));
    const index = makeIndex(list, evs, rels);
    return { index, visible: index.events.filter((_, i) => keep[i]).map((e) => e.id) };
  });

describe('buildGraph', () => {
  it('gives exactly the graph of the plain string-keyed algorithm', () => {
    fc.assert(
      fc.property(datasets, ({ index, visible }) => {
        for (const [ids, mode] of [[visible, 'dealings'], [index.events.map((e) => e.id), 'dealings'], [visible, 'mentions']] as const) {
          const g = buildGraph(index, ids, mode);
          const want = reference(index, ids, mode);
          expect(g.nodes).toEqual(want.nodes);
          expect(g.edges).toEqual(want.edges);
          expect([...g.edgeById.keys()].sort()).toEqual(want.edges.map((e) => e.id).sort());
          for (const n of want.nodes)
            expect(g.edgesByNode.get(n.id)!.map((e) => e.id)).toEqual(want.edges.filter((e) => e.source === n.id || e.target === n.id).map((e) => e.id));
          expect(g.maxCount).toBe(Math.max(0, ...want.nodes.map((n) => n.count)));
          expect(g.maxWeight).toBe(Math.max(0, ...want.edges.map((e) => e.weight)));
        }
      }),
      { numRuns: 300 },
    );
    // 300 random datasets, three graphs each: seconds on a loaded machine, far from this limit.
  }, 60_000);
});

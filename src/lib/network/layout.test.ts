import { describe, expect, it } from 'vitest';
import { filterEvents } from '../filter';
import { NO_FILTER } from '../test-data';
import { layoutRequest } from './geometry';
import { buildGraph, type NetworkGraph } from './graph';
import { placeLabels, wrapName } from './labels';
import { seededRandom } from '../random';
import { layoutGraph, layoutPlan, type LayoutInput, type Positions } from './layout';
import { practiceGraph, warmUp } from './layout-warmup';
import { shippedIndex } from './test-fixtures';

const index = shippedIndex();
const CHAR = 6.4;

/** Label sizes as the view sets them: one line, or two when one line would be wide. */
function withLabels(graph: NetworkGraph, width: number, height: number): LayoutInput {
  const req = layoutRequest(graph, { width, height });
  return {
    ...req,
    nodes: req.nodes.map((n) => {
      const name = graph.nodeById.get(n.id)!.name;
      const two = wrapName(name);
      const one = name.length * CHAR;
      return {
        ...n,
        label: one > 120 && two ? { width: Math.max(...two.map((l) => l.length)) * CHAR, height: 28 } : { width: one, height: 14 },
      };
    }),
  };
}

const full = buildGraph(index, index.events.map((e) => e.id));
const lavrov = buildGraph(index, filterEvents(index, { ...NO_FILTER, actors: ['sergei-lavrov'] }));

function distance(a: Positions, b: Positions, id: string) {
  const p = a.get(id)!;
  const q = b.get(id)!;
  return Math.hypot(p.x - q.x, p.y - q.y);
}

describe('layoutGraph', () => {
  it('is deterministic: the same input gives the same positions', () => {
    const input = withLabels(full, 380, 600);
    expect([...layoutGraph(input)]).toEqual([...layoutGraph(input)]);
  });

  it('does not depend on the order nodes and links come in', () => {
    const input = withLabels(full, 380, 600);
    const shuffled = { ...input, nodes: [...input.nodes].reverse(), links: [...input.links].reverse() };
    expect(new Map(layoutGraph(shuffled))).toEqual(new Map(layoutGraph(input)));
  });

  it('leaves its input as it was', () => {
    const input = { ...withLabels(full, 380, 600), previous: new Map([['sergei-lavrov', { x: 50, y: 60 }]]) };
    const before = JSON.stringify({ ...input, previous: [...input.previous] });
    layoutGraph(input);
    expect(JSON.stringify({ ...input, previous: [...input.previous] })).toBe(before);
  });

  it('changes with the seed', () => {
    const input = withLabels(full, 380, 600);
    expect([...layoutGraph({ ...input, seed: 2 })]).not.toEqual([...layoutGraph(input)]);
  });

  for (const [w, h] of [
    [380, 600],
    [343, 400],
  ] as const) {
    it(`keeps every node and its label inside a ${w}×${h} box and clear of each other`, () => {
      const input = withLabels(full, w, h);
      const pos = layoutGraph(input);
      const boxes = input.nodes.map((n) => {
        const p = pos.get(n.id)!;
        const half = Math.max(n.radius, n.label!.height / 2);
        return { id: n.id, l: p.x - n.radius, r: p.x + n.radius + 3 + n.label!.width, t: p.y - half, b: p.y + half };
      });
      for (const b of boxes) {
        expect(b.l).toBeGreaterThanOrEqual(0);
        expect(b.r).toBeLessThanOrEqual(w);
        expect(b.t).toBeGreaterThanOrEqual(0);
        expect(b.b).toBeLessThanOrEqual(h);
      }
      let overlapping = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          if (a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b) overlapping++;
        }
      expect(overlapping).toBe(0);
    });

    it(`leaves room to label every actor of the shipped dataset at ${w}×${h}`, () => {
      const input = withLabels(full, w, h);
      const pos = layoutGraph(input);
      const requests = input.nodes.map((n) => {
        const name = full.nodeById.get(n.id)!.name;
        const two = wrapName(name);
        const variants = [{ width: name.length * CHAR, height: 14, lines: [name] }];
        if (two) variants.push({ width: Math.max(...two.map((l) => l.length)) * CHAR, height: 28, lines: two });
        return { id: n.id, ...pos.get(n.id)!, r: n.radius, variants };
      });
      expect(placeLabels(requests, { x0: 0, y0: 0, x1: w, y1: h }).size).toBe(full.nodes.length);
    });
  }

  it('puts the United States and Russia on opposite sides', () => {
    const wide = layoutGraph(withLabels(full, 600, 380));
    const tall = layoutGraph(withLabels(full, 380, 600));
    const mean = (pos: Positions, side: string, axis: 'x' | 'y') => {
      const ids = full.nodes.filter((n) => n.side === side).map((n) => n.id);
      return ids.reduce((s, id) => s + pos.get(id)![axis], 0) / ids.length;
    };
    expect(mean(wide, 'us', 'x')).toBeLessThan(mean(wide, 'ru', 'x') - 100);
    expect(mean(tall, 'us', 'y')).toBeLessThan(mean(tall, 'ru', 'y') - 100);
  });

  it('keeps nodes in place when a filter narrows the graph and widens it again', () => {
    const before = layoutGraph(withLabels(full, 380, 600));
    const narrowed = layoutGraph({ ...withLabels(lavrov, 380, 600), previous: before });
    const moves = lavrov.nodes.map((n) => distance(before, narrowed, n.id));
    expect(Math.max(...moves)).toBeLessThan(40);
    const memory = new Map([...before, ...narrowed]);
    const again = layoutGraph({ ...withLabels(full, 380, 600), previous: memory });
    const back = full.nodes.map((n) => distance(before, again, n.id));
    expect(Math.max(...back)).toBeLessThan(40);
    // A cold layout of the narrowed graph would have moved them far more.
    const cold = layoutGraph(withLabels(lavrov, 380, 600));
    expect(Math.max(...lavrov.nodes.map((n) => distance(before, cold, n.id)))).toBeGreaterThan(60);
  });

  it('starts a new node beside its known neighbours', () => {
    const small = layoutGraph(withLabels(lavrov, 380, 600));
    const first = layoutGraph({ ...withLabels(full, 380, 600), previous: small, maxTicks: 1 });
    for (const n of full.nodes.filter((n) => !small.has(n.id))) {
      const known = full.edgesByNode
        .get(n.id)!
        .map((e) => small.get(e.source === n.id ? e.target : e.source))
        .filter((p) => p !== undefined);
      if (!known.length) continue;
      const c = { x: known.reduce((s, p) => s + p.x, 0) / known.length, y: known.reduce((s, p) => s + p.y, 0) / known.length };
      const p = first.get(n.id)!;
      expect(Math.hypot(p.x - c.x, p.y - c.y), n.id).toBeLessThan(40);
    }
  });

  it('leaves a dragged (pinned) node exactly where it was put', () => {
    const pinned = new Map([['sergei-lavrov', { x: 50, y: 60 }]]);
    expect(layoutGraph({ ...withLabels(full, 380, 600), pinned }).get('sergei-lavrov')).toEqual({ x: 50, y: 60 });
  });

  it('plans a full run for small graphs and bounded runs past them', () => {
    expect(layoutPlan(full.nodes.length, full.edges.length, false)).toMatchObject({ tier: 'full', ticks: 120, lateFrom: 0, linksPerNode: Infinity });
    const labelled = layoutPlan(100, 1400, false);
    expect(labelled.tier).toBe('labelled');
    expect(labelled.ticks).toBeLessThanOrEqual(150);
    expect(labelled.lateFrom).toBeGreaterThan(0);
    const large = layoutPlan(1000, 22_000, false);
    expect(large.tier).toBe('large');
    expect(large.ticks).toBeLessThanOrEqual(40);
    expect(large.linksPerNode).toBeLessThan(Infinity);
    expect(layoutPlan(1000, 22_000, false, 10).ticks).toBe(10);
    // About 15,000 node-steps, from 40 steps down to 10.
    expect(layoutPlan(301, 3000, false).ticks).toBe(40);
    expect(layoutPlan(600, 3000, false).ticks).toBe(25);
    expect(layoutPlan(5000, 120_000, false).ticks).toBe(10);
    expect(layoutPlan(22, 97, true).ticks).toBeLessThan(300);
  });

  it('lays out 1,000 actors and 10,000 edges within a bounded number of steps', () => {
    const random = seededRandom(7);
    const nodes = Array.from({ length: 1000 }, (_, i) => ({
      id: `a${String(i).padStart(4, '0')}`,
      side: (['us', 'ru', 'ua', 'europe', 'mediator', 'other'] as const)[i % 6]!,
      radius: 3 + random() * 9,
    }));
    const seen = new Set<string>();
    const links: LayoutInput['links'][number][] = [];
    while (links.length < 10_000) {
      const a = Math.floor(random() * 1000);
      const b = Math.floor(random() * 1000);
      const key = a < b ? `${a}-${b}` : `${b}-${a}`;
      if (a === b || seen.has(key)) continue;
      seen.add(key);
      links.push({ source: nodes[a]!.id, target: nodes[b]!.id, weight: 1 + Math.floor(random() * 3) });
    }
    const pos = layoutGraph({ nodes, links, width: 1500, height: 1500, maxTicks: 120 });
    expect(pos.size).toBe(1000);
    for (const p of pos.values()) {
      expect(Number.isFinite(p.x) && p.x >= 0 && p.x <= 1500).toBe(true);
      expect(Number.isFinite(p.y) && p.y >= 0 && p.y <= 1500).toBe(true);
    }
  });

  describe('a large graph', () => {
    const sides = ['us', 'ru', 'ua', 'europe', 'mediator', 'other'] as const;
    const random = seededRandom(11);
    const nodes = Array.from({ length: 900 }, (_, i) => ({ id: `a${String(i).padStart(4, '0')}`, side: sides[i % 6]!, radius: 3 + random() * 9 }));
    // Ties mostly within a side, as in a real record: sides should come out as regions.
    const links: LayoutInput['links'][number][] = [];
    const seen = new Set<string>();
    while (links.length < 12_000) {
      const a = Math.floor(random() * 900);
      const b = random() < 0.7 ? (a + 6 * (1 + Math.floor(random() * 149))) % 900 : Math.floor(random() * 900);
      const key = a < b ? `${a}-${b}` : `${b}-${a}`;
      if (a === b || seen.has(key)) continue;
      seen.add(key);
      links.push({ source: nodes[a]!.id, target: nodes[b]!.id, weight: 1 + Math.floor(random() * random() * 4) });
    }
    const input: LayoutInput = { nodes, links, width: 1400, height: 2000 };
    const pos = layoutGraph(input);

    it('is laid out inside its box, without piling actors up along the walls', () => {
      let atWall = 0;
      for (const n of nodes) {
        const p = pos.get(n.id)!;
        expect(p.x - n.radius).toBeGreaterThanOrEqual(0);
        expect(p.x + n.radius).toBeLessThanOrEqual(1400);
        expect(p.y - n.radius).toBeGreaterThanOrEqual(0);
        expect(p.y + n.radius).toBeLessThanOrEqual(2000);
        if (Math.min(p.x - n.radius, 1400 - p.x - n.radius, p.y - n.radius, 2000 - p.y - n.radius) < 6) atWall++;
      }
      expect(atWall / nodes.length).toBeLessThan(0.03);
    });

    it('is deterministic and keeps the sides apart', () => {
      expect(layoutGraph(input)).toEqual(pos);
      const mean = (side: string) => {
        const ps = nodes.filter((n) => n.side === side).map((n) => pos.get(n.id)!);
        return ps.reduce((s, p) => s + p.y, 0) / ps.length;
      };
      // A tall box: the United States above, Russia below.
      expect(mean('us')).toBeLessThan(mean('ru') - 400);
    });

    it('keeps actors from sitting on one another', () => {
      let overlapping = 0;
      const list = nodes.map((n) => ({ ...pos.get(n.id)!, r: n.radius }));
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!;
          const b = list[j]!;
          if (Math.hypot(a.x - b.x, a.y - b.y) < (a.r + b.r) * 0.8) overlapping++;
        }
      expect(overlapping).toBeLessThan(nodes.length * 0.01);
    });
  });
});

describe('warmUp', () => {
  it('practises on a graph the size of the shipped dataset’s, which gets the full run', () => {
    const small = practiceGraph(24, 40, true);
    expect(layoutPlan(small.nodes.length, small.links.length, false).tier).toBe('full');
    expect(layoutGraph(small).size).toBe(24);
    expect(() => warmUp()).not.toThrow();
  });
});

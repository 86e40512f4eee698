import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatCompare, prepare, strongest } from './layout-prep';

const id = fc.stringMatching(/^[a-z0-9]{1,4}(-[a-z0-9]{1,3})?$/);

describe('concatCompare', () => {
  it('orders ids as their `${id}|…` keys sort', () => {
    fc.assert(
      fc.property(id, id, fc.string(), fc.string(), (a, b, x, y) => {
        fc.pre(a !== b);
        const byKey = `${a}|${x}` < `${b}|${y}` ? -1 : 1;
        expect(Math.sign(concatCompare(a, b))).toBe(byKey);
      }),
    );
  });

  it('puts an id after the longer ids it begins', () => {
    expect(concatCompare('ann', 'ann-lee')).toBeGreaterThan(0);
    expect(concatCompare('ann', 'anna')).toBeGreaterThan(0);
    expect(concatCompare('ann', 'ann')).toBe(0);
    expect(concatCompare('ann', 'bob')).toBeLessThan(0);
  });
});

describe('prepare', () => {
  const nodes = [{ id: 'c' }, { id: 'a' }, { id: 'b' }, { id: 'a-b' }];
  const links = [
    { source: 'b', target: 'a', weight: 2 },
    { source: 'c', target: 'a-b', weight: 1 },
    { source: 'a', target: 'a', weight: 5 },
    { source: 'a', target: 'nobody', weight: 1 },
    { source: 'a-b', target: 'a', weight: 3 },
  ];

  it('numbers nodes in id order and lists links in key order, dropping loops and strangers', () => {
    const p = prepare(nodes, links);
    expect(p.nodes.map((n) => n.id)).toEqual(['a', 'a-b', 'b', 'c']);
    const keys = Array.from(p.s, (s, k) => `${p.nodes[s]!.id}|${p.nodes[p.t[k]!]!.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toEqual(['a-b|c', 'a|a-b', 'a|b']);
    expect(Array.from(p.weight)).toEqual([1, 3, 2]);
  });

  it('counts degrees and lists neighbours', () => {
    const p = prepare(nodes, links);
    expect(Array.from(p.degree)).toEqual([2, 2, 1, 1]);
    const of = (i: number) => Array.from(p.nb.subarray(p.start[i]!, p.start[i + 1]!), (j) => p.nodes[j]!.id).sort();
    expect(of(0)).toEqual(['a-b', 'b']);
    expect(of(1)).toEqual(['a', 'c']);
    expect(of(3)).toEqual(['a-b']);
  });
});

describe('strongest', () => {
  it('keeps each node’s heaviest links, all of them for nodes with few', () => {
    // A hub joined to five leaves with weights 1…5; the leaves only to the hub.
    const nodes = ['h', 'l1', 'l2', 'l3', 'l4', 'l5'].map((id) => ({ id }));
    const links = [1, 2, 3, 4, 5].map((w) => ({ source: 'h', target: `l${w}`, weight: w }));
    const p = prepare(nodes, links);
    // Every leaf keeps its only link, so all survive at 2 per node…
    expect(strongest(p, 2)).toHaveLength(5);
    // …while a leafless view of the hub alone keeps its two heaviest.
    const hubOnly = prepare(
      [{ id: 'h' }, ...[1, 2, 3, 4, 5].map((w) => ({ id: `l${w}` }))],
      [...links, ...links.map((l) => ({ source: l.target, target: `l${(Number(l.target[1]) % 5) + 1}`, weight: 9 }))],
    );
    const kept = strongest(hubOnly, 2).map((k) => `${hubOnly.nodes[hubOnly.s[k]!]!.id}-${hubOnly.nodes[hubOnly.t[k]!]!.id}`);
    expect(kept.filter((k) => k.startsWith('h-'))).toEqual(['h-l4', 'h-l5']);
    expect(strongest(p, Infinity)).toEqual([0, 1, 2, 3, 4]);
  });
});

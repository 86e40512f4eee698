import { describe, expect, it } from 'vitest';
import { layoutRequest } from './geometry';
import { buildGraph } from './graph';
import { layoutGraph, type LayoutInput } from './layout';
import { answerLayoutRequest } from './layout-answer';
import { packLayoutInput, transferables, unpackLayoutInput, unpackPositions } from './layout-message';
import { shippedIndex } from './test-fixtures';

const index = shippedIndex();
const graph = buildGraph(index, index.events.map((e) => e.id));
const base = layoutRequest(graph, { width: 380, height: 600 });
const input: LayoutInput = {
  ...base,
  nodes: base.nodes.map((n, i) => (i % 2 ? { ...n, label: { width: 40 + i, height: 16 } } : n)),
  // Remembered places include actors not in this graph; a link names a stranger.
  previous: new Map([
    [base.nodes[0]!.id, { x: 10, y: 20 }],
    ['not-in-graph', { x: 1, y: 2 }],
  ]),
  pinned: new Map([[base.nodes[1]!.id, { x: 30, y: 40 }]]),
  links: [...base.links, { source: base.nodes[0]!.id, target: 'stranger', weight: 1 }],
  seed: 5,
  maxTicks: 80,
};

describe('layout messages', () => {
  it('carry what the layout reads, so the worker’s answer equals the layout computed here', () => {
    const packed = packLayoutInput(input);
    const back = unpackLayoutInput(structuredClone(packed));
    expect(back.nodes).toEqual(input.nodes);
    expect(back.links).toEqual(base.links);
    expect([...back.previous!]).toEqual([[base.nodes[0]!.id, { x: 10, y: 20 }]]);
    expect(back.pinned).toEqual(input.pinned);
    const reply = answerLayoutRequest({ id: 7, input: packed });
    expect(reply.id).toBe(7);
    expect(unpackPositions(packed.ids, reply.positions)).toEqual(layoutGraph(input));
  });

  it('hands over typed arrays rather than copying them', () => {
    const packed = packLayoutInput(input);
    const buffers = transferables(packed);
    expect(buffers).toHaveLength(7);
    for (const b of buffers) expect(b).toBeInstanceOf(ArrayBuffer);
  });
});

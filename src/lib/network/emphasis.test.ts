import { describe, expect, it } from 'vitest';
import { emphasis, type EmphasisInput } from './emphasis';
import { buildGraph, pairKey } from './graph';
import { actor, event, makeIndex } from './test-fixtures';

const index = makeIndex(
  [actor('ann'), actor('bob'), actor('cat'), actor('dan')],
  [event('e1', ['ann', 'bob']), event('e2', ['bob', 'cat']), event('e3', ['cat', 'dan'])],
);
const graph = buildGraph(index, ['e1', 'e2', 'e3']);
const none: EmphasisInput = { node: null, edge: null, hoverEvent: null, selectedEvent: null, pressed: [] };
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('emphasis', () => {
  it('lights nothing when nothing is pointed at, selected or filtered', () => {
    expect(emphasis(index, graph, none)).toMatchObject({ source: null });
    expect(emphasis(index, graph, none).nodes.size).toBe(0);
  });

  it('lights a selected event’s actors and the edges that event makes', () => {
    const e = emphasis(index, graph, { ...none, selectedEvent: 'e2' });
    expect(e.source).toBe('selected-event');
    expect(sorted(e.nodes)).toEqual(['bob', 'cat']);
    expect(sorted(e.edges)).toEqual([pairKey('bob', 'cat')]);
  });

  it('lights a pointed node’s neighbourhood over the selection', () => {
    const e = emphasis(index, graph, { ...none, node: 'bob', selectedEvent: 'e3' });
    expect(e.source).toBe('node');
    expect(sorted(e.nodes)).toEqual(['ann', 'bob', 'cat']);
    expect(sorted(e.edges)).toEqual([pairKey('ann', 'bob'), pairKey('bob', 'cat')]);
  });

  it('lights an edge’s two ends', () => {
    const e = emphasis(index, graph, { ...none, edge: pairKey('cat', 'dan') });
    expect(sorted(e.nodes)).toEqual(['cat', 'dan']);
  });

  it('prefers an event previewed in another view over the selection', () => {
    expect(emphasis(index, graph, { ...none, hoverEvent: 'e1', selectedEvent: 'e3' }).nodes).toEqual(new Set(['ann', 'bob']));
  });

  it('lights the filtered actors’ neighbourhoods when nothing else is', () => {
    const e = emphasis(index, graph, { ...none, pressed: ['ann', 'dan'] });
    expect(e.source).toBe('pressed');
    expect(sorted(e.nodes)).toEqual(['ann', 'bob', 'cat', 'dan']);
    expect(sorted(e.edges)).toEqual([pairKey('ann', 'bob'), pairKey('cat', 'dan')]);
  });

  it('falls through cues that name nothing in the graph', () => {
    const small = buildGraph(index, ['e1']);
    expect(emphasis(index, small, { ...none, node: 'dan', selectedEvent: 'e3', pressed: ['ann'] }).source).toBe('pressed');
    expect(emphasis(index, small, { ...none, selectedEvent: 'missing' }).source).toBe(null);
  });
});

/**
 * The arithmetic of the network's remembered layout (views/network/layout-store.ts keeps the
 * state): the box a graph is laid out in, the places its actors had, what the layout is asked,
 * and whether it runs at once, in the worker, or not at all.
 */
import { isLarge, layoutBox, layoutRequest, needsNewBox, type Size } from './geometry';
import type { NetworkGraph } from './graph';
import { layoutPlan, type LayoutInput } from './layout';
import type { Point } from './navigate';

export type LabelSize = (id: string) => { width: number; height: number } | undefined;

/**
 * The box a graph is laid out in (the current one while the container has not moved far from
 * it), and the factors that carry places in the current box into it.
 */
export function boxFor(current: Size | null, graph: NetworkGraph, container: Size): { box: Size; sx: number; sy: number } {
  if (current && !needsNewBox(current, container, graph.nodes.length)) return { box: current, sx: 1, sy: 1 };
  const box = layoutBox(container, graph.nodes.length);
  return current ? { box, sx: box.width / current.width, sy: box.height / current.height } : { box, sx: 1, sy: 1 };
}

/** The remembered places of the graph's actors, scaled by (sx, sy). */
export function knownPlaces(memory: ReadonlyMap<string, Point>, graph: NetworkGraph, sx = 1, sy = 1): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const n of graph.nodes) {
    const p = memory.get(n.id);
    if (p) out.set(n.id, sx === 1 && sy === 1 ? p : { x: p.x * sx, y: p.y * sy });
  }
  return out;
}

/** Every place in `places` scaled by (sx, sy), in place. */
export function scalePlaces(places: Map<string, Point>, sx: number, sy: number): void {
  for (const [id, p] of places) places.set(id, { x: p.x * sx, y: p.y * sy });
}

/** A large graph whose actors all have a place keeps them there, with no new layout. */
export function keepsPlaces(graph: NetworkGraph, known: number): boolean {
  return isLarge(graph) && known === graph.nodes.length;
}

/**
 * How a layout request is served: `keep` the known places; `now`, before the next paint (a
 * small graph, which d3 lays out in a few ms, unless it is the first and `firstInRunner`
 * asks for the worker then); else in the `worker`, so a click never waits for a layout.
 */
export function layoutRoute(graph: NetworkGraph, known: number, firstInRunner: boolean): 'keep' | 'now' | 'worker' {
  if (keepsPlaces(graph, known)) return 'keep';
  const small = layoutPlan(graph.nodes.length, graph.edges.length, false).tier === 'full';
  return small && (known > 0 || !firstInRunner) ? 'now' : 'worker';
}

/**
 * What the layout is asked for a graph in `box`: it starts from the known places and keeps
 * the pinned (dragged) ones of its actors; a large graph's labels are not measured.
 */
export function layoutInput(graph: NetworkGraph, box: Size, known: Map<string, Point>, pinned: ReadonlyMap<string, Point>, labelSize: LabelSize): LayoutInput {
  const base = layoutRequest(graph, box);
  return {
    ...base,
    nodes: isLarge(graph) ? base.nodes : base.nodes.map((n) => ({ ...n, label: labelSize(n.id) })),
    previous: known,
    pinned: new Map([...pinned].filter(([id]) => graph.nodeById.has(id))),
    seed: 1,
  };
}

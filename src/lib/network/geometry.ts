import type { GraphEdge, NetworkGraph } from './graph';
import type { LayoutInput } from './layout';
import { CANVAS_EDGES, LARGE_EDGES, LARGE_NODES } from '../thresholds';


/** Past LARGE_NODES or LARGE_EDGES: node shapes on a canvas, the layout in the worker. */
export function isLarge(graph: Pick<NetworkGraph, 'nodes' | 'edges'>): boolean {
  return graph.nodes.length > LARGE_NODES || graph.edges.length > LARGE_EDGES;
}

/** Edges on a canvas: a large graph's, or past CANVAS_EDGES. */
export function edgesOnCanvas(graph: Pick<NetworkGraph, 'nodes' | 'edges'>): boolean {
  return isLarge(graph) || graph.edges.length > CANVAS_EDGES;
}

/** Area follows the event count (sqrt scale), from a dot you can still see to a clear hub. */
export function nodeRadius(count: number, maxCount: number, large = false): number {
  const [lo, hi] = large ? [3, 12] : [6, 17];
  if (maxCount <= 1) return lo + (hi - lo) * 0.25;
  return lo + (hi - lo) * Math.sqrt(Math.max(0, count - 1) / (maxCount - 1));
}

/** Stroke width by shared events: 1 px for one, up to 7 px. */
export function edgeWidth(weight: number, maxWeight: number): number {
  if (maxWeight <= 1) return 1.25;
  return 1.25 + 5.75 * Math.sqrt(Math.max(0, weight - 1) / (maxWeight - 1));
}

export interface Size {
  width: number;
  height: number;
}

/**
 * The layout box for a graph shown in a container: the container itself while the nodes
 * fit, larger for big graphs (the reader zooms in), so the shipped dataset is laid out at
 * screen scale and its labels and circles are sized in real pixels.
 */
export function layoutBox(container: Size, nodeCount: number): Size {
  const grow = Math.max(1, Math.sqrt(nodeCount / 70));
  return { width: Math.round(container.width * grow), height: Math.round(container.height * grow) };
}

/** Whether a new container size is far enough from the box's to lay out again. */
export function needsNewBox(box: Size, container: Size, nodeCount: number): boolean {
  const want = layoutBox(container, nodeCount);
  return Math.abs(want.width / box.width - 1) > 0.12 || Math.abs(want.height / box.height - 1) > 0.12;
}

export interface Transform {
  k: number;
  x: number;
  y: number;
}

/** Fit the box into the container, centred, never enlarged. */
export function fitTransform(box: Size, container: Size): Transform {
  const k = Math.min(1, container.width / box.width, container.height / box.height);
  return { k, x: (container.width - box.width * k) / 2, y: (container.height - box.height * k) / 2 };
}

/** The layout request for a graph: radii from event counts, link weights from shared events. */
export function layoutRequest(
  graph: NetworkGraph,
  box: Size,
): Pick<LayoutInput, 'nodes' | 'links' | 'width' | 'height'> {
  const large = isLarge(graph);
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, side: n.side, radius: nodeRadius(n.count, graph.maxCount, large) })),
    links: graph.edges.map((e: GraphEdge) => ({ source: e.source, target: e.target, weight: e.weight })),
    width: box.width,
    height: box.height,
  };
}

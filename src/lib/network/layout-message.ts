import type { Side } from '../../data/schema';
import type { LayoutInput, Positions } from './layout';

/**
 * A layout request as flat arrays, for the trip to the worker: cloning ten thousand small
 * objects (and a Map of remembered places) costs the main thread more than the layout's
 * own bookkeeping, while typed arrays are moved without copying. Only what layoutGraph
 * reads is kept: links between known nodes, and remembered or pinned places of the graph's
 * own nodes.
 */
export interface PackedLayoutInput {
  ids: string[];
  sides: Side[];
  radius: Float64Array;
  /** Label width and height per node; NaN where a node has no label. */
  label: Float64Array;
  /** Link k joins ids[source[k]] and ids[target[k]]. */
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  /** x, y per node; NaN where there is none. */
  previous: Float64Array;
  pinned: Float64Array;
  width: number;
  height: number;
  seed: number | undefined;
  maxTicks: number | undefined;
}

/** Places as x, y per node of `ids`, in that order; NaN where one has none. */
export function places(ids: readonly string[], from: ReadonlyMap<string, { x: number; y: number }> | undefined): Float64Array {
  const out = new Float64Array(ids.length * 2).fill(NaN);
  if (!from) return out;
  ids.forEach((id, i) => {
    const p = from.get(id);
    if (p) {
      out[2 * i] = p.x;
      out[2 * i + 1] = p.y;
    }
  });
  return out;
}

export function packLayoutInput(input: LayoutInput): PackedLayoutInput {
  const n = input.nodes.length;
  const ids = input.nodes.map((d) => d.id);
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));
  const label = new Float64Array(n * 2).fill(NaN);
  input.nodes.forEach((d, i) => {
    if (d.label) {
      label[2 * i] = d.label.width;
      label[2 * i + 1] = d.label.height;
    }
  });
  const source = new Int32Array(input.links.length);
  const target = new Int32Array(input.links.length);
  const weight = new Float64Array(input.links.length);
  let m = 0;
  for (const l of input.links) {
    const s = indexOf.get(l.source);
    const t = indexOf.get(l.target);
    if (s === undefined || t === undefined) continue;
    source[m] = s;
    target[m] = t;
    weight[m++] = l.weight;
  }
  return {
    ids,
    sides: input.nodes.map((d) => d.side),
    radius: Float64Array.from(input.nodes, (d) => d.radius),
    label,
    source: source.slice(0, m),
    target: target.slice(0, m),
    weight: weight.slice(0, m),
    previous: places(ids, input.previous),
    pinned: places(ids, input.pinned),
    width: input.width,
    height: input.height,
    seed: input.seed,
    maxTicks: input.maxTicks,
  };
}

export function unpackLayoutInput(p: PackedLayoutInput): LayoutInput {
  const unplace = (a: Float64Array) => {
    const out = new Map<string, { x: number; y: number }>();
    p.ids.forEach((id, i) => {
      if (!Number.isNaN(a[2 * i]!)) out.set(id, { x: a[2 * i]!, y: a[2 * i + 1]! });
    });
    return out;
  };
  return {
    nodes: p.ids.map((id, i) => {
      const w = p.label[2 * i]!;
      const node = { id, side: p.sides[i]!, radius: p.radius[i]! };
      return Number.isNaN(w) ? node : { ...node, label: { width: w, height: p.label[2 * i + 1]! } };
    }),
    links: Array.from(p.source, (s, k) => ({ source: p.ids[s]!, target: p.ids[p.target[k]!]!, weight: p.weight[k]! })),
    width: p.width,
    height: p.height,
    previous: unplace(p.previous),
    pinned: unplace(p.pinned),
    seed: p.seed,
    maxTicks: p.maxTicks,
  };
}

/** The buffers a packed request can hand over instead of copying. */
export function transferables(p: PackedLayoutInput): ArrayBuffer[] {
  return [p.radius, p.label, p.source, p.target, p.weight, p.previous, p.pinned].map((a) => a.buffer as ArrayBuffer);
}

export function unpackPositions(ids: readonly string[], xy: Float64Array): Positions {
  const out: Positions = new Map();
  ids.forEach((id, i) => {
    if (!Number.isNaN(xy[2 * i]!)) out.set(id, { x: xy[2 * i]!, y: xy[2 * i + 1]! });
  });
  return out;
}

/** One message to the layout worker, one back. */
export interface LayoutRequestMessage {
  id: number;
  input: PackedLayoutInput;
}

/** Asks the worker to warm its code up (see warmUp); no answer. */
export interface WarmUpMessage {
  warmUp: true;
}

export interface LayoutResultMessage {
  id: number;
  /** x, y per node, in the order of the request's ids. */
  positions: Float64Array;
}

import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
} from 'd3-force';
import type { Side } from '../../data/schema';
import { forceBoxes, LABEL_FORCE_MAX_NODES, LABEL_GAP, stretch, type SimNode } from './layout-forces';
import type { Point } from './navigate';

export interface LayoutNode {
  id: string;
  side: Side;
  radius: number;
  /** The name label's size in px, set to the node's right; the layout keeps it clear. */
  label?: { width: number; height: number };
}

export interface LayoutLink {
  source: string;
  target: string;
  weight: number;
}

export interface LayoutInput {
  nodes: readonly LayoutNode[];
  links: readonly LayoutLink[];
  /** The box to lay out in; nodes are kept inside it. */
  width: number;
  height: number;
  /** Where nodes were before (warm start): they stay near there. */
  previous?: ReadonlyMap<string, Point>;
  /** Nodes the reader has dragged: they do not move. */
  pinned?: ReadonlyMap<string, Point>;
  seed?: number;
  /** Upper bound on simulation steps; the cooling rate is raised to come to rest within it. */
  maxTicks?: number;
}

export type Positions = Map<string, Point>;

const ALPHA_MIN = 0.001;
const DEFAULT_DECAY = 1 - Math.pow(ALPHA_MIN, 1 / 300);
/** How close to rest a warm start begins: known nodes only settle around their new neighbours. */
const WARM_ALPHA = 0.3;

/** A small seeded PRNG (mulberry32): the same seed gives the same layout on every machine. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Where each side gathers, as fractions of the box along its long axis (u) and across it (v):
 * the United States at one end, Russia at the other, Ukraine and Europe on one flank, the
 * mediators on the other. Weak pulls: the ties decide, the sides only orient.
 */
const ANCHORS: Record<Side, [number, number]> = {
  us: [0.22, 0.5],
  ru: [0.78, 0.5],
  ua: [0.5, 0.78],
  europe: [0.5, 0.85],
  mediator: [0.5, 0.18],
  other: [0.5, 0.5],
};

export function sideAnchor(side: Side, width: number, height: number): Point {
  const [u, v] = ANCHORS[side];
  return width >= height ? { x: u * width, y: v * height } : { x: v * width, y: u * height };
}

/**
 * A force-directed layout computed to rest before anything is drawn, as a pure function:
 * inputs are copied, the simulation is stopped and stepped by hand, plain positions come out.
 * Seeded, and independent of input order (nodes and links are sorted by id first), so the
 * same graph always gets the same picture. Given `previous` positions, known nodes start
 * there and are held there, and new nodes start beside their known neighbours, so a filter
 * change does not reshuffle the picture.
 */
export function layoutGraph(input: LayoutInput): Positions {
  const { width: w, height: h } = input;
  const previous = input.previous ?? new Map<string, Point>();
  const pinned = input.pinned ?? new Map<string, Point>();
  const random = seededRandom(input.seed ?? 1);
  const sorted = [...input.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = new Set(sorted.map((n) => n.id));
  const links = input.links
    .filter((l) => l.source !== l.target && ids.has(l.source) && ids.has(l.target))
    .map((l) => (l.source < l.target ? { ...l } : { ...l, source: l.target, target: l.source }))
    .sort((a, b) => (a.source + '|' + a.target < b.source + '|' + b.target ? -1 : 1));

  const neighbours = new Map<string, string[]>();
  for (const l of links) {
    (neighbours.get(l.source) ?? neighbours.set(l.source, []).get(l.source)!).push(l.target);
    (neighbours.get(l.target) ?? neighbours.set(l.target, []).get(l.target)!).push(l.source);
  }
  const known = sorted.filter((n) => previous.has(n.id)).length;
  const warm = sorted.length > 0 && known / sorted.length >= 0.5;
  const spacing = Math.sqrt((w * h) / Math.max(1, sorted.length));
  const spread = Math.min(w, h) * 0.12;

  const nodes: SimNode[] = sorted.map((n) => {
    const anchor = sideAnchor(n.side, w, h);
    const pin = pinned.get(n.id);
    const prev = pin ?? previous.get(n.id);
    const half = Math.max(n.radius, (n.label?.height ?? 0) / 2);
    const node: SimNode = {
      id: n.id,
      r: n.radius,
      ax: anchor.x,
      ay: anchor.y,
      as: 0.05,
      bl: n.radius,
      br: n.radius + (n.label ? LABEL_GAP + n.label.width : 0),
      bt: half,
      bb: half,
    };
    if (prev) {
      node.x = prev.x;
      node.y = prev.y;
      node.ax = prev.x;
      node.ay = prev.y;
      node.as = 0.8;
    } else {
      const near = (neighbours.get(n.id) ?? []).map((id) => previous.get(id)).filter((p): p is Point => !!p);
      const c = near.length
        ? { x: near.reduce((s, p) => s + p.x, 0) / near.length, y: near.reduce((s, p) => s + p.y, 0) / near.length }
        : anchor;
      const a = random() * 2 * Math.PI;
      const d = (near.length ? 0.3 : 1) * spread * Math.sqrt(random());
      node.x = c.x + d * Math.cos(a);
      node.y = c.y + d * Math.sin(a);
    }
    if (pin) {
      node.fx = pin.x;
      node.fy = pin.y;
    }
    return node;
  });

  const degree = new Map<string, number>();
  for (const l of links) {
    degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
    degree.set(l.target, (degree.get(l.target) ?? 0) + 1);
  }
  const linkDistance = Math.max(30, Math.min(110, spacing * 0.55));
  type SimLink = SimulationLinkDatum<SimNode> & LayoutLink;

  // Past the labelling size, a coarser and cheaper simulation: labels are culled anyway.
  const big = nodes.length > LABEL_FORCE_MAX_NODES;
  const alpha0 = warm ? WARM_ALPHA : 1;
  const natural = Math.ceil(Math.log(ALPHA_MIN / alpha0) / Math.log(1 - DEFAULT_DECAY));
  const ticks = Math.max(1, Math.min(natural, input.maxTicks ?? natural));
  const decay = ticks < natural ? 1 - Math.pow(ALPHA_MIN / alpha0, 1 / ticks) : DEFAULT_DECAY;

  const sim = forceSimulation<SimNode>(nodes)
    .stop()
    .randomSource(random)
    .alpha(alpha0)
    .alphaMin(ALPHA_MIN)
    .alphaDecay(decay)
    .force(
      'link',
      forceLink<SimNode, SimLink>(links as SimLink[])
        .id((d) => d.id)
        .distance(
          (l) => linkDistance / Math.sqrt(Math.min(l.weight || 1, 4)) + (l.source as SimNode).r + (l.target as SimNode).r,
        )
        .strength((l) => {
          const s = (l.source as SimNode).id;
          const t = (l.target as SimNode).id;
          return Math.min(1, 0.3 + 0.1 * l.weight) / Math.min(degree.get(s)!, degree.get(t)!);
        }),
    )
    .force(
      'charge',
      forceManyBody<SimNode>()
        .strength(-spacing * 4.5)
        .distanceMax(Math.max(w, h) * 0.6)
        .theta(big ? 1.2 : 0.9),
    )
    .force('collide', forceCollide<SimNode>((d) => d.r + Math.min(18, spacing * 0.16)).iterations(big ? 1 : 2))
    .force('boxes', big ? null : forceBoxes(4))
    .force('x', forceX<SimNode>((d) => d.ax).strength((d) => d.as))
    .force('y', forceY<SimNode>((d) => d.ay).strength((d) => d.as));

  for (let i = 0; i < ticks; i++) {
    sim.tick();
    for (const n of nodes) {
      if (n.fx != null) continue;
      n.x = Math.max(n.bl + 4, Math.min(w - n.br - 4, n.x!));
      n.y = Math.max(n.bt + 4, Math.min(h - n.bb - 4, n.y!));
    }
  }

  if (!warm && pinned.size === 0) {
    stretch(nodes, 'x', w);
    stretch(nodes, 'y', h);
  }

  const out: Positions = new Map();
  for (const n of nodes) out.set(n.id, { x: Math.round(n.x! * 100) / 100, y: Math.round(n.y! * 100) / 100 });
  return out;
}

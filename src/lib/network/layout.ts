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
import { after, forceBoxes, LABEL_GAP, stretch, type SimNode } from './layout-forces';
import { pairCharge, pairCollide } from './layout-pairs';
import { ALPHA_MIN, decayFor, layoutPlan, WARM_ALPHA } from './layout-plan';
import { prepare, strongest } from './layout-prep';
import type { Point } from './navigate';
import { seededRandom } from '../random';

export { layoutPlan, type LayoutPlan } from './layout-plan';

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

function sideAnchor(side: Side, width: number, height: number): Point {
  const [u, v] = ANCHORS[side];
  return width >= height ? { x: u * width, y: v * height } : { x: v * width, y: u * height };
}

/**
 * A force-directed layout (d3-force, at every size) computed to rest before anything is drawn, as a pure function:
 * inputs are copied, the simulation is stopped and stepped by hand, plain positions come out.
 * Seeded, and independent of input order (nodes and links are sorted by id first), so the
 * same graph always gets the same picture. Given `previous` positions, known nodes start
 * there and are held there, and new nodes start beside their known neighbours, so a filter
 * change does not reshuffle the picture. The work is bounded by `layoutPlan`.
 */
export function layoutGraph(input: LayoutInput): Positions {
  const { width: w, height: h } = input;
  const previous = input.previous ?? new Map<string, Point>();
  const pinned = input.pinned ?? new Map<string, Point>();
  const random = seededRandom(input.seed ?? 1);
  const prep = prepare(input.nodes, input.links);
  const sorted = prep.nodes;
  const n = sorted.length;
  const m = prep.s.length;

  let known = 0;
  let pins = 0;
  for (const d of sorted) {
    if (previous.has(d.id)) known++;
    if (pinned.has(d.id)) pins++;
  }
  const warm = n > 0 && known / n >= 0.5;
  const plan = layoutPlan(n, m, warm, input.maxTicks);
  const large = plan.tier === 'large';
  const spacing = Math.sqrt((w * h) / Math.max(1, n));
  const spread = Math.min(w, h) * 0.12;
  const sunflower = large && !warm ? sunflowerSlots(prep.nodes, prep.degree) : null;

  const nodes: SimNode[] = sorted.map((d, i) => {
    const anchor = sideAnchor(d.side, w, h);
    const pin = pinned.get(d.id);
    const prev = pin ?? previous.get(d.id);
    const half = Math.max(d.radius, (d.label?.height ?? 0) / 2);
    const node: SimNode = {
      id: d.id,
      r: d.radius,
      ax: anchor.x,
      ay: anchor.y,
      as: 0.05,
      bl: d.radius,
      br: d.radius + (d.label ? LABEL_GAP + d.label.width : 0),
      bt: half,
      bb: half,
    };
    if (prev) {
      node.x = prev.x;
      node.y = prev.y;
      node.ax = prev.x;
      node.ay = prev.y;
      node.as = 0.8;
    } else if (sunflower) {
      // A large cold start: each side as a filled disc around its anchor, hubs in the middle,
      // about as spread as it will end, so few steps are needed.
      const [slot, size] = sunflower[i]!;
      const r = spacing * Math.sqrt(size / Math.PI) * 0.6 * Math.sqrt((slot + 0.5) / size);
      const a = slot * GOLDEN_ANGLE + random() * 0.3;
      node.x = anchor.x + r * Math.cos(a);
      node.y = anchor.y + r * Math.sin(a);
    } else {
      let sx = 0;
      let sy = 0;
      let near = 0;
      for (let j = prep.start[i]!; j < prep.start[i + 1]!; j++) {
        const p = previous.get(sorted[prep.nb[j]!]!.id);
        if (p) {
          sx += p.x;
          sy += p.y;
          near++;
        }
      }
      const c = near ? { x: sx / near, y: sy / near } : anchor;
      const a = random() * 2 * Math.PI;
      const d = (near ? 0.3 : 1) * spread * Math.sqrt(random());
      node.x = c.x + d * Math.cos(a);
      node.y = c.y + d * Math.sin(a);
    }
    if (pin) {
      node.fx = pin.x;
      node.fy = pin.y;
    }
    return node;
  });

  const linkDistance = Math.max(30, Math.min(110, spacing * 0.55));
  const kept = strongest(prep, plan.linksPerNode);
  const distance = (k: number) => linkDistance / Math.sqrt(Math.min(prep.weight[k]! || 1, 4)) + nodes[prep.s[k]!]!.r + nodes[prep.t[k]!]!.r;
  const strength = (k: number) => Math.min(1, 0.3 + 0.1 * prep.weight[k]!) / Math.min(prep.degree[prep.s[k]!]!, prep.degree[prep.t[k]!]!);
  const charge = -spacing * 4.5;
  const reach = Math.max(w, h) * 0.6;
  const pad = (d: SimNode) => d.r + Math.min(18, spacing * 0.16);
  // A large fresh layout is left to find its own extent and fitted afterwards: held at the
  // walls, its outer nodes would pile up along them. Others are held inside after each step.
  const fitAfter = large && !warm && pins === 0;
  const pairwise = plan.tier === 'full';

  type SimLink = SimulationLinkDatum<SimNode> & { k: number };
  const sim = forceSimulation<SimNode>(nodes)
    .stop()
    .randomSource(random)
    .alpha(warm ? WARM_ALPHA : 1)
    .alphaMin(ALPHA_MIN)
    .alphaDecay(decayFor(plan.ticks, warm))
    .force(
      'link',
      forceLink<SimNode, SimLink>(kept.map((k) => ({ source: prep.s[k]!, target: prep.t[k]!, k })))
        .id((d) => d.index!)
        .distance((l) => distance(l.k))
        .strength((l) => strength(l.k)),
    )
    // A small graph's pairs are fewer than a quadtree's cells: see layout-pairs.ts.
    .force('charge', pairwise ? pairCharge(charge, reach) : forceManyBody<SimNode>().strength(charge).distanceMax(reach).theta(plan.theta))
    .force('collide', after(plan.lateFrom, pairwise ? pairCollide(pad, 2) : forceCollide<SimNode>(pad).iterations(large ? 1 : 2)))
    .force('boxes', large ? null : after(plan.lateFrom, forceBoxes(4)))
    .force('x', forceX<SimNode>((d) => d.ax).strength((d) => d.as))
    .force('y', forceY<SimNode>((d) => d.ay).strength((d) => d.as));
  if (fitAfter) sim.tick(plan.ticks);
  else
    for (let i = 0; i < plan.ticks; i++) {
      sim.tick();
      for (const d of nodes) {
        if (d.fx != null) continue;
        d.x = Math.max(d.bl + 4, Math.min(w - d.br - 4, d.x!));
        d.y = Math.max(d.bt + 4, Math.min(h - d.bb - 4, d.y!));
      }
    }

  if (!warm && pins === 0) {
    stretch(nodes, 'x', w);
    stretch(nodes, 'y', h);
  }

  const out: Positions = new Map();
  for (const d of nodes) out.set(d.id, { x: Math.round(d.x! * 100) / 100, y: Math.round(d.y! * 100) / 100 });
  return out;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Each node's slot in its side's sunflower (most links first) and the side's size. */
function sunflowerSlots(nodes: readonly LayoutNode[], degree: Int32Array): [number, number][] {
  const bySide = new Map<Side, number[]>();
  nodes.forEach((d, i) => {
    const list = bySide.get(d.side);
    if (list) list.push(i);
    else bySide.set(d.side, [i]);
  });
  const out: [number, number][] = new Array(nodes.length);
  for (const list of bySide.values()) {
    list.sort((a, b) => degree[b]! - degree[a]! || a - b);
    list.forEach((i, slot) => (out[i] = [slot, list.length]));
  }
  return out;
}

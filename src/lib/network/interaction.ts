import { neighbourhood, type NetworkGraph } from './graph';
import { moveFocus, type Direction, type Point } from './navigate';

/**
 * The graph's pointer and keyboard state as a pure step: (state, input, context) → (state,
 * effects). Inputs are what happened to a mark; effects are what the page must do about
 * it (focus a mark, filter by an actor, move a node …), done by the view's hook.
 */

export interface Popover {
  edgeId: string;
  /** Where it opens, in px inside the drawing. */
  x: number;
  y: number;
}

interface Drag {
  id: string;
  pointer: number;
  /** Where the press started (client px) and where the node was then (layout units). */
  sx: number;
  sy: number;
  ox: number;
  oy: number;
  moved: boolean;
}

export interface Interaction {
  /** The marks under the pointer and with keyboard focus. */
  pointNode: string | null;
  focusNode: string | null;
  pointEdge: string | null;
  focusEdge: string | null;
  /** The actor holding the graph's one Tab stop (null: the default one, see rovingId). */
  roving: string | null;
  /** Escape pressed: no preview until the pointer or focus reaches a mark again. */
  quiet: boolean;
  popover: Popover | null;
  drag: Drag | null;
  /** A drag ended on a node: the click the browser sends after it chooses nothing. */
  swallowClick: boolean;
}

export const IDLE: Interaction = {
  pointNode: null,
  focusNode: null,
  pointEdge: null,
  focusEdge: null,
  roving: null,
  quiet: false,
  popover: null,
  drag: null,
  swallowClick: false,
};

interface Key {
  id: string;
  key: string;
  shift: boolean;
  repeat: boolean;
}

export type Input =
  | ({ type: 'node-key' } & Key)
  | ({ type: 'edge-key' } & Key)
  | { type: 'node-click' | 'node-focus' | 'node-over' | 'edge-focus'; id: string }
  | { type: 'node-blur' | 'edge-blur' | 'pointer-up' | 'pointer-cancel' }
  | { type: 'node-out' | 'edge-out'; to: string | null }
  | { type: 'edge-over'; id: string | null }
  | { type: 'node-down'; id: string; pointer: number; x: number; y: number; button: number }
  | { type: 'pointer-move'; pointer: number; x: number; y: number }
  | { type: 'edge-click'; id: string; at: Point }
  | { type: 'close-popover'; refocus: boolean };

export type Effect =
  /** The DOM event's default action (scrolling, Tab) is not wanted. */
  | { type: 'prevent' }
  | { type: 'hover'; actorId: string | null }
  | { type: 'toggle-actor'; id: string }
  | { type: 'select-event'; id: string }
  | { type: 'focus'; mark: 'node' | 'edge'; id: string }
  /** Focus what follows the graph in Tab order. */
  | { type: 'focus-after' }
  | { type: 'capture'; id: string; pointer: number }
  /** A node to a new place, in layout units. */
  | { type: 'move'; id: string; to: Point }
  /** Pan the drawing by screen px. */
  | { type: 'pan'; dx: number; dy: number };

export interface InteractionContext {
  graph: NetworkGraph;
  pressed: ReadonlySet<string>;
  /** Node places on screen and in layout units, the drawing's size and zoom. */
  screen: ReadonlyMap<string, Point>;
  positions: ReadonlyMap<string, Point>;
  size: { width: number; height: number } | null;
  k: number;
  /** The events an edge stands for, in reading order. */
  eventsOf: (edgeId: string) => readonly string[];
}

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const STEP: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };
/** Shift+arrow moves a node this many screen px. */
const NUDGE = 12;
/** A press becomes a drag past this many px. */
const DRAG_START = 4;
/** Keyboard focus keeps a node this far inside the drawing's edges. */
const REVEAL_MARGIN = 40;

/** The actor a Tab stop starts on: one being filtered, else the one in most events. */
function defaultNode(graph: NetworkGraph, pressed: ReadonlySet<string>): string | null {
  const p = graph.nodes.find((n) => pressed.has(n.id));
  if (p) return p.id;
  let best = graph.nodes[0] ?? null;
  for (const n of graph.nodes) if (best && n.count > best.count) best = n;
  return best?.id ?? null;
}

export function rovingId(s: Interaction, graph: NetworkGraph, pressed: ReadonlySet<string>): string | null {
  return s.roving && graph.nodeById.has(s.roving) ? s.roving : defaultNode(graph, pressed);
}

export const isDragging = (s: Interaction) => s.drag?.moved === true;

/** The pan that brings a node keyboard focus reached inside the drawing's margin. */
function reveal(id: string, ctx: InteractionContext): Effect[] {
  const p = ctx.screen.get(id);
  if (!p || !ctx.size) return [];
  const { width, height } = ctx.size;
  const m = REVEAL_MARGIN;
  const dx = p.x < m ? m - p.x : p.x > width - m ? width - m - p.x : 0;
  const dy = p.y < m ? m - p.y : p.y > height - m ? height - m - p.y : 0;
  return dx || dy ? [{ type: 'pan', dx, dy }] : [];
}

type Step = [Interaction, Effect[]];

/** `s` with `patch`, or `s` itself when nothing changes (no new render). */
function patch(s: Interaction, p: Partial<Interaction>): Interaction {
  for (const k of Object.keys(p) as (keyof Interaction)[]) if (p[k] !== s[k]) return { ...s, ...p };
  return s;
}

const focusNode = (s: Interaction, id: string, fx: Effect[] = []): Step => [
  patch(s, { roving: id }),
  [...fx, { type: 'focus', mark: 'node', id }],
];
const hush = (s: Interaction, p: Partial<Interaction> = {}): Step => [
  patch(s, { ...p, quiet: true, pointNode: null, pointEdge: null }),
  [{ type: 'hover', actorId: null }],
];

/** Choosing an edge selects its first event; one with more opens a popover listing them. */
function activateEdge(s: Interaction, id: string, at: Point, ctx: InteractionContext, fx: Effect[] = []): Step {
  const events = ctx.eventsOf(id);
  if (!events.length) return [s, fx];
  return [patch(s, { popover: events.length > 1 ? { edgeId: id, ...at } : null }), [...fx, { type: 'select-event', id: events[0]! }]];
}

/** The actor whose connections arrows step through: the Tab stop's, or the edge's first. */
function anchorOf(s: Interaction, edgeId: string, ctx: InteractionContext): string | null {
  const e = ctx.graph.edgeById.get(edgeId);
  if (!e) return null;
  const r = rovingId(s, ctx.graph, ctx.pressed);
  return r === e.source || r === e.target ? r : e.source;
}

function nodeKey(s: Interaction, { id, key, shift, repeat }: Key, ctx: InteractionContext): Step {
  const dir = ARROWS[key];
  const prevent: Effect = { type: 'prevent' };
  if (dir && shift) {
    const p = ctx.positions.get(id);
    const [dx, dy] = STEP[dir];
    return [s, p ? [prevent, { type: 'move', id, to: { x: p.x + (dx * NUDGE) / ctx.k, y: p.y + (dy * NUDGE) / ctx.k } }] : [prevent]];
  }
  if (dir) return focusNode(s, moveFocus(id, dir, ctx.screen, neighbourhood(ctx.graph, id)), [prevent]);
  if (key === 'Enter' || key === ' ') return [s, repeat ? [prevent] : [prevent, { type: 'toggle-actor', id }]];
  if (key === 'Home' || key === 'End') {
    const nodes = ctx.graph.nodes;
    const n = key === 'Home' ? nodes[0] : nodes[nodes.length - 1];
    return n ? focusNode(s, n.id, [prevent]) : [s, [prevent]];
  }
  if (key === 'Escape') return hush(s);
  const first = key === 'Tab' && !shift ? ctx.graph.edgesByNode.get(id)?.[0] : undefined;
  return first ? [s, [prevent, { type: 'focus', mark: 'edge', id: first.id }]] : [s, []];
}

function edgeKey(s: Interaction, { id, key, shift, repeat }: Key, ctx: InteractionContext): Step {
  const prevent: Effect = { type: 'prevent' };
  const anchor = anchorOf(s, id, ctx);
  if (ARROWS[key]) {
    const list = anchor ? (ctx.graph.edgesByNode.get(anchor) ?? []) : [];
    const i = list.findIndex((x) => x.id === id);
    const next = list[(i + (key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 1) + list.length) % list.length];
    return [s, next ? [prevent, { type: 'focus', mark: 'edge', id: next.id }] : [prevent]];
  }
  if (key === 'Enter' || key === ' ') {
    const edge = ctx.graph.edgeById.get(id);
    const a = edge && ctx.screen.get(edge.source);
    const b = edge && ctx.screen.get(edge.target);
    if (repeat || !a || !b) return [s, [prevent]];
    return activateEdge(s, id, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, ctx, [prevent]);
  }
  if (key === 'Escape') return hush(s, { popover: null });
  if (key !== 'Tab') return [s, []];
  if (shift && anchor) return focusNode(s, anchor, [prevent]);
  return [s, [prevent, { type: 'focus-after' }]];
}

export function step(s: Interaction, input: Input, ctx: InteractionContext): Step {
  switch (input.type) {
    case 'node-click':
      if (s.swallowClick) return [patch(s, { swallowClick: false }), []];
      return [patch(s, { roving: input.id }), [{ type: 'toggle-actor', id: input.id }]];
    case 'node-key':
      return nodeKey(s, input, ctx);
    case 'node-focus':
      return [
        patch(s, { focusNode: input.id, roving: input.id, quiet: false }),
        [{ type: 'hover', actorId: input.id }, ...reveal(input.id, ctx)],
      ];
    case 'node-blur':
      return [patch(s, { focusNode: null }), [{ type: 'hover', actorId: null }]];
    case 'node-over':
      if (input.id === s.pointNode) return [s, []];
      return [patch(s, { pointNode: input.id, quiet: false }), [{ type: 'hover', actorId: input.id }]];
    case 'node-out':
      if (input.to === s.pointNode || isDragging(s)) return [s, []];
      return [patch(s, { pointNode: input.to }), [{ type: 'hover', actorId: input.to }]];
    case 'node-down': {
      const p = ctx.positions.get(input.id);
      if (!p || input.button !== 0) return [s, []];
      const drag = { id: input.id, pointer: input.pointer, sx: input.x, sy: input.y, ox: p.x, oy: p.y, moved: false };
      return [patch(s, { drag }), [{ type: 'capture', id: input.id, pointer: input.pointer }]];
    }
    case 'pointer-move': {
      const d = s.drag;
      if (!d || d.pointer !== input.pointer) return [s, []];
      const dx = input.x - d.sx;
      const dy = input.y - d.sy;
      if (!d.moved && Math.hypot(dx, dy) < DRAG_START) return [s, []];
      return [patch(s, { drag: d.moved ? d : { ...d, moved: true } }), [{ type: 'move', id: d.id, to: { x: d.ox + dx / ctx.k, y: d.oy + dy / ctx.k } }]];
    }
    case 'pointer-up':
      return [patch(s, { drag: null, swallowClick: s.swallowClick || isDragging(s) }), []];
    case 'pointer-cancel':
      return [patch(s, { drag: null }), []];
    case 'edge-click':
      return activateEdge(s, input.id, input.at, ctx);
    case 'edge-key':
      return edgeKey(s, input, ctx);
    case 'edge-focus': {
      const anchor = anchorOf(s, input.id, ctx);
      const rove = anchor && anchor !== rovingId(s, ctx.graph, ctx.pressed) ? { roving: anchor } : {};
      return [patch(s, { focusEdge: input.id, quiet: false, ...rove }), []];
    }
    case 'edge-blur':
      return [patch(s, { focusEdge: null }), []];
    case 'edge-over':
      return [input.id === s.pointEdge ? s : patch(s, { pointEdge: input.id, quiet: false }), []];
    case 'edge-out':
      return [patch(s, { pointEdge: input.to }), []];
    case 'close-popover': {
      const id = s.popover?.edgeId;
      return [patch(s, { popover: null }), input.refocus && id ? [{ type: 'focus', mark: 'edge', id }] : []];
    }
  }
}

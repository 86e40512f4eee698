import type { NetworkGraph } from './graph';
import type { Point } from './navigate';

/**
 * The graph's pointer and keyboard state, its inputs and effects, and the small steps that
 * both the pointer's and the keyboard's transitions take (interaction.ts and
 * interaction-keys.ts). Inputs are what happened to a mark; effects are what the page must do
 * about it (focus a mark, filter by an actor, move a node …), done by the view's hook.
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

export interface Key {
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

export type Step = [Interaction, Effect[]];

/** `s` with `patch`, or `s` itself when nothing changes (no new render). */
export function patch(s: Interaction, p: Partial<Interaction>): Interaction {
  for (const k of Object.keys(p) as (keyof Interaction)[]) if (p[k] !== s[k]) return { ...s, ...p };
  return s;
}

export const focusNode = (s: Interaction, id: string, fx: Effect[] = []): Step => [
  patch(s, { roving: id }),
  [...fx, { type: 'focus', mark: 'node', id }],
];
export const hush = (s: Interaction, p: Partial<Interaction> = {}): Step => [
  patch(s, { ...p, quiet: true, pointNode: null, pointEdge: null }),
  [{ type: 'hover', actorId: null }],
];

/** Choosing an edge selects its first event; one with more opens a popover listing them. */
export function activateEdge(s: Interaction, id: string, at: Point, ctx: InteractionContext, fx: Effect[] = []): Step {
  const events = ctx.eventsOf(id);
  if (!events.length) return [s, fx];
  return [patch(s, { popover: events.length > 1 ? { edgeId: id, ...at } : null }), [...fx, { type: 'select-event', id: events[0]! }]];
}

/** The actor whose connections arrows step through: the Tab stop's, or the edge's first. */
export function anchorOf(s: Interaction, edgeId: string, ctx: InteractionContext): string | null {
  const e = ctx.graph.edgeById.get(edgeId);
  if (!e) return null;
  const r = rovingId(s, ctx.graph, ctx.pressed);
  return r === e.source || r === e.target ? r : e.source;
}

import { neighbourhood } from './graph';
import { activateEdge, anchorOf, focusNode, hush, type Effect, type Interaction, type InteractionContext, type Key, type Step } from './interaction-state';
import { moveFocus, type Direction } from './navigate';

/** The keyboard on the graph's marks: arrows, Enter and Space, Home and End, Tab, Escape. */

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const STEP: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };
/** Shift+arrow moves a node this many screen px. */
const NUDGE = 12;

export function nodeKey(s: Interaction, { id, key, shift, repeat }: Key, ctx: InteractionContext): Step {
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

export function edgeKey(s: Interaction, { id, key, shift, repeat }: Key, ctx: InteractionContext): Step {
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

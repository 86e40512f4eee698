import { edgeKey, nodeKey } from './interaction-keys';
import { activateEdge, anchorOf, isDragging, patch, rovingId, type Effect, type Input, type Interaction, type InteractionContext, type Step } from './interaction-state';

/**
 * The graph's pointer and keyboard state as a pure step: (state, input, context) → (state,
 * effects). The state, inputs and effects are in interaction-state.ts; the keys in
 * interaction-keys.ts.
 */

/** A press becomes a drag past this many px. */
const DRAG_START = 4;
/** Keyboard focus keeps a node this far inside the drawing's edges. */
const REVEAL_MARGIN = 40;

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
        // A press focuses the node under the pointer: panning it inside the margin would pull
        // it from under the pointer as the drag begins. Only focus that moved by keyboard pans.
        [{ type: 'hover', actorId: input.id }, ...(s.drag?.id === input.id ? [] : reveal(input.id, ctx))],
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

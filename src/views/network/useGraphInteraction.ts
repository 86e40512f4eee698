import { useRef, useState, type DOMAttributes, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react';
import type { NetworkGraph } from '../../lib/network/graph';
import { step } from '../../lib/network/interaction';
import { IDLE, isDragging, rovingId, type Effect, type Input, type InteractionContext } from '../../lib/network/interaction-state';
import { useDatasetIndex } from '../../state/dataset-context';
import { selectEvent, toggleActorFilter } from '../../state/filters';
import { setHover } from '../../state/hover';
import { markId, nextTabbableAfter } from './focus';
import { edgeEvents } from '../../lib/network/graph';
import type { GraphView } from './useGraphView';

/**
 * Pointer and keyboard behaviour of the graph, as delegated handlers (one set for all marks):
 * each DOM event becomes an input to the pure `step` (src/lib/network/interaction.ts), whose
 * effects are done here.
 */
export function useGraphInteraction(
  graph: NetworkGraph,
  pressed: ReadonlySet<string>,
  { size, layout, scene, controls }: GraphView,
  svgRef: RefObject<SVGSVGElement | null>,
  containerRef: RefObject<HTMLDivElement | null>,
) {
  const index = useDatasetIndex();
  const [state, setState] = useState(IDLE);
  // The latest state, for events that follow each other before a render (a blur, then a focus).
  const current = useRef(state);
  const ctx: InteractionContext = {
    graph,
    pressed,
    screen: scene.screen,
    positions: layout.positions,
    size,
    k: scene.view?.k ?? 1,
    eventsOf: (id) => {
      const e = graph.edgeById.get(id);
      return e ? edgeEvents(e, index.order) : [];
    },
  };

  const mark = (attr: 'data-node' | 'data-edge', id: string) =>
    svgRef.current?.querySelector<SVGGElement>(`[${attr}="${id}"]`) ?? null;

  const perform = (fx: Effect, event?: SyntheticEvent) => {
    switch (fx.type) {
      case 'prevent':
        return event?.preventDefault();
      case 'hover':
        return setHover({ actorId: fx.actorId });
      case 'toggle-actor':
        return toggleActorFilter(fx.id);
      case 'select-event':
        return selectEvent(fx.id);
      case 'focus':
        return mark(fx.mark === 'node' ? 'data-node' : 'data-edge', fx.id)?.focus({ preventScroll: true });
      case 'focus-after':
        return svgRef.current && nextTabbableAfter(svgRef.current)?.focus();
      case 'capture':
        return mark('data-node', fx.id)?.setPointerCapture(fx.pointer);
      case 'move':
        return controls.move(fx.id, fx.to);
      case 'pan':
        return controls.panBy(fx.dx, fx.dy);
    }
  };

  const run = (input: Input, event?: SyntheticEvent) => {
    const [next, effects] = step(current.current, input, ctx);
    current.current = next;
    setState(next);
    for (const fx of effects) perform(fx, event);
  };

  const key = (e: KeyboardEvent) => ({ key: e.key, shift: e.shiftKey, repeat: e.repeat });
  const onNode = (target: EventTarget | null, then: (id: string) => void) => {
    const id = markId(target, 'data-node');
    if (id) then(id);
  };
  const onEdge = (target: EventTarget | null, then: (id: string) => void) => {
    const id = markId(target, 'data-edge');
    if (id) then(id);
  };

  const nodeHandlers: DOMAttributes<SVGGElement> = {
    onClick: (e) => onNode(e.target, (id) => run({ type: 'node-click', id })),
    onKeyDown: (e) => onNode(e.target, (id) => run({ type: 'node-key', id, ...key(e) }, e)),
    onFocus: (e) => onNode(e.target, (id) => run({ type: 'node-focus', id })),
    onBlur: () => run({ type: 'node-blur' }),
    onPointerOver: (e) => onNode(e.target, (id) => run({ type: 'node-over', id })),
    onPointerOut: (e) => run({ type: 'node-out', to: markId(e.relatedTarget, 'data-node') }),
    onPointerDown: (e) =>
      onNode(e.target, (id) => run({ type: 'node-down', id, pointer: e.pointerId, x: e.clientX, y: e.clientY, button: e.button })),
    onPointerMove: (e) => run({ type: 'pointer-move', pointer: e.pointerId, x: e.clientX, y: e.clientY }),
    onPointerUp: () => run({ type: 'pointer-up' }),
    onPointerCancel: () => run({ type: 'pointer-cancel' }),
  };

  const edgeHandlers: DOMAttributes<SVGGElement> = {
    onClick: (e) => {
      const box = containerRef.current?.getBoundingClientRect();
      if (box) onEdge(e.target, (id) => run({ type: 'edge-click', id, at: { x: e.clientX - box.left, y: e.clientY - box.top } }));
    },
    onKeyDown: (e) => onEdge(e.target, (id) => run({ type: 'edge-key', id, ...key(e) }, e)),
    onFocus: (e) => onEdge(e.target, (id) => run({ type: 'edge-focus', id })),
    onBlur: () => run({ type: 'edge-blur' }),
    onPointerOver: (e) => run({ type: 'edge-over', id: markId(e.target, 'data-edge') }),
    onPointerOut: (e) => run({ type: 'edge-out', to: markId(e.relatedTarget, 'data-edge') }),
  };

  return {
    state,
    rovingId: rovingId(state, graph, pressed),
    dragging: isDragging(state),
    nodeHandlers,
    edgeHandlers,
    closePopover: (refocus: boolean) => run({ type: 'close-popover', refocus }),
  };
}

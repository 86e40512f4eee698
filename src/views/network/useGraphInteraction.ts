import { useRef, useState, type DOMAttributes, type KeyboardEvent, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import type { NetworkGraph } from '../../lib/network/graph';
import { neighbourhood } from '../../lib/network/graph';
import { moveFocus, type Direction } from '../../lib/network/navigate';
import { useDatasetIndex } from '../../state/dataset-context';
import { selectEvent, toggleActorFilter } from '../../state/filters';
import { setHover } from '../../state/hover';
import { markId, nextTabbableAfter } from './focus';
import { edgeEvents } from '../../lib/network/graph';
import type { GraphView } from './useGraphView';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const NUDGE = 12;
const DRAG_START = 4;

export interface Popover {
  edgeId: string;
  x: number;
  y: number;
}

/** The actor a Tab stop starts on: one being filtered, else the one in most events. */
function defaultNode(graph: NetworkGraph, pressed: ReadonlySet<string>): string | null {
  const p = graph.nodes.find((n) => pressed.has(n.id));
  if (p) return p.id;
  let best = graph.nodes[0] ?? null;
  for (const n of graph.nodes) if (best && n.count > best.count) best = n;
  return best?.id ?? null;
}

/**
 * Pointer and keyboard behaviour of the graph, as delegated handlers (one set for all marks):
 * hover and focus preview, click and Enter to filter, arrows between neighbours, Tab from an
 * actor to its connections, dragging and nudging nodes, and the edge popover.
 */
export function useGraphInteraction(
  graph: NetworkGraph,
  pressed: ReadonlySet<string>,
  gv: GraphView,
  svgRef: RefObject<SVGSVGElement | null>,
  containerRef: RefObject<HTMLDivElement | null>,
) {
  const index = useDatasetIndex();
  const [pointNode, setPointNode] = useState<string | null>(null);
  const [focusNode, setFocusNode] = useState<string | null>(null);
  const [pointEdge, setPointEdge] = useState<string | null>(null);
  const [focusEdge, setFocusEdge] = useState<string | null>(null);
  const [roving, setRoving] = useState<string | null>(null);
  const [quiet, setQuiet] = useState(false);
  const [popover, setPopover] = useState<Popover | null>(null);
  const [dragging, setDragging] = useState(false);
  const drag = useRef<{ id: string; pointer: number; sx: number; sy: number; ox: number; oy: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);

  const rovingId = roving && graph.nodeById.has(roving) ? roving : defaultNode(graph, pressed);
  const k = gv.view?.k ?? 1;

  const el = (attr: 'data-node' | 'data-edge', id: string) =>
    svgRef.current?.querySelector<SVGGElement>(`[${attr}="${id}"]`) ?? null;

  /** Pan just enough to bring a node that keyboard focus reached into view. */
  const reveal = (id: string) => {
    const p = gv.screen.get(id);
    const size = gv.size;
    if (!p || !size) return;
    const m = 40;
    const dx = p.x < m ? m - p.x : p.x > size.width - m ? size.width - m - p.x : 0;
    const dy = p.y < m ? m - p.y : p.y > size.height - m ? size.height - m - p.y : 0;
    if (dx || dy) gv.panBy(dx, dy);
  };

  const focusNodeEl = (id: string) => {
    setRoving(id);
    el('data-node', id)?.focus({ preventScroll: true });
  };

  const focusEdgeEl = (id: string) => el('data-edge', id)?.focus({ preventScroll: true });

  /** The actor whose connections arrows step through: the Tab stop's, or the edge's first. */
  const anchorOf = (edgeId: string): string | null => {
    const e = graph.edgeById.get(edgeId);
    if (!e) return null;
    return rovingId === e.source || rovingId === e.target ? rovingId : e.source;
  };

  const activateEdge = (edgeId: string, at: { x: number; y: number }) => {
    const e = graph.edgeById.get(edgeId);
    if (!e) return;
    const events = edgeEvents(e, index.order);
    if (!events.length) return;
    selectEvent(events[0]!);
    setPopover(events.length > 1 ? { edgeId, ...at } : null);
  };

  const closePopover = (refocus: boolean) => {
    const id = popover?.edgeId;
    setPopover(null);
    if (refocus && id) focusEdgeEl(id);
  };

  const hush = () => {
    setQuiet(true);
    setPointNode(null);
    setPointEdge(null);
    setHover({ actorId: null });
  };

  const nodeHandlers: DOMAttributes<SVGGElement> = {
    onClick: (e: MouseEvent) => {
      const id = markId(e.target, 'data-node');
      if (!id) return;
      if (suppressClick.current) {
        suppressClick.current = false;
        return;
      }
      setRoving(id);
      toggleActorFilter(id);
    },
    onKeyDown: (e: KeyboardEvent) => {
      const id = markId(e.target, 'data-node');
      if (!id) return;
      const dir = ARROWS[e.key];
      if (dir) {
        e.preventDefault();
        if (e.shiftKey) {
          const p = gv.layout.positions.get(id);
          const [dx, dy] = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[dir];
          if (p) gv.store.move(id, { x: p.x + (dx! * NUDGE) / k, y: p.y + (dy! * NUDGE) / k });
          return;
        }
        focusNodeEl(moveFocus(id, dir, gv.screen, neighbourhood(graph, id)));
        return;
      }
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        if (!e.repeat) toggleActorFilter(id);
      } else if (e.key === 'Home' || e.key === 'End') {
        e.preventDefault();
        const n = e.key === 'Home' ? graph.nodes[0] : graph.nodes[graph.nodes.length - 1];
        if (n) focusNodeEl(n.id);
      } else if (e.key === 'Escape') {
        hush();
      } else if (e.key === 'Tab' && !e.shiftKey) {
        const first = graph.edgesByNode.get(id)?.[0];
        if (first) {
          e.preventDefault();
          focusEdgeEl(first.id);
        }
      }
    },
    onFocus: (e) => {
      const id = markId(e.target, 'data-node');
      if (!id) return;
      setFocusNode(id);
      setRoving(id);
      setQuiet(false);
      setHover({ actorId: id });
      reveal(id);
    },
    onBlur: () => {
      setFocusNode(null);
      setHover({ actorId: null });
    },
    onPointerOver: (e) => {
      const id = markId(e.target, 'data-node');
      if (id && id !== pointNode) {
        setPointNode(id);
        setQuiet(false);
        setHover({ actorId: id });
      }
    },
    onPointerOut: (e) => {
      const to = markId(e.relatedTarget, 'data-node');
      if (to !== pointNode && !dragging) {
        setPointNode(to);
        setHover({ actorId: to });
      }
    },
    onPointerDown: (e: PointerEvent) => {
      const id = markId(e.target, 'data-node');
      const p = id ? gv.layout.positions.get(id) : undefined;
      if (!id || !p || e.button !== 0) return;
      drag.current = { id, pointer: e.pointerId, sx: e.clientX, sy: e.clientY, ox: p.x, oy: p.y, moved: false };
      el('data-node', id)?.setPointerCapture(e.pointerId);
    },
    onPointerMove: (e: PointerEvent) => {
      const d = drag.current;
      if (!d || d.pointer !== e.pointerId) return;
      const dx = e.clientX - d.sx;
      const dy = e.clientY - d.sy;
      if (!d.moved && Math.hypot(dx, dy) < DRAG_START) return;
      if (!d.moved) setDragging(true);
      d.moved = true;
      gv.store.move(d.id, { x: d.ox + dx / k, y: d.oy + dy / k });
    },
    onPointerUp: () => {
      if (drag.current?.moved) suppressClick.current = true;
      drag.current = null;
      setDragging(false);
    },
    onPointerCancel: () => {
      drag.current = null;
      setDragging(false);
    },
  };

  const edgeHandlers: DOMAttributes<SVGGElement> = {
    onClick: (e: MouseEvent) => {
      const id = markId(e.target, 'data-edge');
      const box = containerRef.current?.getBoundingClientRect();
      if (id && box) activateEdge(id, { x: e.clientX - box.left, y: e.clientY - box.top });
    },
    onKeyDown: (e: KeyboardEvent) => {
      const id = markId(e.target, 'data-edge');
      if (!id) return;
      const anchor = anchorOf(id);
      const list = anchor ? (graph.edgesByNode.get(anchor) ?? []) : [];
      if (ARROWS[e.key]) {
        e.preventDefault();
        const i = list.findIndex((x) => x.id === id);
        const step = e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 1;
        const next = list[(i + step + list.length) % list.length];
        if (next) focusEdgeEl(next.id);
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        const edge = graph.edgeById.get(id);
        const a = edge && gv.screen.get(edge.source);
        const b = edge && gv.screen.get(edge.target);
        if (!e.repeat && a && b) activateEdge(id, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
      } else if (e.key === 'Escape') {
        if (popover) closePopover(false);
        hush();
      } else if (e.key === 'Tab') {
        e.preventDefault();
        if (e.shiftKey && anchor) focusNodeEl(anchor);
        else if (svgRef.current) nextTabbableAfter(svgRef.current)?.focus();
      }
    },
    onFocus: (e) => {
      const id = markId(e.target, 'data-edge');
      if (!id) return;
      setFocusEdge(id);
      setQuiet(false);
      const anchor = anchorOf(id);
      if (anchor && anchor !== rovingId) setRoving(anchor);
    },
    onBlur: () => setFocusEdge(null),
    onPointerOver: (e) => {
      const id = markId(e.target, 'data-edge');
      if (id !== pointEdge) {
        setPointEdge(id);
        setQuiet(false);
      }
    },
    onPointerOut: (e) => {
      const to = markId(e.relatedTarget, 'data-edge');
      if (to !== pointEdge) setPointEdge(to);
    },
  };

  return {
    pointNode,
    focusNode,
    pointEdge,
    focusEdge,
    rovingId,
    quiet,
    popover,
    closePopover,
    nodeHandlers,
    edgeHandlers,
    dragging,
  };
}

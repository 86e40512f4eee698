import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { hitTest } from '../../lib/timeline/hit-test';
import type { Packing, TimelineModel } from '../../lib/timeline/layout';
import type { Lens } from '../../lib/timeline/lens';
import type { BaseScale, ZoomView } from '../../lib/timeline/scale';
import { selectEvent, type VisibleEvents } from '../../state/filters';
import { setHover } from '../../state/hover';

export interface Tip {
  id: string;
  via: 'pointer' | 'focus';
}

/** Position of an id in the time-ordered filtered ids, by binary search on model order. */
export function positionIn(ids: readonly string[], order: ReadonlyMap<string, number>, id: string): number {
  const target = order.get(id) ?? -1;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = order.get(ids[mid]!)!;
    if (v === target) return mid;
    if (v < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The event of a mark, or of a title (which points at its mark). */
const idOf = (target: EventTarget) => {
  const el = (target as Element).closest?.('[data-event-id], [data-title-for]');
  return el?.getAttribute('data-event-id') ?? el?.getAttribute('data-title-for') ?? null;
};

interface Args {
  model: TimelineModel;
  packing: Packing;
  base: BaseScale;
  view: ZoomView;
  lens: Lens;
  visible: VisibleEvents;
  /** Filtered events in view, in time order (model indices). */
  included: readonly number[];
  /** Marks are on canvas: find them by hit-testing. */
  dense: boolean;
  selectedId: string | null;
  marks: RefObject<SVGSVGElement | null>;
  reveal: (id: string) => void;
  zoomBy: (factor: number, aboutId: string | null) => void;
  fitAll: () => void;
}

/**
 * Pointer, keyboard and focus on the marks: one tab stop (roving tabindex), arrows in time
 * order, Enter/Space to toggle the selection, Escape to clear it, tooltips on hover and
 * focus. Handlers are delegated: a mark is found by `data-event-id`, or on the canvas by
 * hit-testing.
 */
export function useMarkInteraction(a: Args) {
  const { model, visible, selectedId } = a;
  const [focusId, setFocusId] = useState<string | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const pendingFocus = useRef<string | null>(null);

  // One tab stop: the last focused mark, else the selection, else the first in the focus (not
  // in a compressed segment), else the first in view, else the first.
  const [f0, f1] = a.lens.focus;
  const stopId = useMemo(() => {
    if (focusId && visible.set.has(focusId)) return focusId;
    if (selectedId && visible.set.has(selectedId)) return selectedId;
    const inFocus = a.included.find((e) => model.marks[e]!.t1 >= f0 && model.marks[e]!.t0 <= f1);
    if (inFocus !== undefined) return model.ids[inFocus]!;
    if (a.included.length) return model.ids[a.included[0]!]!;
    return visible.ids[0] ?? null;
  }, [focusId, selectedId, visible, a.included, model, f0, f1]);

  // Keyboard moves set the tab stop first; focus follows once its mark is rendered.
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    a.marks.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
  });

  const { reveal } = a;
  const moveFocus = useCallback(
    (id: string) => {
      pendingFocus.current = id;
      setFocusId(id);
      reveal(id);
    },
    [reveal],
  );

  const toggle = (id: string) => selectEvent(selectedId === id ? null : id);

  const eventAt = (ev: MouseEvent): string | null => {
    const id = idOf(ev.target);
    if (id || !a.dense || !a.marks.current) return id;
    const r = a.marks.current.getBoundingClientRect();
    const p = hitTest(model, a.packing, a.base, a.view, ev.clientX - r.left, ev.clientY - r.top, (e) => visible.set.has(model.ids[e]!), a.lens);
    return p < 0 ? null : model.ids[model.pEvent[p]!]!;
  };

  const pointer = {
    onPointerMove: (ev: MouseEvent) => {
      const id = eventAt(ev);
      if (id === (tip?.via === 'pointer' ? tip.id : null)) return;
      setTip(id ? { id, via: 'pointer' } : tip?.via === 'focus' ? tip : null);
      setHover({ eventId: id });
    },
    onPointerLeave: () => {
      if (tip?.via === 'pointer') setTip(null);
      setHover({ eventId: null });
    },
    onClick: (ev: MouseEvent) => {
      const id = eventAt(ev);
      if (!id) return;
      toggle(id);
      // A canvas mark has no element to focus until it becomes the tab stop.
      if (a.dense) moveFocus(id);
      else setFocusId(id);
    },
  };

  const keys = {
    onKeyDown: (ev: KeyboardEvent) => {
      const id = idOf(ev.target);
      if (!id) return;
      const ids = visible.ids;
      const i = positionIn(ids, model.indexOf, id);
      let next: string | undefined;
      switch (ev.key) {
        case 'ArrowRight':
        case 'ArrowDown':
          next = ids[Math.min(ids.length - 1, i + 1)];
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
          next = ids[Math.max(0, i - 1)];
          break;
        case 'Home':
          next = ids[0];
          break;
        case 'End':
          next = ids[ids.length - 1];
          break;
        case 'Enter':
        case ' ':
          toggle(id);
          break;
        case 'Escape':
          selectEvent(null);
          setTip(null);
          break;
        case '+':
        case '=':
          a.zoomBy(2, id);
          break;
        case '-':
        case '_':
          a.zoomBy(0.5, id);
          break;
        case '0':
          a.fitAll();
          break;
        default:
          return;
      }
      ev.preventDefault();
      if (next && next !== id) moveFocus(next);
    },
    onFocus: (ev: FocusEvent) => {
      const id = idOf(ev.target);
      if (!id) return;
      setFocusId(id);
      // A tooltip for keyboard focus; after a click the pointer's own tooltip is enough.
      if ((ev.target as Element).matches(':focus-visible')) setTip({ id, via: 'focus' });
      setHover({ eventId: id });
      reveal(id);
    },
    onBlur: () => {
      setTip((cur) => (cur?.via === 'focus' ? null : cur));
      setHover({ eventId: null });
    },
  };

  return { stopId, tip, pointer, keys };
}

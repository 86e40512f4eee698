import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { hitTest } from '../../lib/timeline/hit-test';
import type { Packing, TimelineModel } from '../../lib/timeline/layout';
import type { Lens } from '../../lib/timeline/lens';
import { keyAction, positionIn, tabStop } from '../../lib/timeline/mark-keys';
import { selectEvent, type VisibleEvents } from '../../state/filters';
import { setHover } from '../../state/hover';

interface Tip {
  id: string;
  via: 'pointer' | 'focus';
}

/** The event of a mark, or of a title (which points at its mark). */
const idOf = (target: EventTarget) => {
  const el = (target as Element).closest?.('[data-event-id], [data-title-for]');
  return el?.getAttribute('data-event-id') ?? el?.getAttribute('data-title-for') ?? null;
};

interface Args {
  model: TimelineModel;
  packing: Packing;
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
 * Pointer, keyboard and focus on the marks: one tab stop (roving tabindex), the keys of
 * keyAction, tooltips on hover and focus. Handlers are delegated: a mark is found by
 * `data-event-id`, or on the canvas by hit-testing.
 */
export function useMarkInteraction(a: Args) {
  const { model, visible, selectedId, reveal } = a;
  const [focusId, setFocusId] = useState<string | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const { included, lens } = a;
  const stopId = useMemo(
    () => tabStop(model, { focusId, selectedId, visible, included, focus: lens.focus }),
    [model, focusId, selectedId, visible, included, lens.focus],
  );

  // Keyboard moves set the tab stop first; focus follows once its mark is rendered.
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    a.marks.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
  });

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
    const { base, view } = a.lens;
    const p = hitTest(model, a.packing, base, view, ev.clientX - r.left, ev.clientY - r.top, (e) => visible.set.has(model.ids[e]!), a.lens);
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
      const action = keyAction(ev.key, visible.ids, positionIn(visible.ids, model.indexOf, id));
      if (!action) return;
      ev.preventDefault();
      if (action.kind === 'move' && action.to && action.to !== id) moveFocus(action.to);
      else if (action.kind === 'toggle') toggle(id);
      else if (action.kind === 'clear') {
        selectEvent(null);
        setTip(null);
      } else if (action.kind === 'zoom') a.zoomBy(action.factor, id);
      else if (action.kind === 'fit') a.fitAll();
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

import type { TimelineModel } from './layout';

/** Position of an id in the time-ordered filtered ids, by binary search on model order; -1 if absent. */
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

/**
 * The marks' one tab stop (roving tabindex): the last focused mark, else the selection, else
 * the first in the focus (not in a compressed segment), else the first on screen, else the
 * first in the filters; null when the filters leave nothing.
 */
export function tabStop(
  m: TimelineModel,
  a: {
    focusId: string | null;
    selectedId: string | null;
    visible: { set: ReadonlySet<string>; ids: readonly string[] };
    /** Events in the filters on screen, in order (model indices). */
    included: readonly number[];
    focus: readonly [number, number];
  },
): string | null {
  const { focusId, selectedId, visible, included } = a;
  if (focusId && visible.set.has(focusId)) return focusId;
  if (selectedId && visible.set.has(selectedId)) return selectedId;
  const [f0, f1] = a.focus;
  const inFocus = included.find((e) => m.marks[e]!.t1 >= f0 && m.marks[e]!.t0 <= f1);
  if (inFocus !== undefined) return m.ids[inFocus]!;
  if (included.length) return m.ids[included[0]!]!;
  return visible.ids[0] ?? null;
}

/** What a key does on a mark. `move` may name no mark (nothing in the filters): the key is still taken. */
export type KeyAction =
  | { kind: 'move'; to: string | undefined }
  | { kind: 'toggle' }
  | { kind: 'clear' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' };

/**
 * The marks' keys: arrows step through the filtered events in time order, Home and End go to
 * the ends, Enter and Space toggle the selection, Escape clears it, + and − zoom about the
 * mark, 0 fits all. `i` is the mark's position in `ids`; null for any other key.
 */
export function keyAction(key: string, ids: readonly string[], i: number): KeyAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { kind: 'move', to: ids[Math.min(ids.length - 1, i + 1)] };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { kind: 'move', to: ids[Math.max(0, i - 1)] };
    case 'Home':
      return { kind: 'move', to: ids[0] };
    case 'End':
      return { kind: 'move', to: ids[ids.length - 1] };
    case 'Enter':
    case ' ':
      return { kind: 'toggle' };
    case 'Escape':
      return { kind: 'clear' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: 2 };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 0.5 };
    case '0':
      return { kind: 'fit' };
    default:
      return null;
  }
}

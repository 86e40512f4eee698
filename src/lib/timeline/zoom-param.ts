import { DAY_MS, dayToMs, msToDay } from '../../data/dates';
import type { Stretch } from './density';
import { focusRange, makeLens, viewForFocus } from './lens';
import { IDENTITY, type BaseScale, type ZoomView } from './scale';

/**
 * The zoom in the address (URL key `zoom`): "all", or the inclusive days of the focus,
 * "2025-02-10..2025-02-23"; none for the first view, the densest stretch. Whole days, so a
 * cited link reads as dates and survives a different screen width.
 */
export type ZoomTarget = { all: true } | { all: false; from: number; to: number };

export function parseZoom(raw: string | null): ZoomTarget | null {
  if (raw === null) return null;
  if (raw === 'all') return { all: true };
  const [a, b] = raw.split('..');
  return { all: false, from: dayToMs(a!), to: dayToMs(b!) + DAY_MS };
}

/** The first view: the densest stretch in the focus, the rest compressed beside it; else all. */
export function firstView(base: BaseScale, extent: readonly [number, number], first: Stretch | null): ZoomView {
  return first ? viewForFocus(base, first.from, first.to, extent) : IDENTITY;
}

export function viewForZoom(base: BaseScale, extent: readonly [number, number], target: ZoomTarget | null, first: Stretch | null): ZoomView {
  if (target === null) return firstView(base, extent, first);
  return target.all ? IDENTITY : viewForFocus(base, target.from, target.to, extent);
}

/** The address of a view: "all" at the fitted zoom, the focus's days otherwise; null when it is the first view. */
export function zoomParam(base: BaseScale, view: ZoomView, extent: readonly [number, number], first: Stretch | null): string | null {
  if (view.k <= 1.001) return 'all';
  const [f0, f1] = focusRange(makeLens(base, view, extent));
  // To the nearest midnight: a cited link reads as dates.
  const from = Math.round(f0 / DAY_MS) * DAY_MS;
  const to = Math.max(from + DAY_MS, Math.round(f1 / DAY_MS) * DAY_MS);
  if (first && from === first.from && to === first.to) return null;
  return `${msToDay(from)}..${msToDay(to - DAY_MS)}`;
}

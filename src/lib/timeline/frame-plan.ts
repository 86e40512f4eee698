import type { Lang } from '../../i18n/lang';
import { FEW_BEYOND, SVG_LIMIT } from '../thresholds';
import { countBeyond, eventsInRange, placementY, type Packing, type TimelineModel } from './layout';
import { lensRange, lensX, type Lens } from './lens';
import { MAX_OVERHANG_PX, markBox } from './precision';
import { pxPerMs } from './scale';
import { axisTicks, type AxisTicks } from './ticks';

/*
 * The timeline's plan for one frame, as pure functions of the layout, the lens and the
 * ids in play: what is culled, what goes to the canvas and what to SVG, what is dimmed or
 * highlighted, whose title comes first, what each lane counts, where the tooltip points.
 * The chart (src/views/timeline) memoizes each and draws what they say.
 */

/** Events (model indices, in order) whose marks can reach the screen: a stub or hit area overhangs its time. */
export function eventsOnScreen(m: TimelineModel, lens: Lens): Int32Array {
  const [from, to] = lensRange(lens);
  const pad = MAX_OVERHANG_PX / pxPerMs(lens.base, lens.view.k);
  return eventsInRange(m, from - pad, to + pad);
}

/** The events on screen split by the filter: `included` drawn solid, `context` faint (and out of the accessibility tree). */
export function splitByFilter(onScreen: ArrayLike<number>, inFilter: Uint8Array): { included: number[]; context: number[] } {
  const included: number[] = [];
  const context: number[] = [];
  for (let i = 0; i < onScreen.length; i++) {
    const e = onScreen[i]!;
    (inFilter[e] ? included : context).push(e);
  }
  return { included, context };
}

/** Past SVG_LIMIT marks in the filters on screen, they go to the canvas (the dense path). */
export function isDense(includedOnScreen: number): boolean {
  return includedOnScreen > SVG_LIMIT;
}

/**
 * The marks drawn as SVG, in model order: every one in the filters on screen unless dense,
 * and always those of `keep` (the tab stop, the selection, the tooltip's) that are in the
 * filters, so each can take focus and be described wherever it is.
 */
export function svgMarks(
  m: TimelineModel,
  included: readonly number[],
  dense: boolean,
  keep: readonly (string | null | undefined)[],
  visible: ReadonlySet<string>,
): number[] {
  const set = new Set<number>(dense ? [] : included);
  for (const id of keep) if (id && visible.has(id)) set.add(m.indexOf.get(id)!);
  return [...set].sort((a, b) => a - b);
}

/**
 * The soft highlight of what another view previews: a hovered actor's events, and a
 * hovered event unless it is the one with the tooltip (that one is plain to see).
 */
export function highlightedIds(actorEvents: readonly string[], hoverEventId: string | null, tipId: string | null): Set<string> {
  const set = new Set(actorEvents);
  if (hoverEventId && hoverEventId !== tipId) set.add(hoverEventId);
  return set;
}

/** Events whose titles are placed first and drawn strong, in order: those of `ids` in the filters. */
export function titlePriority(m: TimelineModel, ids: readonly (string | null | undefined)[], visible: ReadonlySet<string>): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const e = id && visible.has(id) ? m.indexOf.get(id) : undefined;
    if (e !== undefined) out.push(e);
  }
  return out;
}

/** Events in the filters per lane: an event counts once in each lane it is drawn in. */
export function laneCounts(m: TimelineModel, inFilter: Uint8Array): number[] {
  const counts = new Array<number>(m.lanes.length).fill(0);
  for (let p = 0; p < m.pLane.length; p++) if (inFilter[m.pEvent[p]!]) counts[m.pLane[p]!]!++;
  return counts;
}

/** Where an event's tooltip points, in plot px: over the middle of its mark's part on screen, at its first row. */
export function tipAnchor(m: TimelineModel, pk: Packing, lens: Lens, e: number): { x: number; y: number } {
  const width = lens.base.width;
  const mk = m.marks[e]!;
  const box = markBox(mk.shape, lensX(lens, mk.t0), lensX(lens, mk.t1));
  const x = Math.min(width, Math.max(0, (Math.max(box.left, 0) + Math.min(box.right, width)) / 2));
  return { x, y: placementY(m, pk, m.first[e]!) };
}

/** The slice of the plot a canvas covers: the part on screen, moving with the scroll. */
export function canvasSlice(scrollTop: number, viewport: number, plot: number): { top: number; height: number } {
  return { top: Math.min(scrollTop, Math.max(0, plot - viewport)), height: Math.max(1, Math.min(viewport, plot)) };
}

/** A compressed segment, and how many events in the filters it holds (at least in part). */
export interface SegmentCount {
  side: 'left' | 'right';
  x0: number;
  x1: number;
  t0: number;
  t1: number;
  count: number;
}

export function segmentCounts(m: TimelineModel, lens: Lens, included: readonly number[]): SegmentCount[] {
  const out: SegmentCount[] = [];
  for (const [side, seg] of [['left', lens.left], ['right', lens.right]] as const) {
    if (!seg) continue;
    let count = 0;
    for (const e of included) {
      const mk = m.marks[e]!;
      if (side === 'left' ? mk.t0 < seg.t1 : mk.t1 > seg.t0) count++;
    }
    out.push({ side, ...seg, count });
  }
  return out;
}

/** Axis ticks for the focus only, in screen px: the compressed segments get none. */
export function focusTicks(lens: Lens, lang: Lang): AxisTicks {
  const [from, to] = lensRange(lens);
  const x0 = lens.left ? lens.left.x1 : 0;
  const x1 = lens.right ? lens.right.x0 : lens.base.width;
  const inner = axisTicks(lens.left ? lens.left.t1 : from, lens.right ? lens.right.t0 : to, Math.max(1, x1 - x0), lang);
  const shift = (tk: AxisTicks['ticks'][number]) => ({ ...tk, x: tk.x + x0 });
  return { unit: inner.unit, ticks: inner.ticks.map(shift), context: inner.context.map(shift) };
}

/** Screen spans no title goes into: the segments, once they hold more than FEW_BEYOND events (a density). */
export function titleBlocks(m: TimelineModel, lens: Lens): [number, number][] {
  const [before, after] = countBeyond(m, lens.left ? lens.left.t1 : -Infinity, lens.right ? lens.right.t0 : Infinity);
  const out: [number, number][] = [];
  if (before + after > FEW_BEYOND) for (const seg of [lens.left, lens.right]) if (seg) out.push([seg.x0, seg.x1]);
  return out;
}

/** What the SVG marks layer draws, besides the culling: one object instead of a prop per part. */
export interface MarksPlan {
  model: TimelineModel;
  packing: Packing;
  lens: Lens;
  /** Plot height, px. */
  height: number;
  /** The focus's ticks: a faint grid line under each. */
  ticks: AxisTicks;
  /** Model indices of the marks drawn as SVG, in order (see svgMarks). */
  events: readonly number[];
  stopId: string | null;
  selectedId: string | null;
  highlighted: ReadonlySet<string>;
  /** The event whose tooltip is shown: its mark is described by it. */
  tipFor: string | null;
  /** Screen x of the time window's ends: the plot outside it is shaded. */
  shade: readonly [number, number] | null;
  /** Screen x of the selection's line, when its mark is drawn here. */
  selectedX: number | null;
}

export function marksPlan(a: Omit<MarksPlan, 'shade' | 'selectedX'> & { windowMs: readonly [number, number] | null }): MarksPlan {
  const { windowMs, ...rest } = a;
  const selected = a.selectedId !== null ? a.model.indexOf.get(a.selectedId) : undefined;
  return {
    ...rest,
    shade: windowMs && [lensX(a.lens, windowMs[0]), lensX(a.lens, windowMs[1])],
    selectedX: selected !== undefined && a.events.includes(selected) ? lensX(a.lens, a.model.marks[selected]!.t0) : null,
  };
}

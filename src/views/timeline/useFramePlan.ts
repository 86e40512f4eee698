import { useMemo } from 'react';
import {
  eventsOnScreen,
  highlightedIds,
  isDense,
  marksPlan,
  splitByFilter,
  svgMarks,
  titlePriority,
  type MarksPlan,
} from '../../lib/timeline/frame-plan';
import { idMask } from '../../lib/timeline/layout';
import type { AxisTicks } from '../../lib/timeline/ticks';
import { useDatasetIndex } from '../../state/dataset-context';
import type { VisibleEvents } from '../../state/filters';
import type { Hover } from '../../state/hover';
import type { TimelineLayout } from './useTimelineLayout';

const NO_EVENTS = new Int32Array(0);

/**
 * The frame's culling (src/lib/timeline/frame-plan.ts), kept until the lens or the filter
 * changes: the events on screen, the filter as a mask over the model (made once per filter,
 * so the per-frame split costs an array read per event, not a string lookup), the split
 * into solid and faint, and whether the solid ones go to the canvas.
 */
export function useCulling(g: TimelineLayout, visible: VisibleEvents) {
  const { measured, model, lens } = g;
  const onScreen = useMemo(() => (measured ? eventsOnScreen(model, lens) : NO_EVENTS), [measured, model, lens]);
  const inFilter = useMemo(() => idMask(model, visible.ids), [model, visible.ids]);
  const { included, context } = useMemo(() => splitByFilter(onScreen, inFilter), [onScreen, inFilter]);
  // Before the first measure everything is in view (the fitted zoom): the same answer, so the
  // note below the plot does not appear a frame late and resize the plot under the canvas.
  const dense = isDense(measured ? included.length : visible.ids.length);
  return { onScreen, inFilter, included, context, dense };
}

export type Culling = ReturnType<typeof useCulling>;

/** The ids in play this frame: they decide what stays SVG, what is lit and whose title comes first. */
export interface InPlay {
  selectedId: string | null;
  stopId: string | null;
  tipId: string | null;
  hover: Hover;
}

/** The SVG layer's plan and the titles' priority for this frame, each kept until its inputs change. */
export function useMarksPlan(
  g: TimelineLayout,
  cull: Culling,
  visible: VisibleEvents,
  ids: InPlay,
  extra: { ticks: AxisTicks; windowMs: readonly [number, number] | null },
): { marks: MarksPlan; priority: readonly number[]; strong: ReadonlySet<number> } {
  const index = useDatasetIndex();
  const { model } = g;
  const { selectedId, stopId, tipId, hover } = ids;
  const events = useMemo(
    () => svgMarks(model, cull.included, cull.dense, [stopId, selectedId, tipId], visible.set),
    [model, cull.included, cull.dense, stopId, selectedId, tipId, visible.set],
  );
  // Soft highlight of what another view previews: a hovered actor's events, a hovered event.
  const highlighted = useMemo(
    () => highlightedIds(hover.actorId ? (index.eventsByActor.get(hover.actorId) ?? []) : [], hover.eventId, tipId),
    [hover.actorId, hover.eventId, tipId, index],
  );
  const priority = useMemo(() => titlePriority(model, [selectedId, tipId ?? hover.eventId], visible.set), [model, selectedId, tipId, hover.eventId, visible.set]);
  const strong = useMemo(() => new Set(priority), [priority]);
  const marks = marksPlan({
    model,
    packing: g.packing,
    lens: g.lens,
    height: g.height,
    ticks: extra.ticks,
    events,
    stopId,
    selectedId,
    highlighted,
    tipFor: tipId,
    windowMs: extra.windowMs,
  });
  return { marks, priority, strong };
}

import { useCallback, useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { isFiltering } from '../../lib/filter';
import { canvasSlice } from '../../lib/timeline/frame-plan';
import type { LaneMode } from '../../lib/timeline/lanes';
import { focusRange } from '../../lib/timeline/lens';
import { maxZoom } from '../../lib/timeline/scale';
import { useDatasetIndex } from '../../state/dataset-context';
import { useSelectedEventId, type VisibleEvents } from '../../state/filters';
import { useHover } from '../../state/hover';
import { useT } from '../../state/i18n';
import { useReportDrawn } from '../../state/ready';
import { useElementSize } from '../../ui/useElementSize';
import { useHoverableTip } from '../../ui/useHoverableTip';
import { Axis, AXIS_H } from './Axis';
import { ContextCanvas } from './ContextCanvas';
import { EventTip } from './EventTip';
import { LaneBands } from './LaneBands';
import { Legend } from './Legend';
import { MarksLayer } from './MarksLayer';
import { NavBar } from './NavBar';
import { Overview, OVERVIEW_H } from './Overview';
import { SegmentButtons, SegmentShades } from './Segments';
import { TitlesLayer } from './TitlesLayer';
import { useCulling, useMarksPlan } from './useFramePlan';
import { useAxisParts, useTitles } from './useLensParts';
import { useMarkInteraction } from './useMarkInteraction';
import { useNavigation } from './useNavigation';
import { useTimelineLayout } from './useTimelineLayout';
import { useTimeWindow } from './useTimeWindow';

const NONE: readonly number[] = [];
const NO_SIZE = { width: 0, height: 0 };

/**
 * The timeline chart. It computes nothing itself: the layout (useTimelineLayout) and each
 * frame's plan (useFramePlan, useLensParts) come from src/lib/timeline, kept by hooks until
 * their inputs change; the layers below draw them: lane bands, canvas, SVG marks, titles.
 */
export function TimelineChart({ mode, visible }: { mode: LaneMode; visible: VisibleEvents }) {
  const index = useDatasetIndex();
  const tl = useT().timeline;
  const selectedId = useSelectedEventId();
  const hover = useHover();
  const hintId = useId();
  const tipId = useId();

  const scrollerRef = useRef<HTMLDivElement>(null);
  const marksRef = useRef<SVGSVGElement>(null);
  const size = useElementSize(scrollerRef) ?? NO_SIZE;
  const [scrollTop, setScrollTop] = useState(0);
  useReportDrawn(index, 'timeline', size.width > 0);

  const g = useTimelineLayout(mode, size.width, scrollerRef);
  const { measured, model, packing, lens, base, view, height } = g;
  const cull = useCulling(g, visible);
  const nav = useNavigation({ ...g, scroller: scrollerRef });
  const win = useTimeWindow(g.extent);
  const { stopId, tip, pointer, keys } = useMarkInteraction({
    included: cull.included,
    dense: cull.dense,
    model,
    packing,
    lens,
    visible,
    selectedId,
    marks: marksRef,
    reveal: nav.reveal,
    zoomBy: nav.zoomBy,
    fitAll: nav.fitAll,
  });
  const { shown: shownTip, tipProps, dismiss: dismissTip } = useHoverableTip(tip?.id ?? null, (id) => id);
  // A click chooses the mark: its tooltip goes, so it never covers what was just chosen.
  const plotPointer = {
    ...pointer,
    onClick: (ev: MouseEvent) => {
      pointer.onClick(ev);
      dismissTip();
    },
  };

  // A selection made elsewhere (network, quotes) is brought on screen, without taking focus.
  const { reveal } = nav;
  useEffect(() => {
    if (selectedId && visible.set.has(selectedId)) reveal(selectedId);
  }, [selectedId, visible.set, reveal]);

  const { segments, ticks, axisLabel } = useAxisParts(lens, cull.included, model);
  const ids = { selectedId, stopId, tipId: tip?.id ?? null, hover };
  const { marks, priority, strong } = useMarksPlan(g, cull, visible, ids, { ticks, windowMs: win.windowMs });
  const { titles, titleOf } = useTitles({ measured, model, packing, lens, onScreen: cull.onScreen, inFilter: cull.inFilter, top: scrollTop, height: size.height, priority });
  const slice = canvasSlice(scrollTop, size.height, height);

  const { setRange, clear } = win;
  const { zoomTo } = nav;
  const onBrush = useCallback(
    (range: [number, number] | null) => {
      if (!range) return clear();
      const [from, to] = setRange(range[0], range[1]);
      zoomTo(from, to);
    },
    [setRange, clear, zoomTo],
  );

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <NavBar
        canZoomIn={view.k < maxZoom(base) * 0.999}
        canZoomOut={view.k > 1.001}
        onZoom={(factor) => nav.zoomBy(factor, selectedId ?? stopId)}
        onFit={nav.fitAll}
        busiest={nav.busiestLabels}
        onBusiest={nav.zoomToBusiest}
        windowText={win.text}
        hasWindow={win.windowMs !== null}
        onUseView={() => win.setFromView(...focusRange(lens))}
        onClearWindow={win.clear}
      />
      {measured ? (
        <Overview model={model} included={cull.inFilter} base={base} view={view} focus={lens.focus} window={win.windowMs} windowText={win.text} onBrush={onBrush} />
      ) : (
        <div aria-hidden="true" className="shrink-0" style={{ height: OVERVIEW_H }} />
      )}
      {/* The export takes the axis, lane labels, canvas, marks and titles as one picture. */}
      <div data-export-root="" className="group/plot relative flex min-h-0 flex-1 flex-col">
        {measured ? (
          <Axis ticks={ticks} width={base.width} label={axisLabel} segments={segments} />
        ) : (
          <div aria-hidden="true" className="shrink-0" style={{ height: AXIS_H }} />
        )}
        {/* Stacked on a phone, the plot is a fixed window onto the lanes (they scroll inside it), not
            as tall as its content: the regions below stay put while it draws. */}
        <div
          ref={scrollerRef}
          className="relative min-h-40 flex-1 cursor-grab max-lg:h-[60vh] max-lg:flex-none overflow-x-hidden overflow-y-auto [scrollbar-gutter:stable] active:cursor-grabbing"
          {...plotPointer}
          onScroll={(ev) => setScrollTop(ev.currentTarget.scrollTop)}
          // With no mark to focus, the lanes themselves take focus so they can be scrolled.
          {...(stopId === null && { tabIndex: 0, role: 'group', 'aria-label': tl.noEvents })}
        >
          {measured && (
            <div className="relative" style={{ height }}>
              <LaneBands model={model} laneTop={packing.laneTop} inFilter={cull.inFilter} />
              <SegmentShades segments={segments} />
              <ContextCanvas
                model={model}
                packing={packing}
                base={base}
                view={view}
                lens={lens}
                top={slice.top}
                height={slice.height}
                faint={cull.context}
                solid={cull.dense ? cull.included : NONE}
              />
              <MarksLayer svgRef={marksRef} plan={marks} keys={keys} hintId={hintId} tipId={tipId} />
              <TitlesLayer titles={titles} ids={model.ids} titleOf={titleOf} strong={strong} />
            </div>
          )}
        </div>
        {/* After the marks in the tab order, over the axis on screen. */}
        {measured && <SegmentButtons segments={segments} onShow={nav.showBeyond} />}
        <p
          id={hintId}
          className="sr-only rounded bg-white/95 px-1.5 py-0.5 text-[11px] text-slate-700 shadow group-has-[:focus-visible]/plot:not-sr-only group-has-[:focus-visible]/plot:absolute group-has-[:focus-visible]/plot:bottom-1 group-has-[:focus-visible]/plot:left-1"
        >
          {tl.keyboardHint}
        </p>
        {shownTip && <EventTip id={tipId} eventId={shownTip} model={model} packing={packing} lens={lens} scrollTop={scrollTop} tipProps={tipProps} />}
      </div>
      {cull.dense && <p className="px-3 pt-1 text-[11px] text-slate-700">{tl.dense}</p>}
      {visible.ids.length === 0 && <p className="px-3 pt-1 text-xs font-medium text-slate-800">{tl.noEvents}</p>}
      <Legend mode={mode} filtering={isFiltering(visible.filter)} />
    </div>
  );
}

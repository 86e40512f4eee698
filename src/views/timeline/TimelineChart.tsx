import { useCallback, useEffect, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import { isFiltering } from '../../lib/filter';
import { SVG_LIMIT } from '../../lib/thresholds';
import { firstStretch } from '../../lib/timeline/density';
import { packingBucket } from '../../lib/timeline/bucket';
import { buildModel, createPacker, eventsInRange, idMask, MAX_ROWS, placementY, unpacked } from '../../lib/timeline/layout';
import type { LaneMode } from '../../lib/timeline/lanes';
import { focusRange, gutterFor, lensRange, lensX, makeLens } from '../../lib/timeline/lens';
import { MAX_OVERHANG_PX, markBox } from '../../lib/timeline/precision';
import { baseScale, maxZoom, pxPerMs, zoomBucket, type ZoomView } from '../../lib/timeline/scale';
import { parseZoom, viewForZoom } from '../../lib/timeline/zoom-param';
import { useDatasetIndex } from '../../state/dataset-context';
import { useSelectedEventId, type VisibleEvents } from '../../state/filters';
import { useHover } from '../../state/hover';
import { useLang, useT } from '../../state/i18n';
import { getUrlState } from '../../state/url-store';
import { Axis, AXIS_H } from './Axis';
import { ContextCanvas } from './ContextCanvas';
import { EventTip } from './EventTip';
import { LaneBands } from './LaneBands';
import { Legend } from './Legend';
import { MarksLayer } from './MarksLayer';
import { NavBar } from './NavBar';
import { Overview, OVERVIEW_H } from './Overview';
import { SegmentButtons, SegmentShades } from './Segments';
import { titleFloor, titleReserve } from './title-metrics';
import { TitlesLayer } from './TitlesLayer';
import { useElementSize } from '../../ui/useElementSize';
import { useReportDrawn } from '../../state/ready';
import { useMarkInteraction } from './useMarkInteraction';
import { useNavigation } from './useNavigation';
import { useTimeWindow } from './useTimeWindow';
import { usePrepack } from './usePrepack';
import { useZoomAddress } from './useZoomAddress';
import { useZoomView } from './useZoomView';
import { useAxisParts, useTitles } from './useLensParts';
import { useHoverableTip } from '../../ui/useHoverableTip';

const NONE: readonly number[] = [];
const NO_EVENTS = new Int32Array(0);
const NO_SIZE = { width: 0, height: 0 };

/**
 * The timeline chart. Layout is computed once per dataset, lane mode and zoom bucket (in
 * src/lib/timeline); each frame maps times to x through the lens (the zoom, with what lies
 * beyond it compressed at the edges), culls to the screen, places titles, and draws.
 */
export function TimelineChart({ mode, visible }: { mode: LaneMode; visible: VisibleEvents }) {
  const index = useDatasetIndex();
  const lang = useLang();
  const t = useT();
  const tl = t.timeline;
  const selectedId = useSelectedEventId();
  const hover = useHover();
  const hintId = useId();
  const tipId = useId();

  const scrollerRef = useRef<HTMLDivElement>(null);
  const marksRef = useRef<SVGSVGElement>(null);
  const size = useElementSize(scrollerRef) ?? NO_SIZE;
  const [scrollTop, setScrollTop] = useState(0);
  const width = size.width;
  useReportDrawn(index, 'timeline', width > 0);
  const extent = index.extent;
  const base = useMemo(() => baseScale(extent, Math.max(1, width)), [extent, width]);
  const gutter = gutterFor(base.width);

  const model = useMemo(() => buildModel(index, mode), [index, mode]);
  // The first view: the densest stretch, or the zoom a link asks for (read once; later
  // changes of the address reach the plot through useZoomAddress).
  const first = useMemo(() => firstStretch(model, extent), [model, extent]);
  const [startZoom] = useState(() => parseZoom(getUrlState().zoom));
  const initial = useMemo(() => viewForZoom(base, extent, startZoom, first), [base, extent, startZoom, first]);
  const { view, controller, moved } = useZoomView(scrollerRef, width > 0 ? base : null, initial);
  useZoomAddress({ controller, base: width > 0 ? base : null, view, moved, extent, first });

  const titleOf = useCallback((e: number) => index.events[e]!.title[lang], [index, lang]);
  // Room for each title beside its mark, kept when rows are packed (an estimate, per language).
  const reserve = useMemo(() => Float64Array.from(index.events, (ev) => titleReserve(ev.title[lang])), [index, lang]);
  const floors = useMemo(() => Float64Array.from(index.events, (ev) => titleFloor(ev.title[lang])), [index, lang]);
  // Nothing is packed or culled until the plot has a width: the first render has none.
  const measured = width > 0;
  const packer = useMemo(() => {
    if (!measured) {
      const none = unpacked(model);
      return () => none;
    }
    return createPacker(model, base.s, MAX_ROWS[mode], reserve);
  }, [measured, model, base.s, mode, reserve]);

  const lensFor = useCallback((v: ZoomView) => makeLens(base, v, extent, gutter), [base, extent, gutter]);
  const packingFor = useCallback((v: ZoomView) => packer(packingBucket(model, lensFor(v))), [packer, model, lensFor]);

  const lens = useMemo(() => lensFor(view), [lensFor, view]);
  const bucket = packingBucket(model, lens);
  const packing = packer(bucket);
  usePrepack(measured ? packer : null, zoomBucket(view.k), maxZoom(base));
  const height = packing.laneTop[packing.laneTop.length - 1]!;

  const [vFrom, vTo] = lensRange(lens);
  const focus = focusRange(lens);
  const padMs = MAX_OVERHANG_PX / pxPerMs(base, view.k);
  const inView = useMemo(() => (measured ? eventsInRange(model, vFrom - padMs, vTo + padMs) : NO_EVENTS), [measured, model, vFrom, vTo, padMs]);
  // The filter as a mask over the model, made once per filter: the per-frame split below
  // then costs an array read per event, not a string lookup.
  const inFilter = useMemo(() => idMask(model, visible.ids), [model, visible.ids]);
  const { included, context } = useMemo(() => {
    const inc: number[] = [];
    const ctx: number[] = [];
    for (const e of inView) (inFilter[e] ? inc : ctx).push(e);
    return { included: inc, context: ctx };
  }, [inView, inFilter]);
  // Before the first measure everything is in view (the fitted zoom): the same answer, so the
  // note below the plot does not appear a frame late and resize the plot under the canvas.
  const dense = (measured ? included.length : visible.ids.length) > SVG_LIMIT;

  const nav = useNavigation({ controller, scroller: scrollerRef, model, base, lensFor, packingFor, extent, first, lang, tl });
  const win = useTimeWindow(extent, lang, tl);
  const { stopId, tip, pointer, keys } = useMarkInteraction({
    model,
    packing,
    base,
    view,
    lens,
    visible,
    included,
    dense,
    selectedId,
    marks: marksRef,
    reveal: nav.reveal,
    zoomBy: nav.zoomBy,
    fitAll: nav.fitAll,
  });
  const { shown: shownTip, tipProps, dismiss: dismissTip } = useHoverableTip(tip?.id ?? null, (id) => id);
  // A click chooses the mark: its tooltip goes, so it never covers what was just chosen.
  const onPlotClick = pointer.onClick;
  const plotPointer = {
    ...pointer,
    onClick: (ev: MouseEvent) => {
      onPlotClick(ev);
      dismissTip();
    },
  };

  // A selection made elsewhere (network, quotes) is brought on screen, without taking focus.
  const { reveal } = nav;
  useEffect(() => {
    if (selectedId && visible.set.has(selectedId)) reveal(selectedId);
  }, [selectedId, visible.set, reveal]);

  const svgEvents = useMemo(() => {
    const set = new Set<number>(dense ? [] : included);
    for (const id of [stopId, selectedId, tip?.id])
      if (id && visible.set.has(id)) set.add(model.indexOf.get(id)!);
    return [...set].sort((a, b) => a - b);
  }, [dense, included, stopId, selectedId, tip, visible.set, model]);

  // Soft highlight of what another view previews: a hovered actor's events, a hovered event.
  const highlighted = useMemo(() => {
    const set = new Set<string>(hover.actorId ? (index.eventsByActor.get(hover.actorId) ?? []) : []);
    if (hover.eventId && hover.eventId !== tip?.id) set.add(hover.eventId);
    return set;
  }, [hover.actorId, hover.eventId, tip, index]);

  const priority = useMemo(() => {
    const out: number[] = [];
    for (const id of [selectedId, tip?.id ?? hover.eventId]) {
      const e = id && visible.set.has(id) ? model.indexOf.get(id) : undefined;
      if (e !== undefined) out.push(e);
    }
    return out;
  }, [selectedId, tip, hover.eventId, visible.set, model]);
  const strong = useMemo(() => new Set(priority), [priority]);
  const titles = useTitles({ measured, model, packing, lens, inView, inFilter, top: scrollTop, height: size.height, titleOf, floors, priority });

  const laneLabels = useMemo(
    () => model.lanes.map((l) => (l.mode === 'side' ? t.common.sides[l.side] : (index.actorById.get(l.id)?.name ?? l.id))),
    [model, t, index],
  );
  const laneCounts = useMemo(() => {
    const counts = new Array<number>(model.lanes.length).fill(0);
    for (let p = 0; p < model.pLane.length; p++) if (inFilter[model.pEvent[p]!]) counts[model.pLane[p]!]!++;
    return counts.map((n) => tl.laneEvents(n));
  }, [model, inFilter, tl]);

  const { segments, ticks, axisLabel } = useAxisParts(lens, included, model, lang, tl);

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

  const tipEvent = shownTip ? index.eventById.get(shownTip) : undefined;
  let tipAnchor: { x: number; y: number } | null = null;
  const tipAt = tipEvent ? model.indexOf.get(tipEvent.id) : undefined;
  if (tipAt !== undefined) {
    const e = tipAt;
    const mk = model.marks[e]!;
    const box = markBox(mk.shape, lensX(lens, mk.t0), lensX(lens, mk.t1));
    const x = Math.min(base.width, Math.max(0, (Math.max(box.left, 0) + Math.min(box.right, base.width)) / 2));
    tipAnchor = { x, y: AXIS_H + placementY(model, packing, model.first[e]!) - scrollTop };
  }

  const kMax = maxZoom(base);
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <NavBar
        t={tl}
        canZoomIn={view.k < kMax * 0.999}
        canZoomOut={view.k > 1.001}
        onZoom={(factor) => nav.zoomBy(factor, selectedId ?? stopId)}
        onFit={nav.fitAll}
        busiest={nav.busiestLabels}
        onBusiest={nav.zoomToBusiest}
        windowText={win.text}
        hasWindow={win.windowMs !== null}
        onUseView={() => win.setFromView(focus[0], focus[1])}
        onClearWindow={win.clear}
      />
      {!measured && <div aria-hidden="true" className="shrink-0" style={{ height: OVERVIEW_H }} />}
      {measured && (
        <Overview
          model={model}
          included={inFilter}
          base={base}
          view={view}
          focus={lens.focus}
          window={win.windowMs}
          lang={lang}
          label={`${tl.overview}. ${tl.window}: ${win.text}`}
          onBrush={onBrush}
        />
      )}
      {/* The export takes the axis, lane labels, canvas, marks and titles as one picture. */}
      <div data-export-root="" className="group/plot relative flex min-h-0 flex-1 flex-col">
        {measured ? (
          <Axis ticks={ticks} width={base.width} label={axisLabel} segments={segments} />
        ) : (
          <div aria-hidden="true" className="shrink-0" style={{ height: AXIS_H }} />
        )}
        <div
          ref={scrollerRef}
          className="relative max-h-[70vh] min-h-40 flex-1 cursor-grab overflow-x-hidden overflow-y-auto [scrollbar-gutter:stable] active:cursor-grabbing lg:max-h-none"
          {...plotPointer}
          onScroll={(ev) => setScrollTop(ev.currentTarget.scrollTop)}
          // With no mark to focus, the lanes themselves take focus so they can be scrolled.
          {...(stopId === null && { tabIndex: 0, role: 'group', 'aria-label': tl.noEvents })}
        >
          {width > 0 && (
            <div className="relative" style={{ height }}>
              <LaneBands lanes={model.lanes} laneTop={packing.laneTop} labels={laneLabels} counts={laneCounts} />
              <SegmentShades segments={segments} />
              <ContextCanvas
                model={model}
                packing={packing}
                base={base}
                view={view}
                lens={lens}
                top={Math.min(scrollTop, Math.max(0, height - size.height))}
                height={Math.max(1, Math.min(size.height, height))}
                faint={context}
                solid={dense ? included : NONE}
              />
              <MarksLayer
                svgRef={marksRef}
                index={index}
                model={model}
                packing={packing}
                base={base}
                lens={lens}
                height={height}
                ticks={ticks}
                events={svgEvents}
                stopId={stopId}
                selectedId={selectedId}
                highlighted={highlighted}
                tipFor={tip?.id ?? null}
                tipId={tipId}
                windowMs={win.windowMs}
                label={tl.marks}
                hintId={hintId}
                lang={lang}
                t={t}
                keys={keys}
              />
              <TitlesLayer titles={titles} ids={model.ids} titleOf={titleOf} strong={strong} />
            </div>
          )}
        </div>
        {/* After the marks in the tab order, over the axis on screen. */}
        {measured && <SegmentButtons segments={segments} t={tl} onShow={nav.showBeyond} />}
        <p
          id={hintId}
          className="sr-only rounded bg-white/95 px-1.5 py-0.5 text-[11px] text-slate-700 shadow group-has-[:focus-visible]/plot:not-sr-only group-has-[:focus-visible]/plot:absolute group-has-[:focus-visible]/plot:bottom-1 group-has-[:focus-visible]/plot:left-1"
        >
          {tl.keyboardHint}
        </p>
        {tipEvent && tipAnchor && (
          <EventTip id={tipId} ev={tipEvent} index={index} lang={lang} t={t} x={tipAnchor.x} y={tipAnchor.y} containerWidth={base.width} tipProps={tipProps} />
        )}
      </div>
      {dense && <p className="px-3 pt-1 text-[11px] text-slate-700">{tl.dense}</p>}
      {visible.ids.length === 0 && <p className="px-3 pt-1 text-xs font-medium text-slate-800">{tl.noEvents}</p>}
      <Legend t={tl} mode={mode} filtering={isFiltering(visible.filter)} />
    </div>
  );
}

import { useDeferredValue, useId, useMemo, useRef, type DOMAttributes, type ReactNode } from 'react';
import { emphasis as computeEmphasis } from '../../lib/network/emphasis';
import type { NetworkGraph as Graph } from '../../lib/network/graph';
import { cues, markedEdges, tipAnchor } from '../../lib/network/preview';
import { useDatasetIndex } from '../../state/dataset-context';
import { useReportDrawn } from '../../state/ready';
import { useSelectedEventId } from '../../state/filters';
import { useHover } from '../../state/hover';
import { useT } from '../../state/i18n';
import { Tooltip } from '../../ui/Tooltip';
import { EdgeCanvas } from './EdgeCanvas';
import { EdgeLayer } from './EdgeLayer';
import { EdgePopover } from './EdgePopover';
import { Legend } from './Legend';
import { useElementSize } from '../../ui/useElementSize';
import { nameOf } from '../../lib/network/graph';
import { NodeCanvas } from './NodeCanvas';
import { NodeLayer } from './NodeLayer';
import { EdgeTip, NodeTip } from './TipContent';
import { useGraphInteraction } from './useGraphInteraction';
import { useGraphView } from './useGraphView';
import { ZoomControls } from './ZoomControls';
import { useHoverableTip } from '../../ui/useHoverableTip';

/** The note's distance from the bottom edge (bottom-2), and a little air above it. */
const NOTE_MARGIN = 12;

/** The graph: one SVG (edges under actors) over an optional canvas, plus tooltip and popover. */
export function NetworkGraph({ graph, pressed, toolbar }: { graph: Graph; pressed: ReadonlySet<string>; toolbar: ReactNode }) {
  const t = useT();
  const index = useDatasetIndex();
  // The graph lights a new selection in a deferred render: the view the reader clicked in
  // repaints first, and a large graph's edge canvas is redrawn right after.
  const selected = useDeferredValue(useSelectedEventId());
  const hover = useHover();
  const containerRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  const note = useElementSize(noteRef);
  const svgRef = useRef<SVGSVGElement>(null);
  // The note lies over the bottom of the drawing (see below): the picture is fitted above it.
  const gv = useGraphView(graph, pressed, containerRef, note ? note.height + NOTE_MARGIN : 0);
  const { size, layout, scene, controls } = gv;
  useReportDrawn(index, 'network', !layout.pending && layout.positions.size > 0);
  const ui = useGraphInteraction(graph, pressed, gv, svgRef, containerRef);
  const s = ui.state;
  const tipId = `${useId()}-tip`;

  const { node: nodeCue, edge: edgeCue } = cues(s, hover.actorId);
  const pressedList = useMemo(() => [...pressed], [pressed]);
  const emphasis = useMemo(
    () => computeEmphasis(index, graph, { node: nodeCue, edge: edgeCue, hoverEvent: hover.eventId, selectedEvent: selected, pressed: pressedList }),
    [index, graph, nodeCue, edgeCue, hover.eventId, selected, pressedList],
  );

  // With many edges the canvas draws them all; only the edges of the actors in play
  // become marks that can be pointed at and focused.
  const { pointNode, focusNode, focusEdge, popover } = s;
  const svgEdges = useMemo(
    () => markedEdges(graph, { pointNode, focusNode, focusEdge, popover }, ui.rovingId, scene.canvasEdges),
    [graph, pointNode, focusNode, focusEdge, popover, ui.rovingId, scene.canvasEdges],
  );
  const tip = tipAnchor(s, graph, scene.screen, scene.radius);

  const { shown: shownTip, tipProps, dismiss: dismissTip } = useHoverableTip(tip, (t) => `${t.kind}:${t.target}`);
  // A click chooses a mark (filters by an actor, opens an edge's events): its tooltip goes.
  const afterClick = (handlers: DOMAttributes<SVGGElement>): DOMAttributes<SVGGElement> => ({
    ...handlers,
    onClick: (e) => {
      handlers.onClick?.(e);
      dismissTip();
    },
  });
  const tipNode = shownTip?.kind === 'node' ? graph.nodeById.get(shownTip.target) : undefined;
  const tipEdge = shownTip?.kind === 'edge' ? graph.edgeById.get(shownTip.target) : undefined;
  const popEdge = popover ? graph.edgeById.get(popover.edgeId) : undefined;
  const anchor = ui.rovingId ? nameOf(graph, ui.rovingId) : null;

  return (
    <>
      <div className="flex items-start justify-between gap-2 px-3 py-2">
        {toolbar}
        <ZoomControls onZoomIn={() => controls.zoomBy(1.5)} onZoomOut={() => controls.zoomBy(1 / 1.5)} onReset={controls.reset} />
      </div>
      {/* Tooltips and the popover may overhang the clipped drawing area, so they sit beside it. */}
      <div className="relative flex h-[26rem] min-h-0 flex-col lg:h-auto lg:flex-1">
        <div
          ref={containerRef}
          className="relative min-h-0 flex-1 cursor-grab overflow-hidden border-t border-slate-200 bg-white active:cursor-grabbing"
          onScroll={(e) => {
            e.currentTarget.scrollTop = 0;
            e.currentTarget.scrollLeft = 0;
          }}
        >
          {/* Over the drawing, not above it: the area keeps its size whichever way edges are drawn. */}
          {scene.canvasEdges && (
            <p ref={noteRef} className="pointer-events-none absolute right-2 bottom-2 left-2 z-20 rounded bg-white/90 px-2 py-1 text-xs text-slate-700">
              {t.network.largeNote}
            </p>
          )}
          {size && scene.canvasEdges && scene.view && (
            <EdgeCanvas
              graph={graph}
              positions={layout.positions}
              view={scene.view}
              emphasis={emphasis}
              width={size.width}
              height={size.height}
              scale={scene.markScale}
            />
          )}
          {size && scene.large && (
            <NodeCanvas graph={graph} screen={scene.screen} radius={scene.radius} emphasis={emphasis} width={size.width} height={size.height} />
          )}
          {size && (
            <svg
              ref={svgRef}
              data-export
              width={size.width}
              height={size.height}
              aria-label={t.network.graphLabel}
              className="absolute inset-0 z-10 font-sans"
            >
              <EdgeLayer
                graph={graph}
                edges={svgEdges}
                screen={scene.screen}
                emphasis={emphasis}
                anchorName={anchor}
                scale={scene.markScale}
                tip={tip?.kind === 'edge' ? { id: tipId, target: tip.target } : null}
                handlers={afterClick(ui.edgeHandlers)}
              />
              <NodeLayer
                graph={graph}
                screen={scene.screen}
                radius={scene.radius}
                labels={scene.labels}
                emphasis={emphasis}
                pressed={pressed}
                rovingId={ui.rovingId}
                tip={tip?.kind === 'node' ? { id: tipId, target: tip.target } : null}
                handlers={afterClick(ui.nodeHandlers)}
                shapes={!scene.large}
              />
            </svg>
          )}
          {layout.pending && (
            <p role="status" className="absolute top-2 left-2 z-30 rounded bg-white/90 px-2 py-1 text-xs text-slate-700 shadow">
              {t.network.layingOut}
            </p>
          )}
        </div>
        {shownTip && (tipNode || tipEdge) && size && (
          <Tooltip id={tipId} x={shownTip.x} y={shownTip.y} containerWidth={size.width} {...tipProps}>
            {tipNode ? <NodeTip node={tipNode} pressed={pressed.has(tipNode.id)} /> : <EdgeTip graph={graph} edge={tipEdge!} />}
          </Tooltip>
        )}
        {popEdge && popover && size && (
          <EdgePopover
            graph={graph}
            edge={popEdge}
            x={popover.x}
            y={popover.y}
            containerWidth={size.width}
            containerHeight={size.height}
            onClose={ui.closePopover}
          />
        )}
      </div>
      <Legend graph={graph} />
    </>
  );
}

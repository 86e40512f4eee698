import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface ZoomOptions {
  scaleExtent?: [number, number];
}

export interface ZoomController {
  update(options: ZoomOptions): void;
  /** Zoom about the centre, for the buttons. */
  zoomBy(factor: number): void;
  /** Pan by screen pixels, e.g. to bring a focused node into view. */
  panBy(dx: number, dy: number): void;
  reset(): void;
  destroy(): void;
}

/**
 * d3-zoom on an element, framework-free: wheel, pinch and background drag report a
 * transform; a press that starts on an actor (`[data-node]`) is left to node dragging.
 * (The timeline keeps a similar controller in src/lib/timeline/; they could merge.)
 */
export function createZoomController({
  node,
  onZoom,
  scaleExtent = [0.2, 8],
}: {
  node: HTMLElement;
  onZoom: (t: ZoomTransform) => void;
} & ZoomOptions): ZoomController {
  const behaviour: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .scaleExtent(scaleExtent)
    .filter((event: MouseEvent | WheelEvent | TouchEvent) => {
      const target = event.target as Element | null;
      if (event.type !== 'wheel' && target?.closest?.('[data-node], [data-no-zoom]')) return false;
      return (!event.ctrlKey || event.type === 'wheel') && !(event as MouseEvent).button;
    })
    .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => onZoom(e.transform));
  const selection = select(node).call(behaviour);
  return {
    update({ scaleExtent: extent }) {
      if (extent) behaviour.scaleExtent(extent);
    },
    zoomBy(factor) {
      behaviour.scaleBy(selection, factor);
    },
    panBy(dx, dy) {
      const k = zoomTransform(node).k;
      behaviour.translateBy(selection, dx / k, dy / k);
    },
    reset() {
      behaviour.transform(selection, zoomIdentity);
    },
    destroy() {
      selection.on('.zoom', null);
    },
  };
}

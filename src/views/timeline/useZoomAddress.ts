import { useEffect, useRef, type RefObject } from 'react';
import type { Stretch } from '../../lib/timeline/density';
import type { BaseScale, ZoomView } from '../../lib/timeline/scale';
import type { ZoomController } from '../../lib/zoom/controller';
import { parseZoom, viewForZoom, zoomParam } from '../../lib/timeline/zoom-param';
import { getUrlState, setUrlState, useUrlValue } from '../../state/url-store';

/** How long the plot must rest before its zoom is written to the address. */
const SETTLE_MS = 300;

/**
 * The zoom kept in the address (key `zoom`), apart from the time-window filter: written once
 * the plot has come to rest, followed when the address changes (a link, Back, Forward).
 */
export function useZoomAddress(args: {
  controller: RefObject<ZoomController | null>;
  base: BaseScale | null;
  view: ZoomView;
  moved: boolean;
  extent: readonly [number, number];
  first: Stretch | null;
}) {
  const { controller, base, view, moved, extent, first } = args;
  const param = useUrlValue((s) => s.zoom);
  const known = useRef(param);

  useEffect(() => {
    if (!base || !moved) return;
    const id = setTimeout(() => {
      const next = zoomParam(base, view, extent, first);
      known.current = next;
      if (next !== getUrlState().zoom) setUrlState({ zoom: next }, 'replace');
    }, SETTLE_MS);
    return () => clearTimeout(id);
  }, [base, view, moved, extent, first]);

  useEffect(() => {
    if (!base || param === known.current) return;
    known.current = param;
    controller.current?.set(viewForZoom(base, extent, parseZoom(param), first), { animate: true });
  }, [param, base, controller, extent, first]);
}

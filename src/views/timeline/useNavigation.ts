import { useCallback, useMemo, type RefObject } from 'react';
import { DAY_MS } from '../../data/dates';
import type { Lang } from '../../i18n/lang';
import type { Messages } from '../../i18n/messages';
import { ROW } from '../../lib/timeline/constants';
import { busiestStretch } from '../../lib/timeline/density';
import { placementY, type Packing, type TimelineModel } from '../../lib/timeline/layout';
import { markBox } from '../../lib/timeline/precision';
import {
  IDENTITY,
  screenX,
  viewCentredOn,
  viewForRange,
  zoomAbout,
  zoomBucket,
  type BaseScale,
} from '../../lib/timeline/scale';
import type { ZoomController } from '../../lib/timeline/zoom-controller';
import { spanLabel } from './labels';

interface Args {
  controller: RefObject<ZoomController | null>;
  scroller: RefObject<HTMLElement | null>;
  model: TimelineModel;
  base: BaseScale;
  packer: (bucket: number) => Packing;
  extent: readonly [number, number];
  lang: Lang;
  tl: Messages['timeline'];
}

/** Programmatic moves of the plot: zoom buttons, presets, and bringing an event on screen. */
export function useNavigation({ controller, scroller, model, base, packer, extent, lang, tl }: Args) {
  /** Pan (keeping the zoom) and scroll the lanes so that an event is on screen. */
  const reveal = useCallback(
    (id: string) => {
      const c = controller.current;
      const sc = scroller.current;
      const e = model.indexOf.get(id);
      if (!c || !sc || e === undefined) return;
      const v = c.get();
      const mk = model.marks[e]!;
      const box = markBox(mk.shape, screenX(base, v, mk.t0), screenX(base, v, mk.t1));
      if (box.right < 8 || box.left > base.width - 8) c.set(viewCentredOn(base, v.k, box.left > base.width ? mk.t0 : mk.t1), base);
      const y = placementY(model, packer(zoomBucket(v.k)), model.first[e]!);
      if (y - ROW < sc.scrollTop || y + ROW > sc.scrollTop + sc.clientHeight) sc.scrollTo({ top: y - sc.clientHeight / 2 });
    },
    [controller, scroller, model, base, packer],
  );

  /** Zoom about an event when it is on screen (the selection, say), else about the centre. */
  const zoomBy = useCallback(
    (factor: number, aboutId: string | null) => {
      const c = controller.current;
      if (!c) return;
      const v = c.get();
      const e = aboutId ? model.indexOf.get(aboutId) : undefined;
      let at = base.width / 2;
      if (e !== undefined) {
        const x = screenX(base, v, model.marks[e]!.t0);
        if (x >= 0 && x <= base.width) at = x;
      }
      c.set(zoomAbout(base, v, factor, at), base);
    },
    [controller, model, base],
  );

  const fitAll = useCallback(() => controller.current?.set(IDENTITY, base), [controller, base]);
  const zoomTo = useCallback((from: number, to: number) => controller.current?.set(viewForRange(base, from, to), base), [controller, base]);

  // The first view fits everything; the busiest stretch is one click away.
  const busiest = useMemo(() => {
    const span = extent[1] - extent[0];
    return busiestStretch(model, Math.min(180 * DAY_MS, Math.max(7 * DAY_MS, span / 40)));
  }, [model, extent]);
  const busiestLabels = useMemo(() => {
    if (!busiest) return null;
    const span = spanLabel(busiest.from, busiest.to, lang);
    return { label: tl.busiest(span), long: tl.busiestLong(span, busiest.count) };
  }, [busiest, lang, tl]);
  const zoomToBusiest = useCallback(() => {
    if (busiest) zoomTo(busiest.from, busiest.to);
  }, [busiest, zoomTo]);

  return { reveal, zoomBy, fitAll, zoomTo, busiestLabels, zoomToBusiest };
}

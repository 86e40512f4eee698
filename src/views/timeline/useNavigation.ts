import { useCallback, useMemo, type RefObject } from 'react';
import { ROW } from '../../lib/timeline/constants';
import type { Stretch } from '../../lib/timeline/density';
import { placementY, type Packing, type TimelineModel } from '../../lib/timeline/layout';
import { focusRange, lensX, viewForFocus, type Lens } from '../../lib/timeline/lens';
import { markBox } from '../../lib/timeline/precision';
import { IDENTITY, viewCentredOn, zoomAbout, type BaseScale, type ZoomView } from '../../lib/timeline/scale';
import type { ZoomController } from '../../lib/zoom/controller';
import { firstView } from '../../lib/timeline/zoom-param';
import { useLang, useT } from '../../state/i18n';
import { spanLabel } from './labels';

interface Args {
  controller: RefObject<ZoomController | null>;
  scroller: RefObject<HTMLElement | null>;
  model: TimelineModel;
  base: BaseScale;
  /** The lens and the packing a view would be drawn with. */
  lensFor: (v: ZoomView) => Lens;
  packingFor: (v: ZoomView) => Packing;
  extent: readonly [number, number];
  first: Stretch | null;
}

/** Programmatic moves of the plot: zoom buttons, presets, and bringing an event on screen. */
export function useNavigation({ controller, scroller, model, base, lensFor, packingFor, extent, first }: Args) {
  const lang = useLang();
  const tl = useT().timeline;
  /** Pan (keeping the zoom) and scroll the lanes so that an event is on screen. */
  const reveal = useCallback(
    (id: string) => {
      const c = controller.current;
      const sc = scroller.current;
      const e = model.indexOf.get(id);
      if (!c || !sc || e === undefined) return;
      const v = c.get();
      const l = lensFor(v);
      const mk = model.marks[e]!;
      // A mark in a compressed segment is on screen already: it stays where it is.
      const box = markBox(mk.shape, lensX(l, mk.t0), lensX(l, mk.t1));
      if (box.right < 8 || box.left > base.width - 8) c.set(viewCentredOn(base, v.k, box.left > base.width ? mk.t0 : mk.t1), { animate: true });
      const y = placementY(model, packingFor(v), model.first[e]!);
      if (y - ROW < sc.scrollTop || y + ROW > sc.scrollTop + sc.clientHeight) sc.scrollTo({ top: y - sc.clientHeight / 2 });
    },
    [controller, scroller, model, base, lensFor, packingFor],
  );

  /** Zoom about an event when it is in the focus (the selection, say), else about the focus's centre. */
  const zoomBy = useCallback(
    (factor: number, aboutId: string | null) => {
      const c = controller.current;
      if (!c) return;
      const v = c.get();
      const l = lensFor(v);
      const lo = l.left ? l.left.x1 : 0;
      const hi = l.right ? l.right.x0 : base.width;
      const e = aboutId ? model.indexOf.get(aboutId) : undefined;
      let at = (lo + hi) / 2;
      if (e !== undefined) {
        const x = lensX(l, model.marks[e]!.t0);
        if (x >= lo && x <= hi) at = x;
      }
      c.set(zoomAbout(base, v, factor, at), { animate: true });
    },
    [controller, model, base, lensFor],
  );

  const fitAll = useCallback(() => controller.current?.set(IDENTITY, { animate: true }), [controller]);
  const zoomTo = useCallback((from: number, to: number) => controller.current?.set(viewForFocus(base, from, to, extent), { animate: true }), [controller, base, extent]);

  /** What a compressed segment holds, at the zoom's own scale, beside what the focus shows. */
  const showBeyond = useCallback(
    (side: 'left' | 'right') => {
      const c = controller.current;
      if (!c) return;
      const [f0, f1] = focusRange(lensFor(c.get()));
      if (side === 'left') zoomTo(extent[0], f1);
      else zoomTo(f0, extent[1]);
    },
    [controller, lensFor, zoomTo, extent],
  );

  // The first view is the busiest stretch; its button brings it back.
  const busiestLabels = useMemo(() => {
    if (!first) return null;
    const span = spanLabel(first.from, first.to, lang);
    return { label: tl.busiest(span), long: tl.busiestLong(span, first.count) };
  }, [first, lang, tl]);
  const zoomToBusiest = useCallback(() => {
    if (first) controller.current?.set(firstView(base, extent, first), { animate: true });
  }, [first, controller, base, extent]);

  return { reveal, zoomBy, fitAll, zoomTo, showBeyond, busiestLabels, zoomToBusiest };
}

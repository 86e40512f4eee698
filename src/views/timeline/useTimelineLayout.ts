import { useCallback, useMemo, useState, type RefObject } from 'react';
import { packingBucket } from '../../lib/timeline/bucket';
import { firstStretch } from '../../lib/timeline/density';
import { buildModel, createPacker, MAX_ROWS, unpacked } from '../../lib/timeline/layout';
import type { LaneMode } from '../../lib/timeline/lanes';
import { gutterFor, makeLens } from '../../lib/timeline/lens';
import { baseScale, maxZoom, zoomBucket, type ZoomView } from '../../lib/timeline/scale';
import { parseZoom, viewForZoom } from '../../lib/timeline/zoom-param';
import { useDatasetIndex } from '../../state/dataset-context';
import { useLang } from '../../state/i18n';
import { getUrlState } from '../../state/url-store';
import { titleReserve } from './title-metrics';
import { usePrepack } from './usePrepack';
import { useZoomAddress } from './useZoomAddress';
import { useZoomView } from './useZoomView';

/**
 * The chart's layout for the plot's width: the model (once per dataset and lane mode), the
 * zoom, its lens (the zoom with what lies beyond it compressed at the edges) and the row
 * packing for it (once per zoom bucket, the next ones packed while idle). All computed in
 * src/lib/timeline; this hook only keeps each until what it depends on changes.
 */
export function useTimelineLayout(mode: LaneMode, width: number, scroller: RefObject<HTMLElement | null>) {
  const index = useDatasetIndex();
  const lang = useLang();
  // Nothing is packed or culled until the plot has a width: the first render has none.
  const measured = width > 0;
  const extent = index.extent;
  const base = useMemo(() => baseScale(extent, Math.max(1, width)), [extent, width]);
  const gutter = gutterFor(base.width);
  const model = useMemo(() => buildModel(index, mode), [index, mode]);

  // The first view: the densest stretch, or the zoom a link asks for (read once; later
  // changes of the address reach the plot through useZoomAddress).
  const first = useMemo(() => firstStretch(model, extent), [model, extent]);
  const [startZoom] = useState(() => parseZoom(getUrlState().zoom));
  const initial = useMemo(() => viewForZoom(base, extent, startZoom, first), [base, extent, startZoom, first]);
  const { view, controller, moved } = useZoomView(scroller, measured ? base : null, initial);
  useZoomAddress({ controller, base: measured ? base : null, view, moved, extent, first });

  // Room for each title beside its mark, kept when rows are packed (an estimate, per language).
  const reserve = useMemo(() => Float64Array.from(index.events, (ev) => titleReserve(ev.title[lang])), [index, lang]);
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
  const packing = packer(packingBucket(model, lens));
  usePrepack(measured ? packer : null, zoomBucket(view.k), maxZoom(base));
  const height = packing.laneTop[packing.laneTop.length - 1]!;

  return { measured, extent, base, model, first, view, controller, lens, packing, lensFor, packingFor, height };
}

export type TimelineLayout = ReturnType<typeof useTimelineLayout>;

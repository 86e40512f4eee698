import { useMemo } from 'react';
import type { Lang } from '../../i18n/lang';
import type { Messages } from '../../i18n/messages';
import { FEW_BEYOND } from '../../lib/thresholds';
import { countBeyond, type Packing, type TimelineModel } from '../../lib/timeline/layout';
import { lensRange, type Lens } from '../../lib/timeline/lens';
import { axisTicks, type AxisTicks } from '../../lib/timeline/ticks';
import { titleRows } from '../../lib/timeline/title-rows';
import { placeTitles, type PlacedTitle } from '../../lib/timeline/titles';
import { dayLabel, rangeLabel, yearsLabel } from './labels';
import type { SegmentInfo } from './Segments';
import { titleSizes, useTitleFontReady } from './title-metrics';

const NO_TITLES: PlacedTitle[] = [];

/**
 * The titles on screen, placed from the positions of every mark there before anything is
 * drawn; measured in the web font once it is in, estimated until then.
 */
export function useTitles(a: {
  measured: boolean;
  model: TimelineModel;
  packing: Packing;
  lens: Lens;
  inView: ArrayLike<number>;
  inFilter: Uint8Array;
  top: number;
  height: number;
  titleOf: (e: number) => string;
  floors: Float64Array;
  priority: readonly number[];
}): readonly PlacedTitle[] {
  const { measured, model, packing, lens, inView, inFilter, top, height, titleOf, floors, priority } = a;
  const fontReady = useTitleFontReady();
  const sizes = useMemo(() => titleSizes(titleOf, fontReady, floors), [titleOf, fontReady, floors]);
  return useMemo(() => {
    if (!measured) return NO_TITLES;
    // A segment crowded past FEW_BEYOND is a density: no titles there, and none run into it.
    const [before, after] = countBeyond(model, lens.left ? lens.left.t1 : -Infinity, lens.right ? lens.right.t0 : Infinity);
    const blocked: [number, number][] = [];
    if (before + after > FEW_BEYOND) for (const seg of [lens.left, lens.right]) if (seg) blocked.push([seg.x0, seg.x1]);
    const rows = titleRows(model, packing, lens, { drawn: inView, wanted: inFilter, top, height, blocked });
    return placeTitles(rows, sizes, { width: lens.base.width, priority });
  }, [measured, model, packing, lens, inView, inFilter, top, height, sizes, priority]);
}

/**
 * The axis as the lens draws it: ticks for the focus only, the compressed segments with
 * what they hold (counted among the events in the filters), and the axis's spoken name.
 */
export function useAxisParts(lens: Lens, included: readonly number[], model: TimelineModel, lang: Lang, tl: Messages['timeline']) {
  const segments = useMemo((): SegmentInfo[] => {
    const out: SegmentInfo[] = [];
    for (const [side, seg] of [['left', lens.left], ['right', lens.right]] as const) {
      if (!seg) continue;
      let count = 0;
      for (const e of included) {
        const mk = model.marks[e]!;
        if (side === 'left' ? mk.t0 < seg.t1 : mk.t1 > seg.t0) count++;
      }
      out.push({ side, x0: seg.x0, x1: seg.x1, count, short: yearsLabel(seg.t0, seg.t1, seg.x1 - seg.x0 < 70), range: rangeLabel(seg.t0, seg.t1, lang) });
    }
    return out;
  }, [lens.left, lens.right, included, model, lang]);

  const [vFrom, vTo] = lensRange(lens);
  const x0 = lens.left ? lens.left.x1 : 0;
  const x1 = lens.right ? lens.right.x0 : lens.base.width;
  const a = lens.left ? lens.left.t1 : vFrom;
  const z = lens.right ? lens.right.t0 : vTo;
  const ticks = useMemo((): AxisTicks => {
    const inner = axisTicks(a, z, Math.max(1, x1 - x0), lang);
    const shift = (tk: AxisTicks['ticks'][number]) => ({ ...tk, x: tk.x + x0 });
    return { unit: inner.unit, ticks: inner.ticks.map(shift), context: inner.context.map(shift) };
  }, [a, z, x0, x1, lang]);

  const axisLabel = [
    tl.axis(
      dayLabel(lens.focus[0], lang),
      dayLabel(lens.focus[1], lang),
      [...ticks.context, ...ticks.ticks].map((tk) => tk.label).filter(Boolean).join(', '),
    ),
    ...segments.map((s) => tl.axisSegment(s.side, s.range, s.count)),
  ].join('; ');
  return { segments, ticks, axisLabel };
}

import { useCallback, useMemo } from 'react';
import { focusTicks, segmentCounts, titleBlocks } from '../../lib/timeline/frame-plan';
import type { Packing, TimelineModel } from '../../lib/timeline/layout';
import type { Lens } from '../../lib/timeline/lens';
import { titleRows } from '../../lib/timeline/title-rows';
import { placeTitles, type PlacedTitle } from '../../lib/timeline/titles';
import { useDatasetIndex } from '../../state/dataset-context';
import { useLang, useT } from '../../state/i18n';
import { useFontReady } from '../../ui/fonts';
import { dayLabel, rangeLabel, yearsLabel } from './labels';
import type { SegmentInfo } from './Segments';
import { titleFloor, titleSizes } from './title-metrics';

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
  onScreen: ArrayLike<number>;
  inFilter: Uint8Array;
  top: number;
  height: number;
  priority: readonly number[];
}): { titles: readonly PlacedTitle[]; titleOf: (e: number) => string } {
  const { measured, model, packing, lens, onScreen, inFilter, top, height, priority } = a;
  const index = useDatasetIndex();
  const lang = useLang();
  const titleOf = useCallback((e: number) => index.events[e]!.title[lang], [index, lang]);
  const floors = useMemo(() => Float64Array.from(index.events, (ev) => titleFloor(ev.title[lang])), [index, lang]);
  const fontReady = useFontReady();
  const sizes = useMemo(() => titleSizes(titleOf, fontReady, floors), [titleOf, fontReady, floors]);
  const titles = useMemo(() => {
    if (!measured) return NO_TITLES;
    const rows = titleRows(model, packing, lens, { drawn: onScreen, wanted: inFilter, top, height, blocked: titleBlocks(model, lens) });
    return placeTitles(rows, sizes, { width: lens.base.width, priority });
  }, [measured, model, packing, lens, onScreen, inFilter, top, height, sizes, priority]);
  return { titles, titleOf };
}

/**
 * The axis as the lens draws it: ticks for the focus only, the compressed segments with
 * what they hold (counted among the events in the filters), and the axis's spoken name.
 */
export function useAxisParts(lens: Lens, included: readonly number[], model: TimelineModel) {
  const lang = useLang();
  const tl = useT().timeline;
  const segments = useMemo(
    (): SegmentInfo[] =>
      segmentCounts(model, lens, included).map(({ side, x0, x1, t0, t1, count }) => ({
        side,
        x0,
        x1,
        count,
        short: yearsLabel(t0, t1, x1 - x0 < 70),
        range: rangeLabel(t0, t1, lang),
      })),
    [lens, included, model, lang],
  );
  const ticks = useMemo(() => focusTicks(lens, lang), [lens, lang]);
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

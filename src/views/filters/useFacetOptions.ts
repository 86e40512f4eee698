import { useCallback, useMemo } from 'react';
import { EVENT_KINDS, PRECISIONS } from '../../data/enums';
import { facetCount, type Facet } from '../../lib/facets';
import { SIDE_COLORS } from '../../lib/sides';
import { useDatasetIndex } from '../../state/dataset-context';
import { filterKey, type VisibleEvents } from '../../state/filters';
import { useLang, useT } from '../../state/i18n';
import type { PickerOption } from './Picker';
import { compareNames } from '../../lib/collate';

function byCountThenLabel(a: PickerOption, b: PickerOption) {
  return b.count - a.count || compareNames(a.label, b.label);
}

/** Counts for one facet, computed only while `enabled` (its picker is open). */
export function useFacetCount(visible: VisibleEvents, facet: Facet, enabled = true): ReadonlyMap<string, number> | null {
  const index = useDatasetIndex();
  const key = filterKey(visible.filter);
  return useMemo(
    () => (enabled ? facetCount(index, visible.filter, facet) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the filter's content
    [index, key, facet, enabled],
  );
}

/** Turns a facet's counts into picker options, in the interface language. */
export function useOptionBuilders() {
  const index = useDatasetIndex();
  const lang = useLang();
  const common = useT().common;
  const actors = useCallback(
    (counts: ReadonlyMap<string, number>): PickerOption[] =>
      index.dataset.actors
        .map((a) => ({
          id: a.id,
          label: a.name,
          count: counts.get(a.id) ?? 0,
          color: SIDE_COLORS[a.side],
          keywords: a.aliases.join(' '),
        }))
        .sort(byCountThenLabel),
    [index],
  );
  const topics = useCallback(
    (counts: ReadonlyMap<string, number>): PickerOption[] =>
      index.dataset.topics.map((t) => ({ id: t.id, label: t.label[lang], count: counts.get(t.id) ?? 0 })).sort(byCountThenLabel),
    [index, lang],
  );
  const kinds = useCallback(
    (counts: ReadonlyMap<string, number>): PickerOption[] =>
      EVENT_KINDS.map((k) => ({ id: k, label: common.eventKinds[k], count: counts.get(k) ?? 0 })),
    [common],
  );
  const precisions = useCallback(
    (counts: ReadonlyMap<string, number>): PickerOption[] =>
      PRECISIONS.map((p) => ({ id: p, label: common.precisions[p], count: counts.get(p) ?? 0 })),
    [common],
  );
  return useMemo(() => ({ actors, topics, kinds, precisions }), [actors, topics, kinds, precisions]);
}

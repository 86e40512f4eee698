import { useMemo } from 'react';
import { EVENT_KINDS, PRECISIONS } from '../../data/enums';
import { facetCounts } from '../../lib/facets';
import { SIDE_COLORS } from '../../lib/sides';
import { useDatasetIndex } from '../../state/dataset-context';
import { filterKey, type VisibleEvents } from '../../state/filters';
import { useLang, useT } from '../../state/i18n';
import type { PickerOption } from './Picker';

function byCountThenLabel(a: PickerOption, b: PickerOption) {
  return b.count - a.count || a.label.localeCompare(b.label);
}

/** Picker options with counts, rebuilt only when the filter or the language changes. */
export function useFacetOptions(visible: VisibleEvents) {
  const index = useDatasetIndex();
  const lang = useLang();
  const common = useT().common;
  const key = filterKey(visible.filter);
  return useMemo(() => {
    const counts = facetCounts(index, visible.filter);
    const actors: PickerOption[] = index.dataset.actors
      .map((a) => ({
        id: a.id,
        label: a.name,
        count: counts.actors.get(a.id) ?? 0,
        color: SIDE_COLORS[a.side],
        keywords: a.aliases.join(' '),
      }))
      .sort(byCountThenLabel);
    const topics: PickerOption[] = index.dataset.topics
      .map((t) => ({ id: t.id, label: t.label[lang], count: counts.topics.get(t.id) ?? 0 }))
      .sort(byCountThenLabel);
    const kinds: PickerOption[] = EVENT_KINDS.map((k) => ({
      id: k,
      label: common.eventKinds[k],
      count: counts.kinds.get(k) ?? 0,
    })).filter((o) => o.count > 0 || visible.filter.kinds.includes(o.id as never));
    const precisions: PickerOption[] = PRECISIONS.map((p) => ({
      id: p,
      label: common.precisions[p],
      count: counts.precisions.get(p) ?? 0,
    }));
    return { actors, topics, kinds, precisions, statuses: counts.statuses };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the filter's content
  }, [index, key, lang, common]);
}

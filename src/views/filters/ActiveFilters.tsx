import type { DatasetIndex } from '../../lib/dataset-index';
import type { EventFilter } from '../../lib/filter';
import { formatDay } from '../../lib/format-date';
import { useLang, useT } from '../../state/i18n';
import type { UrlState } from '../../state/url-state';
import { setUrlState } from '../../state/url-store';
import { DEFAULT_URL_STATE } from '../../state/url-state';

interface Chip {
  key: string;
  facet: string;
  value: string;
  color?: string;
  remove: () => void;
}

interface Props {
  index: DatasetIndex;
  url: UrlState;
  filter: EventFilter;
  actorColor: (id: string) => string | undefined;
}

/** Every active filter as a removable chip, plus "Clear all". */
export function ActiveFilters({ index, url, filter, actorColor }: Props) {
  const t = useT();
  const tf = t.filters;
  const lang = useLang();
  const chips: Chip[] = [];
  for (const id of filter.actors)
    chips.push({
      key: `a:${id}`,
      facet: tf.actors,
      value: index.actorById.get(id)!.name,
      color: actorColor(id),
      remove: () => setUrlState((s) => ({ actors: s.actors.filter((a) => a !== id) })),
    });
  for (const id of filter.topics)
    chips.push({
      key: `t:${id}`,
      facet: tf.topics,
      value: index.topicById.get(id)!.label[lang],
      remove: () => setUrlState((s) => ({ topics: s.topics.filter((a) => a !== id) })),
    });
  for (const k of filter.kinds)
    chips.push({
      key: `k:${k}`,
      facet: tf.kinds,
      value: t.common.eventKinds[k],
      remove: () => setUrlState((s) => ({ kinds: s.kinds.filter((a) => a !== k) })),
    });
  for (const p of filter.precisions)
    chips.push({
      key: `p:${p}`,
      facet: tf.precisions,
      value: t.common.precisions[p],
      remove: () => setUrlState((s) => ({ precisions: s.precisions.filter((a) => a !== p) })),
    });
  for (const s of filter.statuses)
    chips.push({
      key: `s:${s}`,
      facet: tf.status,
      value: t.common.statuses[s],
      remove: () => setUrlState((u) => ({ statuses: u.statuses.filter((a) => a !== s) })),
    });
  if (url.from || url.to)
    chips.push({
      key: 'w',
      facet: tf.window,
      value: `${url.from ? formatDay(url.from, lang) : '…'} – ${url.to ? formatDay(url.to, lang) : '…'}`,
      remove: () => setUrlState({ from: null, to: null }),
    });
  if (url.q.trim())
    chips.push({ key: 'q', facet: tf.search, value: `“${url.q.trim()}”`, remove: () => setUrlState({ q: '' }) });

  if (!chips.length) return null;

  const clearAll = () =>
    setUrlState(
      {
        actors: DEFAULT_URL_STATE.actors,
        actorMatch: DEFAULT_URL_STATE.actorMatch,
        topics: DEFAULT_URL_STATE.topics,
        kinds: DEFAULT_URL_STATE.kinds,
        statuses: DEFAULT_URL_STATE.statuses,
        precisions: DEFAULT_URL_STATE.precisions,
        from: null,
        to: null,
        q: '',
      },
      'push',
    );

  return (
    <div className="flex w-full flex-wrap items-center gap-1.5 sm:w-auto">
      <h3 className="sr-only">{tf.activeFilters}</h3>
      <ul aria-label={tf.activeFilters} className="flex flex-wrap gap-1.5">
        {chips.map((c) => (
          <li key={c.key} className="flex items-center rounded-full border border-slate-300 bg-slate-100 py-0.5 pr-0.5 pl-2.5 text-xs text-slate-800">
            {c.color && <span aria-hidden="true" className="mr-1.5 size-2 rounded-full" style={{ background: c.color }} />}
            <span className="text-slate-600">{c.facet}:</span>
            <span className="ml-1 font-medium">{c.value}</span>
            <button
              type="button"
              onClick={c.remove}
              aria-label={tf.removeFilter(c.facet, c.value)}
              className="ml-1 flex size-6 items-center justify-center rounded-full text-slate-600 hover:bg-slate-300 hover:text-slate-950"
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={clearAll} className="min-h-6 rounded px-2 py-0.5 text-xs font-semibold text-slate-800 underline hover:text-slate-950">
        {tf.clearAll}
      </button>
    </div>
  );
}

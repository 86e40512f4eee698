import { useId, useState } from 'react';
import { EVENT_STATUSES } from '../../data/enums';
import type { EventKind, EventStatus, Precision } from '../../data/schema';
import { toggled } from '../../lib/list';
import { SIDE_COLORS } from '../../lib/sides';
import { useDatasetIndex } from '../../state/dataset-context';
import { toggleActorFilter, toggleTopicFilter, useLiveFilter, useVisibleEvents } from '../../state/filters';
import { setHover } from '../../state/hover';
import { useT } from '../../state/i18n';
import { setUrlState, useUrlState } from '../../state/url-store';
import { Segmented } from '../../ui/Segmented';
import { ActiveFilters } from './ActiveFilters';
import { ExportMenu } from './ExportMenu';
import { Picker } from './Picker';
import { useFacetCount, useOptionBuilders } from './useFacetOptions';

// Module-level, so the pickers' rows see the same handlers on every render (they are memoised).
const hoverActor = (id: string | null) => setHover({ actorId: id });
const toggleKind = (k: string) => setUrlState((s) => ({ kinds: toggled(s.kinds, k as EventKind) }));
const togglePrecision = (p: string) => setUrlState((s) => ({ precisions: toggled(s.precisions, p as Precision) }));

/** Actor, topic, kind, precision and status filters, shared by all three views via the URL. */
export function FilterBar() {
  const t = useT();
  const tf = t.filters;
  const url = useUrlState();
  const visible = useVisibleEvents();
  const index = useDatasetIndex();
  const build = useOptionBuilders();
  const statusCounts = useFacetCount(visible, 'statuses')!;
  // The controls show the filter as clicked; counts follow the views (deferred).
  const filter = useLiveFilter();
  const [expanded, setExpanded] = useState(false);
  const controlsId = useId();
  const active =
    filter.actors.length + filter.topics.length + filter.kinds.length + filter.precisions.length + filter.statuses.length;

  return (
    <nav aria-label={tf.barLabel} className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-4 py-2">
      {/* On a phone the pickers fold away behind one button; the chips stay in view. On a wide
          screen everything shares one row, so choosing a filter does not resize the views. */}
      <div className="flex w-full items-center gap-2 sm:hidden">
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={controlsId}
          onClick={() => setExpanded(!expanded)}
          className="flex min-h-8 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800"
        >
          {tf.showFilters}
          {active > 0 && <span className="rounded-full bg-slate-800 px-1.5 text-xs text-white">{active}</span>}
          <span aria-hidden="true" className="text-xs">
            {expanded ? '▴' : '▾'}
          </span>
        </button>
        <div className="ml-auto">
          <ExportMenu />
        </div>
      </div>
      <div id={controlsId} className={`${expanded ? 'flex' : 'hidden'} w-full flex-wrap items-center gap-2 sm:contents`}>
        <Picker
          label={tf.actors}
          facet="actors"
          visible={visible}
          makeOptions={build.actors}
          selected={filter.actors}
          onToggle={toggleActorFilter}
          onHover={hoverActor}
        />
        {filter.actors.length > 1 && (
          <Segmented
            label={tf.matchLabel}
            value={url.actorMatch}
            options={[
              { value: 'any', label: tf.matchAny },
              { value: 'all', label: tf.matchAll },
            ]}
            onChange={(actorMatch) => setUrlState({ actorMatch })}
          />
        )}
        <Picker
          label={tf.topics}
          facet="topics"
          visible={visible}
          makeOptions={build.topics}
          selected={filter.topics}
          onToggle={toggleTopicFilter}
        />
        <Picker
          label={tf.kinds}
          facet="kinds"
          visible={visible}
          makeOptions={build.kinds}
          selected={filter.kinds}
          searchable={false}
          hideEmpty
          onToggle={toggleKind}
        />
        <Picker
          label={tf.precisions}
          facet="precisions"
          visible={visible}
          makeOptions={build.precisions}
          selected={filter.precisions}
          searchable={false}
          onToggle={togglePrecision}
        />
        <div role="group" aria-label={tf.status} className="inline-flex overflow-hidden rounded-md border border-slate-300">
          {EVENT_STATUSES.map((s: EventStatus) => (
            <button
              key={s}
              type="button"
              aria-pressed={filter.statuses.includes(s)}
              onClick={() => setUrlState((u) => ({ statuses: toggled(u.statuses, s) }))}
              className={`min-h-8 px-2.5 py-1 text-sm font-medium ${
                filter.statuses.includes(s) ? 'bg-slate-800 text-white' : 'bg-white text-slate-800 hover:bg-slate-100'
              }`}
            >
              {t.common.statuses[s]}
              <span className={`ml-1 text-xs tabular-nums ${filter.statuses.includes(s) ? 'text-slate-200' : 'text-slate-600'}`}>
                <span className="sr-only">, </span>
                {tf.countOf(statusCounts.get(s) ?? 0)}
              </span>
            </button>
          ))}
        </div>
      </div>
      <ActiveFilters
        index={index}
        url={url}
        filter={filter}
        actorColor={(id) => {
          const a = index.actorById.get(id);
          return a ? SIDE_COLORS[a.side] : undefined;
        }}
      />
      <div className="ml-auto hidden sm:block">
        <ExportMenu />
      </div>
    </nav>
  );
}

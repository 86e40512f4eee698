import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import type { Facet } from '../../lib/facets';
import { fold } from '../../lib/search';
import type { VisibleEvents } from '../../state/filters';
import { useT } from '../../state/i18n';
import { usePopover } from '../../ui/usePopover';
import { useFacetCount } from './useFacetOptions';

export interface PickerOption {
  id: string;
  label: string;
  /** Events this value would show with the other filters applied. */
  count: number;
  color?: string;
  /** Extra words the search box matches (aliases). */
  keywords?: string;
}

interface Props {
  label: string;
  facet: Facet;
  visible: VisibleEvents;
  /** Options from the facet's counts; called only while the picker is open, and not on a click. */
  makeOptions: (counts: ReadonlyMap<string, number>) => PickerOption[];
  selected: readonly string[];
  onToggle: (id: string) => void;
  onHover?: (id: string | null) => void;
  searchable?: boolean;
  /** Leave out values no visible event has, unless they are selected. */
  hideEmpty?: boolean;
}

const MAX_SHOWN = 150;
const DEFER_OVER = 300;

/** A searchable multi-select: a disclosure button opening a list of checkboxes with counts. */
export function Picker({ label, facet, visible, makeOptions, selected, onToggle, onHover, searchable = true, hideEmpty = false }: Props) {
  const t = useT().filters;
  const { open, setOpen, close, buttonRef, panelRef } = usePopover();
  const counts = useFacetCount(visible, facet, open);
  // The options follow the counts, which follow the views (deferred): a click re-renders only
  // the checkbox it changed, not a sorted list of every value.
  const all = useMemo(() => (counts ? makeOptions(counts) : []), [counts, makeOptions]);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const panelId = useId();
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const options = useMemo(() => (hideEmpty ? all.filter((o) => o.count > 0 || selectedSet.has(o.id)) : all), [all, hideEmpty, selectedSet]);

  const folded = useMemo(() => options.map((o) => fold(`${o.label} ${o.keywords ?? ''}`)), [options]);
  // A long list follows typing a beat behind, so keys never wait for it; a short one at once,
  // so Tab after typing lands in the list as it reads.
  const effective = options.length > DEFER_OVER ? deferred : query;
  const matches = useMemo(() => {
    const q = fold(effective.trim());
    return q ? options.filter((_, i) => folded[i]!.includes(q)) : options;
  }, [effective, options, folded]);
  const shown = matches.slice(0, MAX_SHOWN);

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className={`flex min-h-8 items-center gap-1.5 rounded-md border px-2.5 py-1 text-sm font-medium ${
          selected.length ? 'border-slate-800 bg-slate-800 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'
        }`}
      >
        {label}
        {selected.length > 0 && (
          <span className="rounded-full bg-white px-1.5 text-xs text-slate-900">
            <span className="sr-only">, {t.selectedCount(selected.length)}</span>
            <span aria-hidden="true">{selected.length}</span>
          </span>
        )}
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </button>
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          className="absolute top-full left-0 z-40 mt-1 flex max-h-[70vh] w-80 max-w-[calc(100vw-1.5rem)] flex-col rounded-lg border border-slate-300 bg-white shadow-xl"
        >
          {/* A div, not a fieldset: a fieldset in a flex column neither shrinks to the panel's
              height nor to its width (its min-inline-size is min-content), so the list drew past
              the panel instead of scrolling. */}
          <div role="group" aria-label={label} className="flex min-h-0 flex-1 flex-col">
            {searchable && (
              <div className="border-b border-slate-200 p-2">
                <input
                  type="search"
                  autoFocus
                  aria-label={t.searchIn(label)}
                  placeholder={t.searchIn(label)}
                  value={query}
                  onChange={(e) => setQuery(e.target.value)}
                  className="w-full rounded border border-slate-300 px-2 py-1 text-sm"
                />
              </div>
            )}
            <ul className="min-h-0 flex-1 overflow-auto py-1" onMouseLeave={() => onHover?.(null)}>
              {shown.map((o, i) => (
                <PickerRow
                  key={o.id}
                  option={o}
                  checked={selectedSet.has(o.id)}
                  autoFocus={!searchable && i === 0}
                  countLabel={t.countOf(o.count)}
                  onToggle={onToggle}
                  onHover={onHover}
                />
              ))}
              {shown.length === 0 && <li className="px-3 py-2 text-sm text-slate-600">{t.noMatches}</li>}
              {matches.length > shown.length && (
                <li className="px-3 py-2 text-xs text-slate-600">{t.moreHidden(matches.length - shown.length)}</li>
              )}
            </ul>
          </div>
          <div className="border-t border-slate-200 p-2 text-right">
            <button type="button" onClick={() => close()} className="rounded px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100">
              {t.done}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

interface RowProps {
  option: PickerOption;
  checked: boolean;
  autoFocus: boolean;
  countLabel: string;
  onToggle: (id: string) => void;
  onHover?: (id: string | null) => void;
}

// Memoised: a click re-renders the one row it toggled, not the other 149 (the handlers
// passed in are stable).
const PickerRow = memo(function PickerRow({ option: o, checked, autoFocus, countLabel, onToggle, onHover }: RowProps) {
  return (
    <li>
      <label className="flex cursor-pointer items-center gap-2 px-3 py-1.5 text-sm hover:bg-slate-100" onMouseEnter={() => onHover?.(o.id)}>
        <input
          type="checkbox"
          checked={checked}
          onChange={() => onToggle(o.id)}
          onFocus={() => onHover?.(o.id)}
          autoFocus={autoFocus}
          className="size-4 accent-slate-800"
        />
        {o.color && <span aria-hidden="true" className="size-2.5 shrink-0 rounded-full" style={{ background: o.color }} />}
        <span className="min-w-0 flex-1 truncate" title={o.label}>
          {o.label}
        </span>
        <span className="text-xs text-slate-600 tabular-nums">
          <span className="sr-only">, </span>
          {countLabel}
        </span>
      </label>
    </li>
  );
});

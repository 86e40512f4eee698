import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { collectQuoteGroups, groupsForQuoteLimit, type QuoteGroup, type SpeakerSide } from '../../lib/quotes/collect';
import { SIDE_ORDER } from '../../lib/sides';
import { useDatasetIndex } from '../../state/dataset-context';
import { useVisibleEvents } from '../../state/filters';
import { setHover, useHover } from '../../state/hover';
import { useT } from '../../state/i18n';
import { useUrlValue } from '../../state/url-store';
import { groupDomId } from './dom-ids';
import { QuoteGroupCard } from './QuoteGroupCard';

/** About this many quotes per page: 10,000 events never become 30,000 blockquotes at once. */
const PAGE_QUOTES = 40;
const SIDE_CHOICES: readonly SpeakerSide[] = [...SIDE_ORDER, 'unnamed'];


/** With nothing selected: the quotes of the events that survive the filters, in time order. */
export function QuoteList({ onOpen }: { onOpen: (eventId: string) => void }) {
  const index = useDatasetIndex();
  const t = useT();
  const { ids } = useVisibleEvents();
  const query = useUrlValue((s) => s.q);
  const hover = useHover();
  const [side, setSide] = useState<SpeakerSide | null>(null);
  const all = useMemo(() => collectQuoteGroups(index, ids, null), [index, ids]);
  const active = side !== null && all.sides.has(side) ? side : null;
  const shown = useMemo(() => (active === null ? all : collectQuoteGroups(index, ids, active)), [index, ids, all, active]);

  const [page, setPage] = useState({ groups: shown.groups, limit: PAGE_QUOTES });
  if (page.groups !== shown.groups) setPage({ groups: shown.groups, limit: PAGE_QUOTES });
  const count = groupsForQuoteLimit(shown.groups, page.limit);
  const visible = shown.groups.slice(0, count);

  const sideOptions = SIDE_CHOICES.filter((s) => all.sides.has(s)).map((s) => ({
    value: s as SpeakerSide | null,
    label: `${s === 'unnamed' ? t.quotes.unnamedSide : t.common.sides[s]} (${all.sides.get(s)})`,
  }));

  const showMore = () => {
    const firstNew = shown.groups[count]?.eventId;
    flushSync(() => setPage({ groups: shown.groups, limit: page.limit + PAGE_QUOTES }));
    if (firstNew) document.getElementById(groupDomId(firstNew))?.focus();
  };

  return (
    <section aria-labelledby="quotes-list-heading" className="px-3 py-3">
      <h3 id="quotes-list-heading" className="text-sm font-semibold text-slate-900">
        {t.quotes.listHeading}
      </h3>
      <p className="mt-0.5 text-xs text-slate-700" aria-live="polite">
        {shown.quoteCount > 0
          ? t.quotes.listSummary(shown.quoteCount, shown.groups.length)
          : query.trim()
            ? t.quotes.noMatchesQuery(query.trim())
            : t.quotes.noMatches}
      </p>
      {sideOptions.length > 1 && (
        <div role="group" aria-labelledby="quotes-said-by" className="mt-2 flex flex-wrap items-center gap-1.5">
          <span id="quotes-said-by" className="mr-0.5 text-xs font-medium text-slate-700">
            {t.quotes.saidBy}
          </span>
          {[{ value: null, label: t.quotes.everyone }, ...sideOptions].map((o) => (
            <button
              key={o.value ?? 'all'}
              type="button"
              aria-pressed={active === o.value}
              onClick={() => setSide(o.value)}
              className={`min-h-7 rounded-full border px-2.5 text-xs font-medium ${
                active === o.value ? 'border-slate-800 bg-slate-800 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'
              }`}
            >
              {o.label}
            </button>
          ))}
        </div>
      )}
      <ol className="mt-3 space-y-3">
        {visible.map((g) => (
          <GroupItem key={g.eventId} group={g} query={query} hoverEvent={hover.eventId} hoverActor={hover.actorId} onOpen={onOpen} />
        ))}
      </ol>
      {count < shown.groups.length && (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={showMore}
            className="h-8 rounded-md border border-slate-400 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100"
          >
            {t.quotes.showMore}
          </button>
          <span className="text-xs text-slate-700">{t.quotes.showing(count, shown.groups.length)}</span>
        </div>
      )}
    </section>
  );
}

interface ItemProps {
  group: QuoteGroup;
  query: string;
  hoverEvent: string | null;
  hoverActor: string | null;
  onOpen: (eventId: string) => void;
}

/** Narrows the hover state to what this item shows, so one hover re-renders one item. */
function GroupItem({ group, query, hoverEvent, hoverActor, onOpen }: ItemProps) {
  const hoveredSpeaker = hoverActor !== null && group.quotes.some((q) => q.quote.speakerId === hoverActor) ? hoverActor : null;
  return (
    <li>
      <QuoteGroupCard
        group={group}
        query={query}
        hovered={hoverEvent === group.eventId}
        hoveredSpeaker={hoveredSpeaker}
        onOpen={onOpen}
        onHover={setHover}
      />
    </li>
  );
}

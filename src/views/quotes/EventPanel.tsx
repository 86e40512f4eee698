import { useMemo } from 'react';
import { describePrecision, formatEventDate } from '../../lib/format-date';
import { accountsOf } from '../../lib/quotes/accounts';
import { quoteRefs, type QuoteRef } from '../../lib/quotes/quote-ref';
import { SIDE_COLORS } from '../../lib/sides';
import { useDatasetIndex } from '../../state/dataset-context';
import { toggleActorFilter, toggleTopicFilter } from '../../state/filters';
import { setHover, useHover } from '../../state/hover';
import { useLang, useT } from '../../state/i18n';
import { setUrlState, useUrlValue } from '../../state/url-store';
import { CompareAccounts } from './CompareAccounts';
import { EVENT_HEADING_ID } from './dom-ids';
import { Marked } from './Marked';
import { QuoteCard } from './QuoteCard';
import { StatusBadge } from './StatusBadge';

interface Props {
  eventId: string;
  onBack: () => void;
  onRead: (item: QuoteRef, opener: HTMLElement) => void;
}

const CHIP = 'inline-flex min-h-7 items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs';

/** The selected event: what, when (and how we know), who, and every quote in full. */
export function EventPanel({ eventId, onBack, onRead }: Props) {
  const index = useDatasetIndex();
  const lang = useLang();
  const t = useT();
  const query = useUrlValue((s) => s.q);
  const filteredActors = useUrlValue((s) => s.actors);
  const filteredTopics = useUrlValue((s) => s.topics);
  const hoverActor = useHover().actorId;
  const ev = index.eventById.get(eventId)!;
  const items = useMemo(() => quoteRefs(ev), [ev]);
  const accounts = useMemo(() => accountsOf(ev, index.actorById), [ev, index]);
  const comparing = useUrlValue((s) => s.quotesView) === 'compare' && accounts !== null;
  const precision = describePrecision(ev.date, lang);

  return (
    <article aria-labelledby={EVENT_HEADING_ID} className="@container px-3 py-3">
      <button type="button" onClick={onBack} className="mb-2 inline-flex h-7 items-center gap-1 rounded text-xs font-medium text-slate-700 underline-offset-2 hover:text-slate-950 hover:underline">
        <span aria-hidden="true">←</span> {t.quotes.backToList}
      </button>
      <p className="text-[0.6875rem] font-semibold tracking-wide text-slate-700 uppercase">
        {t.quotes.selectedEvent} · {t.common.eventKinds[ev.kind]}
      </p>
      <h3 id={EVENT_HEADING_ID} tabIndex={-1} className="mt-0.5 text-base leading-snug font-semibold text-slate-950">
        <Marked text={ev.title[lang]} query={query} />
      </h3>
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-xs text-slate-800">
        <dt className="text-slate-700">{t.quotes.date}</dt>
        <dd>
          <span className="font-medium">{formatEventDate(ev.date, lang)}</span>
          <details className="mt-0.5">
            <summary className="inline-flex min-h-6 cursor-pointer items-center text-slate-700 underline decoration-dotted underline-offset-2 hover:text-slate-950">
              {t.quotes.dateBasis}
            </summary>
            <p className="mt-1 rounded bg-slate-100 px-2 py-1.5 leading-relaxed">
              <span className="font-medium">{t.quotes.precision}: </span>
              {precision}
              <br />
              <span lang="en">{ev.date.basis}</span>
            </p>
          </details>
        </dd>
        <dt className="text-slate-700">{t.quotes.status}</dt>
        <dd>
          <StatusBadge status={ev.status} />
        </dd>
        <dt className="text-slate-700">{t.quotes.location}</dt>
        <dd>{ev.location ? ev.location[lang] : <span className="italic">{t.common.unknown}</span>}</dd>
      </dl>
      <p className="mt-2 text-sm leading-relaxed text-slate-800">
        <Marked text={ev.summary[lang]} query={query} />
      </p>

      <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
        <h4 className="text-xs font-semibold text-slate-900">{t.quotes.quotesHeading(items.length)}</h4>
        {accounts && (
          <button
            type="button"
            aria-pressed={comparing}
            onClick={() => setUrlState({ quotesView: comparing ? 'list' : 'compare' })}
            className="inline-flex min-h-7 items-center rounded-md border border-slate-400 bg-white px-2.5 text-xs font-medium text-slate-800 hover:bg-slate-100 aria-pressed:border-slate-800 aria-pressed:bg-slate-800 aria-pressed:text-white"
          >
            {t.quotes.compareAccounts}
          </button>
        )}
      </div>
      {comparing && accounts ? (
        <CompareAccounts accounts={accounts} query={query} />
      ) : (
        <ul className="mt-1.5 space-y-3">
          {items.map((item) => (
            <li key={item.key}>
              <QuoteCard
                ev={ev}
                item={item}
                query={query}
                lit={hoverActor !== null && item.quote.speakerId === hoverActor}
                onRead={onRead}
              />
            </li>
          ))}
        </ul>
      )}
      <h4 className="mt-4 text-xs font-semibold text-slate-900">{t.quotes.actors}</h4>
      <p className="text-[0.6875rem] text-slate-700">{t.quotes.actorsHint}</p>
      <ul className="mt-1 flex flex-wrap gap-1.5">
        {ev.actors.map(({ id, role }) => {
          const actor = index.actorById.get(id);
          if (!actor) return null;
          const on = filteredActors.includes(id);
          return (
            <li key={id}>
              <button
                type="button"
                aria-pressed={on}
                onClick={() => toggleActorFilter(id)}
                onPointerEnter={() => setHover({ actorId: id })}
                onPointerLeave={() => setHover({ actorId: null })}
                onFocus={() => setHover({ actorId: id })}
                onBlur={() => setHover({ actorId: null })}
                className={`${CHIP} ${on ? 'border-slate-800 bg-slate-800 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'}`}
              >
                <span aria-hidden="true" className="size-2 rounded-full" style={{ backgroundColor: SIDE_COLORS[actor.side] }} />
                <span className="font-medium">{actor.name}</span>
                <span className={on ? 'text-slate-200' : 'text-slate-600'}>{t.common.actorRoles[role]}</span>
              </button>
            </li>
          );
        })}
      </ul>

      {ev.topics.length > 0 && (
        <>
          <h4 className="mt-3 text-xs font-semibold text-slate-900">{t.quotes.topics}</h4>
          <ul className="mt-1 flex flex-wrap gap-1.5">
            {ev.topics.map((id) => {
              const topic = index.topicById.get(id);
              if (!topic) return null;
              const on = filteredTopics.includes(id);
              return (
                <li key={id}>
                  <button
                    type="button"
                    aria-pressed={on}
                    onClick={() => toggleTopicFilter(id)}
                    className={`${CHIP} ${on ? 'border-slate-800 bg-slate-800 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'}`}
                  >
                    {topic.label[lang]}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}

    </article>
  );
}

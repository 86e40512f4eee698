import { memo, useMemo } from 'react';
import type { Hover } from '../../state/hover';
import { formatEventDate } from '../../lib/format-date';
import type { QuoteGroup } from '../../lib/quotes/collect';
import { fold } from '../../lib/search';
import { useDatasetIndex } from '../../state/dataset-context';
import { useLang, useT } from '../../state/i18n';
import { groupDomId, openButtonId } from './dom-ids';
import { Marked } from './Marked';
import { Speaker } from './Speaker';
import { StatusBadge } from './StatusBadge';

interface Props {
  group: QuoteGroup;
  query: string;
  hovered: boolean;
  hoveredSpeaker: string | null;
  onOpen: (eventId: string) => void;
  onHover: (h: Partial<Hover>) => void;
}

const has = (text: string, q: string) => q !== '' && fold(text).includes(q);

/** One event in the list: its title, date and quotes, and a button that opens it. */
export const QuoteGroupCard = memo(function QuoteGroupCard({ group, query, hovered, hoveredSpeaker, onOpen, onHover }: Props) {
  const index = useDatasetIndex();
  const lang = useLang();
  const t = useT();
  const ev = index.eventById.get(group.eventId)!;
  const title = ev.title[lang];
  const q = useMemo(() => fold(query.trim()), [query]);
  const headingId = `quotes-group-${ev.id}-title`;
  const leave = () => onHover({ eventId: null });
  return (
    <article
      id={groupDomId(ev.id)}
      tabIndex={-1}
      aria-labelledby={headingId}
      onPointerEnter={() => onHover({ eventId: ev.id })}
      onPointerLeave={leave}
      onFocus={() => onHover({ eventId: ev.id })}
      onBlur={leave}
      className={`rounded-md border p-2.5 ${hovered ? 'border-amber-400 bg-amber-50/60' : 'border-slate-200'}`}
    >
      <header className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <h4 id={headingId} className="text-sm leading-snug font-semibold text-slate-900">
            <Marked text={title} query={query} />
          </h4>
          <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-700">
            <span>{formatEventDate(ev.date, lang)}</span>
            <StatusBadge status={ev.status} />
          </p>
        </div>
        <button
          type="button"
          id={openButtonId(ev.id)}
          onClick={() => onOpen(ev.id)}
          aria-label={t.quotes.openEventNamed(title)}
          className="h-8 shrink-0 rounded-md border border-slate-400 bg-white px-2.5 text-xs font-medium text-slate-800 hover:bg-slate-100"
        >
          {t.quotes.openEvent}
        </button>
      </header>
      {has(ev.summary[lang], q) && (
        <p className="mt-1.5 text-xs text-slate-700">
          <span className="font-medium">{t.quotes.summaryMatch}: </span>
          <Marked text={ev.summary[lang]} query={query} />
        </p>
      )}
      <ul className="mt-2 space-y-2">
        {group.quotes.map(({ key, quote }) => {
          const lit = hoveredSpeaker !== null && quote.speakerId === hoveredSpeaker;
          return (
            <li key={key}>
              <figure className={`rounded border-l-4 py-1 pr-1 pl-2.5 ${lit ? 'border-amber-500 bg-amber-50' : 'border-slate-300'}`}>
                <blockquote
                  lang={index.sourceById.get(quote.sourceId)?.lang ?? 'es'}
                  className="text-sm leading-relaxed break-words whitespace-pre-wrap text-slate-900"
                >
                  <Marked text={quote.text} query={query} />
                </blockquote>
                {has(quote.translation.en, q) && (
                  <p lang="en" className="mt-1 text-xs text-slate-700">
                    <span className="font-medium">{t.quotes.translationLabel}: </span>
                    <Marked text={quote.translation.en} query={query} />
                  </p>
                )}
                <figcaption className="mt-1">
                  <Speaker speakerId={quote.speakerId} kind={quote.kind} />
                </figcaption>
              </figure>
            </li>
          );
        })}
      </ul>
    </article>
  );
});

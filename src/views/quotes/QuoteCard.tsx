import { memo, useId, useState } from 'react';
import type { DatasetEvent } from '../../data/schema';
import { formatDay, formatEventDate } from '../../lib/format-date';
import { citationText, safeHttpUrl } from '../../lib/quotes/citation';
import type { QuoteRef } from '../../lib/quotes/quote-ref';
import { fold } from '../../lib/search';
import { useDatasetIndex } from '../../state/dataset-context';
import { useLang, useT } from '../../state/i18n';
import { CopyCitation } from './CopyCitation';
import { quoteCardId } from './dom-ids';
import { Marked } from './Marked';
import { QuoteContext } from './QuoteContext';
import { Speaker } from './Speaker';

interface Props {
  ev: DatasetEvent;
  item: QuoteRef;
  query: string;
  /** A hovered actor (in any view) said this. */
  lit: boolean;
  onRead: (item: QuoteRef, opener: HTMLElement) => void;
}

export const BUTTON =
  'inline-flex h-8 items-center gap-1.5 rounded-md border border-slate-400 bg-white px-2.5 text-xs font-medium text-slate-800 hover:bg-slate-100';

/** One quote of the selected event, with its context, translation, source and citation. */
export const QuoteCard = memo(function QuoteCard({ ev, item, query, lit, onRead }: Props) {
  const index = useDatasetIndex();
  const lang = useLang();
  const t = useT();
  const { quote } = item;
  const source = index.sourceById.get(quote.sourceId);
  const q = fold(query.trim());
  const matches = q !== '' && fold(quote.translation.en).includes(q);
  const [open, setOpen] = useState<boolean | null>(null);
  const showTranslation = open ?? matches;
  const translationId = useId();
  const unknown = <span className="italic">{t.common.unknown}</span>;
  const url = safeHttpUrl(source?.url ?? null);

  const unnamed = quote.kind === 'passage' ? t.common.articleVoice : t.common.speakerUnnamed;
  const speakerName = quote.speakerId ? (index.actorById.get(quote.speakerId)?.name ?? unnamed) : unnamed;
  const buildCitation = () =>
    citationText(
      {
        quote: quote.text,
        speaker: speakerName,
        kind: t.common.quoteKinds[quote.kind].toLowerCase(),
        publisher: source?.publisher ?? null,
        published: source?.published ? formatDay(source.published, lang) : null,
        title: source?.title ?? null,
        url: source?.url ?? null,
        file: source?.file ?? quote.sourceId,
        start: quote.start,
        end: quote.end,
        eventTitle: ev.title[lang],
        eventDate: formatEventDate(ev.date, lang),
        link: `${window.location.origin}${window.location.pathname}${window.location.search}`,
      },
      { ...t.quotes.citation, unknown: t.common.unknown, location: t.quotes.offsets },
    );

  return (
    <article
      id={quoteCardId(item.key)}
      tabIndex={-1}
      aria-label={`${t.quotes.speaker}: ${speakerName}`}
      data-lit={lit ? '' : undefined}
      className={`scroll-mt-2 rounded-md border p-2.5 ${lit ? 'border-amber-400 bg-amber-50/70' : 'border-slate-200 bg-white'}`}
    >
      <Speaker speakerId={quote.speakerId} kind={quote.kind} />
      <div className="mt-1.5 grid gap-2 @lg:grid-cols-2">
        <blockquote
          lang={source?.lang ?? 'es'}
          className="border-l-4 border-slate-700 pl-2.5 text-[0.9375rem] leading-relaxed break-words whitespace-pre-wrap text-slate-950"
        >
          <Marked text={quote.text} query={query} />
        </blockquote>
        {showTranslation && (
          <div id={translationId} lang="en" className="rounded bg-slate-100 px-2.5 py-1.5">
            <p className="text-[0.6875rem] font-semibold tracking-wide text-slate-700 uppercase">{t.quotes.translationLabel}</p>
            <p className="text-sm leading-relaxed text-slate-800">
              <Marked text={quote.translation.en} query={query} />
            </p>
          </div>
        )}
      </div>
      <div className="mt-2 rounded border border-dashed border-slate-300 px-2 py-1.5">
        <p className="text-[0.6875rem] font-semibold tracking-wide text-slate-700 uppercase">{t.quotes.context}</p>
        <QuoteContext quote={quote} query={query} lang={source?.lang ?? 'es'} />
      </div>
      <p className="mt-2 text-xs leading-relaxed text-slate-700">
        <span className="font-medium text-slate-800">{t.quotes.source}: </span>
        {source?.publisher ?? unknown}
        {' · '}
        {t.quotes.published} {source?.published ? formatDay(source.published, lang) : unknown}
        {' · '}
        {t.quotes.sourceTitle}: {source?.title ? `“${source.title}”` : unknown}
        {url && (
          <>
            {' · '}
            <a href={url} target="_blank" rel="noopener noreferrer" className="text-blue-800 underline">
              {t.quotes.originalArticle}
            </a>
          </>
        )}
        <br />
        <span className="font-mono text-[0.6875rem] wrap-anywhere">
          {t.quotes.offsets(source?.file ?? quote.sourceId, quote.start, quote.end)}
        </span>
      </p>
      {source?.notes && (
        <details className="mt-1 text-xs text-slate-700">
          <summary className="cursor-pointer font-medium text-slate-800 underline decoration-dotted">{t.quotes.aboutSource}</summary>
          <p className="mt-1 leading-relaxed">{source.notes}</p>
        </details>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button
          type="button"
          aria-expanded={showTranslation}
          aria-controls={showTranslation ? translationId : undefined}
          onClick={() => setOpen(!showTranslation)}
          className={BUTTON}
        >
          {showTranslation ? t.quotes.hideTranslation : t.quotes.showTranslation}
        </button>
        <button type="button" onClick={(e) => onRead(item, e.currentTarget)} className={BUTTON}>
          {t.quotes.readInSource}
        </button>
        <CopyCitation build={buildCitation} className={BUTTON} />
      </div>
    </article>
  );
});

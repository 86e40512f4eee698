import { useCallback, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { formatDay } from '../../lib/format-date';
import { quotesBySource, type QuoteRef } from '../../lib/quotes/quote-ref';
import { readerLines } from '../../lib/quotes/reader';
import { findMatches } from '../../lib/search';
import { useDatasetIndex } from '../../state/dataset-context';
import { useLang, useT } from '../../state/i18n';
import { READER_STYLE, ReaderText } from './ReaderText';

interface Props {
  sourceId: string;
  current: QuoteRef;
  query: string;
  onClose: () => void;
  onPick: (item: QuoteRef) => void;
}

/**
 * The whole source in a modal dialog (native <dialog>: the page behind is inert, Escape
 * closes), every passage the dataset uses highlighted and clickable, the current one in view.
 */
export function SourceReader({ sourceId, current, query, onClose, onPick }: Props) {
  const index = useDatasetIndex();
  const lang = useLang();
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const id = useId();
  const source = index.sourceById.get(sourceId);
  const text = index.texts.get(sourceId);
  const lines = useMemo(
    () => (text === undefined ? [] : readerLines(text, quotesBySource(index).get(sourceId) ?? [], findMatches(text, query))),
    [index, sourceId, text, query],
  );
  const titleOf = useCallback((eventId: string) => index.eventById.get(eventId)?.title[lang] ?? eventId, [index, lang]);

  useLayoutEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) d.showModal();
    const root = body.current;
    const here = root?.querySelector<HTMLElement>('[data-current]') ?? root?.querySelector<HTMLElement>('[data-in-current]');
    if (here) {
      here.focus({ preventScroll: true });
      here.scrollIntoView({ block: 'center' });
    }
  }, []);

  const unknown = t.common.unknown;
  const legend = [
    [READER_STYLE.current, t.quotes.legendCurrent],
    [READER_STYLE.event, t.quotes.legendEvent],
    [READER_STYLE.other, t.quotes.legendOther],
  ] as const;

  return (
    <dialog
      ref={dialog}
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onClose={onClose}
      className="m-auto h-dvh max-h-none w-screen max-w-none flex-col bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/60 open:flex sm:h-[min(90dvh,56rem)] sm:w-[calc(100vw-2rem)] sm:max-w-3xl sm:rounded-lg"
    >
      <header className="flex items-start gap-3 border-b border-slate-200 px-4 py-3">
        <div className="min-w-0 flex-1">
          <h2 id={`${id}-title`} className="text-base font-semibold text-slate-950">
            {t.quotes.readerTitle}
          </h2>
          <p className="text-xs text-slate-700">
            {source?.publisher ?? unknown} · {t.quotes.published}{' '}
            {source?.published ? formatDay(source.published, lang) : unknown} · {t.quotes.sourceTitle}:{' '}
            {source?.title ? `“${source.title}”` : unknown}{' '}
            <span className="font-mono text-[0.6875rem] wrap-anywhere">({source?.file ?? sourceId})</span>
          </p>
        </div>
        <button
          type="button"
          onClick={() => dialog.current?.close()}
          className="h-8 shrink-0 rounded-md border border-slate-400 px-3 text-sm font-medium text-slate-800 hover:bg-slate-100"
        >
          {t.common.close}
        </button>
      </header>
      <div ref={body} className="min-h-0 flex-1 overflow-y-auto px-4 py-3">
        <p id={`${id}-intro`} className="text-xs text-slate-700">
          {t.quotes.readerIntro}
        </p>
        <ul className="mt-1.5 mb-4 flex flex-wrap gap-x-3 gap-y-1 border-b border-slate-200 pb-3 text-xs text-slate-800">
          {legend.map(([cls, label]) => (
            <li key={label} className="flex items-center gap-1.5">
              <span aria-hidden="true" className={`inline-block h-3 w-5 rounded-sm ${cls}`} />
              {label}
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-3 w-5 border-b-2 border-slate-900" />
            {t.quotes.legendNested}
          </li>
        </ul>
        <div lang={source?.lang ?? 'es'} className="text-[0.9375rem] leading-7">
          {text === undefined ? (
            <p>{t.quotes.missingSource}</p>
          ) : (
            <ReaderText text={text} lines={lines} current={current} titleOf={titleOf} onPick={onPick} />
          )}
        </div>
      </div>
    </dialog>
  );
}

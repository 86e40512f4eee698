import { useDatasetIndex } from '../../state/dataset-context';
import { useReportDrawn } from '../../state/ready';
import { Suspense, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { QuoteRef } from '../../lib/quotes/quote-ref';
import { selectEvent, useSelectedEventId } from '../../state/filters';
import { useUrlValue } from '../../state/url-store';
import { lazyWithRetry } from '../../ui/lazy-retry';
import { EVENT_HEADING_ID, openButtonId, quoteCardId } from './dom-ids';
import { EventPanel } from './EventPanel';
import { QuoteList } from './QuoteList';
import { SearchBox } from './SearchBox';

// The reader is opened on demand: its code is not part of the page's first download. If it
// cannot be downloaded, the quotes region says so (its error boundary) and offers Try again.
const SourceReader = lazyWithRetry(() => import('./SourceReader').then((m) => m.SourceReader));

function focusById(id: string, block: ScrollLogicalPosition = 'nearest') {
  const el = document.getElementById(id);
  if (!el) return false;
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block });
  return true;
}

/**
 * Sources and quotes: with an event selected, its quotes verbatim and in context; with none,
 * the quotes of every event the filters leave, in time order. The search box is shared.
 */
export function QuotesView() {
  useReportDrawn(useDatasetIndex(), 'quotes');
  const selected = useSelectedEventId();
  const query = useUrlValue((s) => s.q);
  const [reader, setReader] = useState<QuoteRef | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const lastOpened = useRef<string | null>(null);

  // A new selection (from any view) starts at the top of the panel. Not on mount: writing
  // scrollTop forces a layout of the whole page in the middle of the first commit, and a new
  // scroller is at the top anyway.
  const shownFor = useRef(selected);
  useLayoutEffect(() => {
    if (shownFor.current === selected) return;
    shownFor.current = selected;
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [selected]);

  // Each handler moves focus itself once React has rendered the new state (flushSync),
  // so keyboard users land on what they asked for instead of on <body>.
  const open = useCallback((eventId: string) => {
    lastOpened.current = eventId;
    flushSync(() => selectEvent(eventId));
    focusById(EVENT_HEADING_ID, 'start');
  }, []);

  const back = useCallback(() => {
    const from = lastOpened.current ?? selected;
    flushSync(() => selectEvent(null));
    if (!(from && focusById(openButtonId(from), 'center'))) focusById('quotes-list-heading');
  }, [selected]);

  const read = useCallback((item: QuoteRef, el: HTMLElement) => {
    opener.current = el;
    setReader(item);
  }, []);

  const closeReader = useCallback(() => {
    setReader(null);
    opener.current?.focus();
  }, []);

  const pick = useCallback((item: QuoteRef) => {
    lastOpened.current = item.eventId;
    flushSync(() => {
      setReader(null);
      selectEvent(item.eventId);
    });
    if (!focusById(quoteCardId(item.key), 'start')) focusById(EVENT_HEADING_ID, 'start');
  }, []);

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <SearchBox />
      <div ref={scroller} className="min-h-0 flex-1 overflow-y-auto">
        {selected ? (
          <EventPanel key={selected} eventId={selected} onBack={back} onRead={read} />
        ) : (
          <QuoteList onOpen={open} />
        )}
      </div>
      {reader && (
        <Suspense fallback={null}>
          <SourceReader
            sourceId={reader.quote.sourceId}
            current={reader}
            query={query}
            onClose={closeReader}
            onPick={pick}
          />
        </Suspense>
      )}
    </div>
  );
}

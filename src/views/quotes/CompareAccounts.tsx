import { useId } from 'react';
import type { Accounts } from '../../lib/quotes/accounts';
import type { QuoteRef } from '../../lib/quotes/quote-ref';
import { SIDE_COLORS } from '../../lib/sides';
import { useDatasetIndex } from '../../state/dataset-context';
import { useT } from '../../state/i18n';
import { Marked } from './Marked';
import { BUTTON } from './QuoteCard';
import { Speaker } from './Speaker';

interface Props {
  accounts: Accounts;
  query: string;
  onRead: (item: QuoteRef, opener: HTMLElement) => void;
}

/**
 * The sides' accounts of one event in columns (stacked on a narrow screen): each headed by
 * its side and speakers, each quote verbatim in the source's language with our translation.
 */
export function CompareAccounts({ accounts, query, onRead }: Props) {
  const t = useT();
  const index = useDatasetIndex();
  const base = useId();
  return (
    <div className="mt-2">
      <p className="text-xs text-slate-700">{t.quotes.compareHint}</p>
      <div role="group" aria-label={t.quotes.accountsLabel} className="mt-2 grid gap-3 @md:auto-cols-fr @md:grid-flow-col lg:auto-cols-fr lg:grid-flow-col">
        {accounts.sides.map((acc) => {
          const headingId = `${base}-${acc.side}`;
          const names = acc.speakers.map((id) => index.actorById.get(id)?.name ?? id);
          return (
            <section
              key={acc.side}
              aria-labelledby={headingId}
              className="min-w-0 rounded-md border-t-4 border-r border-b border-l border-slate-200 bg-white p-2"
              style={{ borderTopColor: SIDE_COLORS[acc.side] }}
            >
              <h5 id={headingId} className="text-sm font-semibold" style={{ color: SIDE_COLORS[acc.side] }}>
                {t.common.sides[acc.side]}
              </h5>
              <p className="text-xs text-slate-700">{names.length === 1 ? t.quotes.speakersOne(names[0]!) : t.quotes.speakers(names.join(', '))}</p>
              <ul className="mt-2 space-y-3">
                {acc.quotes.map((item) => {
                  const source = index.sourceById.get(item.quote.sourceId);
                  return (
                    <li key={item.key}>
                      <Speaker speakerId={item.quote.speakerId} kind={item.quote.kind} />
                      <blockquote
                        lang={source?.lang ?? 'es'}
                        className="mt-1 border-l-4 border-slate-700 pl-2 text-sm leading-relaxed break-words whitespace-pre-wrap text-slate-950"
                      >
                        <Marked text={item.quote.text} query={query} />
                      </blockquote>
                      <div lang="en" className="mt-1.5 rounded bg-slate-100 px-2 py-1">
                        <p className="text-[0.6875rem] font-semibold tracking-wide text-slate-700 uppercase">{t.quotes.translationLabel}</p>
                        <p className="text-xs leading-relaxed text-slate-800">
                          <Marked text={item.quote.translation.en} query={query} />
                        </p>
                      </div>
                      <button type="button" onClick={(e) => onRead(item, e.currentTarget)} className={`${BUTTON} mt-1.5`}>
                        {t.quotes.readInSource}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
      {accounts.unattributed.length > 0 && <p className="mt-2 text-xs text-slate-700">{t.quotes.unattributedNote(accounts.unattributed.length)}</p>}
    </div>
  );
}

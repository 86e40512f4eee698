import { useId } from 'react';
import type { Accounts } from '../../lib/quotes/accounts';
import { SIDE_COLORS } from '../../lib/sides';
import { useDatasetIndex } from '../../state/dataset-context';
import { useT } from '../../state/i18n';
import { Marked } from './Marked';
import { Speaker } from './Speaker';

/**
 * The sides' accounts of one event in columns (stacked on a narrow screen): each headed by
 * its side and speakers, each quote verbatim in the source's language with our translation.
 * Context, source and citation stay in the list of quotes, one click away.
 */
export function CompareAccounts({ accounts, query }: { accounts: Accounts; query: string }) {
  const t = useT();
  const index = useDatasetIndex();
  const base = useId();
  return (
    <>
      <div role="group" aria-label={t.quotes.accountsLabel} className="mt-2 grid gap-3 @md:auto-cols-fr @md:grid-flow-col lg:auto-cols-fr lg:grid-flow-col">
        {accounts.sides.map((acc) => (
          <section key={acc.side} aria-labelledby={`${base}${acc.side}`} className="min-w-0 rounded-md border border-t-4 border-slate-200 p-2" style={{ borderTopColor: SIDE_COLORS[acc.side] }}>
            <h5 id={`${base}${acc.side}`} className="text-sm font-semibold" style={{ color: SIDE_COLORS[acc.side] }}>
              {t.common.sides[acc.side]}
            </h5>
            <p className="text-xs text-slate-700">{t.quotes.speakers(acc.speakers.map((id) => index.actorById.get(id)?.name ?? id).join(', '), acc.speakers.length)}</p>
            <ul className="mt-2 space-y-3">
              {acc.quotes.map(({ key, quote }) => (
                <li key={key}>
                  <Speaker speakerId={quote.speakerId} kind={quote.kind} />
                  <blockquote lang={index.sourceById.get(quote.sourceId)?.lang ?? 'es'} className="mt-1 border-l-4 border-slate-700 pl-2 text-sm leading-relaxed break-words text-slate-950">
                    <Marked text={quote.text} query={query} />
                  </blockquote>
                  <div lang="en" className="mt-1.5 rounded bg-slate-100 px-2 py-1 text-xs leading-relaxed text-slate-800">
                    <p className="text-[0.6875rem] font-semibold tracking-wide text-slate-700 uppercase">{t.quotes.translationLabel}</p>
                    <Marked text={quote.translation.en} query={query} />
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {accounts.unattributed.length > 0 && <p className="mt-2 text-xs text-slate-700">{t.quotes.unattributedNote(accounts.unattributed.length)}</p>}
    </>
  );
}

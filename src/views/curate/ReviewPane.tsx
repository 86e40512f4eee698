import { useMemo, useState } from 'react';
import type { Draft } from '../../lib/curate';
import { quotePaths } from '../../lib/curate/follow';
import type { CurationDoc } from '../../lib/curate/workspace';
import { dispatchCuration } from '../../state/curation-store';
import { NewActorForm } from './ActorForm';
import { Proposals } from './Proposals';
import { QuoteList } from './QuoteList';
import { useCurateT } from './useCurateT';
import type { NewActors } from './useNewActors';
import type { WorkspaceNav } from './useWorkspaceNav';

/** The draft's proposals for the source under review, and the quotes accepted so far. */
export function ReviewPane({ doc, nav, draft, actors }: { doc: CurationDoc; nav: WorkspaceNav; draft: Draft | null; actors: NewActors }) {
  const t = useCurateT();
  const [focusQuote, setFocusQuote] = useState<string | null>(null);
  const paths = useMemo(() => quotePaths(doc.events), [doc.events]);
  const { openEvent, openIndex, source } = nav;
  return (
    <section aria-labelledby="curate-review" className="flex min-h-0 flex-col overflow-auto border-r border-slate-200">
      <h3 id="curate-review" className="border-b border-slate-200 px-3 py-1.5 text-sm font-semibold">{t.proposals}</h3>
      {actors.newActor && !actors.newActor.eventKey && <NewActorForm doc={doc} actors={actors} />}
      {draft && source && (
        <Proposals
          doc={doc}
          sourceId={source.id}
          draft={draft}
          openEvent={openEvent}
          onEditQuote={setFocusQuote}
          onNewActor={(name, alias) => actors.setNewActor({ name, alias, eventKey: null })}
          onCreateEvent={(e) => actors.createEvent(source.id, e)}
          onUseDate={(d, edit) => {
            if (!openEvent || !d.date) return;
            dispatchCuration({ type: 'updateEvent', key: openEvent.key, patch: { date: { ...d.date, origin: 'text' } } });
            if (edit) nav.follow(`events[${openIndex}].date.basis`);
          }}
        />
      )}
      <h3 className="border-y border-slate-200 px-3 py-1.5 text-sm font-semibold">{t.acceptedQuotes(doc.quotes.length)}</h3>
      <QuoteList doc={doc} focusId={focusQuote} paths={paths} />
    </section>
  );
}

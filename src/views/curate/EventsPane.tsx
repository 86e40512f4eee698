import type { Draft } from '../../lib/curate';
import type { Problem } from '../../data/problems';
import { pendingNames } from '../../lib/curate/proposals';
import { blankEvent, type CurationDoc } from '../../lib/curate/workspace';
import { dispatchCuration } from '../../state/curation-store';
import { useLang } from '../../state/i18n';
import { NewActorForm } from './ActorForm';
import { EventEditor } from './EventEditor';
import { BUTTON } from './Field';
import { ProblemList } from './ProblemList';
import { useCurateT } from './useCurateT';
import type { NewActors } from './useNewActors';
import type { WorkspaceNav } from './useWorkspaceNav';

/** The events: the list, the one open in the editor, and every problem left, each leading to its field. */
export function EventsPane({ doc, nav, draft, actors, problems }: { doc: CurationDoc; nav: WorkspaceNav; draft: Draft | null; actors: NewActors; problems: readonly Problem[] }) {
  const t = useCurateT();
  const lang = useLang();
  const { editing, setEditing, openEvent } = nav;
  return (
    <section aria-labelledby="curate-events" className="flex min-h-0 flex-col overflow-auto border-t border-slate-200 xl:border-t-0">
      <div className="flex items-center gap-2 border-b border-slate-200 px-3 py-1.5">
        <h3 id="curate-events" className="text-sm font-semibold">{t.events(doc.events.length)}</h3>
        <button
          type="button"
          className={`${BUTTON} ml-auto`}
          onClick={() => {
            setEditing(`e${doc.nextKey}`);
            dispatchCuration({ type: 'addEvent', event: blankEvent() });
          }}
        >
          {t.newEvent}
        </button>
      </div>
      <ul className="flex max-h-48 shrink-0 flex-col overflow-auto border-b border-slate-200" aria-label={t.events(doc.events.length)}>
        {doc.events.map((e) => (
          <li key={e.key}>
            <button type="button" aria-pressed={e.key === editing} className="w-full px-3 py-1 text-left text-sm hover:bg-slate-50 aria-pressed:bg-slate-100 aria-pressed:font-semibold" onClick={() => setEditing(e.key === editing ? null : e.key)}>
              {e.title[lang] || e.title.en || t.untitled}{' '}
              <span className="text-xs text-slate-600">
                {e.date.start ?? e.date.end ?? t.noDate} · {t.quoteCount(e.quoteIds.length)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {actors.newActor?.eventKey && <NewActorForm doc={doc} actors={actors} />}
      {openEvent && (
        <EventEditor
          key={openEvent.key}
          doc={doc}
          event={openEvent}
          index={nav.openIndex}
          draft={draft}
          pendingNames={pendingNames(doc, actors.pending, openEvent.key)}
          onNewActor={(name) => actors.setNewActor({ name, alias: name, eventKey: openEvent.key })}
        />
      )}
      <ProblemList problems={problems} onGo={nav.follow} />
    </section>
  );
}

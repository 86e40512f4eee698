import { useContext, useEffect, useMemo, type KeyboardEvent } from 'react';
import { curationProblems, fromDataset } from '../../lib/curate/assemble';
import { draftFor, historyKey } from '../../lib/curate/review';
import { dispatchCuration, restoreCuration, useCuration } from '../../state/curation-store';
import { DatasetContext } from '../../state/dataset-context';
import { EventsPane } from './EventsPane';
import { BUTTON, PRIMARY } from './Field';
import { ReviewPane } from './ReviewPane';
import { SourceForm } from './SourceForm';
import { SourcesPane } from './SourcesPane';
import { Toolbar } from './Toolbar';
import { useCurateT } from './useCurateT';
import { useCurationExport } from './useCurationExport';
import { useNewActors } from './useNewActors';
import { usePhone } from './usePhone';
import { useWorkspaceNav } from './useWorkspaceNav';

/** The curation workspace: sources, the draft to review, quotes, actors, events, live problems. */
export function CurationWorkspace() {
  const t = useCurateT();
  const inView = useContext(DatasetContext);
  const { state, status, saveError } = useCuration();
  // The saved work is read when the workspace first opens (once per page).
  useEffect(() => restoreCuration(), []);
  const doc = state.doc;
  const phone = usePhone();
  const nav = useWorkspaceNav(doc);
  const actors = useNewActors(doc, nav.setEditing);
  const { notice, exportJson, exportZip } = useCurationExport(doc);
  const { draft, error: draftError } = useMemo(() => draftFor(doc, nav.source), [doc, nav.source]);
  const problems = useMemo(() => curationProblems(doc), [doc]);
  const started = doc !== null && (doc.sources.length > 0 || state.past.length > 0 || state.dirty);

  const onKeyDown = (e: KeyboardEvent) => {
    const step = phone ? null : historyKey(e, (e.target as HTMLElement).tagName);
    if (!step) return;
    dispatchCuration({ type: step });
    e.preventDefault();
  };

  if (status === 'restoring') return <p className="p-4 text-sm text-slate-700" role="status">{t.restoring}</p>;

  return (
    <div className="flex min-h-0 flex-1 flex-col" onKeyDown={onKeyDown}>
      {phone && (
        <p className="border-b border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" role="note">
          {t.phoneReadOnly}
        </p>
      )}
      {saveError && (
        <p className="border-b border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" role="alert">
          {t.saveFailed(saveError)}
        </p>
      )}
      <fieldset disabled={phone} className="flex min-h-0 flex-1 flex-col">
        {started && (
          <Toolbar
            state={state}
            problems={problems.length}
            exportable={problems.length === 0 && doc.sources.length > 0}
            notice={notice}
            onExportJson={exportJson}
            onExportZip={exportZip}
          />
        )}
        {!started ? (
          <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-auto p-4">
            <h3 className="text-base font-semibold">{t.startTitle}</h3>
            <p className="max-w-prose text-sm text-slate-700">{t.startIntro}</p>
            <div className="flex flex-wrap gap-2">
              <button type="button" className={PRIMARY} disabled={!inView} onClick={() => inView && dispatchCuration({ type: 'reset', doc: fromDataset(inView.dataset, inView.texts), pristine: true })}>
                {t.startFromView}
              </button>
              <button type="button" className={BUTTON} onClick={() => nav.setAdding(true)}>
                {t.startEmpty}
              </button>
            </div>
            {nav.adding && <SourceForm takenIds={new Set()} onAdd={nav.addSource} />}
          </div>
        ) : (
          <div className="grid min-h-0 flex-1 grid-cols-1 gap-0 lg:grid-cols-[minmax(0,1.15fr)_minmax(0,1fr)] lg:grid-rows-[minmax(0,1fr)_minmax(0,1fr)] xl:grid-rows-1 xl:grid-cols-[minmax(0,1.2fr)_minmax(0,0.9fr)_minmax(0,1fr)]">
            <SourcesPane doc={doc} nav={nav} draft={draft} draftError={draftError} readOnly={phone} />
            <ReviewPane doc={doc} nav={nav} draft={draft} actors={actors} />
            <EventsPane doc={doc} nav={nav} draft={draft} actors={actors} problems={problems} />
          </div>
        )}
      </fieldset>
    </div>
  );
}

import { useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { Actor } from '../../data/schema';
import { draftArticle, DraftInputError, type Draft, type DraftEvent } from '../../lib/curate';
import { curationProblems, fromDataset, toDataset, toSelfContained } from '../../lib/curate/assemble';
import { sourceWarnings } from '../../lib/curate/source-check';
import type { CurationDoc } from '../../lib/curate/workspace';
import { datasetJson, zipDataset } from '../../lib/curate/zip';
import { downloadBlob } from '../../lib/export/download';
import { dispatchCuration, restoreCuration, useCuration } from '../../state/curation-store';
import { DatasetContext } from '../../state/dataset-context';
import { useLang } from '../../state/i18n';
import { setUrlState, useUrlValue } from '../../state/url-store';
import { ActorForm } from './ActorForm';
import { ArticleText } from './ArticleText';
import { EventEditor } from './EventEditor';
import { BUTTON, PRIMARY } from './Field';
import { ProblemList } from './ProblemList';
import { Proposals } from './Proposals';
import { QuoteList } from './QuoteList';
import { SourceDetails } from './SourceDetails';
import { SourceForm } from './SourceForm';
import { WarningList } from './WarningList';
import { Toolbar } from './Toolbar';
import { useCurateT } from './useCurateT';

const PHONE = '(max-width: 767px)';
function usePhone(): boolean {
  return useSyncExternalStore(
    (l) => {
      const m = window.matchMedia(PHONE);
      m.addEventListener('change', l);
      return () => m.removeEventListener('change', l);
    },
    () => window.matchMedia(PHONE).matches,
  );
}

function draftFor(doc: CurationDoc, sourceId: string | null): { draft: Draft | null; error: string | null } {
  const s = doc.sources.find((x) => x.id === sourceId);
  if (!s) return { draft: null, error: null };
  if (!s.published) return { draft: null, error: 'needPublished' };
  try {
    const draft = draftArticle({ text: s.text, published: s.published, body: s.body, dataset: { actors: doc.actors } });
    return { draft, error: null };
  } catch (e) {
    if (e instanceof DraftInputError) return { draft: null, error: e.message };
    throw e;
  }
}

/** The curation workspace: sources, the draft to review, quotes, actors, events, live problems. */
export function CurationWorkspace() {
  const t = useCurateT();
  const lang = useLang();
  const inView = useContext(DatasetContext);
  const { state, status, saveError } = useCuration();
  // The saved work is read when the workspace first opens (once per page).
  useEffect(() => restoreCuration(), []);
  const doc = state.doc;
  const phone = usePhone();
  // Which source is under review and which event is open live in the address, like every view's state.
  const activeSource = useUrlValue((u) => u.curateSource);
  const setActiveSource = (id: string | null) => setUrlState({ curateSource: id });
  const [adding, setAdding] = useState(false);
  const [details, setDetails] = useState(false);
  const editing = useUrlValue((u) => u.curateEvent);
  const setEditing = (key: string | null) => setUrlState({ curateEvent: key });
  const [focusQuote, setFocusQuote] = useState<string | null>(null);
  const [newActor, setNewActor] = useState<{ name: string; alias: string; eventKey: string | null } | null>(null);
  const [pending, setPending] = useState<Record<string, { name: string; role: DraftEvent['actors'][number]['role'] }[]>>({});
  const [notice, setNotice] = useState('');

  const sourceId = doc.sources.some((s) => s.id === activeSource) ? activeSource : (doc.sources[doc.sources.length - 1]?.id ?? null);
  const source = doc.sources.find((s) => s.id === sourceId) ?? null;
  const { draft, error: draftError } = useMemo(() => draftFor(doc, sourceId), [doc, sourceId]);
  const problems = useMemo(() => curationProblems(doc), [doc]);
  const quotePaths = useMemo(() => {
    const m = new Map<string, string>();
    doc.events.forEach((e, i) => e.quoteIds.forEach((q, j) => m.has(q) || m.set(q, `events[${i}].quotes[${j}]`)));
    return m;
  }, [doc.events]);
  const started = doc !== null && (doc.sources.length > 0 || state.past.length > 0 || state.dirty);

  // Following a problem: open the event that holds the field, then, once drawn, focus the
  // field (or its nearest holder).
  const goTo = useRef<string | null>(null);
  const follow = (to: string) => {
    // Relations are not edited here: a relation's event leads to that event's actors, where
    // an actor the relation needs can be put back.
    const rel = /^relations\[(\d+)\]\.eventIds\[(\d+)\]/.exec(to);
    const relEvent = rel ? doc.events.findIndex((e) => e.id === doc.relations[Number(rel[1])]?.eventIds[Number(rel[2])]) : -1;
    const path = relEvent >= 0 ? `events[${relEvent}].actors` : to;
    const ev = /^events\[(\d+)\]/.exec(path);
    const key = ev ? doc.events[Number(ev[1])]?.key : undefined;
    if (key) setEditing(key);
    const src = /^sources\[(\d+)\]/.exec(path);
    const sid = src ? doc.sources[Number(src[1])]?.id : undefined;
    if (sid) {
      setActiveSource(sid);
      setAdding(false);
      setDetails(true);
    }
    goTo.current = path;
    setFollowed((n) => n + 1);
  };
  const [followed, setFollowed] = useState(0);
  useEffect(() => {
    const path = goTo.current;
    if (!path) return;
    goTo.current = null;
    for (let p = path; ; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
      const el = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
      if (el) return el.focus();
      if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) return;
    }
  }, [followed]);

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (phone || !(e.ctrlKey || e.metaKey) || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) dispatchCuration({ type: 'undo' });
    else if ((key === 'z' && e.shiftKey) || key === 'y') dispatchCuration({ type: 'redo' });
    else return;
    e.preventDefault();
  };

  const createEvent = (d: DraftEvent) => {
    const key = `e${doc.nextKey}`;
    const actors = d.actors.filter((a) => a.actorId).map((a) => ({ id: a.actorId!, role: a.role }));
    const byOffset = new Set(d.quotes.map((q) => `${q.start}-${q.end}`));
    const quoteIds = doc.quotes.filter((q) => q.sourceId === sourceId && byOffset.has(`${q.start}-${q.end}`)).map((q) => q.id);
    dispatchCuration({
      type: 'addEvent',
      event: {
        id: '',
        kind: d.kind,
        status: d.status,
        date: d.date ? { ...d.date, origin: 'text' } : { start: null, end: null, precision: 'range', basis: '', origin: 'text' },
        title: { en: '', es: '' },
        summary: { en: '', es: '' },
        actors: [...new Map(actors.map((a) => [a.id, a])).values()],
        topics: [],
        location: null,
        quoteIds: [],
      },
    });
    // Attached one by one, so that each quote's speaker joins the event.
    for (const q of quoteIds) dispatchCuration({ type: 'attachQuote', key, quoteId: q });
    setPending((p) => ({ ...p, [key]: d.actors.filter((a) => !a.actorId).map((a) => ({ name: a.name, role: a.role })) }));
    setEditing(key);
  };

  const addActor = (a: Actor) => {
    dispatchCuration({ type: 'addActor', actor: a });
    const k = newActor?.eventKey;
    const ev = k ? doc.events.find((e) => e.key === k) : null;
    const role = k ? pending[k]?.find((p) => p.name === newActor!.name)?.role : undefined;
    if (ev && role && !ev.actors.some((x) => x.id === a.id)) dispatchCuration({ type: 'updateEvent', key: ev.key, patch: { actors: [...ev.actors, { id: a.id, role }] } });
    if (k) setPending((p) => ({ ...p, [k]: (p[k] ?? []).filter((x) => x.name !== newActor!.name) }));
    setNewActor(null);
  };

  const exported = (blob: Blob, name: string) => {
    downloadBlob(blob, name);
    dispatchCuration({ type: 'exported' });
    setNotice(t.exported(name));
  };
  const exportJson = () => exported(new Blob([datasetJson(toSelfContained(doc))], { type: 'application/json' }), 'backchannel-curated.json');
  const exportZip = () => {
    const { dataset, texts } = toDataset(doc);
    exported(new Blob([zipDataset(dataset, texts) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), 'backchannel-curated.zip');
  };

  if (status === 'restoring') return <p className="p-4 text-sm text-slate-700" role="status">{t.restoring}</p>;

  const editingEvent = doc.events.find((e) => e.key === editing) ?? null;
  const editingIndex = editingEvent ? doc.events.indexOf(editingEvent) : -1;
  const takenActors = new Set(doc.actors.map((a) => a.id));
  const exportable = problems.length === 0 && doc.sources.length > 0;
  const sourceUsed = !!source && doc.quotes.some((q) => q.sourceId === source.id);

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
            exportable={exportable}
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
              <button type="button" className={BUTTON} onClick={() => setAdding(true)}>
                {t.startEmpty}
              </button>
            </div>
            {adding && <SourceForm takenIds={new Set()} onAdd={(s) => { dispatchCuration({ type: 'addSource', source: s }); setAdding(false); setActiveSource(s.id); }} />}
          </div>
        ) : (
          <div className="grid min-h-0 flex-1 grid-cols-1 gap-0 lg:grid-cols-[minmax(0,1.15fr)_minmax(0,1fr)] lg:grid-rows-[minmax(0,1fr)_minmax(0,1fr)] xl:grid-rows-1 xl:grid-cols-[minmax(0,1.2fr)_minmax(0,0.9fr)_minmax(0,1fr)]">
            <section aria-labelledby="curate-sources" className="flex min-h-[32rem] flex-col border-r border-slate-200 lg:row-span-2 lg:min-h-0 xl:row-span-1">
              <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-1.5">
                <h3 id="curate-sources" className="text-sm font-semibold">{t.sources}</h3>
                {doc.sources.length > 1 && (
                  <select aria-label={t.reviewing} value={sourceId ?? ''} onChange={(e) => setActiveSource(e.currentTarget.value)} className="rounded border border-slate-300 text-sm">
                    {doc.sources.map((s) => (
                      <option key={s.id} value={s.id}>{s.id}</option>
                    ))}
                  </select>
                )}
                {source && (
                  <button type="button" className={`${BUTTON} ml-auto`} onClick={() => setDetails((d) => !d)} aria-expanded={details}>
                    {t.details}
                  </button>
                )}
                <button type="button" className={`${BUTTON} ${source ? '' : 'ml-auto'}`} onClick={() => setAdding((a) => !a)} aria-expanded={adding}>
                  {t.addSource}
                </button>
                {source && (
                  <span className="w-full text-xs text-slate-600">
                    {source.publisher || t.unknownValue} · {source.published || t.unknownValue} · {source.title ?? t.unknownValue} · {t.characters(source.text.length)}
                  </span>
                )}
              </div>
              {adding && (
                <SourceForm takenIds={new Set(doc.sources.map((s) => s.id))} onCancel={() => setAdding(false)} onAdd={(s) => { dispatchCuration({ type: 'addSource', source: s }); setAdding(false); setActiveSource(s.id); }} />
              )}
              {source && !adding && (
                <>
                  {details && <SourceDetails source={source} index={doc.sources.indexOf(source)} used={sourceUsed} />}
                  <div className="px-3 pt-2"><WarningList warnings={sourceWarnings(source.text, source.body)} /></div>
                  {draftError && <p className="px-3 py-1 text-sm text-red-800">{t.cannotDraft(draftError === 'needPublished' ? t.needPublished : draftError)}</p>}
                  <ArticleText
                    source={source}
                    draft={draft}
                    quotes={doc.quotes}
                    readOnly={phone}
                    canMarkBody={!sourceUsed}
                    onBody={(body) => dispatchCuration({ type: 'updateSource', id: source.id, patch: { body } })}
                    onQuote={(q) => dispatchCuration({ type: 'acceptQuote', quote: { sourceId: source.id, ...q, kind: 'passage', speakerId: null, translation: '' } })}
                  />
                </>
              )}
            </section>
            <section aria-labelledby="curate-review" className="flex min-h-0 flex-col overflow-auto border-r border-slate-200">
              <h3 id="curate-review" className="border-b border-slate-200 px-3 py-1.5 text-sm font-semibold">{t.proposals}</h3>
              {newActor && !newActor.eventKey && <div className="p-3"><ActorForm key={newActor.name} name={newActor.name} alias={newActor.alias} takenIds={takenActors} onAdd={addActor} onCancel={() => setNewActor(null)} /></div>}
              {draft && sourceId && (
                <Proposals
                  doc={doc}
                  sourceId={sourceId}
                  draft={draft}
                  openEvent={editingEvent}
                  onEditQuote={setFocusQuote}
                  onNewActor={(name, alias) => setNewActor({ name, alias, eventKey: null })}
                  onCreateEvent={createEvent}
                  onUseDate={(d, edit) => {
                    if (!editingEvent || !d.date) return;
                    dispatchCuration({ type: 'updateEvent', key: editingEvent.key, patch: { date: { ...d.date, origin: 'text' } } });
                    if (edit) follow(`events[${editingIndex}].date.basis`);
                  }}
                />
              )}
              <h3 className="border-y border-slate-200 px-3 py-1.5 text-sm font-semibold">{t.acceptedQuotes(doc.quotes.length)}</h3>
              <QuoteList doc={doc} focusId={focusQuote} paths={quotePaths} />
            </section>
            <section aria-labelledby="curate-events" className="flex min-h-0 flex-col overflow-auto border-t border-slate-200 xl:border-t-0">
              <div className="flex items-center gap-2 border-b border-slate-200 px-3 py-1.5">
                <h3 id="curate-events" className="text-sm font-semibold">{t.events(doc.events.length)}</h3>
                <button
                  type="button"
                  className={`${BUTTON} ml-auto`}
                  onClick={() => {
                    setEditing(`e${doc.nextKey}`);
                    dispatchCuration({ type: 'addEvent', event: { id: '', kind: 'statement', status: 'occurred', date: { start: null, end: null, precision: 'range', basis: '', origin: 'text' }, title: { en: '', es: '' }, summary: { en: '', es: '' }, actors: [], topics: [], location: null, quoteIds: [] } });
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
              {newActor?.eventKey && <div className="p-3"><ActorForm key={newActor.name} name={newActor.name} alias={newActor.alias} takenIds={takenActors} onAdd={addActor} onCancel={() => setNewActor(null)} /></div>}
              {editingEvent && (
                <EventEditor
                  key={editingEvent.key}
                  doc={doc}
                  event={editingEvent}
                  index={editingIndex}
                  draft={draft}
                  pendingNames={(pending[editingEvent.key] ?? []).filter((p) => !doc.actors.some((a) => a.name === p.name)).map((p) => p.name)}
                  onNewActor={(name) => setNewActor({ name, alias: name, eventKey: editingEvent.key })}
                />
              )}
              <ProblemList problems={problems} onGo={follow} />
            </section>
          </div>
        )}
      </fieldset>
    </div>
  );
}
